/**
 * Report workbooks written as a stream (the statistics and the roll-up can list hundreds of
 * thousands of rows): into a temporary file beside the target, renamed over it only when complete,
 * so a failed run never leaves half a workbook under the clerk's file name. Official style
 * (NĐ 30/2020/NĐ-CP): Times New Roman, A4.
 */
import ExcelJS from "exceljs";
import { createWriteStream, promises as fs } from "fs";
import path from "path";
import type { CellValue } from "../domain/model";
import { FONT, HEADER_FILL, THIN } from "./style";

export type WorkbookWriter = ExcelJS.stream.xlsx.WorkbookWriter;
export type SheetWriter = ExcelJS.Worksheet;

export async function writeReport(file: string, build: (wb: WorkbookWriter) => Promise<void>): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const stream = createWriteStream(tmp);
  // An unwritable folder fails on open, before exceljs listens: keep the error for the caller.
  const failed = new Promise<never>((_, reject) => stream.once("error", reject));
  failed.catch(() => undefined);
  try {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    wb.creator = "TĐKT cho Excel";
    await Promise.race([
      (async () => {
        await build(wb);
        await wb.commit();
      })(),
      failed,
    ]);
    await fs.rename(tmp, file);
  } catch (e) {
    stream.destroy();
    await fs.unlink(tmp).catch(() => undefined);
    // Name the clerk's file, not the temporary one.
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.code === "string") err.path = file;
    throw e;
  }
}

export const font = (more: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: FONT, size: 12, ...more });

export interface TableColumn {
  header: string;
  width: number;
  kind?: "text" | "integer" | "date";
}

export interface TableOptions {
  name: string;
  title: string;
  hint?: string;
  columns: readonly TableColumn[];
  landscape?: boolean;
}

/**
 * A list sheet: a title, an optional hint, a header row (frozen, filtered), then the rows as they
 * come. Cells carry their font from the column (cheap for large lists); the header is boxed.
 */
export function tableSheet(
  wb: WorkbookWriter,
  options: TableOptions,
): { add(values: CellValue[], style?: { bold?: boolean }): void; done(): void } {
  const n = options.columns.length;
  const headerRow = options.hint ? 4 : 3;
  const ws = wb.addWorksheet(options.name, {
    views: [{ state: "frozen", ySplit: headerRow, showGridLines: true }],
    pageSetup: {
      paperSize: 9,
      orientation: options.landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.59, right: 0.39, top: 0.59, bottom: 0.59, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C&"Times New Roman"&10Trang &P/&N' },
  });
  // One style object per column, shared by all its cells: exceljs recognises a style it has seen by
  // identity, which makes a list of 200,000 rows several times faster to write than a style a cell.
  const styleOf = (c: TableColumn, bold: boolean): Partial<ExcelJS.Style> => ({
    font: font(bold ? { bold: true } : {}),
    // One line a record: generated rows do not grow for wrapped text, and lists are for filtering.
    alignment: { vertical: "top", wrapText: false },
    ...(c.kind === "date" ? { numFmt: "dd/mm/yyyy" } : c.kind === "integer" ? { numFmt: "0" } : {}),
  });
  const plain = options.columns.map((c) => styleOf(c, false));
  const bold = options.columns.map((c) => styleOf(c, true));
  ws.columns = options.columns.map((c) => ({ width: c.width }));
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: n } };
  const title = ws.getRow(1);
  title.getCell(1).value = options.title;
  title.getCell(1).font = font({ bold: true, size: 13 });
  title.commit();
  if (options.hint) {
    const hint = ws.getRow(2);
    hint.getCell(1).value = options.hint;
    hint.getCell(1).font = font({ italic: true, size: 11 });
    hint.getCell(1).alignment = { wrapText: false };
    hint.commit();
  }
  const header = ws.getRow(headerRow);
  options.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = font({ bold: true });
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  header.height = 48;
  header.commit();
  let r = headerRow + 1;
  return {
    add(values, style) {
      const row = ws.getRow(r++);
      const styles = style?.bold ? bold : plain;
      values.forEach((v, i) => {
        if (v === null || v === "") return;
        const cell = row.getCell(i + 1);
        cell.value = v;
        cell.style = styles[i] ?? styles[0];
      });
      row.commit();
    },
    done() {
      ws.commit();
    },
  };
}
