/**
 * Writes the page's changes into the clerk's workbook as exceljs read it, and nothing else: a cell
 * the page did not change keeps its value, formula, style, note and validation. A changed cell keeps
 * its style (font, borders, number format); a typed value replaces a formula, as in Excel. A mark's
 * fill is put on a copy of the cell's style.
 */
import type ExcelJS from "exceljs";
import type { BookChanges, CellChange, SheetChange, ValidationOut } from "./bookChanges";

/** Excel's default column: 8.43 characters = 48 points. */
const CHARS_PER_POINT = 8.43 / 48;

/** `dataValidations` is in exceljs 4.4 but not in its typings. */
type WithValidations = ExcelJS.Worksheet & {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
};

const STATE = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

/**
 * Applies the changes between the book as opened and the book now: a cell whose fill or note went
 * back to none (a mark taken off) is left as the file had it. exceljs writes a workbook it has
 * written before with stale style numbers, so every save starts from the file as read.
 */
export function applyChanges(wb: ExcelJS.Workbook, changes: BookChanges): void {
  for (const name of changes.deleted) {
    const ws = wb.getWorksheet(name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  for (const sheet of changes.sheets) applySheet(wb, sheet);
}

function applySheet(wb: ExcelJS.Workbook, change: SheetChange): void {
  const ws = wb.getWorksheet(change.name) ?? wb.addWorksheet(change.name);
  if (change.visibility) ws.state = STATE[change.visibility];
  if (change.frozenRows !== undefined)
    ws.views = change.frozenRows > 0 ? [{ state: "frozen", ySplit: change.frozenRows }] : [{ state: "normal" }];
  for (const [col, points] of change.widths ?? []) ws.getColumn(col + 1).width = points * CHARS_PER_POINT;
  for (const v of change.validations ?? []) addValidation(ws as WithValidations, v);
  for (const c of change.cells) applyCell(ws, c);
}

function applyCell(ws: ExcelJS.Worksheet, c: CellChange): void {
  const cell = ws.getCell(c.row + 1, c.col + 1);
  if (c.value !== undefined) cell.value = c.value === "" ? null : c.value;
  // Copies: exceljs shares one style object between cells that look alike.
  if (c.numberFormat) cell.style = { ...cell.style, numFmt: c.numberFormat };
  if (c.fill)
    cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(c.fill) } } };
  if (c.note) cell.note = c.note;
}

function argb(hex: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  return `FF${(m ? m[1] : "FFFF00").toUpperCase()}`;
}

function addValidation(ws: WithValidations, v: ValidationOut): void {
  const prompt = v.prompt?.showPrompt
    ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.message }
    : {};
  const alert = v.alert
    ? {
        showErrorMessage: v.alert.showAlert,
        errorStyle: v.alert.style.toLowerCase(),
        errorTitle: v.alert.title,
        error: v.alert.message,
      }
    : {};
  if (v.source === null) {
    ws.dataValidations.add(v.address, { type: "any", formulae: [], ...prompt } as unknown as ExcelJS.DataValidation);
    return;
  }
  const formula = v.source.startsWith("=") ? v.source.slice(1) : `"${v.source}"`;
  ws.dataValidations.add(v.address, {
    type: "list",
    allowBlank: true,
    formulae: [formula],
    ...prompt,
    ...alert,
  } as ExcelJS.DataValidation);
}
