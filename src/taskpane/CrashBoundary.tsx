/**
 * A React error boundary: a component that throws while drawing leaves a message and a way back,
 * never a blank pane. Nothing is lost by reopening: the pane's state comes from the workbook.
 */
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  webLightTheme,
} from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { t, type Lang } from "../i18n";

export interface CrashBoundaryProps {
  lang: Lang;
  children: ReactNode;
}

export class CrashBoundary extends Component<CrashBoundaryProps, { crashed: boolean; attempt: number }> {
  override state = { crashed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<{ crashed: boolean }> {
    return { crashed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The details go to the console for support; the clerk sees plain words.
    console.error("tdkt: the pane crashed", error, info.componentStack);
  }

  private reopen = () => this.setState((s) => ({ crashed: false, attempt: s.attempt + 1 }));

  override render() {
    const { lang, children } = this.props;
    if (!this.state.crashed) return <Remount key={this.state.attempt}>{children}</Remount>;
    return (
      <FluentProvider theme={webLightTheme} lang={lang === "vi" ? "vi-VN" : "en-US"}>
        <div style={{ padding: "12px" }}>
          <MessageBar intent="error" layout="multiline" data-testid="crash">
            <MessageBarBody>
              <MessageBarTitle>{t(lang, "crash.title")}</MessageBarTitle>
              {t(lang, "crash.text")}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={this.reopen}>{t(lang, "crash.retry")}</Button>
            </MessageBarActions>
          </MessageBar>
        </div>
      </FluentProvider>
    );
  }
}

/** A keyed wrapper: reopening mounts the children afresh. */
function Remount({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
