/**
 * Reads an .xlsx file into the plain 2-D arrays the sheet contract parses.
 * A file that cannot be used throws UnusableFileError with one plain sentence; nothing else escapes.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import path from "path";
import type { CellValue } from "../domain/model";
import type { RawSheet } from "../sheets/parse";

/** Larger workbooks are refused rather than exhausting memory: a TĐKT book is a few MB at most. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export type UnusableReason = "missing" | "notXlsx" | "encrypted" | "corrupt" | "tooLarge" | "unreadable";

export class UnusableFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: UnusableReason,
    detail = "",
  ) {
    super(`${file}: ${reason}${detail ? ` (${detail})` : ""}`);
  }
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
// Encrypted .xlsx (and old .xls) files are OLE compound documents.
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new UnusableFileError(file, "missing");
  }
  if (!stat.isFile()) throw new UnusableFileError(file, "missing");
  if (stat.size > MAX_FILE_BYTES)
    throw new UnusableFileError(file, "tooLarge", `${Math.round(stat.size / 1048576)} MB`);
  let buf: Buffer;
  try {
    buf = await fs.readFile(file);
  } catch (e) {
    throw new UnusableFileError(file, "unreadable", (e as NodeJS.ErrnoException).code ?? "");
  }
  if (buf.subarray(0, 8).equals(OLE)) throw new UnusableFileError(file, "encrypted");
  const ext = path.extname(file).toLowerCase();
  if (!buf.subarray(0, 4).equals(ZIP) || (ext !== ".xlsx" && ext !== ".xlsm")) {
    throw new UnusableFileError(
      file,
      buf.subarray(0, 4).equals(ZIP) ? "notXlsx" : ext === ".xlsx" ? "corrupt" : "notXlsx",
    );
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch {
    throw new UnusableFileError(file, "corrupt");
  }
  if (wb.worksheets.length === 0) throw new UnusableFileError(file, "corrupt", "no worksheets");
  return wb;
}

/** exceljs cell values → the primitive values Office.js would give (formulas as their results). */
export function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("formula" in v || "sharedFormula" in v) {
    const r = (v as ExcelJS.CellFormulaValue).result;
    if (r === undefined || r === null) return null;
    if (typeof r === "object" && !(r instanceof Date)) return (r as ExcelJS.CellErrorValue).error ?? null;
    return r;
  }
  if ("hyperlink" in v) {
    const text = (v as ExcelJS.CellHyperlinkValue).text as unknown;
    return typeof text === "string"
      ? text
      : text && typeof text === "object" && "richText" in text
        ? (text as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("")
        : null;
  }
  if ("error" in v) return (v as ExcelJS.CellErrorValue).error;
  return null;
}

export function sheetValues(ws: ExcelJS.Worksheet): CellValue[][] {
  const values: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = plainValue(cell.value);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    values[rowNumber - 1] = cells;
  });
  for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = [];
  return values;
}

/** Every visible or hidden worksheet, as RawSheets starting at A1. */
export async function readXlsx(file: string): Promise<RawSheet[]> {
  const wb = await loadWorkbook(file);
  return wb.worksheets.map((ws) => ({ name: ws.name, values: sheetValues(ws) }));
}
