/** Writes the contract's sheets to .xlsx as the sheet plan lays them out: the sample book, and the templates. */
import ExcelJS from "exceljs";
import { localToday } from "../domain/today";
import type { DateOnly } from "../domain/model";
import type { Lang } from "../i18n";
import { sheetSpec } from "../sheets/contract";
import { columnLetter, parseBook } from "../sheets/parse";
import {
  awardNames,
  bookLocator,
  listColumns,
  LISTS_SHEET,
  ruledAreas,
  sheetPlan,
  type Allowances,
  type Box,
  type SheetPlan,
} from "../sheets/plan";
import type { SheetOut } from "../sheets/write";
import { FONT, HEADER_FILL, THIN } from "./style";

/** `dataValidations` is in exceljs 4.4 but not in its typings. */
type WithValidations = ExcelJS.Worksheet & {
  dataValidations: { add(address: string, validation: Omit<ExcelJS.DataValidation, "type"> & { type: string }): void };
};

const cell = (row: number, col: number) => `${columnLetter(col)}${row + 1}`;
const address = (box: Box) =>
  box.top === box.bottom && box.left === box.right
    ? cell(box.top, box.left)
    : `${cell(box.top, box.left)}:${cell(box.bottom, box.right)}`;
const inside = (box: Box, row: number, col: number) =>
  row >= box.top && row <= box.bottom && col >= box.left && col <= box.right;

function drawRules(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  // Formats by column: the column's style also covers the rows below the plan's, at no cost in the file.
  plan.columns.forEach((c, i) => {
    if (c.numberFormat) ws.getColumn(i + 1).numFmt = c.numberFormat;
  });
  for (const c of plan.cells) if (c.numberFormat) ws.getCell(c.row + 1, c.col + 1).numFmt = c.numberFormat;
  const validations = (ws as WithValidations).dataValidations;
  for (const { list, ...area } of ruledAreas(plan)) {
    if (!list) continue;
    validations.add(address(area), {
      type: "list",
      allowBlank: true,
      formulae: [list.kind === "inline" ? `"${list.text}"` : list.reference],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: plan.alert.title,
      error: plan.alert.message,
    });
  }
  for (const p of plan.prompts) {
    const at = { top: p.row, left: p.col, bottom: p.row, right: p.col };
    validations.add(address(at), {
      type: "any",
      formulae: [],
      showInputMessage: true,
      promptTitle: p.title,
      prompt: p.message,
    });
  }
}

/**
 * Open cells unlocked, by the style of their columns (which also covers the rows below the plan's),
 * and cell by cell where cells already exist; the header and the plan's item names stay locked, as
 * does every column the plan does not open (Excel's default).
 */
function drawLocks(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  const columns = new Set(plan.open.flatMap((b) => Array.from({ length: b.right - b.left + 1 }, (_, i) => b.left + i)));
  const rows = Math.max(ws.rowCount, plan.values.length);
  for (const col of columns) {
    ws.getColumn(col + 1).protection = { locked: false };
    for (let row = 0; row < rows; row++) {
      ws.getCell(row + 1, col + 1).protection = { locked: !plan.open.some((b) => inside(b, row, col)) };
    }
  }
}

function protect(ws: ExcelJS.Worksheet, allow: Allowances): void {
  // No password: the protection keeps the layout from accidents, not from the clerk. Resolves at once.
  void ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    sort: allow.sort,
    autoFilter: allow.autoFilter,
    formatColumns: allow.formatColumns,
    insertRows: allow.insertRows,
  });
}

export function addContractSheet(wb: ExcelJS.Workbook, sheet: SheetOut, plan: SheetPlan): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: plan.frozenRows }] });
  ws.addRows(sheet.values.map((r) => r.map((v) => (v === null ? undefined : v))));
  plan.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  drawRules(ws, plan);
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
  drawLocks(ws, plan);
  if (plan.protect) protect(ws, plan.protect);
  if (sheet.values[0].length > 0) {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.values[0].length } };
  }
  return ws;
}

export interface ContractWorkbookOptions {
  /** The language of the input messages and the drop-downs' warning. Default Vietnamese. */
  lang?: Lang;
  /** The reference day for the award list when the book has no plan (default: today). */
  today?: DateOnly;
  /** Protect the sheets (templates). */
  protect?: Allowances | null;
}

/** A workbook of contract sheets as written by `writeBook` (or the sample, with its raw cells). */
export function contractWorkbook(sheets: readonly SheetOut[], options: ContractWorkbookOptions = {}): ExcelJS.Workbook {
  const today = options.today ?? localToday();
  const parsed = parseBook(sheets);
  const awards = awardNames(parsed.book, today);
  const planOptions = {
    lang: options.lang ?? "vi",
    awards,
    locate: bookLocator(
      parsed.layouts,
      sheets.map((s) => s.key),
    ),
    protect: options.protect ?? null,
  };
  const wb = new ExcelJS.Workbook();
  wb.creator = "TĐKT cho Excel";
  for (const sheet of sheets) {
    const spec = sheetSpec(sheet.key);
    const extraHeaders = sheet.values[0].slice(spec.columns.length).map(String);
    addContractSheet(wb, sheet, sheetPlan(spec, { ...planOptions, extraHeaders }));
  }
  const lists = wb.addWorksheet(LISTS_SHEET, { state: "veryHidden" });
  listColumns(awards).forEach((labels, i) => {
    labels.forEach((label, r) => {
      lists.getCell(r + 1, i + 1).value = label;
    });
  });
  return wb;
}
