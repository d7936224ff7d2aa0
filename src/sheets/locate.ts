/**
 * Where a finding points, in the workbook's own words: the sheet as named, the header as written and
 * the A1 cell. The parser places its own findings (`placeAt`); the rules get `locatorFor(layouts)`.
 */
import type { Finding, Locator } from "../domain/finding";
import type { Severity } from "../domain/model";
import { sheetSpec, type SheetKey } from "./contract";
import { placeAt, type SheetLayout } from "./parse";

export type Layouts = Partial<Record<SheetKey, SheetLayout>>;

/**
 * The locator the rules use: a contract sheet and field → the sheet as found in the workbook and
 * the column as its header row has it; the contract's own names when the sheet or column is absent.
 */
export function locatorFor(layouts: Layouts): Locator {
  return (key, row, field = null) => {
    const layout = layouts[key];
    const spec = sheetSpec(key);
    if (field === null) return placeAt(layout?.name ?? spec.name, row, null);
    const found = layout?.columns[field];
    const header = spec.columns.find((c) => c.key === field)?.header ?? null;
    return placeAt(layout?.name ?? spec.name, row, found ?? (header === null ? null : { header }));
  };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Order for reports: by sheet (contract order), row, severity. */
export function sortFindings(findings: Finding[], sheetOrder: string[]): Finding[] {
  const rank = (s: string | null) => (s === null ? -1 : sheetOrder.indexOf(s) === -1 ? 999 : sheetOrder.indexOf(s));
  return [...findings].sort(
    (a, b) =>
      rank(a.sheet) - rank(b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.code.localeCompare(b.code),
  );
}
