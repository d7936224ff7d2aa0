/**
 * What the pane keeps of one check of the book: the findings and counts, the sheets' names, the
 * ruleset, how the book was read, and the units' names for the export. Made here for the pane's own
 * checks and for the check the web page's worker makes of a book as it is opened (src/app/openingCheck.ts),
 * so both are the same for the same book.
 */
import { codeKey } from "../domain/text";
import type { RawSheet } from "../sheets/parse";
import type { Checker } from "./usePane";
import type { CheckResult } from "./state";

export function checkResultOf(
  sheets: readonly RawSheet[],
  checked: ReturnType<Checker>,
  checkedAt: number,
): CheckResult {
  const { findings, counts, ruleset, reading } = checked;
  return {
    findings,
    counts,
    sheets: sheets.map((s) => s.name),
    ruleset,
    reading,
    checkedAt,
    unitNames: unitNamesOf(checked),
  };
}

/** Unit code (codeKey) → name, from the check's parsed book when the checker gives it. */
function unitNamesOf({ parsed }: ReturnType<Checker>): Record<string, string> | undefined {
  if (!parsed) return undefined;
  const names: Record<string, string> = {};
  for (const u of parsed.book.units) if (u.code && !(codeKey(u.code) in names)) names[codeKey(u.code)] = u.name;
  return names;
}
