/**
 * Preview mode, outside Office: the in-memory book on the left like Excel's grid, the real pane on
 * the right at a task pane's width. The pane talks to the memory host through the same adapter
 * code it uses inside Excel.
 */
import { makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useCallback, useReducer } from "react";
import { Pane, PaneRoot } from "../Pane";
import type { PaneServices } from "../services";
import { Grid, type GridHost } from "./Grid";

export const PANE_WIDTH = 360;

const useStyles = makeStyles({
  layout: {
    display: "flex",
    height: "100vh",
    width: "100vw",
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  grid: { flexGrow: 1, minWidth: 0 },
  pane: {
    width: `${PANE_WIDTH}px`,
    flexShrink: 0,
    height: "100%",
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
});

export interface PreviewShellProps {
  host: GridHost;
  services: PaneServices;
}

export function PreviewShell({ host, services }: PreviewShellProps) {
  const styles = useStyles();
  const [version, bump] = useReducer((n: number) => n + 1, 0);
  const onWorkbookCall = useCallback(() => bump(), []);
  return (
    <PaneRoot services={services} theme={webLightTheme} onWorkbookCall={onWorkbookCall}>
      <div className={styles.layout}>
        <div className={styles.grid}>
          <Grid host={host} version={version} />
        </div>
        <aside className={styles.pane}>
          <Pane />
        </aside>
      </div>
    </PaneRoot>
  );
}
