/**
 * What the rules share besides `finding()` (src/domain/finding.ts): the criteria finding, and small
 * readings of the book. No words here: rules pass typed parameters and src/i18n says them.
 */
import type { CheckContext } from "../context";
import { finding, type Finding, type Requirement } from "../finding";
import type { Nomination, Severity, SheetKey } from "../model";
import type { Award } from "../ruleset";
import { codeKey, looseKey } from "../text";

/**
 * Gives each finding about a unit the unit's name from the Đơn vị sheet, so that every message can
 * name the unit as the clerk knows it, not only by its code.
 */
export function namedUnits<F extends { unit: string | null; unitName?: string }>(
  ctx: CheckContext,
  findings: F[],
): F[] {
  const units = ctx.index.units;
  if (!units) return findings;
  for (const f of findings) {
    if (!f.unit || f.unitName !== undefined) continue;
    const name = units.get(codeKey(f.unit))?.name?.trim();
    if (name) f.unitName = name;
  }
  return findings;
}

/** A legal basis as cited in a message; a dash when the catalogue gives none. */
export function basis(text: string | null | undefined): string {
  return text && text.trim() ? text.trim() : "—";
}

const NO_INITIATIVE = new Set(["", "khong", "khong co", "chua co", "0", "no", "none"]);

/** The Sáng kiến cell names an initiative ("Không", "-" and blanks do not). */
export function hasInitiative(text: string | null): boolean {
  return text !== null && !NO_INITIATIVE.has(looseKey(text));
}

export const CRITERIA_NOT_MET = "CRITERIA_NOT_MET";

/** A criterion of an award not met (error) or not provable from the book (warning), at the field concerned. */
export function criteriaFinding(
  ctx: CheckContext,
  n: Nomination,
  award: Award,
  severity: Severity,
  field: string,
  requirement: Requirement,
  legalBasis: string = award.legalBasis,
): Finding<typeof CRITERIA_NOT_MET> {
  return finding(CRITERIA_NOT_MET, severity, ctx.at("nominations", n.row, field), {
    unit: n.unit || null,
    ref: award.code,
    params: { name: n.name, award: award.name, requirement, basis: basis(legalBasis) },
  });
}

/**
 * Consecutive-year chains (CSTĐ cấp tỉnh, Bằng khen): the run may end the year before the book's
 * year (all from the history) or in the book's year itself (when this book also proposes the title,
 * or the history already holds it). Returns the missing years of the window closest to complete,
 * or null when a window is complete.
 */
export function missingChainYears(held: ReadonlySet<number>, year: number, length: number): number[] | null {
  let best: number[] | null = null;
  for (const end of [year - 1, year]) {
    const missing: number[] = [];
    for (let y = end - length + 1; y <= end; y++) if (!held.has(y)) missing.push(y);
    if (missing.length === 0) return null;
    if (best === null || missing.length < best.length) best = missing;
  }
  return best;
}

/** Whether the book has the column (a rule never says a value is missing from a column it has not got). */
export function columnRead(ctx: CheckContext, sheet: SheetKey, field: string): boolean {
  return ctx.read ? ctx.read(sheet, field) : true;
}
