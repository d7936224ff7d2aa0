/**
 * The Tiến độ tab as the pane's tab list sees it: a small wrapper that loads the tab (the tracker, its
 * words, the matrix) only when the clerk opens it, so the pane's first script does not grow.
 */
import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";

const DeadlinesTab = lazy(() => import(/* webpackChunkName: "deadlines" */ "./DeadlinesTab"));

export function DeadlinesTabLazy() {
  return (
    <Suspense fallback={<Spinner size="tiny" />}>
      <DeadlinesTab />
    </Suspense>
  );
}
