/**
 * What the parser remembers of a row, by the very array of its cells: the live check
 * (src/excel/liveBook.ts) hands the parser the same arrays for the rows an edit did not touch, so
 * after one edit one row is looked at and parsed again, not 20,000. A fresh read gives fresh arrays,
 * and rows no longer held by anyone drop out with them.
 *
 * One entry a row holds both what the row looks like (formRows.ts) and what it parsed to (parse.ts):
 * every entry of a weak map is work for the collector at each collection, and a row used to keep two.
 */
import type { Finding } from "../domain/finding";
import type { CellValue } from "../domain/model";
import type { FormPart } from "../domain/reading";

/** What a row looks like on its own (formRows.ts); the same object for every row alike. */
export interface RowLook {
  part: FormPart | null;
  sign: boolean;
  dataLike: boolean;
}

export interface RowMemo {
  /** The table shape the row was looked at under (formRows.ts), null before it was. */
  shape: string | null;
  /** What it looked like under that shape; null for an empty row. */
  look: RowLook | null;
  /** Its row number and the sheet's context when it was parsed (parse.ts), null context before it was. */
  row: number;
  context: string | null;
  /** Records and findings are never changed after they are made, so sharing them between checks is safe. */
  record: Record<string, unknown> | null;
  findings: readonly Finding[];
  invisible: readonly string[];
}

const NONE: readonly never[] = Object.freeze([]);
const memos = new WeakMap<readonly CellValue[], RowMemo>();

/** What is remembered of the row, if anything. */
export function recalled(cells: readonly CellValue[]): RowMemo | undefined {
  return memos.get(cells);
}

/** The row's memo, made (empty) when there is none yet; its fields are the callers' to fill. */
export function memoOf(cells: readonly CellValue[]): RowMemo {
  let memo = memos.get(cells);
  if (memo === undefined) {
    memo = { shape: null, look: null, row: 0, context: null, record: null, findings: NONE, invisible: NONE };
    memos.set(cells, memo);
  }
  return memo;
}

/** An empty list shared by every row that has none (of findings, of invisible characters). */
export function listOrNone<T>(list: readonly T[], from: number): readonly T[] {
  return list.length > from ? list.slice(from) : NONE;
}
