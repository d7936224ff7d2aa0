/**
 * `tdkt check --out FILE.xlsx`: the Kết quả kiểm tra sheet the pane's "Xuất kết quả" writes, as a
 * workbook of its own, print-ready (A4 landscape, one page wide, the header repeated on each page,
 * a filter on the header), each Ô a link to the cell in the checked book.
 */
import ExcelJS from "exceljs";
import type { Finding } from "../domain/finding";
import { t, type Lang } from "../i18n";
import { FINDINGS_SHEET_WIDTHS, findingsSheetRows } from "../sheets/findingsSheet";
import { a4, FONT, HEADER_FILL, THIN, wrappedRowHeight } from "./style";

export interface FindingsWorkbookOptions {
  lang: Lang;
  unitNames: ReadonlyMap<string, string>;
  bookSheets: readonly string[];
  /** The checked book as the output file reaches it ("so-tdkt.xlsx", "../so/so-tdkt.xlsx"): links open it. */
  bookLink: string;
}

export function findingsWorkbook(findings: readonly Finding[], options: FindingsWorkbookOptions): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(t(options.lang, "trust.export.sheet"), { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = FINDINGS_SHEET_WIDTHS.map((width) => ({ width }));
  const rows = findingsSheetRows(findings, options);
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    r.cells.forEach((value, j) => {
      const cell = row.getCell(j + 1);
      cell.value = j === 2 && r.link ? { text: value, hyperlink: `${options.bookLink}#${r.link}` } : value;
      cell.font = {
        name: FONT,
        size: 12,
        bold: i === 0,
        ...(j === 2 && r.link ? { color: { argb: "FF0563C1" }, underline: true } : {}),
      };
      cell.alignment = { wrapText: true, vertical: "top" };
      cell.border = THIN;
      if (i === 0) cell.fill = HEADER_FILL;
    });
    row.height = wrappedRowHeight(r.cells, ws.columns);
  });
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, rows.length), column: FINDINGS_SHEET_WIDTHS.length },
  };
  a4(ws, true);
  ws.pageSetup.printTitlesRow = "1:1";
  return wb;
}
