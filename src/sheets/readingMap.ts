/**
 * The clerk's choices of how the book is read — which sheet is which contract sheet, which column
 * holds which field, which sheets are no part of the book — kept inside the workbook in a very
 * hidden sheet, so the pane, `tdkt check` and every later feature read the book the same way.
 * Nothing of the clerk's own sheets is renamed or moved.
 *
 * The store: column A of `_tdkt_map`, a first line saying what it is, then one JSON record per row
 * (it starts with "{", so Excel never takes it for a number or a formula).
 */
import type { CellValue, SheetKey } from "../domain/model";
import { SHEETS } from "./contract";
import type { ColumnChoice } from "./headers";

export const MAP_SHEET = "_tdkt_map";
const STORE_HEADER = "tdkt reading v1: how the add-in reads this book (one JSON record per row); set in Cách đọc sổ";

/** Sheets the add-in keeps for itself (very hidden): never read as part of the book. */
export function isSystemSheet(name: string): boolean {
  return name.toLocaleLowerCase().startsWith("_tdkt_");
}

export interface ReadingChoices {
  /** Contract sheet → the workbook sheet (as named) to read as it. */
  sheets: Partial<Record<SheetKey, string>>;
  /** Contract sheet → field → the column to read it from. */
  columns: Partial<Record<SheetKey, Record<string, ColumnChoice>>>;
  /** Workbook sheets that are no part of the book (no warning that they were not read). */
  ignored: string[];
}

export function noChoices(): ReadingChoices {
  return { sheets: {}, columns: {}, ignored: [] };
}

export function hasChoices(c: ReadingChoices): boolean {
  return Object.keys(c.sheets).length > 0 || Object.keys(c.columns).length > 0 || c.ignored.length > 0;
}

type StoreRecord =
  | { sheet: SheetKey; use: string }
  | { sheet: SheetKey; field: string; header: string; column: string }
  | { ignore: string };

const KEYS = new Set<string>(SHEETS.map((s) => s.key));

function isKey(v: unknown): v is SheetKey {
  return typeof v === "string" && KEYS.has(v);
}

/** The choices kept in the store's cells; a damaged row is skipped, the rest still apply. */
export function decodeChoices(values: readonly CellValue[][]): ReadingChoices {
  const out = noChoices();
  for (const row of values) {
    const cell = row?.[0];
    if (typeof cell !== "string" || !cell.startsWith("{")) continue;
    let r: Record<string, unknown>;
    try {
      r = JSON.parse(cell) as Record<string, unknown>;
    } catch {
      continue;
    }
    if (typeof r.ignore === "string") {
      if (!out.ignored.includes(r.ignore)) out.ignored.push(r.ignore);
    } else if (isKey(r.sheet) && typeof r.use === "string") {
      out.sheets[r.sheet] = r.use;
    } else if (
      isKey(r.sheet) &&
      typeof r.field === "string" &&
      typeof r.header === "string" &&
      typeof r.column === "string"
    ) {
      (out.columns[r.sheet] ??= {})[r.field] = { header: r.header, column: r.column };
    }
  }
  return out;
}

/** The store's cells for the choices (column A), header line first. */
export function encodeChoices(c: ReadingChoices): string[][] {
  const records: StoreRecord[] = [];
  for (const s of SHEETS) {
    const use = c.sheets[s.key];
    if (use !== undefined) records.push({ sheet: s.key, use });
    for (const [field, choice] of Object.entries(c.columns[s.key] ?? {}))
      records.push({ sheet: s.key, field, header: choice.header, column: choice.column });
  }
  for (const name of c.ignored) records.push({ ignore: name });
  return [[STORE_HEADER], ...records.map((r) => [JSON.stringify(r)])];
}

/** The choices of a book: from its `_tdkt_map` sheet among `sheets`, or none. */
export function choicesOf(sheets: readonly { name: string; values: CellValue[][] }[]): ReadingChoices {
  const store = sheets.find((s) => s.name.toLocaleLowerCase() === MAP_SHEET);
  return store ? decodeChoices(store.values) : noChoices();
}
