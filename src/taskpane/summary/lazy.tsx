/**
 * The Tổng hợp tab as the pane's tab list sees it: the tab (the figures, exceljs for the workbook)
 * loads only when the clerk opens it, so the pane's first script does not grow.
 */
import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";

const SummaryTab = lazy(() => import(/* webpackChunkName: "summary" */ "./SummaryTab"));

export function SummaryTabLazy() {
  return (
    <Suspense fallback={<Spinner size="tiny" />}>
      <SummaryTab />
    </Suspense>
  );
}
