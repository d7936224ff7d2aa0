/**
 * User-facing text: finding messages and interface strings, Vietnamese first, English second.
 * Each language is a set of tables implementing `Language` (./language.ts); messages take typed
 * parameters, and nothing is concatenated across languages.
 */
import type { Finding } from "../domain/finding";
import { en } from "./en";
import type { Language, UiKey } from "./language";
import { vi } from "./vi";

export type Lang = "vi" | "en";
export type { Language } from "./language";

const TABLES: Record<Lang, Language> = { vi, en };

export function fill(template: string, params: Record<string, string | number | null | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = params[k];
    return v === undefined || v === null ? m : String(v);
  });
}

/**
 * Whether a language's tables are all there. In the pane, the stand-ins (vi.lazy.ts, en.lazy.ts) hold
 * no finding messages until their tables have arrived; elsewhere the tables are bundled.
 */
export function hasLanguage(lang: Lang): boolean {
  return Object.keys(TABLES[lang].findings).length > 0;
}

/**
 * Makes a language's tables available (a no-op where they are bundled: the CLI, the tests).
 * Vietnamese comes first: it is every other language's fallback.
 */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (!hasLanguage("vi")) await (await import("./vi.lazy")).loadVietnamese();
  if (lang === "en" && !hasLanguage("en")) await (await import("./en.lazy")).loadEnglish();
}

/** Interface text for a key; the key itself when a table lacks it (visible in review, never a crash). */
export function t(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const k = key as UiKey;
  return fill(TABLES[lang].ui[k] ?? TABLES.vi.ui[k] ?? key, params);
}

/** The message of a finding in the clerk's language. */
export function message(f: Finding, lang: Lang): string {
  // Code and parameters go together (Finding<C>); TypeScript cannot follow that through the union.
  const render = TABLES[lang].findings[f.code] as ((p: Finding["params"], f: Finding) => string) | undefined;
  return render ? render(f.params, f) : f.code;
}

/** Which ruleset checks the book and why, in two sentences (the CLI's report and the pane say the same). */
export function rulesetLines(
  choice: {
    year: number;
    level: "province" | "district" | "commune";
    assumedYear: boolean;
    assumedLevel: boolean;
    ruleset: { description: string; texts: string };
  },
  lang: Lang,
): [string, string] {
  const level = t(lang, `level.${choice.level}`);
  return [
    t(lang, "ruleset.line", { name: choice.ruleset.description, texts: choice.ruleset.texts }),
    t(lang, choice.assumedYear || choice.assumedLevel ? "ruleset.assumed" : "ruleset.fromPlan", {
      year: choice.year,
      level,
    }),
  ];
}
