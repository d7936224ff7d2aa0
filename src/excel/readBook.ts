/**
 * Reads the book's sheets in as few requests as the book allows, whatever the number of rows.
 *
 * Typical book: 2 syncs — the sheet names; then every sheet whose name names a contract sheet (or
 * nearly: "Đề nghị khen thưởng bổ sung"), read whole from its used range (values only, so
 * formatting-only cells do not stretch it), the reading choices kept in `_tdkt_map`, and the top
 * left corner of every other sheet, where a header would be. When a sheet whose name says nothing is
 * recognised by that header (recognise.ts, as the parser will), or the clerk chose it, a third sync
 * reads it whole. Sheets that are nothing like a contract sheet are not returned.
 * Excel on the web refuses a response over 5 MB and reads of a few million cells; when a whole read
 * fails for that, the sheets are read again in row blocks of at most CHUNK_CELLS cells, one sync per
 * block (a block that still fails is halved): 2 + 1 + (number of blocks) syncs.
 */
import { isSizeError } from "./sizeError";
import type { CellValue } from "../domain/model";
import { isEmptyCell } from "../sheets/cells";
import { SHEETS, type SheetKey } from "../sheets/contract";
import { findSheet, type RawSheet } from "../sheets/parse";
import { choicesOf, isSystemSheet, MAP_SHEET } from "../sheets/readingMap";
import { cornersToRead, namedLikeBook } from "../sheets/recognise";
import { boxAddress } from "./address";
import type { ExcelRun } from "./host";
import { counted, type Counted } from "./sync";

export interface ReadResult {
  sheets: RawSheet[];
  syncs: number;
  /** Every worksheet of the book as it was read, in order (the live reader compares it before patching). */
  book: { name: string; id: string }[];
  /** The book's other sheets (not read, nothing like a contract sheet), when there are any: the clerk may still choose one. */
  others?: string[];
}

/** Cells per block when a sheet must be read in pieces (≈ 50 bytes a cell under the 5 MB limit). */
export const CHUNK_CELLS = 100_000;

/** The corner of a sheet read to recognise it by its header: rows 1–30, columns A–AX. */
export const CORNER = "A1:AX30";

export { isSizeError };

/** Office gives "" for empty cells and serial numbers for dates: what the parser expects. */
function asCells(values: unknown[][]): CellValue[][] {
  return values as CellValue[][];
}

/** The names of the book's contract sheets (all of them, or those of `keys`), found by name, each once. */
export function contractSheetNames(
  present: readonly { name: string }[],
  keys: readonly SheetKey[] = SHEETS.map((s) => s.key),
): string[] {
  const names: string[] = [];
  for (const spec of SHEETS.filter((s) => keys.includes(s.key))) {
    // findSheet compares names only.
    const found = findSheet(spec, present);
    if (found && !names.includes(found.name)) names.push(found.name);
  }
  return names;
}

/** A corner read from A1, cut to where its cells start, as a used range would be. */
function corner(name: string, values: CellValue[][]): RawSheet {
  let top = values.findIndex((row) => row.some((c) => !isEmptyCell(c)));
  if (top < 0) top = values.length;
  let left = Infinity;
  for (const row of values) {
    const i = row.findIndex((c) => !isEmptyCell(c));
    if (i >= 0) left = Math.min(left, i);
  }
  if (!Number.isFinite(left)) left = 0;
  return { name, values: values.slice(top).map((row) => row.slice(left)), rowOffset: top, colOffset: left };
}

export async function readBook(run: ExcelRun): Promise<ReadResult> {
  return run(async (context) => {
    const counter = counted(context);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,id");
    await counter.sync();

    const book = worksheets.items.map((w) => ({ name: w.name, id: w.id }));
    const all = book.map((w) => w.name);
    const whole = all.filter(namedLikeBook);
    const hasMap = all.some((n) => n.toLocaleLowerCase() === MAP_SHEET);
    const others = all.filter((n) => !isSystemSheet(n) && !whole.includes(n));
    if (whole.length === 0 && others.length === 0) return { sheets: [], syncs: counter.syncs, book };

    const store = hasMap ? worksheets.getItem(MAP_SHEET).getUsedRangeOrNullObject(true).load("values") : null;
    const corners = others.map((name) => ({ name, range: worksheets.getItem(name).getRange(CORNER).load("values") }));
    const loaded = loadUsedRanges(worksheets, whole);
    let read: RawSheet[];
    try {
      await counter.sync();
      read = loaded();
    } catch (e) {
      if (!isSizeError(e)) throw e;
      read = await readInBlocks(context, counter, whole);
      for (const c of corners) c.range.load("values");
      if (store) store.load("values");
      if (corners.length || store) await counter.sync();
    }
    const map: RawSheet[] = store && !store.isNullObject ? [{ name: MAP_SHEET, values: asCells(store.values) }] : [];

    // Which of the other sheets the parser will take: those are read whole, the rest as corners.
    const seen = corners.map(({ name, range }) => corner(name, asCells(range.values)));
    const { read: needed, unread: notRead } = cornersToRead(read, seen, choicesOf(map));
    const unread = new Set(notRead);
    let more: RawSheet[] = [];
    if (needed.length) {
      const again = loadUsedRanges(worksheets, needed);
      try {
        await counter.sync();
        more = again();
      } catch (e) {
        if (!isSizeError(e)) throw e;
        more = await readInBlocks(context, counter, needed);
      }
    }
    const byName = new Map<string, RawSheet>();
    for (const s of read) byName.set(s.name, s);
    for (const s of more) byName.set(s.name, s);
    // A sheet like a contract sheet but not taken: its corner goes along, for the parser to say so.
    for (const s of seen) if (!byName.has(s.name) && unread.has(s.name)) byName.set(s.name, { ...s, partial: true });
    const sheets = all.filter((n) => byName.has(n)).map((n) => byName.get(n) as RawSheet);
    const rest = others.filter((n) => !byName.has(n));
    return { sheets: [...sheets, ...map], syncs: counter.syncs, book, ...(rest.length ? { others: rest } : {}) };
  });
}

/**
 * Queues the used range (values only) of each sheet, with its position; after the next sync, the
 * returned function gives them as the parser takes them.
 */
export function loadUsedRanges(worksheets: Excel.WorksheetCollection, names: readonly string[]): () => RawSheet[] {
  const used = names.map((name) => ({
    name,
    range: worksheets.getItem(name).getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex"),
  }));
  return () =>
    used.map(({ name, range }): RawSheet =>
      range.isNullObject
        ? { name, values: [], rowOffset: 0, colOffset: 0 }
        : { name, values: asCells(range.values), rowOffset: range.rowIndex, colOffset: range.columnIndex },
    );
}

/** One block's values, or null when Excel refused the response as too large and a smaller block may pass. */
async function readBlock(counter: Counted, block: Excel.Range, canShrink: boolean): Promise<CellValue[][] | null> {
  block.load("values");
  try {
    await counter.sync();
  } catch (e) {
    if (!isSizeError(e) || !canShrink) throw e;
    return null;
  }
  return asCells(block.values);
}

/** Reads whole sheets in row blocks that fit a response. */
async function readInBlocks(context: Excel.RequestContext, counter: Counted, names: string[]): Promise<RawSheet[]> {
  const worksheets = context.workbook.worksheets;
  const boxes = names.map((name) => {
    const range = worksheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { name, range };
  });
  await counter.sync();
  const sheets: RawSheet[] = [];
  for (const { name, range } of boxes) {
    if (range.isNullObject) {
      sheets.push({ name, values: [], rowOffset: 0, colOffset: 0 });
      continue;
    }
    const { rowIndex: top, columnIndex: left, rowCount, columnCount } = range;
    const values: CellValue[][] = [];
    let rows = Math.max(1, Math.floor(CHUNK_CELLS / columnCount));
    for (let done = 0; done < rowCount;) {
      const take = Math.min(rows, rowCount - done);
      const box = { top: top + done, left, bottom: top + done + take - 1, right: left + columnCount - 1 };
      // One request per block, by design: each must stay under the response limit.
      const block = await readBlock(counter, worksheets.getItem(name).getRange(boxAddress(box)), take > 1);
      if (block === null) {
        rows = Math.max(1, Math.floor(take / 2));
        continue;
      }
      for (const row of block) values.push(row);
      done += take;
    }
    sheets.push({ name, values, rowOffset: top, colOffset: left });
  }
  return sheets;
}
