import { appUiEn } from "./app.en";
import { blocksFindingsEn, blocksUiEn } from "./blocks.en";
import { cliEn } from "./cli.en";
import { deadlineFindingsEn, deadlineUiEn } from "./deadlines.en";
import { documentsFindingsEn, documentsUiEn } from "./documents.en";
import { findingsEn } from "./findings.en";
import { statsFindingsEn } from "./stats.findings.en";
import type { Language } from "./language";
import { filesEn } from "./files.en";
import { lawEn } from "./law.en";
import { officeEn } from "./office.en";
import { readingFindingsEn, readingUiEn } from "./reading.en";
import { sheetPlanEn } from "./sheetPlan.en";
import { uiEn } from "./ui.en";
import { templatesFindingsEn, templatesUiEn } from "./templates.en";
import { paneExportEn, paneFindingsEn, paneUiEn } from "./pane.en";
import { paneViewEn } from "./paneView.en";
import { setupEn } from "./setup.en";
import { summaryUiEn } from "./summary.en";

/** English: every key of the Vietnamese tables. A feature adds its own table here, one line each. */
export const en: Language = {
  findings: {
    ...findingsEn,
    ...deadlineFindingsEn,
    ...documentsFindingsEn,
    ...statsFindingsEn,
    ...blocksFindingsEn,
    ...templatesFindingsEn,
    ...paneFindingsEn,
    ...readingFindingsEn,
  },
  ui: {
    ...cliEn,
    ...uiEn,
    ...filesEn,
    ...lawEn,
    ...sheetPlanEn,
    ...deadlineUiEn,
    ...officeEn,
    ...documentsUiEn,
    ...blocksUiEn,
    ...templatesUiEn,
    ...paneUiEn,
    ...paneExportEn,
    ...summaryUiEn,
    ...readingUiEn,
    ...appUiEn,
    ...paneViewEn,
    ...setupEn,
  },
};
