/**
 * What the Tổng hợp tab makes from the book's cells, without React: the figures, the summary
 * workbook (exceljs in memory: the browser has no streaming writer) and the sheet written into the
 * clerk's own book, all from the same writer as `tdkt summary`.
 */
import type ExcelJS from "exceljs";
import type { DateOnly } from "../../domain/model";
import { prepareSummary, type PreparedSummary } from "../../files/summaryBook";
import { fillSummaryBook, fixedTime } from "../../files/summaryWorkbook";
import { PANE_SHEET_PREFIX, SUMMARY_SHEETS } from "../../files/summaryWords";
import type { CellEdit, SheetEdit } from "../../sheets/historyEdit";
import type { RawSheet } from "../../sheets/parse";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Past this many nominations the in-memory workbook would take too much of Excel on the web's
 * memory (200,000 rows take 1.9 GB in exceljs' memory model): the pane says to use `tdkt summary`.
 */
export const PANE_MAX_NOMINATIONS = 20_000;

export function prepare(sheets: readonly RawSheet[], today: DateOnly): PreparedSummary {
  return prepareSummary(sheets, today);
}

export function summaryFileName(year: number): string {
  return `tong-hop-trinh-hoi-dong-${year}.xlsx`;
}

/** exceljs is loaded when a workbook is first made, not when the tab opens. */
async function workbook(prepared: PreparedSummary, prefix = ""): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  const wb = new Excel.Workbook();
  wb.creator = "TĐKT cho Excel";
  wb.created = wb.modified = fixedTime(prepared.input.today);
  fillSummaryBook(wb, { ...prepared.input, prefix });
  return wb;
}

export async function summaryBlob(prepared: PreparedSummary): Promise<Blob> {
  const bytes = await (await workbook(prepared)).xlsx.writeBuffer();
  return new Blob([bytes as BlobPart], { type: XLSX_TYPE });
}

/** The sheet the pane writes into the open book: "TH Tổng hợp". */
export const PANE_SHEET = `${PANE_SHEET_PREFIX}${SUMMARY_SHEETS.overview}`;

/**
 * The figures of the Tổng hợp sheet as a new sheet of the clerk's book (values; numbers stay
 * numbers), in one batch that Hoàn tác takes back.
 */
export async function paneSheetEdit(prepared: PreparedSummary): Promise<SheetEdit> {
  const ws = (await workbook(prepared, PANE_SHEET_PREFIX)).getWorksheet(PANE_SHEET);
  const cells: CellEdit[] = [];
  ws?.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      const v = cell.value;
      if (typeof v === "string" || typeof v === "number") cells.push({ row: r, col: c - 1, value: v, fresh: true });
    }),
  );
  return { sheet: PANE_SHEET, create: true, cells };
}
