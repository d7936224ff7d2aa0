/**
 * The line of what was read, shown by `tdkt check` and the pane under the counts, and the line that
 * stands for "Không có lỗi" when the book was not read in full or held nothing to check.
 */
import { readSomething, type BookReading } from "../sheets/reading";
import { t, type Lang } from "./index";

/** "Đã đọc: Kế hoạch (3 dòng), DS đơn vị (16 dòng), Đề nghị khen thưởng năm 2026 (13 dòng)." */
export function readLine(reading: BookReading, lang: Lang): string {
  if (reading.sheets.length === 0) return t(lang, "read.none");
  const sheets = reading.sheets.map((s) => t(lang, "read.sheet", { sheet: s.sheet, rows: s.dataRows })).join(", ");
  return t(lang, "read.line", { sheets });
}

/**
 * Why a book without errors is still not "Không có lỗi": a sheet like one of the book's was left
 * unread, or nothing but the units could be read. Null when the book was read in full.
 */
export function incompleteLine(reading: BookReading, lang: Lang): string | null {
  const unread = new Set(reading.notRead.map((n) => n.sheet)).size;
  if (unread > 0) return t(lang, "read.notAll", { count: unread });
  if (!readSomething(reading)) return t(lang, "read.nothing");
  return null;
}
