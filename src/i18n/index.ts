/**
 * User-facing text: finding messages and interface strings, Vietnamese first, English second.
 * Messages take named parameters ({row}, {value}); nothing is concatenated across languages.
 */
import type { LocatedFinding } from "../sheets/locate";
import { en } from "./en";
import { vi } from "./vi";

export type Lang = "vi" | "en";

export interface Messages {
  /** Finding code → message template. */
  findings: Record<string, string>;
  /** Interface key → text. */
  ui: Record<string, string>;
}

const TABLES: Record<Lang, Messages> = { vi, en };

export function fill(template: string, params: Record<string, string | number | null | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = params[k];
    return v === undefined || v === null ? m : String(v);
  });
}

/** Interface text for a key; the key itself when a table lacks it (visible in review, never a crash). */
export function t(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return fill(TABLES[lang].ui[key] ?? TABLES.vi.ui[key] ?? key, params);
}

/** The message of a finding in the clerk's language. */
export function message(f: LocatedFinding, lang: Lang): string {
  // A finding without a row may have its own wording ("CODE.noRow"): "Dòng {row}" would read badly.
  const key = f.row === null && `${f.code}.noRow` in TABLES.vi.findings ? `${f.code}.noRow` : f.code;
  const template = TABLES[lang].findings[key] ?? TABLES.vi.findings[key] ?? f.code;
  return fill(template, { ...f.params, sheet: f.sheet, row: f.row, column: f.column, unit: f.unit, ref: f.ref });
}
