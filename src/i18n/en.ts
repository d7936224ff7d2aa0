import { cliEn } from "./cli.en";
import { findingsEn } from "./findings.en";
import { statsFindingsEn } from "./stats.findings.en";
import type { Language } from "./language";
import { deadlineFindingsEn, deadlineUiEn } from "./deadlines.en";
import { deadlinesViewEn } from "./deadlinesView.en";
import { filesEn } from "./files.en";
import { lawEn } from "./law.en";
import { sheetPlanEn } from "./sheetPlan.en";
import { uiEn } from "./ui.en";

/** English: every key of the Vietnamese tables. A feature adds its own tables here, one line each. */
export const en: Language = {
  findings: {
    ...findingsEn,
    ...deadlineFindingsEn,
    ...statsFindingsEn,
  },
  ui: {
    ...cliEn,
    ...uiEn,
    ...deadlineUiEn,
    ...deadlinesViewEn,
    ...filesEn,
    ...lawEn,
    ...sheetPlanEn,
  },
};
