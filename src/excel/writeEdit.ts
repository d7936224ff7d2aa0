/**
 * Writes a sheet edit (e.g. "Ghi vào lịch sử") in one batch that can be undone: what each cell held
 * before is kept inside the workbook, in a very hidden sheet, so "Hoàn tác" works after the pane was
 * closed or the book saved and reopened. Only the last edit is kept; undoing restores each cell that
 * still shows what the edit wrote (a cell the clerk changed since keeps the clerk's value), and
 * deletes a sheet the edit created when nothing else was typed in it. A batch over several sheets
 * (Thiết lập sổ, setupBook.ts, via saveBatch) is undone the same way for each sheet it added, and opens
 * again the sheet that was active before.
 *
 * writeEdit: 4 syncs — sheet names; the target cells and the saved record; the writes (events and
 * screen updating off); events back on. undoEdit: 5 syncs — sheet names; the saved record; the cells
 * (and a created sheet's used range); the writes; events back on. Both constant in the edit's size.
 */
import type { CellEdit, SheetEdit } from "../sheets/historyEdit";
import { columnLetter } from "../sheets/parse";
import { columnWidthPoints } from "../sheets/plan";
import { boxAddress, cellAddress, parseAddress } from "./address";
import type { ExcelRun } from "./host";
import { counted, quietly, type Counted } from "./sync";

export const UNDO_SHEET = "_tdkt_undo";
const STORE_HEADER = "tdkt undo v1: the last batch the add-in wrote; one JSON record per row after the first";
const DATE_FORMAT = "dd/mm/yyyy";

type Value = string | number | boolean;

/** What the store keeps: the batch, then one line per cell. */
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

/** Cells of one row, side by side: written as one range. */
interface Run {
  row: number;
  left: number;
  cells: CellEdit[];
}

function runsOf(cells: readonly CellEdit[]): Run[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: Run[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === c.row && last.left + last.cells.length === c.col) last.cells.push(c);
    else runs.push({ row: c.row, left: c.col, cells: [c] });
  }
  return runs;
}

const address = (run: Run) =>
  boxAddress({ top: run.row - 1, left: run.left, bottom: run.row - 1, right: run.left + run.cells.length - 1 });

const isEmpty = (v: unknown) => v === "" || v === null || v === undefined;
const same = (a: unknown, b: unknown) => (isEmpty(a) && isEmpty(b)) || String(a) === String(b);

export async function writeEdit(
  run: ExcelRun,
  edit: SheetEdit,
  label: string,
): Promise<{ written: number; syncs: number }> {
  return run(async (context) => {
    const counter = counted(context);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    context.runtime.load("enableEvents");
    await counter.sync();

    const names = new Map(worksheets.items.map((w) => [w.name.toLocaleLowerCase(), w.name]));
    const existing = names.get(edit.sheet.toLocaleLowerCase());
    if (edit.create && existing) throw new BookChangedError(existing, "A1");
    if (!edit.create && !existing) throw new BookChangedError(edit.sheet, "A1");
    const runs = runsOf(edit.cells);
    const hasStore = names.has(UNDO_SHEET.toLocaleLowerCase());
    const store = hasStore
      ? worksheets.getItem(UNDO_SHEET).getUsedRangeOrNullObject(true).load("rowCount,rowIndex")
      : null;
    const sheetName = existing ?? edit.sheet;
    const ranges = existing ? runs.map((r) => worksheets.getItem(sheetName).getRange(address(r)).load("values")) : null;
    await counter.sync();

    const saved: SavedCell[] = [];
    runs.forEach((r, i) => {
      const current = ranges ? (ranges[i].values[0] as Value[]) : r.cells.map(() => "");
      r.cells.forEach((c, j) => {
        if (c.fresh && !isEmpty(current[j])) throw new BookChangedError(sheetName, cellAddress(c.row - 1, c.col));
        saved.push({ a: cellAddress(c.row - 1, c.col), before: current[j] ?? "", after: c.value ?? "" });
      });
    });
    const storeRows = store && !store.isNullObject ? store.rowIndex + store.rowCount : 0;
    const batch: Batch = { label, sheet: sheetName, created: edit.create, at: new Date().toISOString() };

    await quietly(context, counter, context.runtime.enableEvents, () => {
      const sheet = edit.create ? worksheets.add(sheetName) : worksheets.getItem(sheetName);
      if (edit.create) sheet.freezePanes.freezeRows(1);
      for (const r of runs) {
        const range = sheet.getRange(address(r));
        // Text format before the values, so that "=…" typed by a unit stays text (issue 15).
        if (r.cells.some((c) => c.text)) range.numberFormat = [r.cells.map((c) => (c.text ? "@" : "General"))];
        range.values = [r.cells.map((c) => c.value ?? "")];
        if (r.cells.some((c) => c.date))
          range.numberFormat = [r.cells.map((c) => (c.date ? DATE_FORMAT : c.text ? "@" : "General"))];
        for (const c of r.cells)
          if (c.link)
            sheet.getRange(cellAddress(c.row - 1, c.col)).hyperlink = {
              documentReference: c.link,
              textToDisplay: String(c.value ?? ""),
            };
      }
      if (edit.create)
        edit.widths?.forEach((w, i) => {
          const letter = columnLetter(i);
          sheet.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(w);
        });
      saveBatch(worksheets, hasStore, storeRows, batch, saved);
    });
    return { written: saved.length, syncs: counter.syncs };
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
  const lines = [[STORE_HEADER], [JSON.stringify(batch)], ...saved.map((s) => [JSON.stringify(s)])];
  storeSheet.getRange(`A1:A${lines.length}`).values = lines;
}

function decode(values: unknown[][]): { batch: Batch; cells: SavedCell[] } | null {
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

/** The last batch the add-in wrote, if any is left to undo (for the pane to offer "Hoàn tác"). */
export async function lastEdit(run: ExcelRun): Promise<{ label: string; cells: number } | null> {
  return run(async (context) => {
    const store = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET);
    store.load("name");
    await context.sync();
    if (store.isNullObject) return null;
    const used = store.getUsedRangeOrNullObject(true).load("values");
    await context.sync();
    if (used.isNullObject) return null;
    const saved = decode(used.values);
    return saved ? { label: saved.batch.label, cells: saved.cells.length } : null;
  });
}

export async function undoEdit(
  run: ExcelRun,
): Promise<{ label: string | null; restored: number; kept: number; syncs: number }> {
  return run(async (context) => {
    const counter = counted(context);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    context.runtime.load("enableEvents");
    await counter.sync();
    const names = new Map(worksheets.items.map((w) => [w.name.toLocaleLowerCase(), w.name]));
    if (!names.has(UNDO_SHEET.toLocaleLowerCase())) return { label: null, restored: 0, kept: 0, syncs: counter.syncs };

    const storeSheet = worksheets.getItem(UNDO_SHEET);
    const store = storeSheet.getUsedRangeOrNullObject(true).load("values,rowIndex,rowCount");
    await counter.sync();
    const saved = store.isNullObject ? null : decode(store.values);
    const storeRows = store.isNullObject ? 0 : store.rowIndex + store.rowCount;
    const sheetName = saved ? names.get(saved.batch.sheet.toLocaleLowerCase()) : undefined;
    if (!saved || !sheetName) {
      // Nothing left to undo (or its sheet is gone): forget the record.
      if (storeRows > 0) {
        await quietly(context, counter, context.runtime.enableEvents, () =>
          storeSheet.getRange(`A1:A${storeRows}`).clear("Contents"),
        );
      }
      return { label: saved?.batch.label ?? null, restored: 0, kept: 0, syncs: counter.syncs };
    }

    if (saved.batch.sheets) return undoSheets(context, counter, names, storeSheet, storeRows, saved);

    const sheet = worksheets.getItem(sheetName);
    const cells = saved.cells.map((c) => ({ ...c, range: sheet.getRange(c.a).load("values") }));
    const used = saved.batch.created ? sheet.getUsedRangeOrNullObject(true).load("address, values") : null;
    await counter.sync();

    let restored = 0;
    let kept = 0;
    const ours = new Set(saved.cells.map((c) => c.a));
    const stillOurs = cells.filter((c) => same(c.range.values[0][0], c.after));
    // A sheet the edit created goes away whole when every cell in it is still what the edit wrote.
    const onlyOurs =
      saved.batch.created &&
      stillOurs.length === cells.length &&
      (!used || used.isNullObject || filledCells(used.address, used.values).every((a) => ours.has(a)));
    await quietly(context, counter, context.runtime.enableEvents, () => {
      if (onlyOurs) {
        sheet.delete();
        restored = cells.length;
      } else {
        for (const c of cells) {
          if (!same(c.range.values[0][0], c.after)) {
            kept++;
            continue;
          }
          c.range.values = [[c.before]];
          restored++;
        }
      }
      storeSheet.getRange(`A1:A${storeRows}`).clear("Contents");
    });
    return { label: saved.batch.label, restored, kept, syncs: counter.syncs };
  });
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
 * The cells of a used range that hold something ("'Lịch sử'!A1:C3" and its values → ["A1", "C2", …]):
 * the used range is a rectangle, and the empty cells inside it are nobody's. An unreadable address
 * gives "?", which is never ours.
 */
function filledCells(address: string, values: unknown[][]): string[] {
  const box = parseAddress(address);
  if (!box) return ["?"];
  const out: string[] = [];
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== "" && v !== null && v !== undefined) out.push(cellAddress(box.top + r, box.left + c));
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
