/**
 * English for the pane, loaded when the clerk chooses it: the pane's build puts this stand-in where
 * index.ts imports ./en (webpack.config.js), so the pane's first script carries one language. Until
 * loadLanguage("en") has filled it, `t` falls back to Vietnamese. The command line and the tests use
 * the real ./en directly.
 */
import type { Language } from "./language";

export const en = { findings: {}, ui: {} } as Language;

let loading: Promise<void> | null = null;

export function loadEnglish(): Promise<void> {
  loading ??= import(/* webpackChunkName: "english" */ "./en").then(
    (m) => {
      Object.assign(en.findings, m.en.findings);
      Object.assign(en.ui, m.en.ui);
    },
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}
