/**
 * What changed in the in-memory book since it was opened: the cells the clerk and
 * the pane wrote, the fills and notes of marks, the sheets set-up added. Only this goes back into
 * the clerk's file, so everything the page never touched is written as exceljs read it.
 * Plain data (no Maps), so it crosses to the worker that holds the file.
 */
import type { MemoryHost, SheetState } from "../excel/memory";
import type { SheetVisibility } from "./workbookValues";

export type PlainCell = string | number | boolean;

export interface CellChange {
  /** 0-based. */
  row: number;
  col: number;
  /** The new value ("" = empty); absent when only the format changed. */
  value?: PlainCell;
  /** A solid fill (#RRGGBB), or null: none in the page (the file's own fill stays). */
  fill?: string | null;
  /** A note, or null: none in the page (the file's own note stays). */
  note?: string | null;
  /** The number format the pane gave the cell (dates it wrote). */
  numberFormat?: string;
}

export interface ValidationOut {
  address: string;
  /** "=Sheet!$A$2:$A$9" or "a,b,c"; null for a prompt only. */
  source: string | null;
  alert: { style: string; title: string; message: string; showAlert: boolean } | null;
  prompt: { showPrompt: boolean; title: string; message: string } | null;
}

export interface SheetChange {
  name: string;
  /** A sheet the page added (set-up, the undo store): written whole. */
  created: boolean;
  visibility?: SheetVisibility;
  frozenRows?: number;
  /** [column (0-based), width in points]. */
  widths?: [number, number][];
  validations?: ValidationOut[];
  cells: CellChange[];
}

export interface BookChanges {
  sheets: SheetChange[];
  /** Sheets the page deleted. */
  deleted: string[];
}

export type Snapshot = Map<string, SheetState>;

/** Everything the host holds, every sheet (hidden ones too), copied. */
export function snapshot(host: Pick<MemoryHost, "allSheetNames" | "sheetState">): Snapshot {
  return new Map(host.allSheetNames().map((n) => [n, host.sheetState(n)]));
}

const cellAt = (s: SheetState, r: number, c: number): PlainCell => {
  const v = s.values[r]?.[c];
  return v === null || v === undefined || v instanceof Date ? "" : v;
};

const fillOf = (s: SheetState, k: string): string | null => {
  const f = s.fills.get(k);
  return f && f.pattern !== "None" ? f.color : null;
};

function cellChanges(before: SheetState | null, after: SheetState): CellChange[] {
  const byKey = new Map<string, CellChange>();
  const at = (r: number, c: number) => {
    const k = `${r},${c}`;
    let ch = byKey.get(k);
    if (!ch) byKey.set(k, (ch = { row: r, col: c }));
    return ch;
  };
  const rows = Math.max(before?.values.length ?? 0, after.values.length);
  for (let r = 0; r < rows; r++) {
    const cols = Math.max(before?.values[r]?.length ?? 0, after.values[r]?.length ?? 0);
    for (let c = 0; c < cols; c++) {
      const v = cellAt(after, r, c);
      if (before ? v !== cellAt(before, r, c) : v !== "") at(r, c).value = v;
    }
  }
  const keys = (m: (s: SheetState) => Map<string, unknown>) =>
    new Set([...(before ? m(before).keys() : []), ...m(after).keys()]);
  const split = (k: string) => k.split(",").map(Number) as [number, number];
  for (const k of keys((s) => s.fills)) {
    const now = fillOf(after, k);
    if (now !== (before ? fillOf(before, k) : null)) at(...split(k)).fill = now;
  }
  for (const k of keys((s) => s.notes)) {
    const now = after.notes.get(k) ?? null;
    if (now !== (before?.notes.get(k) ?? null)) at(...split(k)).note = now;
  }
  for (const [k, f] of after.numberFormats) {
    if (f !== "General" && f !== before?.numberFormats.get(k)) at(...split(k)).numberFormat = f;
  }
  return [...byKey.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/** The changes that turn `before` into `after`. */
export function diff(before: Snapshot, after: Snapshot): BookChanges {
  const sheets: SheetChange[] = [];
  for (const [name, now] of after) {
    const was = before.get(name) ?? null;
    const change: SheetChange = { name, created: !was, cells: cellChanges(was, now) };
    if (!was || was.visibility !== now.visibility) change.visibility = now.visibility;
    if (!was ? now.frozenRows > 0 : was.frozenRows !== now.frozenRows) change.frozenRows = now.frozenRows;
    const widths = [...now.columnWidths].filter(([c, w]) => was?.columnWidths.get(c) !== w);
    if (widths.length) change.widths = widths;
    if (!was && now.validations.length) change.validations = now.validations;
    if (change.created || change.cells.length || Object.keys(change).length > 3) sheets.push(change);
  }
  const deleted = [...before.keys()].filter((n) => !after.has(n));
  return { sheets, deleted };
}

export function isEmpty(changes: BookChanges): boolean {
  return changes.sheets.length === 0 && changes.deleted.length === 0;
}
