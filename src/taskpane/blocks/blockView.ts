/**
 * What the Khối tab shows, from the book's cells: the scored blocks, and where each criterion's
 * score lives in the workbook (its Chấm điểm row, or its row in Tiêu chí chấm điểm when unscored).
 */
import type { CriterionResult, BlockResult } from "../../domain/scoring";
import { scoreBlocks } from "../../domain/scoring";
import { columnLetter, parseBook, type RawSheet, type SheetLayout } from "../../sheets/parse";

export interface BlocksView {
  blocks: BlockResult[];
  scores: SheetLayout | null;
  criteria: SheetLayout | null;
}

export function blocksView(sheets: readonly RawSheet[]): BlocksView {
  const parsed = parseBook(sheets);
  return {
    blocks: scoreBlocks(parsed.book).blocks,
    scores: parsed.layouts.scores ?? null,
    criteria: parsed.layouts.criteria ?? null,
  };
}

/** The column of Chấm điểm holding the score that counts (Số liệu for a computed one). */
const SOURCE_COLUMN: Record<string, string> = { final: "final", reviewed: "reviewed", self: "self", computed: "value" };

/** The cell to go to for a criterion of a unit: the score that counts, else the criterion's code. */
export function criterionCell(view: BlocksView, c: CriterionResult): { sheet: string; cell: string } | null {
  if (c.row !== null && view.scores) {
    const col = view.scores.columns[SOURCE_COLUMN[c.source] ?? "criterion"] ?? view.scores.columns.criterion;
    if (col) return { sheet: view.scores.name, cell: `${columnLetter(col.index)}${c.row}` };
  }
  const code = view.criteria?.columns.code;
  if (view.criteria && code && c.criterionRow > 0)
    return { sheet: view.criteria.name, cell: `${columnLetter(code.index)}${c.criterionRow}` };
  return null;
}
