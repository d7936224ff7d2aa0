/**
 * The Văn bản tab as the pane's tab list sees it: the tab (docx, and on request pdf-lib and the
 * fonts) loads only when the clerk opens it, so the pane's first script does not grow.
 */
import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";

const DocumentsTab = lazy(() => import(/* webpackChunkName: "documents" */ "./DocumentsTab"));

export function DocumentsTabLazy() {
  return (
    <Suspense fallback={<Spinner size="tiny" />}>
      <DocumentsTab />
    </Suspense>
  );
}
