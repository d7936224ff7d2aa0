import type { Messages } from "./index";
import { findingsEn } from "./findings.en";
import { uiEn } from "./ui.en";

export const en: Messages = { findings: findingsEn, ui: uiEn };
