import { cliEn } from "./cli.en";
import { filesEn } from "./files.en";
import { findingsEn } from "./findings.en";
import type { Language } from "./language";
import { lawEn } from "./law.en";
import { uiEn } from "./ui.en";

export const en: Language = { findings: findingsEn, ui: { ...cliEn, ...filesEn, ...uiEn, ...lawEn } };
