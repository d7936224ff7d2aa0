import { cliVi } from "./cli.vi";
import { deadlineFindingsVi, deadlineUiVi } from "./deadlines.vi";
import { findingsVi } from "./findings.vi";
import type { Language } from "./language";
import { uiVi } from "./ui.vi";

export const vi: Language = {
  findings: { ...findingsVi, ...deadlineFindingsVi },
  ui: { ...cliVi, ...uiVi, ...deadlineUiVi },
};
