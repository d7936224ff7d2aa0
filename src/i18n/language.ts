/**
 * What a language supplies: one message function per finding code (TypeScript asks for every code of
 * src/domain/finding.ts, with its typed parameters) and the interface text (every key of the
 * Vietnamese tables). A third language is a new set of these files and one line in index.ts.
 * A feature keeps its messages in its own files (`deadlines.vi.ts`: `Pick<FindingTexts, "…">`) spread
 * into `findings` in vi.ts and en.ts.
 */
import type { appUiVi } from "./app.vi";
import type { blocksUiVi } from "./blocks.vi";
import type { cliVi } from "./cli.vi";
import type { deadlineUiVi } from "./deadlines.vi";
import type { documentsUiVi } from "./documents.vi";
import type { readingUiVi } from "./reading.vi";
import type { uiVi } from "./ui.vi";
import type { templatesUiVi } from "./templates.vi";
import type { paneExportVi, paneUiVi } from "./pane.vi";
import type { paneViewVi } from "./paneView.vi";
import type { summaryUiVi } from "./summary.vi";
import type { filesVi } from "./files.vi";
import type { lawVi } from "./law.vi";
import type { officeVi } from "./office.vi";
import type { sheetPlanVi } from "./sheetPlan.vi";
import type { setupVi } from "./setup.vi";
import type { Finding, FindingCode, FindingParams, Requirement } from "../domain/finding";

/** The message of each finding code, from its parameters and its place (row, column, sheet, unit). */
export type FindingTexts = { [C in FindingCode]: (p: FindingParams[C], f: Finding<C>) => string };

/** CRITERIA_NOT_MET: what each kind of requirement says. */
export type RequirementTexts = { [K in Requirement["kind"]]: (r: Extract<Requirement, { kind: K }>) => string };

/** Interface keys: the Vietnamese tables are the reference every language must cover. */
export type UiKey =
  | keyof typeof cliVi
  | keyof typeof uiVi
  | keyof typeof filesVi
  | keyof typeof lawVi
  | keyof typeof sheetPlanVi
  | keyof typeof deadlineUiVi
  | keyof typeof officeVi
  | keyof typeof documentsUiVi
  | keyof typeof blocksUiVi
  | keyof typeof templatesUiVi
  | keyof typeof paneUiVi
  | keyof typeof paneExportVi
  | keyof typeof summaryUiVi
  | keyof typeof readingUiVi
  | keyof typeof appUiVi
  | keyof typeof paneViewVi
  | keyof typeof setupVi;

export interface Language {
  findings: FindingTexts;
  ui: Record<UiKey, string>;
}

/** The words of one requirement, by its kind. */
export function requirement(texts: RequirementTexts, r: Requirement): string {
  return (texts[r.kind] as (r: Requirement) => string)(r);
}

/** "2022, 2023": years as a clerk lists them. */
export function yearList(years: readonly number[]): string {
  return [...years].sort((a, b) => a - b).join(", ");
}
