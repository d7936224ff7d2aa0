/**
 * The deadline tracker's words that load with every pane and command: its finding messages, the
 * names of periods, and the tab's name. The rest (the tab, the command's table, reminders, calendar) is
 * in deadlinesView.en.ts, which loads with the tab. A finding without a unit is about the office's own
 * milestone.
 */
import { formatDate } from "../domain/dates";
import type { Period } from "../domain/deadlines/periods";
import type { FindingTexts } from "./language";
import type { deadlineUiVi } from "./deadlines.vi";

/** "03/2024", "Q2/2024", "first half of 2024", "2024". */
export function periodEn(p: Period): string {
  switch (p.kind) {
    case "month":
      return `${String(p.index).padStart(2, "0")}/${p.year}`;
    case "quarter":
      return `Q${p.index}/${p.year}`;
    case "half":
      return `${p.index === 1 ? "first" : "second"} half of ${p.year}`;
    case "year":
      return String(p.year);
  }
}

const what = (p: { content: string; milestone: string; period: Period | null }) =>
  `“${p.content}” (${p.milestone}${p.period ? `, ${periodEn(p.period)}` : ""})`;

export const deadlineFindingsEn: Pick<FindingTexts, "OVERDUE" | "COUNT_SHORT" | "SUBMITTED_LATE" | "DATE_AFTER_TODAY"> =
  {
    OVERDUE: (p, f) =>
      f.unit === null
        ? `Row ${f.row}: the standing office's own task ${what(p)} is not done; due ${formatDate(p.due)}, overdue by ${p.days} day(s).`
        : `Row ${f.row}: ${p.unitName} has not handed in ${what(p)}, due ${formatDate(p.due)}: overdue by ${p.days} day(s).`,
    COUNT_SHORT: (p, f) =>
      `Row ${f.row}: ${what(p)}, due ${formatDate(p.due)}: ${f.unit === null ? "the standing office" : p.unitName} has ${p.count}, at least ${p.required} required.`,
    SUBMITTED_LATE: (p, f) =>
      f.unit === null
        ? `Row ${f.row}: ${what(p)} was done on ${formatDate(p.handedIn)}, ${p.days} day(s) after the deadline ${formatDate(p.due)}.`
        : `Row ${f.row}: ${p.unitName} handed in ${what(p)} on ${formatDate(p.handedIn)}, ${p.days} day(s) after the deadline ${formatDate(p.due)}.`,
    DATE_AFTER_TODAY: (p, f) =>
      `Row ${f.row}, column “${f.column}”: ${formatDate(p.value)} is after the reference day ${formatDate(p.today)}, so it is not counted as handed in yet.`,
  };

export const deadlineUiEn: Record<keyof typeof deadlineUiVi, string> = {
  "tab.deadlines": "Deadlines",
  "cli.deadlines.missingFile": "tdkt: name the book to track, e.g. tdkt deadlines book.xlsx",
  "cli.deadlines.oneBook": "tdkt: deadlines tracks one book at a time; run it once for each book.",
};
