/**
 * The live check's reader: the last full read of the book (readBook.ts: which sheet is which, by
 * name, header or the clerk's choice), kept up to date with what Excel said changed since, instead of
 * read whole after every edit.
 *
 * A read of "changes" lists the sheets (names and ids, no cells) and, when the list is as it was,
 * reads only the ranges that onChanged named on sheets already read, with those sheets' used-range
 * bounds (no cells), all in one more request; the fresh cells are written over the cached ones, and
 * every other sheet is the very array read before. An edit outside the first rows of a sheet the
 * reader passed over (A1:AX30, where a header would be) changes nothing it reads, and reads nothing.
 *
 * Everything is read again, as readBook reads it, when it is not that simple: a sheet added, deleted,
 * renamed or moved; an edit to the clerk's reading choices (`_tdkt_map`), or within the first rows of
 * a sheet known by its header or passed over (it may now be another sheet); a change Excel did not
 * place (a paste on the web names no range, an inserted or deleted row moves every row below); more
 * than PATCH_CELLS changed cells; a used range that grew where no event said; a response too large;
 * a read of "all" (the clerk's button, the pane opening, focus on the web); changes that were not
 * followed (before the first read, while not watched, after a failed read, after the add-in wrote
 * with events off). Header rows need no special case: the parser finds the header again in the
 * patched cells, which are the cells a full read returns.
 *
 * Syncs: 1 when nothing read has changed; 2 for changed cells; a full read (readBook's) plus the 1 of
 * the sheet list when the list changed.
 *
 * What it cannot see: a formula whose result changed because of an edit elsewhere (Excel raises no
 * event for the formula's cell). The next read of "all" reads it.
 */
import type { CellValue } from "../domain/model";
import type { RawSheet } from "../sheets/parse";
import type { Box } from "../sheets/plan";
import { isSystemSheet, MAP_SHEET } from "../sheets/readingMap";
import { namedLikeBook } from "../sheets/recognise";
import { boxAddress, parseAddress } from "./address";
import type { ExcelRun } from "./host";
import { CORNER, isSizeError, readBook, type ReadResult } from "./readBook";
import { counted } from "./sync";

/** What onChanged (or onAdded, onDeleted) said; null fields when it did not say. */
export interface SheetChange {
  worksheetId: string | null;
  address: string | null;
  changeType: string | null;
}

/** Why a read read the whole book. */
export type FullRead =
  "asked" | "unfollowed" | "sheets" | "choices" | "header" | "unplaced" | "many" | "grew" | "tooLarge";

export interface LiveRead {
  /** As readBook gives them: the sheets read (corners passed along marked partial) and the reading choices. */
  sheets: RawSheet[];
  /** The book's other sheets, not read. */
  others: string[];
  syncs: number;
  /** Why the whole book was read; null when only changed cells were. */
  full: FullRead | null;
  /** Sheets of which changed cells were read. */
  patched: string[];
}

/** More changed cells than this: the whole book is read (one read is then cheaper than many ranges). */
export const PATCH_CELLS = 20_000;

/** What a sheet is to the reader, which says what an edit to it needs. */
type Role =
  /** Read whole because its name names a contract sheet: an edit anywhere is patched. */
  | "named"
  /** Read whole because its first rows (or the clerk's choice) made it one: an edit there reads all. */
  | "recognised"
  /** Passed over (its first rows passed along, or not read at all): an edit in its first rows reads all. */
  | "passed"
  /** The clerk's reading choices: any edit reads all. */
  | "choices";

interface Known {
  /** The sheets that matter, as "id name" lines in order: every sheet but the add-in's own, `_tdkt_map` included. */
  listing: string;
  roles: Map<string, { name: string; role: Role }>;
  sheets: RawSheet[];
  others: string[];
}

/** Per sheet id: the ranges that changed, or "unplaced" when Excel did not say which cells moved. */
type Dirty = Map<string, Box[] | "unplaced">;

const FIRST_ROWS = parseAddress(CORNER) as Box;

const area = (b: Box) => (b.bottom - b.top + 1) * (b.right - b.left + 1);
const meets = (a: Box, b: Box) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const inside = (b: Box, outer: Box) =>
  b.top >= outer.top && b.left >= outer.left && b.bottom <= outer.bottom && b.right <= outer.right;
const cut = (a: Box, b: Box): Box => ({
  top: Math.max(a.top, b.top),
  left: Math.max(a.left, b.left),
  bottom: Math.min(a.bottom, b.bottom),
  right: Math.min(a.right, b.right),
});
const union = (a: Box | null, b: Box): Box =>
  a
    ? {
        top: Math.min(a.top, b.top),
        left: Math.min(a.left, b.left),
        bottom: Math.max(a.bottom, b.bottom),
        right: Math.max(a.right, b.right),
      }
    : b;

const isMap = (name: string) => name.toLocaleLowerCase() === MAP_SHEET;
const matters = (name: string) => !isSystemSheet(name) || isMap(name);

function listingOf(book: readonly { name: string; id: string }[]): string {
  return book
    .filter((w) => matters(w.name))
    .map((w) => `${w.id} ${w.name}`)
    .join("\n");
}

/** The widest row (a loop: a spread of 20,000 rows into Math.max would be slow, or too many arguments). */
function widthOf(values: readonly CellValue[][]): number {
  let width = 0;
  for (const row of values) if (row.length > width) width = row.length;
  return width;
}

/** The cells a sheet's cached read covers, null when it has none. */
function boxOf(sheet: RawSheet): Box | null {
  const width = widthOf(sheet.values);
  const top = sheet.rowOffset ?? 0;
  const left = sheet.colOffset ?? 0;
  return sheet.values.length && width
    ? { top, left, bottom: top + sheet.values.length - 1, right: left + width - 1 }
    : null;
}

function learn(read: ReadResult): Known {
  const roles: Known["roles"] = new Map();
  const others = read.others ?? [];
  for (const { name, id } of read.book) {
    if (!matters(name)) continue;
    const sheet = read.sheets.find((s) => s.name === name);
    const role: Role = isMap(name)
      ? "choices"
      : !sheet || sheet.partial
        ? "passed"
        : namedLikeBook(name)
          ? "named"
          : "recognised";
    roles.set(id, { name, role });
  }
  return { listing: listingOf(read.book), roles, sheets: read.sheets, others };
}

/**
 * The cached cells moved into the sheet's new used range, the changed boxes' fresh values on top.
 * Rows nothing touched keep their array: a 20,000-row sheet is not copied for one cell, and the
 * parser knows an unchanged row by it.
 */
function patch(old: RawSheet, bounds: Box | null, boxes: { box: Box; values: CellValue[][] }[]): RawSheet {
  if (!bounds) return { name: old.name, values: [], rowOffset: 0, colOffset: 0 };
  const oldTop = old.rowOffset ?? 0;
  const oldLeft = old.colOffset ?? 0;
  const width = bounds.right - bounds.left + 1;
  const sameColumns = bounds.left === oldLeft && width === widthOf(old.values);
  const touched = new Set<number>();
  for (const { box } of boxes) for (let r = box.top; r <= box.bottom; r++) touched.add(r);
  const values: CellValue[][] = [];
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const before = old.values[r - oldTop];
    if (before && sameColumns && !touched.has(r) && before.length === width) {
      values.push(before);
      continue;
    }
    const row: CellValue[] = new Array(width);
    for (let c = 0; c < width; c++) row[c] = before?.[bounds.left + c - oldLeft] ?? "";
    values.push(row);
  }
  for (const { box, values: fresh } of boxes) {
    for (let r = Math.max(box.top, bounds.top); r <= Math.min(box.bottom, bounds.bottom); r++) {
      for (let c = Math.max(box.left, bounds.left); c <= Math.min(box.right, bounds.right); c++) {
        values[r - bounds.top][c - bounds.left] = fresh[r - box.top][c - box.left];
      }
    }
  }
  return { name: old.name, values, rowOffset: bounds.top, colOffset: bounds.left };
}

/** The sheets as the pane takes them: those read, then the others by name only, for the clerk to choose one. */
export function paneSheets(read: { sheets: RawSheet[]; others?: string[] }): RawSheet[] {
  return [...read.sheets, ...(read.others ?? []).map((name) => ({ name, values: [], partial: true }))];
}

export class LiveBook {
  private known: Known | null = null;
  private dirty: Dirty = new Map();
  /** Changes may have been missed: the next read reads everything. */
  private unfollowed = true;

  constructor(private readonly run: ExcelRun) {}

  /** Records a change; null when Excel did not say which sheet (then everything is read again). */
  changed(change: SheetChange | null): void {
    const id = change?.worksheetId;
    if (!id) {
      this.unfollowed = true;
      return;
    }
    const known = this.dirty.get(id);
    if (known === "unplaced") return;
    const box = change.changeType === "RangeEdited" && change.address ? parseAddress(change.address) : null;
    this.dirty.set(id, box ? [...(known ?? []), box] : "unplaced");
  }

  /** Changes may have been missed (not watched, or written with events off): the next read reads everything. */
  forget(): void {
    this.unfollowed = true;
  }

  async read(scope: "all" | "changes"): Promise<LiveRead> {
    // Changes that arrive while this read runs belong to the next one.
    const dirty = this.dirty;
    const unfollowed = this.unfollowed;
    this.dirty = new Map();
    this.unfollowed = false;
    try {
      if (scope === "all") return await this.readAll("asked");
      if (unfollowed || !this.known) return await this.readAll("unfollowed");
      const patched = await this.readChanges(this.known, dirty);
      return typeof patched === "string" ? await this.readAll(patched, 1) : patched;
    } catch (e) {
      this.unfollowed = true;
      throw e;
    }
  }

  private async readAll(why: FullRead, before = 0): Promise<LiveRead> {
    const read = await readBook(this.run);
    this.known = learn(read);
    return { sheets: read.sheets, others: read.others ?? [], syncs: before + read.syncs, full: why, patched: [] };
  }

  /** The changed cells patched into the last read, or why the whole book must be read instead. */
  private readChanges(known: Known, dirty: Dirty): Promise<LiveRead | FullRead> {
    return this.run(async (context) => {
      const counter = counted(context);
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,id");
      await counter.sync();
      if (listingOf(worksheets.items) !== known.listing) return "sheets";

      // Per sheet read: the boxes to read again.
      const work = new Map<number, { boxes: Box[]; clipped: boolean }>();
      let cells = 0;
      for (const [id, change] of dirty) {
        const sheet = known.roles.get(id);
        // The add-in's own sheets (marks, undo) are no part of the book.
        if (!sheet) continue;
        if (sheet.role === "choices") return "choices";
        if (change === "unplaced") return "unplaced";
        const header = change.some((b) => meets(b, FIRST_ROWS));
        if (sheet.role === "passed") {
          if (header) return "header";
          continue;
        }
        if (sheet.role === "recognised" && header) return "header";
        const at = known.sheets.findIndex((s) => s.name === sheet.name);
        if (at < 0) return "unplaced";
        const box = boxOf(known.sheets[at]);
        const item = work.get(at) ?? { boxes: [], clipped: false };
        for (const b of change) {
          // Whole columns or rows cleared: only the cells read before can have changed, unless the
          // used range grew, which the bounds tell.
          const clip = area(b) > PATCH_CELLS && box !== null && meets(b, box);
          item.clipped ||= clip;
          item.boxes.push(clip ? cut(b, box) : b);
          cells += area(item.boxes[item.boxes.length - 1]);
        }
        if (cells > PATCH_CELLS) return "many";
        work.set(at, item);
      }
      if (work.size === 0)
        return { sheets: known.sheets, others: known.others, syncs: counter.syncs, full: null, patched: [] };

      const reads = [...work].map(([at, { boxes, clipped }]) => {
        const name = known.sheets[at].name;
        const sheet = worksheets.getItem(name);
        const bounds = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
        const ranges = boxes.map((box) => ({ box, range: sheet.getRange(boxAddress(box)).load("values") }));
        return { at, bounds, ranges, clipped };
      });
      try {
        await counter.sync();
      } catch (e) {
        if (isSizeError(e)) return "tooLarge";
        throw e;
      }

      const sheets = known.sheets.slice();
      for (const { at, bounds, ranges, clipped } of reads) {
        const old = known.sheets[at];
        const fresh = ranges.map(({ box, range }) => ({ box, values: range.values as CellValue[][] }));
        const now: Box | null = bounds.isNullObject
          ? null
          : {
              top: bounds.rowIndex,
              left: bounds.columnIndex,
              bottom: bounds.rowIndex + bounds.rowCount - 1,
              right: bounds.columnIndex + bounds.columnCount - 1,
            };
        // Cells beyond what was read and what changed are there: something changed that no event told
        // of (or, beside cleared columns, that was not read).
        const before = boxOf(old);
        const seen = clipped ? before : fresh.reduce<Box | null>((u, f) => union(u, f.box), before);
        if (now && (!seen || !inside(now, seen))) return "grew";
        sheets[at] = patch(old, now, fresh);
      }
      this.known = { ...known, sheets };
      const patched = reads.map((r) => sheets[r.at].name);
      return { sheets, others: known.others, syncs: counter.syncs, full: null, patched };
    });
  }
}
