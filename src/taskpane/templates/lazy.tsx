/**
 * The Mẫu biểu tab as the pane's tab list sees it: the tab (and exceljs, which writes the templates)
 * loads only when the clerk opens it, so the pane's first script does not grow.
 */
import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";

const TemplatesTab = lazy(() => import(/* webpackChunkName: "templates" */ "./TemplatesTab"));

export function TemplatesTabLazy() {
  return (
    <Suspense fallback={<Spinner size="tiny" />}>
      <TemplatesTab />
    </Suspense>
  );
}
