/**
 * The rows of a new `Danh mục khen thưởng` sheet: the catalogue in force, so the clerk edits rather than
 * types. Each award's code, name, subjects, deciding level and legal basis are written; the columns that
 * change what the checks do (Tỷ lệ tối đa, Tính trên, Hệ số tiền thưởng, Tỷ lệ phiếu tối thiểu) are left
 * empty, so the filled sheet checks the book exactly as the ruleset does until the clerk sets them.
 */
import type { Award } from "../domain/ruleset";
import type { CellValue } from "../domain/model";
import { CATALOGUE_SHEET } from "./contract";
import { writeCell } from "./write";

const FILLED: Partial<Record<string, (a: Award) => unknown>> = {
  code: (a) => a.code,
  name: (a) => a.name,
  subjects: (a) => a.subjects,
  decidingLevel: (a) => a.decidingLevel,
  legalBasis: (a) => a.legalBasis,
};

export function catalogueRows(awards: readonly Award[]): CellValue[][] {
  return awards.map((a) => CATALOGUE_SHEET.columns.map((c) => writeCell(c, FILLED[c.key]?.(a) ?? null)));
}
