/**
 * A hint on hover and focus (Fluent's Tooltip), loaded after the pane is up: the tooltip and its
 * positioning engine are some 40 KB the pane does not need to draw itself. Until then the control
 * shows without its hint.
 */
import { lazy, Suspense, type ReactElement } from "react";

const Tooltip = lazy(() => import(/* webpackChunkName: "hint" */ "./HintTooltip"));

export function Hint({ content, children }: { content: string; children: ReactElement }) {
  return (
    <Suspense fallback={children}>
      <Tooltip content={content}>{children}</Tooltip>
    </Suspense>
  );
}
