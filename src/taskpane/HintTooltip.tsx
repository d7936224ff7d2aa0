/** Fluent's Tooltip as a hint that describes its control (loaded by Hint.tsx, in a chunk of its own). */
import { Tooltip } from "@fluentui/react-components";
import type { ReactElement } from "react";

export default function HintTooltip({ content, children }: { content: string; children: ReactElement }) {
  return (
    <Tooltip content={content} relationship="description">
      {children}
    </Tooltip>
  );
}
