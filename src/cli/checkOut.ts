/**
 * `tdkt check BOOK.xlsx --out FILE.xlsx`: the findings as the Kết quả kiểm tra sheet (the pane's
 * "Xuất kết quả"), written beside the report; the report, the JSON and the exit code are unchanged.
 */
import path from "path";
import { codeKey } from "../domain/text";
import type { Lang } from "../i18n";
import type { WorkbookCheck } from "../sheets/checkWorkbook";

export async function writeCheckOut(book: string, check: WorkbookCheck, out: string, lang: Lang): Promise<void> {
  // exceljs is loaded only when a workbook is to be written.
  const { findingsWorkbook } = await import("../files/findingsWorkbook");
  const unitNames = new Map<string, string>();
  for (const u of check.parsed.book.units)
    if (u.code && !unitNames.has(codeKey(u.code))) unitNames.set(codeKey(u.code), u.name);
  const bookLink = path
    .relative(path.dirname(path.resolve(out)), path.resolve(book))
    .split(path.sep)
    .join("/");
  const bookSheets = Object.values(check.parsed.layouts).map((l) => l.name);
  const wb = findingsWorkbook(check.findings, { lang, unitNames, bookSheets, bookLink });
  await wb.xlsx.writeFile(out);
}
