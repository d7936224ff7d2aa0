/**
 * Office.js hands dates over as serial numbers; Excel shows them through the cell's number format.
 * The preview grid has no formats for the sample's cells, so it shows dd/mm/yyyy in the columns the
 * contract declares as dates (found by their headers, as the parser finds them).
 */
import { formatDate, fromExcelSerial } from "../../domain/dates";
import type { CellValue } from "../../domain/model";
import { looseKey } from "../../domain/text";
import { SHEETS } from "../../sheets/contract";

const HEADER_ROWS = 15;

export function dateColumns(sheet: string, values: readonly CellValue[][]): Set<number> {
  const key = looseKey(sheet);
  const spec = SHEETS.find((s) => [s.name, ...s.aliases].some((n) => looseKey(n) === key));
  const found = new Set<number>();
  if (!spec) return found;
  const names = new Set(spec.columns.filter((c) => c.type === "date").flatMap((c) => [c.header, ...c.aliases].map(looseKey)));
  for (const row of values.slice(0, HEADER_ROWS)) {
    row.forEach((cell, i) => {
      if (typeof cell === "string" && names.has(looseKey(cell))) found.add(i);
    });
  }
  return found;
}

/** dd/mm/yyyy for a serial in a date column; null when the number is no date. */
export function serialAsDate(value: number): string | null {
  const d = fromExcelSerial(value);
  return d ? formatDate(d) : null;
}
