import { cliEn } from "./cli.en";
import { deadlineFindingsEn, deadlineUiEn } from "./deadlines.en";
import { findingsEn } from "./findings.en";
import type { Language } from "./language";
import { uiEn } from "./ui.en";

export const en: Language = {
  findings: { ...findingsEn, ...deadlineFindingsEn },
  ui: { ...cliEn, ...uiEn, ...deadlineUiEn },
};
