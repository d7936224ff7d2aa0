/**
 * The in-memory workbook's state: sheets of cells with the formatting the adapter touches.
 * The client objects (client.ts) read and write it only while a sync runs, as Excel does.
 */
import { fromJsDate, toExcelSerial } from "../../domain/dates";
import type { CellValue } from "../../domain/model";

/** 0-based, inclusive. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
/** A cell as Office.js reports it: "" when empty, serial numbers for dates. */
export type Cell = string | number | boolean;

export interface Fill {
  color: string;
  pattern: string;
  patternColor: string;
}

export interface Validation {
  box: Box;
  rule: Excel.DataValidationRule;
  errorAlert: Excel.DataValidationErrorAlert | null;
  prompt: Prompt | null;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface Prompt {
  showPrompt: boolean;
  title: string;
  message: string;
}

export class MemoryError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

const key = (row: number, col: number) => `${row},${col}`;
const inside = (b: Box, row: number, col: number) => row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;

/** Office.js never hands out Date objects or nulls: dates are serials, empty cells "". */
export function toCell(v: CellValue | undefined): Cell {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) {
    const d = fromJsDate(v);
    return d ? toExcelSerial(d) : "";
  }
  return v;
}

export class MemSheet {
  visibility: Visibility = "Visible";
  frozenRows = 0;
  readonly rows: Cell[][] = [];
  readonly fills = new Map<string, Fill>();
  readonly notes = new Map<string, string>();
  readonly numberFormats = new Map<string, string>();
  /** Cells' hyperlinks (Range.hyperlink, ExcelApi 1.7): where they go inside the book. */
  readonly links = new Map<string, string>();
  readonly columnWidths = new Map<number, number>();
  readonly validations: Validation[] = [];
  readonly tables: { name: string; box: Box }[] = [];
  /** Lock states set on boxes, the last one set wins; a cell no box covers is locked, as in Excel. */
  readonly locks: { box: Box; locked: boolean }[] = [];

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  get(row: number, col: number): Cell {
    return this.rows[row]?.[col] ?? "";
  }

  set(row: number, col: number, v: Cell): void {
    const r = (this.rows[row] ??= []);
    r[col] = v;
  }

  fill(row: number, col: number): Fill | undefined {
    return this.fills.get(key(row, col));
  }

  setFill(row: number, col: number, fill: Fill | null): void {
    if (fill) this.fills.set(key(row, col), fill);
    else this.fills.delete(key(row, col));
  }

  note(row: number, col: number): string | undefined {
    return this.notes.get(key(row, col));
  }

  setNote(row: number, col: number, text: string | null): void {
    if (text === null) this.notes.delete(key(row, col));
    else this.notes.set(key(row, col), text);
  }

  link(row: number, col: number): string | undefined {
    return this.links.get(key(row, col));
  }

  setLink(row: number, col: number, reference: string | null): void {
    if (reference === null) this.links.delete(key(row, col));
    else this.links.set(key(row, col), reference);
  }

  numberFormat(row: number, col: number): string {
    return this.numberFormats.get(key(row, col)) ?? "General";
  }

  setNumberFormat(row: number, col: number, format: string): void {
    this.numberFormats.set(key(row, col), format);
  }

  /**
   * The smallest box holding every value (and, unless valuesOnly, every fill and number format).
   * Plain loops and four numbers: the grid and every read ask it of sheets of 20,000 rows.
   */
  usedBox(valuesOnly: boolean): Box | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const grow = (row: number, col: number) => {
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (col < left) left = col;
      if (col > right) right = col;
    };
    const rows = this.rows;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (!r) continue;
      let first = -1;
      let last = -1;
      for (let j = 0; j < r.length; j++) {
        const v = r[j];
        if (v === "" || v === undefined) continue;
        if (first < 0) first = j;
        last = j;
      }
      if (first >= 0) {
        grow(i, first);
        grow(i, last);
      }
    }
    if (!valuesOnly) {
      for (const k of [...this.fills.keys(), ...this.numberFormats.keys()]) {
        const [row, col] = k.split(",").map(Number);
        grow(row, col);
      }
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  /** Every cell of the box, row by row ("" where there is none). */
  read(box: Box): Cell[][] {
    const out: Cell[][] = new Array(Math.max(0, box.bottom - box.top + 1));
    const width = Math.max(0, box.right - box.left + 1);
    for (let r = box.top; r <= box.bottom; r++) {
      const from = this.rows[r];
      const row: Cell[] = new Array(width);
      for (let c = 0; c < width; c++) {
        const v = from?.[box.left + c];
        row[c] = v === undefined ? "" : v;
      }
      out[r - box.top] = row;
    }
    return out;
  }

  /** Puts a block of values in from row 0, column 0, over an empty sheet (a book as it is opened). */
  load(values: readonly (readonly (CellValue | undefined)[])[]): void {
    for (let r = 0; r < values.length; r++) {
      const from = values[r];
      if (!from) continue;
      const row: Cell[] = new Array(from.length);
      for (let c = 0; c < from.length; c++) row[c] = toCell(from[c]);
      this.rows[r] = row;
    }
  }

  /** Clears values in the box, visiting only stored cells (whole columns stay cheap). */
  clearValues(box: Box): void {
    for (let r = box.top; r <= Math.min(box.bottom, this.rows.length - 1); r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = box.left; c <= Math.min(box.right, row.length - 1); c++) row[c] = "";
    }
  }

  clearFormats(box: Box): void {
    for (const map of [this.fills, this.numberFormats]) {
      for (const k of [...map.keys()]) {
        const [r, c] = k.split(",").map(Number);
        if (r >= box.top && r <= box.bottom && c >= box.left && c <= box.right) map.delete(k);
      }
    }
  }

  /** Inserts `count` empty rows above `row`: values, fills, notes and number formats below move down. */
  insertRows(row: number, count: number): void {
    if (row < this.rows.length) this.rows.splice(row, 0, ...Array.from({ length: count }, () => []));
    for (const map of [this.fills, this.notes, this.numberFormats] as Map<string, unknown>[]) {
      const moved = [...map.entries()].map(([k, v]) => {
        const [r, c] = k.split(",").map(Number);
        return [r >= row ? key(r + count, c) : k, v] as const;
      });
      map.clear();
      for (const [k, v] of moved) map.set(k, v);
    }
  }

  validationAt(row: number, col: number): Validation | null {
    return [...this.validations].reverse().find((v) => inside(v.box, row, col)) ?? null;
  }

  locked(row: number, col: number): boolean {
    return [...this.locks].reverse().find((l) => inside(l.box, row, col))?.locked ?? true;
  }
}

export type EventKind = "changed" | "added" | "deleted";
export type Handler = (args: unknown) => Promise<unknown>;

export class MemBook {
  readonly sheets: MemSheet[] = [];
  active: MemSheet | null = null;
  selection: { sheet: MemSheet; box: Box } | null = null;
  enableEvents = true;
  syncs = 0;
  /** Cells whose values were read, over every sync (the bench prints it). */
  cellsRead = 0;
  private nextId = 1;
  tableCount = 0;
  readonly handlers: Record<EventKind, Set<Handler>> = { changed: new Set(), added: new Set(), deleted: new Set() };
  readonly listeners = new Set<() => void>();

  find(name: string): MemSheet | undefined {
    const k = name.toLocaleLowerCase();
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === k);
  }

  add(name: string): MemSheet {
    if (this.find(name)) throw new MemoryError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
    if (!name.trim() || name.length > 31 || /[[\]:*?/\\]/.test(name))
      throw new MemoryError("InvalidArgument", `"${name}" is not a valid sheet name.`);
    const sheet = new MemSheet(`{${String(this.nextId++).padStart(8, "0")}}`, name);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  /** Deletes a sheet; Excel refuses to delete the last visible one. */
  remove(sheet: MemSheet): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (sheet.visibility === "Visible" && visible.length === 1)
      throw new MemoryError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.active === sheet) this.active = this.sheets.find((s) => s.visibility === "Visible") ?? null;
    if (this.selection?.sheet === sheet) this.selection = null;
  }

  /**
   * Event handlers run later, as Excel delivers events after the request that caused them. `details`:
   * what a WorksheetChanged event says of the change (address, changeType); none for a paste on the web.
   */
  fire(kind: EventKind, worksheetId: string, details: { address?: string; changeType?: string } = {}): void {
    const type = { changed: "WorksheetChanged", added: "WorksheetAdded", deleted: "WorksheetDeleted" }[kind];
    for (const h of this.handlers[kind])
      setTimeout(() => void h({ type, source: "Local", worksheetId, ...details }), 0);
  }

  notify(): void {
    for (const l of this.listeners) l();
  }
}
