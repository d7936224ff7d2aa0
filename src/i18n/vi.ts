import { cliVi } from "./cli.vi";
import { filesVi } from "./files.vi";
import { findingsVi } from "./findings.vi";
import type { Language } from "./language";
import { lawVi } from "./law.vi";
import { uiVi } from "./ui.vi";

export const vi: Language = { findings: findingsVi, ui: { ...cliVi, ...filesVi, ...uiVi, ...lawVi } };
