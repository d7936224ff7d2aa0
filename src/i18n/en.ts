import { cliEn } from "./cli.en";
import { findingsEn } from "./findings.en";
import type { Messages } from "./index";
import { uiEn } from "./ui.en";

export const en: Messages = { findings: findingsEn, ui: { ...cliEn, ...uiEn } };
