/**
 * Vietnamese for the pane, in two parts: the words the page may need before anything else (why the
 * pane cannot start, an unexpected failure: office.vi.ts) come with the pane's first script; the
 * rest (findings, every tab's words) is fetched as the page starts, while Office.js starts, and the
 * pane is drawn once it is there (index.tsx). The pane's build puts this stand-in where index.ts
 * imports ./vi (webpack.config.js); the command line and the tests use the real ./vi directly.
 */
import type { Language } from "./language";
import { officeVi } from "./office.vi";

export const vi = { findings: {}, ui: { ...officeVi } } as Language;

let loading: Promise<void> | null = null;

export function loadVietnamese(): Promise<void> {
  loading ??= import(/* webpackChunkName: "words-vi" */ "./vi").then(
    (m) => {
      Object.assign(vi.findings, m.vi.findings);
      Object.assign(vi.ui, m.vi.ui);
    },
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}
