/**
 * What the page shows instead of the pane when it cannot work on an Excel workbook (host.ts says
 * why): plain words and what to check, never the sample book. While Office is only slow, it says so
 * and the pane still opens when Excel answers.
 */
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  webLightTheme,
} from "@fluentui/react-components";
import { t, type Lang } from "../i18n";
import type { StartupProblem } from "./host";

export interface StartupMessageProps {
  problem: StartupProblem;
  lang: Lang;
  /** A preview build: say how to open the preview. */
  previewBuild?: boolean;
}

export function StartupMessage({ problem, lang, previewBuild = false }: StartupMessageProps) {
  const slow = problem === "officeSlow";
  return (
    <FluentProvider theme={webLightTheme} lang={lang === "vi" ? "vi-VN" : "en-US"}>
      <div style={{ padding: "12px", display: "flex", flexDirection: "column", gap: "12px" }}>
        <MessageBar
          intent={slow ? "warning" : "error"}
          layout="multiline"
          data-testid="startup-problem"
          data-problem={problem}
        >
          <MessageBarBody>
            <MessageBarTitle>{t(lang, "startup.title")}</MessageBarTitle>
            {t(lang, `startup.${problem}`)}
          </MessageBarBody>
        </MessageBar>
        {slow && <Spinner size="tiny" labelPosition="after" label={t(lang, "busy.office")} />}
        {previewBuild && !slow && <p style={{ margin: 0 }}>{t(lang, "startup.previewHint")}</p>}
      </div>
    </FluentProvider>
  );
}
