/**
 * Where a finding points in the book: the cell to go to, the cells to mark, the groups to list.
 * Pure functions; the pane decides when to call the workbook.
 */
import type { Severity } from "../../domain/model";
import { message, type Lang } from "../../i18n";
import type { Finding } from "../../domain/finding";
import type { CellMark } from "../services";

/**
 * The cell to select for a finding: its own cell, else column A of its row, else A1 of its sheet.
 * Null when the finding is about the whole book or a sheet the book does not have.
 */
export function targetCell(f: Finding, bookSheets: readonly string[]): { sheet: string; cell: string } | null {
  if (f.sheet === null || !bookSheets.includes(f.sheet)) return null;
  if (f.cell) return { sheet: f.sheet, cell: f.cell };
  return { sheet: f.sheet, cell: f.row ? `A${f.row}` : "A1" };
}

/**
 * The marks for the book's errors, one per error with its message. Errors about a whole sheet or a
 * missing sheet are not marked: there is no cell to colour. Several errors on one cell share it: the
 * adapter merges them (markFindings), where the cell's address is known as Excel knows it.
 */
export function errorMarks(findings: readonly Finding[], bookSheets: readonly string[], lang: Lang): CellMark[] {
  const marks: CellMark[] = [];
  for (const f of findings) {
    if (f.severity !== "error" || f.row === null) continue;
    const target = targetCell(f, bookSheets);
    if (target) marks.push({ ...target, note: message(f, lang) });
  }
  return marks;
}

export interface FindingGroup {
  /** Sheet name, or null for findings about the whole book. */
  sheet: string | null;
  /** The group of what must be fixed before the rest can be checked (shown first). */
  fixFirst?: boolean;
  /** Index of each finding in the full list (stable keys for selection). */
  items: { finding: Finding; index: number }[];
}

/** A missing sheet or column, and the note of the checks that wait for it: fixed before anything else. */
export function isFixFirst(f: Finding): boolean {
  return f.code === "MISSING_SHEET" || f.code === "MISSING_COLUMN" || f.code === "CHECKS_BLOCKED";
}

/**
 * Findings of the shown severities (and that `keep` keeps: the unit and search filters), grouped by sheet in the order they come (the checker's order);
 * missing sheets and columns and the checks they hold back come first, in a group of their own.
 */
export function groupBySheet(
  findings: readonly Finding[],
  shown: Record<Severity, boolean>,
  keep: (f: Finding) => boolean = () => true,
): FindingGroup[] {
  const groups: FindingGroup[] = [];
  const first: FindingGroup = { sheet: null, fixFirst: true, items: [] };
  findings.forEach((finding, index) => {
    if (!shown[finding.severity] || !keep(finding)) return;
    if (isFixFirst(finding)) {
      first.items.push({ finding, index });
      return;
    }
    let group = groups.find((g) => g.sheet === finding.sheet);
    if (!group) {
      group = { sheet: finding.sheet, items: [] };
      groups.push(group);
    }
    group.items.push({ finding, index });
  });
  return first.items.length > 0 ? [first, ...groups] : groups;
}
