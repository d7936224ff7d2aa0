/**
 * The pane's tabs. A later feature (Tiến độ, Tổng hợp, Mẫu biểu) adds one line here and its own
 * folder; no other tab changes. A tab reads the pane through `usePane()`.
 */
import type { ComponentType } from "react";
import { BlocksTabLoader } from "./blocks";
import { CheckTab } from "./check/CheckTab";
import { DeadlinesTabLazy } from "./deadlines/lazy";
import { DocumentsTabLazy } from "./documents/lazy";
import { StatsTabLazy } from "./stats/lazy";
import { SummaryTabLazy } from "./summary/lazy";
import { ReadingTabLazy } from "./reading/lazy";

export interface PaneTab {
  id: string;
  /** UI key of the tab's label (src/i18n/ui.*.ts). */
  labelKey: string;
  component: ComponentType;
}

export const tabs: PaneTab[] = [
  { id: "check", labelKey: "tab.check", component: CheckTab },
  { id: "deadlines", labelKey: "tab.deadlines", component: DeadlinesTabLazy },
  { id: "documents", labelKey: "tab.documents", component: DocumentsTabLazy },
  { id: "stats", labelKey: "tab.stats", component: StatsTabLazy },
  { id: "blocks", labelKey: "tab.blocks", component: BlocksTabLoader },
  { id: "summary", labelKey: "tab.summary", component: SummaryTabLazy },
  { id: "reading", labelKey: "tab.reading", component: ReadingTabLazy },
];
