/** The pane that can be trusted at a glance (issue 12), in English. */
import type { FindingTexts } from "./language";
import { impossibleDate, type paneExportVi, type paneUiVi } from "./pane.vi";

const CHECK_NAMES: Record<string, string> = {
  UNKNOWN_UNIT: "unit codes on the other sheets",
  UNIT_DISSOLVED: "merged units",
  DUPLICATE_UNIT_CODE: "duplicate unit codes",
  QUOTA_EXCEEDED: "each unit's award quota",
  OVERDUE: "the units' deadlines",
  COUNT_SHORT: "counts handed in per period",
  SUBMITTED_LATE: "late hand-ins",
  SCORE_NOT_COUNTED: "block scores",
  BLOCK_UNIT_UNSCORED: "units not yet scored",
};

export const checkNamesEn = (codes: readonly string[]) => codes.map((c) => CHECK_NAMES[c] ?? c).join(", ");

export const paneFindingsEn: Pick<FindingTexts, "CHECKS_BLOCKED"> = {
  CHECKS_BLOCKED: (p, f) =>
    p.missing === "sheet"
      ? `The book has no sheet “${f.sheet}”, so these were not checked: ${checkNamesEn(p.checks)}. Fix this first, then check again.`
      : `Sheet “${f.sheet}” has no column “${f.column}”, so these were not checked: ${checkNamesEn(p.checks)}. Fix this first, then check again.`,
};

export const paneUiEn: Record<keyof typeof paneUiVi, string> = {
  "trust.fixFirst": "Fix this first",
  "trust.checkedAt": "Checked at {time}",
  "trust.stale": "The book has changed — press Check the book",
  "trust.remarked": "Marks updated: {count} cells have errors.",
};

export const paneExportEn: Record<keyof typeof paneExportVi, string> = {
  "trust.export.sheet": "Check results",
  "trust.export.severity": "Severity",
  "trust.export.sheetColumn": "Sheet",
  "trust.export.cell": "Cell",
  "trust.export.unitCode": "Unit code",
  "trust.export.unitName": "Unit name",
  "trust.export.text": "Finding",
  "trust.export.basis": "Legal basis",
  "trust.export.run": "Export results",
  "trust.export.hint": "Writes the findings to a “Check results” sheet to print, filter and send (can be undone)",
  "trust.export.done": "Wrote {count} findings to the sheet “{sheet}”.",
  "trust.export.label": "Export the check results",
  "trust.units.run": "Send to each unit",
  "trust.units.hint": "Downloads a .zip with one short Excel file per unit, holding only that unit's findings",
  "trust.units.done": "Made {count} files for {count} units.",
  "trust.units.none": "No finding is about a particular unit.",
  "trust.units.zip": "check-results-by-unit.zip",
  "trust.cli.wrote": "Wrote the check results to {file}",
  "trust.cli.outOneBook": "tdkt: --out takes one book at a time.",
  "trust.undo": "Undo",
  "trust.undone": "Undone: {label}.",
  "busy.export": "Writing the results…",
  "busy.units": "Making a file for each unit…",
  "busy.undo": "Undoing…",
  "error.export": "Could not write the results sheet. The book may be protected; please try again.",
  "error.units": "Could not make the units' files; please try again.",
  "error.undo": "Could not undo; please try again.",
};

export function invalidDateEn(value: string): string {
  const bad = impossibleDate(value);
  if (bad && bad.days === 0) return `“${value}” is not a real date: there is no month ${bad.month}.`;
  if (bad) return `“${value}” is not a real date: ${bad.month}/${bad.year} has no day ${bad.day}.`;
  return `“${value}” is not a date; write day/month/year, for example 18/11/2024.`;
}
