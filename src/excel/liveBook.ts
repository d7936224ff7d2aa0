/**
 * The book as the live check last read it, kept up to date with what changed since instead of read
 * whole after every edit. Excel's onChanged names the worksheet, and usually the range and the kind of
 * change: a typed edit re-reads just those cells (plus the sheet's used-range bounds, which cost no
 * cells); a paste without an address, an inserted or deleted row, a sheet added, or anything not
 * understood re-reads that sheet whole; the other sheets are the last read of them, so the checks that
 * span sheets still see the whole book. A read of "all" (the clerk's button, the pane's opening,
 * coming back to the pane on the web) reads every contract sheet whole.
 *
 * Syncs: 2 (sheet names and ids; the cells) whatever changed; 1 when nothing needs reading; row
 * blocks as readBook when Excel on the web finds a response too large.
 *
 * What it cannot see: a formula whose result changed because of an edit elsewhere (Excel raises no
 * event for it), and edits made while events were off. Those are read by the next read of "all".
 */
import type { CellValue } from "../domain/model";
import type { RawSheet } from "../sheets/parse";
import { boxAddress, parseAddress } from "./address";
import type { ExcelRun } from "./host";
import { contractSheetNames, isSizeError, loadUsedRanges, readInBlocks } from "./readBook";
import { counted } from "./sync";

/** What onChanged (or onAdded, onDeleted) said; null fields when it did not say. */
export interface SheetChange {
  worksheetId: string | null;
  address: string | null;
  changeType: string | null;
}

export interface LiveRead {
  sheets: RawSheet[];
  syncs: number;
  /** Cells whose values were read this time. */
  cellsRead: number;
  /** Sheets read whole, and sheets of which only changed cells were read. */
  whole: string[];
  patched: string[];
}

/** More changed cells than this on a sheet: read it whole (one read is cheaper than many ranges). */
export const PATCH_CELLS = 20_000;

type Box = { top: number; left: number; bottom: number; right: number };

interface Cached {
  values: CellValue[][];
  rowOffset: number;
  colOffset: number;
}

/** Per sheet id: the boxes that changed, or "whole" when the change cannot be placed. */
type Dirty = Map<string, Box[] | "whole">;

const area = (b: Box) => (b.bottom - b.top + 1) * (b.right - b.left + 1);

/** The widest row (a loop: a spread of 20,000 rows into Math.max would be slow, or too many arguments). */
function widthOf(values: readonly CellValue[][]): number {
  let width = 0;
  for (const row of values) if (row.length > width) width = row.length;
  return width;
}

function boxOf(c: Cached): Box | null {
  const width = widthOf(c.values);
  return c.values.length && width
    ? { top: c.rowOffset, left: c.colOffset, bottom: c.rowOffset + c.values.length - 1, right: c.colOffset + width - 1 }
    : null;
}

function union(a: Box | null, b: Box): Box {
  return a
    ? {
        top: Math.min(a.top, b.top),
        left: Math.min(a.left, b.left),
        bottom: Math.max(a.bottom, b.bottom),
        right: Math.max(a.right, b.right),
      }
    : b;
}

const inside = (b: Box, outer: Box) =>
  b.top >= outer.top && b.left >= outer.left && b.bottom <= outer.bottom && b.right <= outer.right;

/** The cached cells moved into the sheet's new used range, with the changed boxes' fresh values on top. */
function patch(old: Cached, bounds: Box | null, boxes: { box: Box; values: CellValue[][] }[]): Cached {
  if (!bounds) return { values: [], rowOffset: 0, colOffset: 0 };
  const width = bounds.right - bounds.left + 1;
  const oldWidth = widthOf(old.values);
  const sameColumns = bounds.left === old.colOffset && width === oldWidth;
  const touched = new Set<number>();
  for (const { box } of boxes) for (let r = box.top; r <= box.bottom; r++) touched.add(r);
  const values: CellValue[][] = [];
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const before = old.values[r - old.rowOffset];
    // Rows nothing touched keep their array: a 20,000-row sheet is not copied for one cell.
    if (before && sameColumns && !touched.has(r) && before.length === width) {
      values.push(before);
      continue;
    }
    const row: CellValue[] = new Array(width);
    for (let c = 0; c < width; c++) row[c] = before?.[bounds.left + c - old.colOffset] ?? "";
    values.push(row);
  }
  for (const { box, values: fresh } of boxes) {
    for (let r = Math.max(box.top, bounds.top); r <= Math.min(box.bottom, bounds.bottom); r++) {
      for (let c = Math.max(box.left, bounds.left); c <= Math.min(box.right, bounds.right); c++) {
        values[r - bounds.top][c - bounds.left] = fresh[r - box.top][c - box.left];
      }
    }
  }
  return { values, rowOffset: bounds.top, colOffset: bounds.left };
}

export class LiveBook {
  private cache = new Map<string, Cached>();
  private dirty: Dirty = new Map();
  /** Something changed that cannot be placed: the next read reads everything. */
  private unknown = true;

  constructor(private readonly run: ExcelRun) {}

  /** Records a change; null when Excel did not say which sheet (then everything is read again). */
  changed(change: SheetChange | null): void {
    if (!change?.worksheetId) {
      this.unknown = true;
      return;
    }
    const id = change.worksheetId;
    const known = this.dirty.get(id);
    if (known === "whole") return;
    const box = change.changeType === "RangeEdited" && change.address ? parseAddress(change.address) : null;
    const boxes = box ? [...(known ?? []), box] : null;
    this.dirty.set(id, boxes && boxes.reduce((n, b) => n + area(b), 0) <= PATCH_CELLS ? boxes : "whole");
  }

  /** Changes may have been missed (events were not watched): the next read reads everything. */
  forget(): void {
    this.unknown = true;
  }

  async read(scope: "all" | "changes"): Promise<LiveRead> {
    // Changes that arrive while this read runs belong to the next one.
    const dirty = this.dirty;
    const everything = scope === "all" || this.unknown;
    this.dirty = new Map();
    this.unknown = false;
    try {
      return await this.readWith(everything, dirty);
    } catch (e) {
      this.unknown = true;
      throw e;
    }
  }

  private readWith(everything: boolean, dirty: Dirty): Promise<LiveRead> {
    return this.run(async (context) => {
      const counter = counted(context);
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,id");
      await counter.sync();

      const present = worksheets.items.map((w) => ({ name: w.name, id: w.id }));
      const found = contractSheetNames(present).map(
        (name) => present.find((p) => p.name === name) as { name: string; id: string },
      );

      const plans = found.map(({ name, id }) => {
        const cached = this.cache.get(id);
        const change = dirty.get(id);
        if (everything || !cached || change === "whole") {
          return { name, id, kind: "whole" as const, sheet: loadUsedRanges(worksheets, [name]) };
        }
        if (!change) return { name, id, kind: "kept" as const, cached };
        const bounds = worksheets.getItem(name).getUsedRangeOrNullObject(true);
        bounds.load("rowIndex,columnIndex,rowCount,columnCount");
        const boxes = change.map((box) => {
          const range = worksheets.getItem(name).getRange(boxAddress(box));
          range.load("values");
          return { box, range };
        });
        return { name, id, kind: "patch" as const, cached, bounds, boxes };
      });

      if (plans.some((p) => p.kind !== "kept")) {
        try {
          await counter.sync();
        } catch (e) {
          if (!isSizeError(e)) throw e;
          // Too large for one response: every sheet that needed reading is read whole, in blocks.
          const names = plans.filter((p) => p.kind !== "kept").map((p) => p.name);
          const blocks = await readInBlocks(context, counter, names);
          const sheets = plans.map((p) =>
            p.kind === "kept" ? this.named(p.name, p.cached) : blocks[names.indexOf(p.name)],
          );
          this.store(found, sheets);
          const cellsRead = blocks.reduce((n, s) => n + s.values.reduce((m, r) => m + r.length, 0), 0);
          return { sheets, syncs: counter.syncs, cellsRead, whole: names, patched: [] };
        }
      }

      let cellsRead = 0;
      const whole: string[] = [];
      const patched: string[] = [];
      const sheets: RawSheet[] = [];
      const again: string[] = [];
      for (const p of plans) {
        if (p.kind === "kept") {
          sheets.push(this.named(p.name, p.cached));
        } else if (p.kind === "whole") {
          whole.push(p.name);
          const [sheet] = p.sheet();
          cellsRead += sheet.values.reduce((n, r) => n + r.length, 0);
          sheets.push(sheet);
        } else {
          const bounds: Box | null = p.bounds.isNullObject
            ? null
            : {
                top: p.bounds.rowIndex,
                left: p.bounds.columnIndex,
                bottom: p.bounds.rowIndex + p.bounds.rowCount - 1,
                right: p.bounds.columnIndex + p.bounds.columnCount - 1,
              };
          const fresh = p.boxes.map(({ box, range }) => ({ box, values: range.values as CellValue[][] }));
          cellsRead += fresh.reduce((n, f) => n + area(f.box), 0);
          // The used range grew past the cached cells and the changed ones: something changed unseen.
          const seen = fresh.reduce<Box | null>((u, f) => union(u, f.box), boxOf(p.cached));
          if (bounds && (!seen || !inside(bounds, seen))) {
            again.push(p.name);
            sheets.push({ name: p.name, values: [] });
            continue;
          }
          patched.push(p.name);
          sheets.push(this.named(p.name, patch(p.cached, bounds, fresh)));
        }
      }

      if (again.length) {
        // Rare: read those sheets whole in one more round trip.
        const reread = loadUsedRanges(worksheets, again);
        await counter.sync();
        reread().forEach((sheet) => {
          const name = sheet.name;
          cellsRead += sheet.values.reduce((n, r) => n + r.length, 0);
          sheets[sheets.findIndex((s) => s.name === name)] = sheet;
          whole.push(name);
        });
      }

      this.store(found, sheets);
      return { sheets, syncs: counter.syncs, cellsRead, whole, patched };
    });
  }

  private named(name: string, c: Cached): RawSheet {
    return { name, values: c.values, rowOffset: c.rowOffset, colOffset: c.colOffset };
  }

  /** The cache holds exactly the contract sheets of this read (deleted sheets drop out). */
  private store(found: { name: string; id: string }[], sheets: RawSheet[]): void {
    this.cache = new Map(
      found.map(({ id }, i) => [
        id,
        { values: sheets[i].values, rowOffset: sheets[i].rowOffset ?? 0, colOffset: sheets[i].colOffset ?? 0 },
      ]),
    );
  }
}
