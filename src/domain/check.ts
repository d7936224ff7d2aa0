/**
 * The checker: runs every rule of src/domain/rules over the parsed book.
 * Each rule is a pure function of the context returning findings as values, located by `at`.
 */
import { makeContext, type CheckContext } from "./context";
import type { Finding, Locator } from "./finding";
import type { Book, DateOnly, SheetKey } from "./model";
import { RULES } from "./rules";

export interface CheckOptions {
  /** Reference day for deadlines and service length. */
  today: DateOnly;
  /** Where the book's fields lie in the workbook (src/sheets supplies it from the layouts it read). */
  at: Locator;
  /** Whether a sheet's column was read; every column counts as read when absent. */
  read?: (sheet: SheetKey, field: string) => boolean;
}

export function checkBook(book: Book, options: CheckOptions): Finding[] {
  const ctx: CheckContext = { ...makeContext(book, options.today), at: options.at, read: options.read };
  const out: Finding[] = [];
  for (const rule of RULES) out.push(...rule.check(ctx));
  return out;
}
