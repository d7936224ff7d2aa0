/**
 * The Khối tab's entry in `tabs.ts`. The tab itself (scoring, ranking, bars) loads only when the
 * clerk opens it, so the pane's first script does not grow.
 */
import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { usePane } from "../usePane";

const BlocksTab = lazy(() => import(/* webpackChunkName: "blocks-tab" */ "./BlocksTab"));

export function BlocksTabLoader() {
  const { t } = usePane();
  return (
    <Suspense fallback={<Spinner size="tiny" labelPosition="after" label={t("blocks.loading")} />}>
      <BlocksTab />
    </Suspense>
  );
}
