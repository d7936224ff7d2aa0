import { cliEn } from "./cli.en";
import { findingsEn } from "./findings.en";
import type { Language } from "./language";
import { sheetPlanEn } from "./sheetPlan.en";
import { uiEn } from "./ui.en";

export const en: Language = { findings: findingsEn, ui: { ...cliEn, ...uiEn, ...sheetPlanEn } };
