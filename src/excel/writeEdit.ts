/**
 * Writes sheet edits (e.g. "Ghi vào lịch sử", the summary's TH sheets, a merge of returned files) in
 * one batch that can be undone, however many sheets it spans: what each cell held before is kept
 * inside the workbook, in a very hidden sheet, so "Hoàn tác" works after the pane was closed or the
 * book saved and reopened. Only the last batch is kept; undoing restores each cell that still shows
 * what the batch wrote (a cell the clerk changed since keeps the clerk's value) with its number
 * format, takes off the links the batch added, and deletes each sheet the batch created when nothing
 * else was typed in it.
 *
 * Cells are written as rectangles (a block of rows; `null` leaves a cell of the clerk's as it is),
 * so a long edit is a few hundred ranges, not one per row. Excel on the web refuses a request or a
 * response over 5 MB: the reads and the writes go in blocks whose estimated size stays under a
 * budget, and a block Excel still refuses for its size is halved and sent again (nothing of a refused
 * request was applied). The record of the batch is written before the cells, so a batch cut short
 * (Excel closed, a protected sheet met half-way) can still be undone.
 *
 * writeEdits: 4 syncs for an edit under the budget, whatever the number of sheets — sheet names; the
 * target cells and the record's extent; the writes (events and screen updating off); events back on.
 * undoEdit: 5 — sheet names; the record; the cells; the writes; events back on. Each block past the
 * budget adds one.
 */
import type { CellEdit, SheetEdit } from "../sheets/historyEdit";
import { columnLetter } from "../sheets/parse";
import { columnWidthPoints } from "../sheets/plan";
import { boxAddress, cellAddress, parseAddress } from "./address";
import type { ExcelRun } from "./host";
import { isSizeError } from "./sizeError";
import { counted, quietly, type Counted } from "./sync";

export const UNDO_SHEET = "_tdkt_undo";
const STORE_HEADER_V1 = "tdkt undo v1: the last batch the add-in wrote; one JSON record per row after the first";
const STORE_HEADER = "tdkt undo v2: the last batch the add-in wrote; the batch, then one JSON record per written row";
const DATE_FORMAT = "dd/mm/yyyy";
const TEXT_FORMAT = "@";
const GENERAL = "General";

/**
 * What one request may carry, as estimated here (values as JSON, plus a share per operation): well
 * under Excel on the web's 5 MB, for the request's own wrapping is larger than estimated.
 */
export const REQUEST_BUDGET = 2_500_000;
/** What one operation costs in the request besides its values (object path, method, ids). */
const OPERATION_BYTES = 200;
/** Cells one range of a band may hold: a long edit is split into bands of rows. */
const BAND_CELLS = 10_000;
/** Store lines one range write holds; a line stays under Excel's 32,767 characters a cell. */
const STORE_LINES_PER_RANGE = 2_000;
const STORE_LINE_CHARS = 30_000;

type Value = string | number | boolean;

/** The batch, as the store's second line keeps it (v2). */
interface RecordBatch {
  v?: 2;
  label: string;
  /** Each sheet the batch wrote, in order; rows name it by index. */
  sheets: { sheet: string; created: boolean }[];
  /** Cells written, for the pane to say without reading every line. */
  cells: number;
  /** When it was written (ISO), for the pane to say. */
  at: string;
}

/**
 * One written row (or part of one): sheet index, 1-based row, 0-based first column; per column from
 * there, what was written (`null`: not ours), and on a sheet that existed what was there before and
 * its number format when the batch changed formats; `l` the columns given a link.
 */
interface RowRecord {
  s: number;
  r: number;
  c: number;
  w: (Value | null)[];
  b?: (Value | null)[];
  f?: (string | null)[];
  l?: number[];
}

/**
 * A record of the first format (v1), which Thiết lập sổ (setupBook.ts) writes with `saveBatch`: the
 * batch, then one line per cell; `undoEdit` reads it as well as its own (v2).
 */
export interface Batch {
  label: string;
  sheet: string;
  created: boolean;
  /** When it was written (ISO), for the pane to say. */
  at: string;
  /**
   * A batch over several sheets (Thiết lập sổ): every sheet it added, each deleted by undo when it
   * still holds only what the batch wrote. Absent: a one-sheet edit (`sheet`).
   */
  sheets?: string[];
  /** Added sheets the others depend on (the drop-downs' lists): kept while any other added sheet is kept. */
  support?: string[];
  /** The sheet that was active before the batch: undo opens it again. */
  active?: string;
  /** The batch made the store sheet itself: undo removes it too, leaving the book as it was. */
  newStore?: boolean;
}
export interface SavedCell {
  a: string;
  before: Value;
  after: Value;
  /** The cell's sheet, when not the batch's `sheet` (several-sheet batches). */
  s?: string;
}

/** The book changed between reading it and writing: a cell that should be empty is not. */
export class BookChangedError extends Error {
  constructor(
    readonly sheet: string,
    readonly cell: string,
  ) {
    super(`${sheet}!${cell} is no longer empty`);
  }
}

export interface WriteOptions {
  /** Estimated bytes a request or a response may carry (default REQUEST_BUDGET); tests lower it. */
  budget?: number;
}

/** A cell of an edit and what its value weighs. */
interface Position {
  row: number;
  col: number;
  bytes: number;
}

/** A block of rows written (and read) as one range: rows 1-based, columns 0-based, inclusive. */
interface Band {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const isEmpty = (v: unknown) => v === "" || v === null || v === undefined;
const same = (a: unknown, b: unknown) => (isEmpty(a) && isEmpty(b)) || String(a) === String(b);
const key = (row: number, col: number) => `${row},${col}`;
const bandAddress = (b: Band) => boxAddress({ top: b.top - 1, left: b.left, bottom: b.bottom - 1, right: b.right });
const bandCells = (b: Band) => (b.bottom - b.top + 1) * (b.right - b.left + 1);

/** What a value weighs in a request's or response's JSON (UTF-8, quotes, separator). */
function weigh(v: unknown): number {
  if (v === null || v === undefined) return 5;
  if (typeof v !== "string") return String(v).length + 1;
  let bytes = 3;
  for (let i = 0; i < v.length; i++) {
    const code = v.charCodeAt(i);
    bytes += code < 0x80 ? (code === 0x22 || code === 0x5c || code < 0x20 ? 2 : 1) : code < 0x800 ? 2 : 3;
  }
  return bytes;
}

/**
 * The bands of a set of cells. On a sheet the batch creates, the whole box of its cells (empty rows
 * and gaps included) in blocks of rows, so that undo can see anything typed among them; on a sheet
 * that exists, each run of adjacent rows, as wide as its cells.
 */
function bandsOf(positions: readonly Position[], wholeBox: boolean, maxBytes: number): Band[] {
  if (positions.length === 0) return [];
  const sorted = [...positions].sort((a, b) => a.row - b.row || a.col - b.col);
  const out: Band[] = [];
  if (wholeBox) {
    const left = Math.min(...sorted.map((p) => p.col));
    const right = Math.max(...sorted.map((p) => p.col));
    const rowBytes = new Map<number, number>();
    for (const p of sorted) rowBytes.set(p.row, (rowBytes.get(p.row) ?? 0) + p.bytes);
    const width = right - left + 1;
    const top = sorted[0].row;
    const bottom = sorted[sorted.length - 1].row;
    let band: Band | null = null;
    let bytes = 0;
    for (let r = top; r <= bottom; r++) {
      const more = (rowBytes.get(r) ?? 0) + width * 5;
      if (band && bandCells(band) + width <= BAND_CELLS && bytes + more <= maxBytes) {
        band.bottom = r;
        bytes += more;
      } else {
        out.push((band = { top: r, bottom: r, left, right }));
        bytes = more;
      }
    }
    return out;
  }
  let bytes = 0;
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p.row <= last.bottom + 1) {
      const grown = {
        top: last.top,
        bottom: p.row,
        left: Math.min(last.left, p.col),
        right: Math.max(last.right, p.col),
      };
      if ((bandCells(grown) <= BAND_CELLS && bytes + p.bytes <= maxBytes) || grown.bottom === last.bottom) {
        Object.assign(last, grown);
        bytes += p.bytes;
        continue;
      }
    }
    out.push({ top: p.row, bottom: p.row, left: p.col, right: p.col });
    bytes = p.bytes;
  }
  return out;
}

/**
 * Loads in blocks: `load` queues one item's loads; items go in one request until their estimated
 * weight reaches the budget, and a block Excel refuses for its size is halved and asked again.
 * `first` queues what must ride with the first block. One sync at least.
 */
async function loadInBlocks<T, L>(
  counter: Counted,
  items: readonly T[],
  weight: (item: T) => number,
  budget: number,
  load: (item: T) => L,
  first?: () => void,
): Promise<L[]> {
  const out: L[] = [];
  let i = 0;
  let cap = Number.POSITIVE_INFINITY;
  do {
    let j = i;
    let bytes = 0;
    while (j < items.length && j - i < cap && (j === i || bytes + weight(items[j]) <= budget)) {
      bytes += weight(items[j]);
      j++;
    }
    if (i === 0) first?.();
    const loaded = items.slice(i, j).map(load);
    try {
      await counter.sync();
    } catch (e) {
      if (!isSizeError(e) || j - i < 2) throw e;
      cap = Math.ceil((j - i) / 2);
      continue;
    }
    out.push(...loaded);
    i = j;
  } while (i < items.length);
  return out;
}

interface Write {
  bytes: number;
  queue: () => void;
}

/**
 * Queues the writes in blocks under the budget, with events and screen updating off, then puts
 * events back as they were in a request of its own, even when a write failed: our own writes must
 * not wake the pane's change handler, and a failed batch must not leave the clerk's Excel deaf.
 */
async function writeInBlocks(
  context: Excel.RequestContext,
  counter: Counted,
  eventsWereOn: boolean,
  writes: readonly Write[],
  budget: number,
): Promise<void> {
  try {
    let i = 0;
    let cap = Number.POSITIVE_INFINITY;
    while (i < writes.length) {
      let j = i;
      let bytes = 0;
      while (j < writes.length && j - i < cap && (j === i || bytes + writes[j].bytes <= budget)) {
        bytes += writes[j].bytes;
        j++;
      }
      context.runtime.enableEvents = false;
      context.application.suspendScreenUpdatingUntilNextSync();
      for (let k = i; k < j; k++) writes[k].queue();
      try {
        await counter.sync();
      } catch (e) {
        if (!isSizeError(e) || j - i < 2) throw e;
        cap = Math.ceil((j - i) / 2);
        continue;
      }
      i = j;
    }
  } finally {
    context.runtime.enableEvents = eventsWereOn;
    await counter.sync();
  }
}

/** The store's lines as range writes from row 1, each under half the budget and STORE_LINES_PER_RANGE lines. */
function storeWrites(storeSheet: () => Excel.Worksheet, lines: readonly string[], budget: number): Write[] {
  const out: Write[] = [];
  let from = 0;
  while (from < lines.length) {
    let to = from;
    let bytes = OPERATION_BYTES;
    while (
      to < lines.length &&
      (to === from || (to - from < STORE_LINES_PER_RANGE && bytes + weigh(lines[to]) + 3 <= budget / 2))
    )
      bytes += weigh(lines[to++]) + 3;
    const part = lines.slice(from, to);
    const first = from + 1;
    out.push({
      bytes,
      queue: () => {
        storeSheet().getRange(`A${first}:A${first + part.length - 1}`).values = part.map((l) => [l]);
      },
    });
    from = to;
  }
  return out;
}

/** A record as store lines, split where one would pass what a cell holds. */
function recordLines(record: RowRecord): string[] {
  const line = JSON.stringify(record);
  if (line.length <= STORE_LINE_CHARS || record.w.length < 2) return [line];
  const half = Math.ceil(record.w.length / 2);
  const part = (from: number, to: number): RowRecord => ({
    s: record.s,
    r: record.r,
    c: record.c + from,
    w: record.w.slice(from, to),
    ...(record.b ? { b: record.b.slice(from, to) } : {}),
    ...(record.f ? { f: record.f.slice(from, to) } : {}),
    ...(record.l ? { l: record.l.filter((c) => c >= record.c + from && c < record.c + to) } : {}),
  });
  return [...recordLines(part(0, half)), ...recordLines(part(half, record.w.length))];
}

/** Writes one sheet edit in one undoable batch (the single-sheet form of `writeEdits`). */
export async function writeEdit(
  run: ExcelRun,
  edit: SheetEdit,
  label: string,
  options: WriteOptions = {},
): Promise<{ written: number; syncs: number }> {
  return writeEdits(run, [edit], label, options);
}

/** Writes edits of several sheets in one batch that one `undoEdit` takes back whole. */
export async function writeEdits(
  run: ExcelRun,
  edits: readonly SheetEdit[],
  label: string,
  options: WriteOptions = {},
): Promise<{ written: number; syncs: number }> {
  const budget = options.budget ?? REQUEST_BUDGET;
  return run(async (context) => {
    const counter = counted(context);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    context.runtime.load("enableEvents");
    await counter.sync();

    const names = new Map(worksheets.items.map((w) => [w.name.toLocaleLowerCase(), w.name]));
    const seen = new Set<string>();
    const plans = edits.map((edit) => {
      const lower = edit.sheet.toLocaleLowerCase();
      if (seen.has(lower)) throw new Error(`writeEdits: the sheet "${edit.sheet}" is edited twice in one batch`);
      seen.add(lower);
      const existing = names.get(lower);
      if (edit.create && existing) throw new BookChangedError(existing, "A1");
      if (!edit.create && !existing) throw new BookChangedError(edit.sheet, "A1");
      const cells = new Map<string, CellEdit>();
      for (const c of edit.cells) cells.set(key(c.row, c.col), c);
      const positions = [...cells.values()].map((c) => ({ row: c.row, col: c.col, bytes: weigh(c.value) + 8 }));
      return { edit, name: existing ?? edit.sheet, cells, bands: bandsOf(positions, edit.create, budget / 2) };
    });

    // What is there now, on the sheets that exist: values and number formats, band by band.
    const hasStore = names.has(UNDO_SHEET.toLocaleLowerCase());
    let store: Excel.Range | null = null;
    const reads = plans.flatMap((p, s) => (p.edit.create ? [] : p.bands.map((band) => ({ s, band }))));
    const loaded = await loadInBlocks(
      counter,
      reads,
      ({ band }) => bandCells(band) * 24 + OPERATION_BYTES,
      budget,
      ({ s, band }) =>
        worksheets.getItem(plans[s].name).getRange(bandAddress(band)).load("values,numberFormat") as Excel.Range,
      () => {
        store = hasStore
          ? worksheets.getItem(UNDO_SHEET).getUsedRangeOrNullObject(true).load("rowCount,rowIndex")
          : null;
      },
    );
    const before = new Map<number, { band: Band; values: unknown[][]; formats: string[][] }[]>();
    reads.forEach(({ s, band }, i) => {
      const list = before.get(s) ?? [];
      list.push({ band, values: loaded[i].values, formats: loaded[i].numberFormat as string[][] });
      before.set(s, list);
    });
    const stored = store as Excel.Range | null;
    const storeRows = stored && !stored.isNullObject ? stored.rowIndex + stored.rowCount : 0;

    const records: RowRecord[] = [];
    const writes: Write[] = [];
    const cellWrites: Write[] = [];
    let written = 0;
    plans.forEach((plan, s) => {
      const sheet = () => worksheets.getItem(plan.name);
      if (plan.edit.create) {
        writes.push({
          bytes: OPERATION_BYTES,
          queue: () => {
            const added = worksheets.add(plan.name);
            const frozen = plan.edit.frozenRows ?? 1;
            if (frozen > 0) added.freezePanes.freezeRows(frozen);
          },
        });
      }
      const reads = before.get(s) ?? [];
      plan.bands.forEach((band, b) => {
        const read = reads[b];
        const current = (row: number, col: number): Value =>
          read ? ((read.values[row - band.top][col - band.left] as Value) ?? "") : "";
        const currentFormat = (row: number, col: number): string =>
          read ? (read.formats[row - band.top][col - band.left] ?? GENERAL) : GENERAL;
        // Dates, text and cells given a format get it; any other keeps the one it has (a clerk's "#,##0").
        const formatOf = (c: CellEdit | undefined, row: number, col: number): string =>
          c?.date ? DATE_FORMAT : c?.text ? TEXT_FORMAT : (c?.format ?? currentFormat(row, col));
        let formats = false;
        const values: (Value | null)[][] = [];
        const formatGrid: string[][] = [];
        const links: CellEdit[] = [];
        let bytes = OPERATION_BYTES;
        for (let row = band.top; row <= band.bottom; row++) {
          const line: (Value | null)[] = [];
          const formatLine: string[] = [];
          let record: RowRecord | null = null;
          for (let col = band.left; col <= band.right; col++) {
            const c = plan.cells.get(key(row, col));
            const value = c ? (c.value ?? "") : null;
            line.push(value);
            bytes += weigh(value);
            const format = formatOf(c, row, col);
            formatLine.push(format);
            if (format !== currentFormat(row, col)) formats = true;
            if (!c) continue;
            const was = current(row, col);
            if (c.fresh && !isEmpty(was)) throw new BookChangedError(plan.name, cellAddress(row - 1, col));
            if (c.link) links.push(c);
            written++;
            record ??= { s, r: row, c: col, w: [], ...(plan.edit.create ? {} : { b: [], f: [] }) };
            const at = col - record.c;
            while (record.w.length < at) {
              record.w.push(null);
              record.b?.push(null);
              record.f?.push(null);
            }
            record.w.push(value);
            record.b?.push(was);
            record.f?.push(currentFormat(row, col));
            if (c.link) (record.l ??= []).push(col);
          }
          values.push(line);
          formatGrid.push(formatLine);
          if (record) records.push(record);
        }
        const address = bandAddress(band);
        cellWrites.push({
          bytes: bytes * (formats ? 2 : 1) + links.length * OPERATION_BYTES,
          queue: () => {
            const range = sheet().getRange(address);
            // The format before the values, so that "=…" typed by a unit stays text (issue 15).
            if (formats) range.numberFormat = formatGrid;
            range.values = values;
            for (const c of links)
              sheet().getRange(cellAddress(c.row - 1, c.col)).hyperlink = {
                documentReference: c.link,
                textToDisplay: String(c.value ?? ""),
              };
          },
        });
      });
      if (plan.edit.create && plan.edit.widths?.length) {
        const widths = plan.edit.widths;
        cellWrites.push({
          bytes: OPERATION_BYTES * widths.length,
          queue: () =>
            widths.forEach((w, i) => {
              const letter = columnLetter(i);
              sheet().getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(w);
            }),
        });
      }
    });

    // The record first, so a batch cut short is undone all the same.
    const batch: RecordBatch = {
      v: 2,
      label,
      sheets: plans.map((p) => ({ sheet: p.name, created: p.edit.create })),
      cells: written,
      at: new Date().toISOString(),
    };
    const lines = [STORE_HEADER, JSON.stringify(batch), ...records.flatMap(recordLines)];
    writes.push({
      bytes: OPERATION_BYTES * 2,
      queue: () => {
        if (!hasStore) worksheets.add(UNDO_SHEET).visibility = "VeryHidden";
        else if (storeRows > 0) worksheets.getItem(UNDO_SHEET).getRange(`A1:A${storeRows}`).clear("Contents");
      },
    });
    writes.push(...storeWrites(() => worksheets.getItem(UNDO_SHEET), lines, budget), ...cellWrites);
    await writeInBlocks(context, counter, context.runtime.enableEvents, writes, budget);
    return { written, syncs: counter.syncs };
  });
}

interface Saved {
  label: string;
  sheets: { sheet: string; created: boolean }[];
  cells: number;
  rows: RowRecord[];
}

function isBatch(v: unknown): v is RecordBatch {
  const b = v as RecordBatch | null;
  return typeof b === "object" && b !== null && b.v === 2 && typeof b.label === "string" && Array.isArray(b.sheets);
}

/** The store's lines → the batch; v1 (one sheet, one line per cell) is read too. */
function decode(values: unknown[][]): Saved | null {
  const lines = values.map((r) => r[0]).filter((v): v is string => typeof v === "string" && v.startsWith("{"));
  try {
    const head = JSON.parse(lines[0] ?? "null") as unknown;
    if (isBatch(head)) {
      const rows = lines
        .slice(1)
        .map((l) => JSON.parse(l) as RowRecord)
        .filter((r) => Number.isInteger(r.s) && r.s >= 0 && r.s < head.sheets.length && Array.isArray(r.w));
      return { label: head.label, sheets: head.sheets, cells: head.cells, rows };
    }
    const v1 = head as { label?: unknown; sheet?: unknown; created?: unknown } | null;
    if (!v1 || typeof v1.sheet !== "string" || typeof v1.label !== "string") return null;
    const rows: RowRecord[] = [];
    for (const l of lines.slice(1)) {
      const c = JSON.parse(l) as { a?: unknown; before?: Value; after?: Value };
      const at = typeof c.a === "string" ? parseAddress(c.a) : null;
      if (!at) continue;
      rows.push({ s: 0, r: at.top + 1, c: at.left, w: [c.after ?? ""], b: [c.before ?? ""] });
    }
    return { label: v1.label, sheets: [{ sheet: v1.sheet, created: v1.created === true }], cells: rows.length, rows };
  } catch {
    return null;
  }
}

/** The last batch the add-in wrote, if any is left to undo (for the pane to offer "Hoàn tác"). 2 syncs. */
export async function lastEdit(run: ExcelRun): Promise<{ label: string; cells: number } | null> {
  return run(async (context) => {
    const store = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET);
    store.load("name");
    await context.sync();
    if (store.isNullObject) return null;
    const head = store.getRange("A1:A2").load("values");
    await context.sync();
    if (head.values[0][0] === STORE_HEADER_V1) {
      // A batch an earlier version wrote: its cells are counted line by line.
      const used = store.getUsedRangeOrNullObject(true).load("values");
      await context.sync();
      const saved = used.isNullObject ? null : decode(used.values);
      return saved ? { label: saved.label, cells: saved.cells } : null;
    }
    const saved = decode(head.values);
    return saved ? { label: saved.label, cells: saved.cells } : null;
  });
}

/** The store's lines; a store too large for one response is read in blocks of rows. */
async function readStore(
  storeSheet: Excel.Worksheet,
  counter: Counted,
  budget: number,
): Promise<{ values: unknown[][]; rows: number }> {
  const used = storeSheet.getUsedRangeOrNullObject(true).load("values,rowIndex,rowCount");
  try {
    await counter.sync();
    return used.isNullObject ? { values: [], rows: 0 } : { values: used.values, rows: used.rowIndex + used.rowCount };
  } catch (e) {
    if (!isSizeError(e)) throw e;
  }
  const extent = storeSheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
  await counter.sync();
  if (extent.isNullObject) return { values: [], rows: 0 };
  const rows = extent.rowIndex + extent.rowCount;
  const blocks: { from: number; to: number }[] = [];
  for (let from = 1; from <= rows; from += 500) blocks.push({ from, to: Math.min(rows, from + 499) });
  const parts = await loadInBlocks(
    counter,
    blocks,
    () => budget / 4,
    budget,
    (b) => storeSheet.getRange(`A${b.from}:A${b.to}`).load("values"),
  );
  return { values: parts.flatMap((p) => p.values), rows };
}

export async function undoEdit(
  run: ExcelRun,
  options: WriteOptions = {},
): Promise<{ label: string | null; restored: number; kept: number; syncs: number }> {
  const budget = options.budget ?? REQUEST_BUDGET;
  return run(async (context) => {
    const counter = counted(context);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    context.runtime.load("enableEvents");
    await counter.sync();
    const names = new Map(worksheets.items.map((w) => [w.name.toLocaleLowerCase(), w.name]));
    if (!names.has(UNDO_SHEET.toLocaleLowerCase())) return { label: null, restored: 0, kept: 0, syncs: counter.syncs };

    const storeSheet = worksheets.getItem(UNDO_SHEET);
    const { values: storeValues, rows: storeRows } = await readStore(storeSheet, counter, budget);
    // A several-sheet record of the first format (Thiết lập sổ): undone as it was made.
    const v1 = storeValues.length ? decodeV1(storeValues) : null;
    if (v1?.batch.sheets) return undoSheets(context, counter, names, storeSheet, storeRows, v1);
    const saved = storeValues.length ? decode(storeValues) : null;
    const forget: Write = {
      bytes: OPERATION_BYTES,
      queue: () => storeSheet.getRange(`A1:A${storeRows}`).clear("Contents"),
    };
    // The sheets of the batch still in the book (one deleted since keeps nothing to restore).
    const sheets = (saved?.sheets ?? []).map((s) => ({ ...s, name: names.get(s.sheet.toLocaleLowerCase()) }));
    if (!saved || sheets.every((s) => !s.name)) {
      // Nothing left to undo (or its sheets are gone): forget the record.
      if (storeRows > 0) await writeInBlocks(context, counter, context.runtime.enableEvents, [forget], budget);
      return { label: saved?.label ?? null, restored: 0, kept: 0, syncs: counter.syncs };
    }

    // Each sheet's saved cells, by position.
    type Saved1 = { after: Value; before: Value; format: string | null; link: boolean };
    const cellsOf = sheets.map(() => new Map<string, Saved1>());
    const hasFormats = sheets.map(() => false);
    for (const r of saved.rows) {
      r.w.forEach((after, i) => {
        if (after === null) return;
        const col = r.c + i;
        const format = r.f?.[i] ?? null;
        if (format !== null) hasFormats[r.s] = true;
        cellsOf[r.s].set(key(r.r, col), {
          after,
          before: r.b?.[i] ?? "",
          format,
          link: r.l?.includes(col) ?? false,
        });
      });
    }
    const plans = sheets.map((s, i) => {
      const positions = [...cellsOf[i].entries()].map(([k, c]) => {
        const [row, col] = k.split(",").map(Number);
        return { row, col, bytes: weigh(c.after) + weigh(c.before) + 8 };
      });
      return { ...s, cells: cellsOf[i], bands: s.name ? bandsOf(positions, s.created, budget / 2) : [] };
    });

    const reads = plans.flatMap((p, s) => p.bands.map((band) => ({ s, band })));
    const used = plans.map(() => null as Excel.Range | null);
    const loaded = await loadInBlocks(
      counter,
      reads,
      ({ band }) => bandCells(band) * 24 + OPERATION_BYTES,
      budget,
      ({ s, band }) =>
        worksheets
          .getItem(plans[s].name!)
          .getRange(bandAddress(band))
          .load(hasFormats[s] ? "values,numberFormat" : "values") as Excel.Range,
      () =>
        plans.forEach((p, s) => {
          if (p.name && p.created) used[s] = worksheets.getItem(p.name).getUsedRangeOrNullObject(true).load("address");
        }),
    );

    let restored = 0;
    let kept = 0;
    const writes: Write[] = [];
    const deletes: Write[] = [];
    plans.forEach((plan, s) => {
      if (!plan.name) return;
      const name = plan.name;
      const mine = reads.map((r, i) => ({ ...r, range: loaded[i] })).filter((r) => r.s === s);
      let stillOurs = 0;
      let othersTyped = false;
      for (const { band, range } of mine) {
        range.values.forEach((line, i) =>
          line.forEach((v, j) => {
            const c = plan.cells.get(key(band.top + i, band.left + j));
            if (!c) othersTyped ||= !isEmpty(v);
            else if (same(v, c.after)) stillOurs++;
          }),
        );
      }
      // A sheet the batch created goes away whole when every cell in it is still what the batch wrote.
      const box = used[s] && !used[s].isNullObject ? parseAddress(used[s].address) : null;
      const outside =
        box !== null &&
        mine.length > 0 &&
        (box.top + 1 < mine[0].band.top ||
          box.bottom + 1 > mine[mine.length - 1].band.bottom ||
          box.left < mine[0].band.left ||
          box.right > mine[0].band.right);
      if (plan.created && stillOurs === plan.cells.size && !othersTyped && !outside) {
        restored += plan.cells.size;
        deletes.push({ bytes: OPERATION_BYTES, queue: () => worksheets.getItem(name).delete() });
        return;
      }
      for (const { band, range } of mine) {
        let any = false;
        let formats = false;
        let bytes = OPERATION_BYTES;
        const links: string[] = [];
        const currentFormats = hasFormats[s] ? (range.numberFormat as string[][]) : null;
        const values = range.values.map((line, i) =>
          line.map((v, j) => {
            const row = band.top + i;
            const col = band.left + j;
            const c = plan.cells.get(key(row, col));
            if (!c) return null;
            if (!same(v, c.after)) {
              // Still what it was (a batch cut short never wrote it), or changed since: the clerk's.
              if (!same(v, c.before)) kept++;
              return null;
            }
            restored++;
            any = true;
            if (c.link) links.push(cellAddress(row - 1, col));
            bytes += weigh(c.before);
            return c.before;
          }),
        );
        const formatGrid = currentFormats?.map((line, i) =>
          line.map((f, j) => {
            const c = plan.cells.get(key(band.top + i, band.left + j));
            if (c?.format == null || values[i][j] === null || c.format === f) return f;
            formats = true;
            return c.format;
          }),
        );
        if (!any) continue;
        const address = bandAddress(band);
        writes.push({
          bytes: bytes * (formats ? 2 : 1) + links.length * OPERATION_BYTES,
          queue: () => {
            const sheet = worksheets.getItem(name);
            const target = sheet.getRange(address);
            target.values = values;
            if (formats && formatGrid) target.numberFormat = formatGrid;
            for (const a of links) sheet.getRange(a).clear("Hyperlinks");
          },
        });
      }
    });
    await writeInBlocks(context, counter, context.runtime.enableEvents, [...writes, ...deletes, forget], budget);
    return { label: saved.label, restored, kept, syncs: counter.syncs };
  });
}

/**
 * Queues the writing of a batch into the store, replacing the last one (inside the caller's write
 * sync). `storeRows`: how far the store's used range reaches, 0 when it is empty or absent.
 */
export function saveBatch(
  worksheets: Excel.WorksheetCollection,
  hasStore: boolean,
  storeRows: number,
  batch: Batch,
  saved: readonly SavedCell[],
): void {
  const storeSheet = hasStore ? worksheets.getItem(UNDO_SHEET) : worksheets.add(UNDO_SHEET);
  if (!hasStore) storeSheet.visibility = "VeryHidden";
  if (storeRows > 0) storeSheet.getRange(`A1:A${storeRows}`).clear("Contents");
  const lines = [[STORE_HEADER_V1], [JSON.stringify(batch)], ...saved.map((s) => [JSON.stringify(s)])];
  storeSheet.getRange(`A1:A${lines.length}`).values = lines;
}

function decodeV1(values: unknown[][]): { batch: Batch; cells: SavedCell[] } | null {
  const lines = values.map((r) => r[0]).filter((v): v is string => typeof v === "string" && v.startsWith("{"));
  try {
    const batch = JSON.parse(lines[0] ?? "null") as Batch | null;
    if (!batch || typeof batch.sheet !== "string") return null;
    const cells = lines.slice(1).map((l) => JSON.parse(l) as SavedCell);
    return { batch, cells: cells.filter((c) => typeof c.a === "string" && parseAddress(c.a) !== null) };
  } catch {
    return null;
  }
}

/**
 * Undoes a batch over several sheets (Thiết lập sổ): each sheet it added goes when it still holds only
 * what the batch wrote, and is kept whole otherwise (the clerk has typed in it); cells it changed in
 * sheets it did not add get their old values back where they still show the batch's; the sheet that was
 * active before is opened again; a store the batch made goes too. 3 syncs after the store was read.
 */
async function undoSheets(
  context: Excel.RequestContext,
  counter: Counted,
  names: Map<string, string>,
  storeSheet: Excel.Worksheet,
  storeRows: number,
  saved: { batch: Batch; cells: SavedCell[] },
): Promise<{ label: string; restored: number; kept: number; syncs: number }> {
  const { batch } = saved;
  const worksheets = context.workbook.worksheets;
  const sheetOf = (c: SavedCell) => c.s ?? batch.sheet;
  const key = (name: string) => name.toLocaleLowerCase();
  const added = new Set((batch.sheets ?? []).map(key));
  const present = (batch.sheets ?? []).flatMap((n) => {
    const name = names.get(key(n));
    return name ? [name] : [];
  });
  const addedSheets = present.map((name) => {
    const sheet = worksheets.getItem(name);
    sheet.load("visibility");
    return { name, sheet, used: sheet.getUsedRangeOrNullObject(true).load("address,values") };
  });
  const others = saved.cells
    .filter((c) => !added.has(key(sheetOf(c))) && names.has(key(sheetOf(c))))
    .map((c) => ({
      ...c,
      range: worksheets
        .getItem(names.get(key(sheetOf(c))) ?? "")
        .getRange(c.a)
        .load("values"),
    }));
  await counter.sync();

  let restored = 0;
  let kept = 0;
  const toDelete: typeof addedSheets = [];
  for (const s of addedSheets) {
    const ours = new Map(saved.cells.filter((c) => key(sheetOf(c)) === key(s.name)).map((c) => [c.a, c.after]));
    const filled = s.used.isNullObject ? [] : filledValues(s.used.address, s.used.values);
    // Nothing in it but what the batch wrote (some of it perhaps erased): deleting it loses nothing of the clerk's.
    const onlyOurs = filled.every(({ a, value }) => ours.has(a) && same(value, ours.get(a)));
    if (onlyOurs) {
      toDelete.push(s);
      restored += ours.size;
    } else kept += ours.size;
  }
  const support = new Set((batch.support ?? []).map(key));
  if (toDelete.length < addedSheets.length) {
    // A kept sheet's drop-downs still read the lists.
    for (let i = toDelete.length - 1; i >= 0; i--) {
      if (!support.has(key(toDelete[i].name))) continue;
      kept += saved.cells.filter((c) => key(sheetOf(c)) === key(toDelete[i].name)).length;
      toDelete.splice(i, 1);
    }
  }
  const active = batch.active ? names.get(key(batch.active)) : undefined;
  const deletesAll = toDelete.length === addedSheets.length;
  await quietly(context, counter, context.runtime.enableEvents, () => {
    for (const c of others) {
      if (!same(c.range.values[0][0], c.after)) {
        kept++;
        continue;
      }
      c.range.values = [[c.before]];
      restored++;
    }
    // The sheet the clerk was on before comes back first: Excel would open a neighbour of a deleted sheet.
    if (active && !added.has(key(active))) worksheets.getItem(active).activate();
    for (const { sheet } of toDelete) {
      // Excel refuses to delete a very hidden sheet.
      if (sheet.visibility === "VeryHidden") sheet.visibility = "Hidden";
      sheet.delete();
    }
    if (batch.newStore && deletesAll && kept === 0) {
      storeSheet.visibility = "Hidden";
      storeSheet.delete();
    } else if (storeRows > 0) storeSheet.getRange(`A1:A${storeRows}`).clear("Contents");
  });
  return { label: batch.label, restored, kept, syncs: counter.syncs };
}

/** The cells of a used range that hold something, with their values. */
function filledValues(address: string, values: unknown[][]): { a: string; value: unknown }[] {
  const box = parseAddress(address);
  if (!box) return [{ a: "?", value: null }];
  const out: { a: string; value: unknown }[] = [];
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (!isEmpty(v)) out.push({ a: cellAddress(box.top + r, box.left + c), value: v });
    }),
  );
  return out;
}

/**
 * A sheet's name as the book spells it and how far its used range reaches from A1 (1-based rows and
 * columns), or null when the book has no such sheet: what an edit replacing it must empty. 2 syncs.
 */
export async function sheetExtent(
  run: ExcelRun,
  name: string,
): Promise<{ name: string; rows: number; cols: number } | null> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("name");
    await context.sync();
    if (sheet.isNullObject) return null;
    const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount,columnIndex,columnCount");
    await context.sync();
    return used.isNullObject
      ? { name: sheet.name, rows: 0, cols: 0 }
      : { name: sheet.name, rows: used.rowIndex + used.rowCount, cols: used.columnIndex + used.columnCount };
  });
}
