/**
 * The checker: runs every rule of src/domain/rules over the parsed book.
 * Each rule is a pure function of the context returning findings as values, located by `at`.
 * A rule whose columns the book lacks (`needs`) is skipped: one CHECKS_BLOCKED note per missing
 * column says which checks wait for it, rather than a cascade of findings on correct rows.
 */
import { makeContext, type BookContext, type CheckContext } from "./context";
import { finding, type Finding, type Locator } from "./finding";
import type { Book, DateOnly, SheetKey } from "./model";
import { RULES, type Need, type Rule } from "./rules";
import { namedUnits } from "./rules/support";

/** A column of a contract sheet, by the model's names. */
export interface FieldRef {
  sheet: SheetKey;
  field: string;
}

export interface CheckOptions {
  /** Reference day for deadlines and service length. */
  today: DateOnly;
  /** Where the book's fields lie in the workbook (src/sheets supplies it from the layouts it read). */
  at: Locator;
  /** Columns the book lacks (src/sheets knows from the headers it found); none when not given. */
  absent?: readonly FieldRef[];
  /** Contract sheets the book lacks altogether. */
  absentSheets?: readonly SheetKey[];
  /** Whether a sheet's column was read; every column counts as read when absent. */
  read?: (sheet: SheetKey, field: string) => boolean;
  /** The book's context, when the caller made it already (makeContext(book, today)); made here when absent. */
  context?: BookContext;
}

export const CHECKS_BLOCKED = "CHECKS_BLOCKED";

function present(book: Book, sheet: SheetKey): boolean {
  const v = (book as unknown as Record<string, unknown>)[sheet];
  return v !== null && v !== undefined;
}

/** The needs of a rule the book does not meet. */
export function brokenNeeds(rule: Rule, book: Book, absent: readonly FieldRef[]): Need[] {
  return (rule.needs ?? []).filter(
    (n) =>
      absent.some((a) => a.sheet === n.sheet && a.field === n.field) && (n.when === undefined || present(book, n.when)),
  );
}

export function checkBook(book: Book, options: CheckOptions): Finding[] {
  const ctx: CheckContext = {
    ...(options.context ?? makeContext(book, options.today)),
    at: options.at,
    read: options.read,
  };
  const absent = options.absent ?? [];
  const out: Finding[] = [];
  const sheetMissing = new Set(options.absentSheets ?? []);
  // Missing column (or whole sheet) → the codes of the checks it held back, in rule order.
  const blocked = new Map<string, { need: Need; sheet: boolean; codes: string[] }>();
  for (const rule of RULES) {
    const broken = brokenNeeds(rule, book, absent);
    if (broken.length === 0) {
      out.push(...namedUnits(ctx, rule.check(ctx)));
      continue;
    }
    for (const need of broken) {
      const sheet = sheetMissing.has(need.sheet);
      const key = sheet ? need.sheet : `${need.sheet}\u0000${need.field}`;
      const entry = blocked.get(key) ?? { need, sheet, codes: [] };
      for (const code of rule.codes) if (!entry.codes.includes(code)) entry.codes.push(code);
      blocked.set(key, entry);
    }
  }
  for (const { need, sheet, codes } of blocked.values()) {
    const place = sheet ? ctx.at(need.sheet, null) : ctx.at(need.sheet, null, need.field);
    out.push(
      finding(CHECKS_BLOCKED, "info", place, { params: { checks: codes, missing: sheet ? "sheet" : "column" } }),
    );
  }
  return out;
}
