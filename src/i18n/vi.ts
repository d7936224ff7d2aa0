import type { Messages } from "./index";
import { findingsVi } from "./findings.vi";
import { uiVi } from "./ui.vi";

export const vi: Messages = { findings: findingsVi, ui: uiVi };
