/**
 * Reads an .xlsx file into the plain 2-D arrays the sheet contract parses (Node).
 * The reading itself is readBook.ts, bounded and streamed; this file opens the file and keeps the
 * exceljs conversion the bench compares against. A file that cannot be used throws
 * UnusableFileError with one plain sentence; nothing else escapes.
 */
import type ExcelJS from "exceljs";
import { promises as fs } from "fs";
import type { CellValue } from "../domain/model";
import type { RawSheet } from "../sheets/parse";
import { readXlsxSource, type BookRead } from "./readBook";
import { inflateZlib } from "./inflateZlib";
import { bytesSource, type ByteSource } from "./source";
import { UnusableFileError } from "./unusable";
import { DEFAULT_LIMITS, MB, type ReadLimits } from "./zipLimits";

export { UnusableFileError } from "./unusable";
export type { UnusableReason } from "./unusable";

/** Larger files are refused before they are read (see zipLimits.ts for the others). */
export const MAX_FILE_BYTES = DEFAULT_LIMITS.maxFileBytes;

/** Reads the book at `file` with the limits (defaults in zipLimits.ts), and the warnings to show. */
export async function readXlsxBook(
  file: string,
  limits: Partial<ReadLimits> = {},
  options: { anySheet?: boolean } = {},
): Promise<BookRead> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UnusableFileError(file, "missing");
    throw new UnusableFileError(file, "unreadable", "file.unreadable", { detail: code ?? "" });
  }
  if (stat.isDirectory()) throw new UnusableFileError(file, "directory");
  if (!stat.isFile()) throw new UnusableFileError(file, "notXlsx", "file.notXlsx");
  const maxFileBytes = limits.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  if (stat.size > maxFileBytes) {
    throw new UnusableFileError(file, "tooLarge", "file.tooLarge", {
      size: Math.ceil(stat.size / MB),
      limit: Math.round(maxFileBytes / MB),
    });
  }
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, "r");
  } catch (e) {
    throw new UnusableFileError(file, "unreadable", "file.unreadable", {
      detail: (e as NodeJS.ErrnoException).code ?? "",
    });
  }
  try {
    // A small file (a unit's returned template) is read at once: reading it part by part, a few
    // bytes at a time, cost more than the rest of its reading on an import of 200 files. A large
    // one is still read part by part, never held whole.
    const source =
      stat.size <= WHOLE_FILE_BYTES ? bytesSource(await wholeFile(handle, stat.size)) : fileSource(handle, stat.size);
    return await readXlsxSource(source, { file, inflate: inflateZlib, limits, ...options });
  } finally {
    await handle.close();
  }
}

/** The sheets of the book at `file` (the contract's sheets, as the check reads them). */
export async function readXlsx(file: string, limits: Partial<ReadLimits> = {}): Promise<RawSheet[]> {
  return (await readXlsxBook(file, limits)).sheets;
}

/** Files up to this size are read into memory in one go. */
const WHOLE_FILE_BYTES = 4 * MB;

async function wholeFile(handle: fs.FileHandle, size: number): Promise<Uint8Array> {
  return fileSource(handle, size).read(0, size);
}

function fileSource(handle: fs.FileHandle, size: number): ByteSource {
  return {
    size,
    async read(offset, length) {
      const n = Math.max(0, Math.min(length, size - offset));
      const buf = Buffer.allocUnsafe(n);
      let got = 0;
      while (got < n) {
        const { bytesRead } = await handle.read(buf, got, n - got, offset + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return buf.subarray(0, got);
    },
  };
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

/**
 * exceljs' plain in-memory read of every sheet: what `tdkt check` did before it streamed. Kept for
 * the bench (measured beside the streaming reader) and for tests that compare the two.
 */
export async function readXlsxWithExceljs(file: string): Promise<RawSheet[]> {
  // Loaded only here: `tdkt check` never loads exceljs.
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => ({ name: ws.name, values: sheetValues(ws) }));
}
