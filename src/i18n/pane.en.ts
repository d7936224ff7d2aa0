/** The pane that can be trusted at a glance (issue 12), in English. */
import type { FindingTexts } from "./language";
import type { paneUiVi } from "./pane.vi";

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
