/**
 * The words of the statistics, the years side by side and the roll-up (src/i18n/stats.{vi,en}.ts).
 * They are not in the pane's shared tables on purpose: the command line and the lazily loaded
 * Thống kê tab import them, so the pane's first script does not carry them. Keys not found here
 * fall back to the shared tables (file problems, usage), so callers use one function.
 */
import { fill, t, type Lang } from "./index";
import { statsEn } from "./stats.en";
import { statsVi } from "./stats.vi";

const TABLES: Record<Lang, { ui: Record<string, string> }> = {
  vi: statsVi,
  en: statsEn,
};

/** Interface text of the statistics in the clerk's language. */
export function st(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const template = TABLES[lang].ui[key] ?? TABLES.vi.ui[key];
  return template === undefined ? t(lang, key, params) : fill(template, params);
}
