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

/** The sheets the pane writes into the open book, as `tdkt summary` names them, each with "TH ". */
export const PANE_SHEETS: readonly string[] = Object.values(SUMMARY_SHEETS).map((n) => `${PANE_SHEET_PREFIX}${n}`);

/** The first of them, "TH Tổng hợp". */
export const PANE_SHEET = PANE_SHEETS[0];

/** Where a TH sheet is already in the book (a run before whose batch is no longer the last). */
export type Extent = { name: string; rows: number; cols: number };

/** A cell's value as the pane writes it: text and numbers (a rich text as its text). */
function plain(v: ExcelJS.CellValue): string | number | null {
  if (typeof v === "string" || typeof v === "number") return v;
  if (v && typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  return null;
}

/**
 * Every sheet of the summary workbook as a sheet of the clerk's book ("TH Tổng hợp", "TH Danh
 * sách"…): values, numbers with their formats (a share shows as 25,4%), column widths; all in one
 * batch that Hoàn tác takes back. A TH sheet already in the book (`existing`) is replaced in place:
 * its other cells emptied.
 */
export async function paneSheetEdits(
  prepared: PreparedSummary,
  existing: ReadonlyMap<string, Extent> = new Map(),
): Promise<SheetEdit[]> {
  const wb = await workbook(prepared, PANE_SHEET_PREFIX);
  return wb.worksheets.map((ws) => {
    const before = existing.get(ws.name) ?? null;
    const cells: CellEdit[] = [];
    const taken = new Set<string>();
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        const value = plain(cell.value);
        if (value === null) return;
        const format = typeof value === "number" && cell.numFmt ? cell.numFmt : undefined;
        cells.push({ row: r, col: c - 1, value, fresh: before === null, ...(format ? { format } : {}) });
        taken.add(`${r},${c - 1}`);
      }),
    );
    if (before) {
      for (let r = 1; r <= before.rows; r++)
        for (let c = 0; c < before.cols; c++) if (!taken.has(`${r},${c}`)) cells.push({ row: r, col: c, value: "" });
    }
    const widths = (ws.columns ?? []).map((col) => col.width ?? 9);
    // No frozen rows: the sheet opens on its official heading, as printed.
    return { sheet: before?.name ?? ws.name, create: before === null, cells, widths, frozenRows: 0 };
  });
}
