/**
 * What the rules share: building a finding, and the few words their parameters carry.
 * Messages are templates in src/i18n/findings.{vi,en}.ts keyed by code; where a message needs a
 * phrase that depends on the case (which criterion, which direction), the rule passes it in both
 * languages as `x` (Vietnamese) and `xEn` (English), and each template picks its own.
 */
import type { DecidingLevel, Finding, Level, Nomination, Rating, Severity, SheetKey, Subject } from "../model";
import type { Award } from "../ruleset";
import { looseKey } from "../text";

export interface FindingOptions {
  unit?: string | null;
  ref?: string | null;
  params?: Finding["params"];
}

export function finding(
  code: string,
  severity: Severity,
  sheet: SheetKey | null,
  row: number | null,
  field: string | null,
  options: FindingOptions = {},
): Finding {
  return {
    code,
    severity,
    sheet,
    row: row && row > 0 ? row : null,
    field,
    unit: options.unit ?? null,
    ref: options.ref ?? null,
    params: options.params ?? {},
  };
}

/** A phrase in both languages. */
export interface Phrase {
  vi: string;
  en: string;
}

/** Parameters `name` and `nameEn` from a phrase. */
export function phrase(name: string, p: Phrase): Finding["params"] {
  return { [name]: p.vi, [`${name}En`]: p.en };
}

export const SUBJECT_WORDS: Record<Subject, Phrase> = {
  individual: { vi: "cá nhân", en: "individuals" },
  collective: { vi: "tập thể", en: "collectives" },
  household: { vi: "hộ gia đình", en: "households" },
  village: { vi: "thôn, tổ dân phố", en: "villages and residential groups" },
};

export function subjectList(subjects: readonly Subject[]): Phrase {
  return {
    vi: subjects.map((s) => SUBJECT_WORDS[s].vi).join(", "),
    en: subjects.map((s) => SUBJECT_WORDS[s].en).join(", "),
  };
}

export const LEVEL_WORDS: Record<Level, Phrase> = {
  province: { vi: "cấp tỉnh", en: "province level" },
  district: { vi: "cấp huyện", en: "district level" },
  commune: { vi: "cấp xã", en: "commune level" },
};

export const DECIDER_WORDS: Record<DecidingLevel, Phrase> = {
  central: { vi: "cấp Trung ương", en: "the central level" },
  province: { vi: "cấp tỉnh", en: "the province" },
  district: { vi: "cấp huyện", en: "the district" },
  commune: { vi: "cấp xã", en: "the commune" },
};

/** "2022, 2023" — years as a clerk lists them. */
export function yearList(years: readonly number[]): string {
  return [...years].sort((a, b) => a - b).join(", ");
}

/** A legal basis in brackets-ready form; empty when the catalogue gives none. */
export function basis(text: string | null | undefined): string {
  return text && text.trim() ? text.trim() : "—";
}

export const RATING_WORDS: Record<Rating, Phrase> = {
  excellent: { vi: "Hoàn thành xuất sắc nhiệm vụ", en: "completed duties excellently" },
  good: { vi: "Hoàn thành tốt nhiệm vụ", en: "completed duties well" },
  completed: { vi: "Hoàn thành nhiệm vụ", en: "completed duties" },
  notCompleted: { vi: "Không hoàn thành nhiệm vụ", en: "did not complete duties" },
};

const NO_INITIATIVE = new Set(["", "khong", "khong co", "chua co", "0", "no", "none"]);

/** The Sáng kiến cell names an initiative ("Không", "-" and blanks do not). */
export function hasInitiative(text: string | null): boolean {
  return text !== null && !NO_INITIATIVE.has(looseKey(text));
}

export const CRITERIA_NOT_MET = "CRITERIA_NOT_MET";

/** A criterion of an award not met (error) or not provable from the book (warning). */
export function criteriaFinding(
  n: Nomination,
  award: Award,
  severity: Severity,
  field: string,
  requirement: Phrase,
  legalBasis: string = award.legalBasis,
): Finding {
  return finding(CRITERIA_NOT_MET, severity, "nominations", n.row, field, {
    unit: n.unit || null,
    ref: award.code,
    params: { name: n.name, award: award.name, ...phrase("requirement", requirement), basis: basis(legalBasis) },
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
