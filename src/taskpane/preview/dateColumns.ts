/**
 * Office.js hands dates over as serial numbers; Excel shows them through the cell's number format.
 * The preview grid has no formats for the sample's cells, so it shows dd/mm/yyyy in the columns the
 * contract declares as dates (found by their headers, as the parser finds them).
 */
import { formatDate, fromExcelSerial } from "../../domain/dates";
import type { CellValue } from "../../domain/model";
import { SHEETS } from "../../sheets/contract";
import { findSheet, parseTable } from "../../sheets/parse";

const HEADER_ROWS = 15;

export function dateColumns(sheet: string, values: readonly CellValue[][]): Set<number> {
  const spec = SHEETS.find((s) => findSheet(s, [{ name: sheet }]));
  if (!spec) return new Set();
  // The parser's own header detection, on the rows where a header may be.
  const { columns } = parseTable(spec, { name: sheet, values: values.slice(0, HEADER_ROWS) as CellValue[][] }).layout;
  return new Set(spec.columns.filter((c) => c.type === "date" && columns[c.key]).map((c) => columns[c.key].index));
}

/** dd/mm/yyyy for a serial in a date column; null when the number is no date. */
export function serialAsDate(value: number): string | null {
  const d = fromExcelSerial(value);
  return d ? formatDate(d) : null;
}
