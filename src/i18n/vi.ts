import { cliVi } from "./cli.vi";
import { findingsVi } from "./findings.vi";
import { statsFindingsVi } from "./stats.findings.vi";
import type { Language } from "./language";
import { deadlineFindingsVi, deadlineUiVi } from "./deadlines.vi";
import { deadlinesViewVi } from "./deadlinesView.vi";
import { filesVi } from "./files.vi";
import { lawVi } from "./law.vi";
import { sheetPlanVi } from "./sheetPlan.vi";
import { uiVi } from "./ui.vi";

/** Vietnamese: the reference tables. A feature adds its own tables here, one line each. */
export const vi: Language = {
  findings: {
    ...findingsVi,
    ...deadlineFindingsVi,
    ...statsFindingsVi,
  },
  ui: {
    ...cliVi,
    ...uiVi,
    ...deadlineUiVi,
    ...deadlinesViewVi,
    ...filesVi,
    ...lawVi,
    ...sheetPlanVi,
  },
};
