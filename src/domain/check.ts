/**
 * The checker: runs every rule of src/domain/rules over the parsed book.
 * Each rule is a pure function of the context returning findings as values.
 */
import { makeContext, type CheckContext } from "./context";
import type { Book, DateOnly, Finding } from "./model";
import { RULES } from "./rules";

export interface CheckOptions {
  /** Reference day for deadlines and service length. */
  today: DateOnly;
}

export function checkBook(book: Book, options: CheckOptions): Finding[] {
  const ctx: CheckContext = makeContext(book, options.today);
  const out: Finding[] = [];
  for (const rule of RULES) out.push(...rule.check(ctx));
  return out;
}
