/**
 * The "Cách đọc sổ" tab as the pane's tab list sees it: a small wrapper that loads the tab only when
 * the clerk opens it, so the pane's first script does not grow.
 */
import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { usePane } from "../usePane";

const ReadingTab = lazy(() => import(/* webpackChunkName: "reading" */ "./ReadingTab"));

export function ReadingTabLazy() {
  const { t } = usePane();
  return (
    <Suspense fallback={<Spinner size="tiny" label={t("reading.loading")} />}>
      <ReadingTab />
    </Suspense>
  );
}
