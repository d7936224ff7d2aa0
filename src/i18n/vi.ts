import { appUiVi } from "./app.vi";
import { blocksFindingsVi, blocksUiVi } from "./blocks.vi";
import { cliVi } from "./cli.vi";
import { deadlineFindingsVi, deadlineUiVi } from "./deadlines.vi";
import { documentsFindingsVi, documentsUiVi } from "./documents.vi";
import { findingsVi } from "./findings.vi";
import { statsFindingsVi } from "./stats.findings.vi";
import type { Language } from "./language";
import { filesVi } from "./files.vi";
import { lawVi } from "./law.vi";
import { officeVi } from "./office.vi";
import { readingFindingsVi, readingUiVi } from "./reading.vi";
import { sheetPlanVi } from "./sheetPlan.vi";
import { uiVi } from "./ui.vi";
import { templatesFindingsVi, templatesUiVi } from "./templates.vi";
import { paneExportVi, paneFindingsVi, paneUiVi } from "./pane.vi";
import { summaryUiVi } from "./summary.vi";
import { paneViewVi } from "./paneView.vi";
import { setupVi } from "./setup.vi";

/** Vietnamese: the reference tables. A feature adds its own table here, one line each. */
export const vi: Language = {
  findings: {
    ...findingsVi,
    ...deadlineFindingsVi,
    ...documentsFindingsVi,
    ...statsFindingsVi,
    ...blocksFindingsVi,
    ...templatesFindingsVi,
    ...paneFindingsVi,
    ...readingFindingsVi,
  },
  ui: {
    ...cliVi,
    ...uiVi,
    ...filesVi,
    ...lawVi,
    ...sheetPlanVi,
    ...deadlineUiVi,
    ...officeVi,
    ...documentsUiVi,
    ...blocksUiVi,
    ...templatesUiVi,
    ...paneUiVi,
    ...paneExportVi,
    ...summaryUiVi,
    ...readingUiVi,
    ...appUiVi,
    ...paneViewVi,
    ...setupVi,
  },
};
