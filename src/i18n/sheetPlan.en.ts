/** What a set-up sheet or template tells the clerk in a cell's input message (Excel: at most 255 characters). */
import type { sheetPlanVi } from "./sheetPlan.vi";

export const sheetPlanEn: Record<keyof typeof sheetPlanVi, string> = {
  "plan.prompt.required": "Required.",
  "plan.prompt.date": "A date as dd/mm/yyyy, e.g. 15/03/2024.",
  "plan.prompt.integer": "A whole number.",
  "plan.prompt.number": "A number.",
  "plan.prompt.bool": "Write “Có” (yes), or leave it empty for no.",
  "plan.prompt.enum": "Pick from the list.",
  "plan.prompt.enumList": "One or more values, separated by semicolons: {values}.",
  "plan.prompt.award": "Pick an award from the list, or write its code.",
  "plan.prompt.code": "A code from the “{sheet}” sheet.",
  "plan.prompt.assignee": "A unit code, a block code, or “{every}” (every unit).",
};
