/**
 * Entry of taskpane.html. Renders after Office.onReady inside Excel; outside Office (office.js
 * missing or no host) it starts preview mode on the sample book instead.
 */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { detectMode, officeIsDark, officeServices } from "./host";
import { Pane, PaneRoot } from "./Pane";

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  const mode = await detectMode();
  document.documentElement.dataset.mode = mode;
  if (mode === "preview") {
    const { startPreview } = await import(/* webpackChunkName: "preview" */ "./preview/boot");
    startPreview(root);
    return;
  }
  const theme = officeIsDark() ? webDarkTheme : webLightTheme;
  root.render(
    <PaneRoot services={officeServices()} theme={theme}>
      <Pane />
    </PaneRoot>,
  );
}

void main().catch((err: unknown) => {
  console.error("tdkt: the pane could not start", err);
  const fallback = document.getElementById("startup-error");
  if (fallback) fallback.hidden = false;
});
