/**
 * The whole check of a workbook's cells: parse the contract sheets, then run the domain's rules with
 * a locator over the layouts found, so every finding names the workbook's sheet, header and cell.
 * Both adapters call this and nothing else.
 */
import { checkBook, type FieldRef } from "../domain/check";
import { chooseRuleset, makeContext, type BookContext, type RulesetChoice } from "../domain/context";
import { countBySeverity, type Finding } from "../domain/finding";
import type { DateOnly, SheetKey } from "../domain/model";
import { SHEETS } from "./contract";
import { locatorFor, sortFindings, type Layouts } from "./locate";
import { parseBook, type ParsedBook, type RawSheet } from "./parse";
import { readingFindings, type BookReading } from "./reading";

export interface WorkbookCheck {
  parsed: ParsedBook;
  findings: Finding[];
  counts: { error: number; warning: number; info: number };
  /** The ruleset applied, and whether the plan gave its year and level. */
  ruleset: RulesetChoice;
  /** How the book was read (also `parsed.reading`). */
  reading: BookReading;
  /** The context the rules saw (makeContext of the parsed book and the day), for figures from the same book. */
  context: BookContext;
}

/** Whether a contract sheet's column was read: the rules then never call a value missing that was never there to read. */
export function columnsRead(layouts: Layouts): (sheet: SheetKey, field: string) => boolean {
  return (sheet, field) => {
    const layout = layouts[sheet];
    return !layout || layout.headerRow === 0 || layout.columns[field] !== undefined;
  };
}

/**
 * The columns the book lacks: every column of a contract sheet that is there without it, and every
 * column of the units sheet when it is missing (it is required; other missing sheets are CHECKS_SKIPPED).
 */
export function absentColumns(parsed: ParsedBook): { absent: FieldRef[]; absentSheets: SheetKey[] } {
  const absent: FieldRef[] = [];
  const absentSheets: SheetKey[] = [];
  for (const spec of SHEETS) {
    const layout = parsed.layouts[spec.key];
    if (!layout && !spec.required) continue;
    if (!layout) absentSheets.push(spec.key);
    for (const c of spec.columns) if (!layout?.columns[c.key]) absent.push({ sheet: spec.key, field: c.key });
  }
  return { absent, absentSheets };
}

export function checkWorkbook(sheets: readonly RawSheet[], today: DateOnly): WorkbookCheck {
  const parsed = parseBook(sheets);
  const context = makeContext(parsed.book, today);
  const domain = checkBook(parsed.book, {
    today,
    context,
    at: locatorFor(parsed.layouts),
    read: columnsRead(parsed.layouts),
    ...absentColumns(parsed),
  });
  // An optional sheet "absent" while a sheet like it was left unread: the warning about that sheet
  // says so, not a quiet note that the sheet is absent.
  const unreadLike = new Set(parsed.reading.notRead.map((n) => n.like));
  const kept = domain.filter((f) => !(f.code === "CHECKS_SKIPPED" && unreadLike.has(f.params.skipped)));
  const order = SHEETS.map((s) => parsed.layouts[s.key]?.name ?? s.name);
  const findings = sortFindings([...parsed.findings, ...readingFindings(parsed.reading), ...kept], order);
  return {
    parsed,
    findings,
    counts: countBySeverity(findings),
    ruleset: chooseRuleset(parsed.book, today),
    reading: parsed.reading,
    context,
  };
}
