/**
 * The typed model → plain 2-D cell arrays, one per contract sheet, in the contract's layout:
 * header in row 1, data from row 2, contract columns first, then the extra columns records carried.
 * Dates are written as JS Dates at UTC midnight. How the sheets look (widths, formats, lists) is the
 * sheet plan's (plan.ts).
 */
import { formatDate, toJsDate } from "../domain/dates";
import type { Book, CellValue, DateOnly, Plan } from "../domain/model";
import {
  PLAN_ITEMS,
  PLAN_SHEET,
  SHEETS,
  optionLabel,
  type ColumnSpec,
  type SheetKey,
  type SheetSpec,
} from "./contract";

export interface SheetOut {
  key: SheetKey;
  name: string;
  values: CellValue[][];
}

function isDateOnly(v: unknown): v is DateOnly {
  return typeof v === "object" && v !== null && "year" in v && "month" in v && "day" in v;
}

export function writeCell(spec: ColumnSpec, v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (spec.type) {
    case "date":
      return isDateOnly(v) ? toJsDate(v) : null;
    case "bool":
      return v === true ? "Có" : null;
    case "enum":
      return optionLabel(spec.options ?? [], String(v));
    case "enumList":
      return Array.isArray(v) && v.length ? v.map((x) => optionLabel(spec.options ?? [], String(x))).join("; ") : null;
    case "number":
    case "integer":
    case "measure":
      return typeof v === "number" ? v : null;
    default:
      return typeof v === "string" ? (v === "" ? null : v) : String(v);
  }
}

/** Writes records of one list sheet. */
export function writeTable(spec: SheetSpec, records: readonly object[]): SheetOut {
  const extraHeaders: string[] = [];
  for (const r of records) {
    const extra = (r as { extra?: Record<string, CellValue> }).extra ?? {};
    for (const h of Object.keys(extra)) if (!extraHeaders.includes(h)) extraHeaders.push(h);
  }
  const header: CellValue[] = [...spec.columns.map((c) => c.header), ...extraHeaders];
  const values: CellValue[][] = [header];
  for (const r of records) {
    const rec = r as Record<string, unknown>;
    const extra = (rec.extra as Record<string, CellValue> | undefined) ?? {};
    values.push([...spec.columns.map((c) => writeCell(c, rec[c.key])), ...extraHeaders.map((h) => extra[h] ?? null)]);
  }
  return { key: spec.key, name: spec.name, values };
}

export function writePlan(plan: Plan): SheetOut {
  const values: CellValue[][] = [PLAN_SHEET.columns.map((c) => c.header)];
  for (const item of PLAN_ITEMS) {
    const v = (plan as unknown as Record<string, unknown>)[item.key];
    // The plan's date is written as text dd/mm/yyyy: the value column holds mixed kinds.
    const cell = item.type === "date" && isDateOnly(v) ? formatDate(v) : writeCell(item, v);
    values.push([item.header, cell]);
  }
  for (const e of plan.extraItems) values.push([e.key, e.value]);
  return { key: "plan", name: PLAN_SHEET.name, values };
}

/** Every sheet the book has (absent sheets stay absent), in contract order. */
export function writeBook(book: Book): SheetOut[] {
  const out: SheetOut[] = [];
  for (const spec of SHEETS) {
    if (spec.key === "plan") {
      if (book.plan) out.push(writePlan(book.plan));
      continue;
    }
    const records = recordsOf(book, spec.key);
    if (records) out.push(writeTable(spec, records));
  }
  return out;
}

export function recordsOf(book: Book, key: Exclude<SheetKey, "plan">): readonly object[] | null {
  return book[key] ?? null;
}
