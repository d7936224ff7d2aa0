/**
 * The whole check of a workbook's cells: parse the contract sheets, run the domain's rules,
 * and locate every finding in the workbook's own words. Both adapters call this and nothing else.
 */
import { checkBook } from "../domain/check";
import type { DateOnly } from "../domain/model";
import { SHEETS } from "./contract";
import { locate, sortFindings, withCell, type LocatedFinding } from "./locate";
import { parseBook, type ParsedBook, type RawSheet } from "./parse";

export interface WorkbookCheck {
  parsed: ParsedBook;
  findings: LocatedFinding[];
  counts: { error: number; warning: number; info: number };
}

export function checkWorkbook(sheets: readonly RawSheet[], today: DateOnly): WorkbookCheck {
  const parsed = parseBook(sheets);
  const structural = parsed.findings.map((f) => withCell(f, parsed.layouts));
  const domain = checkBook(parsed.book, { today }).map((f) => locate(f, parsed.layouts));
  const order = SHEETS.map((s) => parsed.layouts[s.key]?.name ?? s.name);
  const findings = sortFindings([...structural, ...domain], order);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return { parsed, findings, counts };
}
