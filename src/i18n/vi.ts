import { cliVi } from "./cli.vi";
import { findingsVi } from "./findings.vi";
import type { Messages } from "./index";
import { uiVi } from "./ui.vi";

export const vi: Messages = { findings: findingsVi, ui: { ...cliVi, ...uiVi } };
