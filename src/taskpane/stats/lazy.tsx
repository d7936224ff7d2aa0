/**
 * The Thống kê tab as the pane's tab list sees it: a small wrapper that loads the tab (the counting,
 * its words, the charts) only when the clerk opens it, so the pane's first script does not grow.
 */
import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";

const StatsTab = lazy(() => import(/* webpackChunkName: "stats" */ "./StatsTab"));

export function StatsTabLazy() {
  return (
    <Suspense fallback={<Spinner size="tiny" />}>
      <StatsTab />
    </Suspense>
  );
}
