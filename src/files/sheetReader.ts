/**
 * Streams one worksheet's XML into the 2-D values the sheet contract parses, row by row: values only
 * (shared strings, inline strings, numbers, dates by their style, booleans, errors, formulas' cached
 * results). A cell without a value — a styled empty cell, a styled empty row — costs nothing beyond
 * being scanned. Browser-safe.
 */
import type { CellValue } from "../domain/model";
import { columnLetter } from "../sheets/parse";
import { PackageProblem, type ReadWarning } from "./unusable";
import { TextBytes } from "./textBytes";
import { decodeEntities, decodeOoxmlEscapes, localStart, nameEnd, XmlScanner, type XmlHandler } from "./xml";

/** Every gap between rows with values is this one empty row: a lone cell at row 1,048,576 costs 8 MB, not 40. */
const NO_CELLS = Object.freeze([]) as unknown as CellValue[];

/** Excel's grid: 1,048,576 rows × 16,384 columns; a reference beyond it is damage. */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
/** Merged ranges looked at for overlaps (a book has tens; the look is quadratic at worst). */
const MAX_MERGES_CHECKED = 10_000;

/** A cell's `t`: what its <v> holds. */
const CellType = { Number: 0, Shared: 1, String: 2, Inline: 3, Bool: 4, Error: 5, IsoDate: 6 } as const;
type CellType = (typeof CellType)[keyof typeof CellType];

export interface SheetContext {
  part: string;
  sheet: string;
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  /** Rows with values still allowed across the book's sheets; reaching 0 stops the read. */
  rowBudget: { remaining: number; limit: number };
  warnings: ReadWarning[];
}

/** exceljs' conversion (and Excel's): serial days since 1899-12-30, or 1904-01-01, to a UTC Date. */
export function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

export class SheetReader implements XmlHandler {
  readonly values: CellValue[][] = [];
  readonly scanner: XmlScanner;
  capturing = false;
  private readonly buffer: TextBytes;
  private rowIndex = -1;
  private lastRowIndex = -1;
  private cells: CellValue[] | null = null;
  private col = -1;
  private type: CellType = CellType.Number;
  private style = 0;
  private hasValue = false;
  private raw = "";
  private rawIndex = -1;
  private inInline = false;
  private inlineRuns: string[] = [];
  private phonetic = 0;
  private inCell = false;
  private readonly merges: string[] = [];
  private warnedOrder = false;

  constructor(private readonly ctx: SheetContext) {
    this.buffer = new TextBytes(ctx.part);
    this.scanner = new XmlScanner(this, ctx.part);
  }

  private damaged(detail: string): PackageProblem {
    return new PackageProblem("corrupt", "file.damaged.xml", { part: this.ctx.part, detail });
  }

  open(b: Uint8Array, s: number, e: number, selfClosing: boolean): void {
    const ne = nameEnd(b, s, e);
    const ls = localStart(b, s, ne);
    const len = ne - ls;
    const c0 = b[ls];
    if (len === 1) {
      if (c0 === 99 /* c */) {
        if (selfClosing) this.emptyCell(b, ne, e);
        else this.openCell(b, ne, e);
      } else if (c0 === 118 /* v */) {
        if (this.inCell && !selfClosing) this.capturing = true;
      } else if (c0 === 116 /* t */) {
        if (this.inInline && this.phonetic === 0 && !selfClosing) this.capturing = true;
      }
    } else if (len === 3 && c0 === 114 && b[ls + 1] === 111 && b[ls + 2] === 119 /* row */) {
      this.openRow(b, ne, e);
    } else if (len === 2 && c0 === 105 && b[ls + 1] === 115 /* is */) {
      this.inInline = true;
      this.inlineRuns = [];
    } else if (len === 3 && c0 === 114 && b[ls + 1] === 80 && b[ls + 2] === 104 /* rPh */) {
      this.phonetic++;
    } else if (len === 9 && c0 === 109 && isLocal(b, ls, "mergeCell")) {
      if (this.merges.length < MAX_MERGES_CHECKED) {
        const ref = attributeValue(b, ne, e, "ref");
        if (ref) this.merges.push(ref);
      }
    }
  }

  close(b: Uint8Array, s: number, e: number): void {
    const ls = localStart(b, s, e);
    const len = e - ls;
    const c0 = b[ls];
    if (len === 1) {
      if (c0 === 99 /* c */) this.closeCell();
      else if (c0 === 118 /* v */) {
        if (this.capturing) {
          if (this.type === CellType.Shared) this.rawIndex = this.buffer.takeIndex();
          else this.raw = this.buffer.take();
          this.hasValue = true;
          this.capturing = false;
        }
      } else if (c0 === 116 /* t */) {
        if (this.capturing) {
          this.inlineRuns.push(decodeEntities(this.buffer.take()));
          this.capturing = false;
        }
      }
    } else if (len === 3 && c0 === 114 && b[ls + 1] === 111 && b[ls + 2] === 119 /* row */) {
      this.closeRow();
    } else if (len === 2 && c0 === 105 && b[ls + 1] === 115 /* is */) {
      this.inInline = false;
      if (this.inCell && this.type === CellType.Inline) this.hasValue = true;
    } else if (len === 3 && c0 === 114 && b[ls + 1] === 80 && b[ls + 2] === 104 /* rPh */) {
      this.phonetic = Math.max(0, this.phonetic - 1);
    }
  }

  text(b: Uint8Array, s: number, e: number): void {
    this.buffer.add(b, s, e);
  }

  private openRow(b: Uint8Array, s: number, e: number): void {
    if (this.cells) this.closeRow();
    const r = numericAttribute(b, s, e, 114 /* r */);
    const index = r > 0 ? r - 1 : this.rowIndex + 1;
    if (index >= MAX_ROW) throw this.damaged(`row ${index + 1}`);
    if (index <= this.lastRowIndex && !this.warnedOrder) {
      this.warnedOrder = true;
      this.ctx.warnings.push({ key: "warn.rowOrder", params: { sheet: this.ctx.sheet, row: index + 1 } });
    }
    this.rowIndex = index;
    this.col = -1;
    this.cells = null;
  }

  private closeRow(): void {
    const cells = this.cells;
    this.cells = null;
    if (this.rowIndex > this.lastRowIndex) this.lastRowIndex = this.rowIndex;
    if (!cells) return;
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    const existing = this.values[this.rowIndex];
    if (existing) {
      // The same row twice (Excel repairs it): later cells win, nothing else is lost.
      cells.forEach((v, i) => {
        if (v !== null) existing[i] = v;
      });
      for (let i = 0; i < existing.length; i++) if (existing[i] === undefined) existing[i] = null;
      return;
    }
    const budget = this.ctx.rowBudget;
    if (--budget.remaining < 0) {
      throw new PackageProblem("tooManyRows", "file.limit.rows", { sheet: this.ctx.sheet, limit: budget.limit });
    }
    this.values[this.rowIndex] = cells;
  }

  /** A cell with no value (a styled empty cell): only where it is, for a next cell without `r`. */
  private emptyCell(b: Uint8Array, s: number, e: number): void {
    let col = -1;
    for (let i = s; i + 3 < e; i++) {
      if (b[i] === 114 && isSpace(b[i - 1]) && b[i + 1] === 61) {
        col = 0;
        for (let k = i + 3; k < e; k++) {
          const c = b[k] | 0x20;
          if (c < 97 || c > 122) break;
          col = col * 26 + (c - 96);
        }
        col -= 1;
        break;
      }
    }
    this.col = col < 0 ? this.col + 1 : col;
    this.hasValue = false;
    this.inCell = false;
  }

  private openCell(b: Uint8Array, s: number, e: number): void {
    if (this.rowIndex < 0) this.openRow(b, e, e);
    let col = -1;
    let type: CellType = CellType.Number;
    let style = 0;
    let i = s;
    while (i < e) {
      while (i < e && isSpace(b[i])) i++;
      const ns = i;
      while (i < e && b[i] !== 61 && !isSpace(b[i])) i++;
      const nameLen = i - ns;
      const name = b[ns];
      while (i < e && b[i] !== 34 && b[i] !== 39) i++;
      const q = b[i];
      const vs = ++i;
      while (i < e && b[i] !== q) i++;
      const ve = i++;
      if (nameLen !== 1 || vs > e) continue;
      if (name === 114 /* r */) {
        col = 0;
        for (let k = vs; k < ve; k++) {
          const c = b[k] | 0x20;
          if (c < 97 || c > 122) break;
          col = col * 26 + (c - 96);
        }
        col -= 1;
      } else if (name === 116 /* t */) {
        const len = ve - vs;
        const t0 = b[vs];
        if (len === 1 && t0 === 115) type = CellType.Shared;
        else if (len === 3 && t0 === 115) type = CellType.String;
        else if (len === 9 && t0 === 105) type = CellType.Inline;
        else if (len === 1 && t0 === 98) type = CellType.Bool;
        else if (len === 1 && t0 === 101) type = CellType.Error;
        else if (len === 1 && t0 === 100) type = CellType.IsoDate;
      } else if (name === 115 /* s */) {
        style = 0;
        for (let k = vs; k < ve; k++) style = style * 10 + (b[k] - 48);
      }
    }
    if (col < 0) col = this.col + 1;
    if (col >= MAX_COL) throw this.damaged(`column ${col + 1}`);
    this.col = col;
    this.type = type;
    this.style = style;
    this.hasValue = false;
    this.raw = "";
    this.rawIndex = -1;
    this.inCell = true;
  }

  private closeCell(): void {
    this.inCell = false;
    this.capturing = false;
    if (!this.hasValue) return;
    const v = this.cellValue();
    if (v === null) return;
    if (!this.cells) this.cells = [];
    this.cells[this.col] = v;
  }

  private cellValue(): CellValue {
    const raw = this.raw;
    switch (this.type) {
      case CellType.Shared: {
        const strings = this.ctx.sharedStrings;
        const i = this.rawIndex;
        if (i < 0 || i >= strings.length) {
          throw new PackageProblem("corrupt", "file.damaged.sharedString", {
            part: this.ctx.part,
            sheet: this.ctx.sheet,
            cell: `${columnLetter(this.col)}${this.rowIndex + 1}`,
          });
        }
        return strings[i];
      }
      case CellType.Inline:
        return decodeOoxmlEscapes(this.inlineRuns.join(""));
      case CellType.String:
      case CellType.Error:
        return decodeEntities(raw);
      case CellType.Bool:
        return raw.trim() === "1" || raw.trim().toLowerCase() === "true";
      case CellType.IsoDate: {
        const d = new Date(raw.trim());
        return Number.isNaN(d.getTime()) ? decodeEntities(raw) : d;
      }
      default: {
        if (raw.trim() === "") return null;
        const n = Number(raw);
        if (!Number.isFinite(n)) return decodeEntities(raw);
        return this.ctx.dateStyles[this.style] ? excelDate(n, this.ctx.date1904) : n;
      }
    }
  }

  /** The sheet ended: its values, with gaps as empty rows, and a warning for overlapping merges. */
  finish(): CellValue[][] {
    if (this.cells) this.closeRow();
    this.scanner.end();
    const values = this.values;
    for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = NO_CELLS;
    const overlap = firstOverlap(this.merges);
    if (overlap) {
      this.ctx.warnings.push({
        key: "warn.overlappingMerge",
        params: { sheet: this.ctx.sheet, a: overlap[0], b: overlap[1] },
      });
    }
    return values;
  }
}

function isLocal(b: Uint8Array, s: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) if (b[s + k] !== name.charCodeAt(k)) return false;
  return true;
}

/** A positive integer attribute with a one-letter name (row's r), or -1. */
function numericAttribute(b: Uint8Array, s: number, e: number, letter: number): number {
  for (let i = s; i + 2 < e; i++) {
    if (b[i] === letter && isSpace(b[i - 1]) && b[i + 1] === 61 && (b[i + 2] === 34 || b[i + 2] === 39)) {
      let v = 0;
      for (let k = i + 3; k < e && b[k] >= 48 && b[k] <= 57; k++) v = v * 10 + (b[k] - 48);
      return v;
    }
  }
  return -1;
}

function attributeValue(b: Uint8Array, s: number, e: number, name: string): string | null {
  const needle = ` ${name}=`;
  for (let i = s; i + needle.length < e; i++) {
    if (!isSpace(b[i])) continue;
    let k = 1;
    while (k < needle.length && b[i + k] === needle.charCodeAt(k)) k++;
    if (k < needle.length) continue;
    const q = b[i + k];
    let end = i + k + 1;
    while (end < e && b[end] !== q) end++;
    let v = "";
    for (let j = i + k + 1; j < end; j++) v += String.fromCharCode(b[j]);
    return v;
  }
  return null;
}

interface Range {
  ref: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

function parseRange(ref: string): Range | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim());
  if (!m) return null;
  const col = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const a = { r: Number(m[2]), c: col(m[1]) };
  const z = m[3] ? { r: Number(m[4]), c: col(m[3]) } : a;
  return { ref, r1: Math.min(a.r, z.r), r2: Math.max(a.r, z.r), c1: Math.min(a.c, z.c), c2: Math.max(a.c, z.c) };
}

/** The first two merged ranges that share a cell (sorted by top row, compared with those still open). */
export function firstOverlap(refs: readonly string[]): [string, string] | null {
  const ranges = refs.map(parseRange).filter((r): r is Range => r !== null);
  ranges.sort((x, y) => x.r1 - y.r1 || x.c1 - y.c1);
  let open: Range[] = [];
  for (const r of ranges) {
    open = open.filter((o) => o.r2 >= r.r1);
    const hit = open.find((o) => o.c1 <= r.c2 && r.c1 <= o.c2);
    if (hit) return [hit.ref, r.ref];
    open.push(r);
  }
  return null;
}
