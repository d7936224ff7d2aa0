/**
 * Reads the contract sheets' cells in one request, whatever the number of rows.
 *
 * Typical book: 2 syncs — the sheet names, then every contract sheet's used range (loadUsedRanges)
 * with its values and position.
 * Excel on the web refuses a response over 5 MB and reads of a few million cells; when the one-shot
 * read fails for that, the sheets are read again in row blocks of at most CHUNK_CELLS cells, one sync
 * per block (a block that still fails is halved): 2 + 1 + (number of blocks) syncs.
 */
import type { CellValue } from "../domain/model";
import { SHEETS, type SheetKey } from "../sheets/contract";
import type { RawSheet } from "../sheets/parse";
import { findSheet } from "../sheets/sheetNames";
import { boxAddress } from "./address";
import type { ExcelRun } from "./host";
import { counted, type Counted } from "./sync";

export interface ReadResult {
  sheets: RawSheet[];
  syncs: number;
}

/** Cells per block when a sheet must be read in pieces (≈ 50 bytes a cell under the 5 MB limit). */
export const CHUNK_CELLS = 100_000;

const SIZE_ERRORS = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "RequestPayloadSizeLimitExceeded",
  "GeneralException",
]);

/** Excel on the web refused a request or response as too large (or failed on its size). */
export function isSizeError(e: unknown): boolean {
  return typeof e === "object" && e !== null && SIZE_ERRORS.has(String((e as { code?: unknown }).code));
}

/** Office gives "" for empty cells and serial numbers for dates: what the parser expects. */
function asCells(values: unknown[][]): CellValue[][] {
  return values as CellValue[][];
}

/** The names of the book's contract sheets (all of them, or those of `keys`), each once. */
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

/**
 * Queues the used range (values only, so formatting-only cells do not stretch it) of each sheet,
 * with its position; after the next sync, the returned function gives them as the parser takes them.
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

export async function readBook(run: ExcelRun): Promise<ReadResult> {
  return run(async (context) => {
    const counter = counted(context);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await counter.sync();

    const names = contractSheetNames(worksheets.items);
    if (names.length === 0) return { sheets: [], syncs: counter.syncs };

    const sheets = loadUsedRanges(worksheets, names);
    try {
      await counter.sync();
    } catch (e) {
      if (!isSizeError(e)) throw e;
      return { sheets: await readInBlocks(context, counter, names), syncs: counter.syncs };
    }
    return { sheets: sheets(), syncs: counter.syncs };
  });
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

/** Reads whole sheets in row blocks that fit a response (used again by the live reader). */
export async function readInBlocks(
  context: Excel.RequestContext,
  counter: Counted,
  names: string[],
): Promise<RawSheet[]> {
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
