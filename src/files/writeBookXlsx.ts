/** Writes the contract's sheets to .xlsx: the sample book, and later the templates. */
import ExcelJS from "exceljs";
import type { SheetOut } from "../sheets/write";
import { FONT, HEADER_FILL, THIN } from "./style";

export function addContractSheet(wb: ExcelJS.Workbook, sheet: SheetOut): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRows(sheet.values.map((r) => r.map((v) => (v === null ? undefined : v))));
  sheet.widths.forEach((w, i) => {
    const column = ws.getColumn(i + 1);
    column.width = w;
    const kind = sheet.kinds[i];
    if (kind === "date") column.numFmt = "dd/mm/yyyy";
    else if (kind === "integer") column.numFmt = "0";
  });
  ws.eachRow((row) => {
    row.font = { name: FONT, size: 12 };
  });
  const header = ws.getRow(1);
  header.font = { name: FONT, size: 12, bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = THIN;
  });
  if (sheet.values[0].length > 0) {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.values[0].length } };
  }
  return ws;
}

/** A workbook of contract sheets as written by `writeBook` (or the sample, with its raw cells). */
export function contractWorkbook(sheets: readonly SheetOut[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "TĐKT cho Excel";
  for (const sheet of sheets) addContractSheet(wb, sheet);
  return wb;
}
