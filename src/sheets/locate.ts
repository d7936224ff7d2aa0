/**
 * Domain findings speak of sheet keys and model fields; the clerk needs the sheet as named in the
 * workbook, the header as written and the cell. This is where the two meet.
 */
import type { Finding, Severity } from "../domain/model";
import { sheetSpec } from "./contract";
import { columnLetter, type SheetLayout } from "./parse";
import type { SheetKey } from "./contract";

/** A finding in the words of the workbook: the public shape of `tdkt check --json` (plus `cell`). */
export interface LocatedFinding {
  code: string;
  severity: Severity;
  /** Sheet name as in the workbook (the contract name when the sheet is missing). */
  sheet: string | null;
  row: number | null;
  /** Header as written in the workbook (the contract header when the column is missing). */
  column: string | null;
  unit: string | null;
  ref: string | null;
  params: Record<string, string | number>;
  /** A1 address of the cell, when row and column are known and present. */
  cell?: string | null;
}

export type Layouts = Partial<Record<SheetKey, SheetLayout>>;

export function locate(f: Finding, layouts: Layouts): LocatedFinding {
  const layout = f.sheet ? layouts[f.sheet] : undefined;
  const spec = f.sheet ? sheetSpec(f.sheet) : null;
  const col = f.field && layout ? layout.columns[f.field] : undefined;
  const column =
    col?.header ?? (f.field && spec ? (spec.columns.find((c) => c.key === f.field)?.header ?? null) : null);
  return {
    code: f.code,
    severity: f.severity,
    sheet: layout?.name ?? spec?.name ?? null,
    row: f.row,
    column,
    unit: f.unit,
    ref: f.ref,
    params: f.params,
    cell: col && f.row ? `${columnLetter(col.index)}${f.row}` : null,
  };
}

/** Adds cell addresses to findings the parser made (they already carry sheet names and headers). */
export function withCell(f: LocatedFinding, layouts: Layouts): LocatedFinding {
  if (f.cell !== undefined || f.row === null || f.column === null) return { ...f, cell: f.cell ?? null };
  const layout = Object.values(layouts).find((l) => l && l.name === f.sheet);
  const col = layout ? Object.values(layout.columns).find((c) => c.header === f.column) : undefined;
  return { ...f, cell: col ? `${columnLetter(col.index)}${f.row}` : null };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Order for reports: by sheet (contract order), row, severity. */
export function sortFindings(findings: LocatedFinding[], sheetOrder: string[]): LocatedFinding[] {
  const rank = (s: string | null) => (s === null ? -1 : sheetOrder.indexOf(s) === -1 ? 999 : sheetOrder.indexOf(s));
  return [...findings].sort(
    (a, b) =>
      rank(a.sheet) - rank(b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.code.localeCompare(b.code),
  );
}
