/**
 * Applies sheet edits to a copy of an .xlsx file with exceljs (the CLI's `record`): the input file is
 * only read. exceljs keeps values, formulas' results, styles, merged cells and validations; a book
 * with charts or pivot tables loses them in the copy, which is why the original is never overwritten.
 */
import ExcelJS from "exceljs";
import { fromExcelSerial, toJsDate } from "../domain/dates";
import type { SheetEdit } from "../sheets/historyEdit";
import type { RawSheet } from "../sheets/parse";
import { readXlsx, UnusableFileError } from "./readXlsx";
import { FONT } from "./style";

/**
 * The book as the parser reads it (the bounded reader, which also refuses a file that cannot be
 * used, in one plain line) and as exceljs holds it, to write the copy.
 */
export async function openBook(file: string): Promise<{ wb: ExcelJS.Workbook; sheets: RawSheet[] }> {
  const sheets = await readXlsx(file);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch {
    throw new UnusableFileError(file, "corrupt");
  }
  return { wb, sheets };
}

export function applyEdit(wb: ExcelJS.Workbook, edit: SheetEdit): void {
  const ws =
    wb.getWorksheet(edit.sheet) ??
    wb.addWorksheet(edit.sheet, edit.create ? { views: [{ state: "frozen", ySplit: 1 }] } : {});
  for (const c of edit.cells) {
    const cell = ws.getCell(c.row, c.col + 1);
    if (!c.header && edit.styleRow && c.row > edit.styleRow)
      cell.style = { ...ws.getCell(edit.styleRow, c.col + 1).style };
    const date = c.date && typeof c.value === "number" ? fromExcelSerial(c.value) : null;
    cell.value = date ? toJsDate(date) : c.value;
    if (date) cell.numFmt = "dd/mm/yyyy";
    if (c.header) {
      // A header the edit adds looks like its neighbour (or the contract's own header style).
      const left = c.col > 0 ? ws.getCell(c.row, c.col) : null;
      cell.style = left && left.value !== null ? { ...left.style } : { font: { name: FONT, size: 12, bold: true } };
    }
  }
}
