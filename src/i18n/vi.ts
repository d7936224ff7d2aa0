import { cliVi } from "./cli.vi";
import { findingsVi } from "./findings.vi";
import type { Language } from "./language";
import { sheetPlanVi } from "./sheetPlan.vi";
import { uiVi } from "./ui.vi";

export const vi: Language = { findings: findingsVi, ui: { ...cliVi, ...uiVi, ...sheetPlanVi } };
