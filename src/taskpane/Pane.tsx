import {
  AnnounceProvider,
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from "react";
import { loadResults } from "./check/CheckTab";
import { CrashBoundary } from "./CrashBoundary";
import { tabs } from "./tabs";
import type { PaneServices } from "./services";
import { closesByItself, NOTICE_CLOSE_MS, type Notice } from "./state";
import type { TabBarProps } from "./TabBar";
import { loadChecker, PaneContext, usePane, usePaneController, type PaneOptions } from "./usePane";

/**
 * The tab bar (Fluent's TabList and its focus manager, some 80 KB) comes in a chunk fetched as the page
 * starts, while Office starts (preloadPane): by the time Office is ready it is there, and the pane's
 * first script stays small. Until it arrives, a space of its height holds its place.
 */
let TabBarNow: ComponentType<TabBarProps> | null = null;
let tabBarLoading: Promise<void> | null = null;
export function loadTabBar(): Promise<void> {
  tabBarLoading ??= import(/* webpackChunkName: "tabs" */ "./TabBar").then(
    (m) => {
      TabBarNow = m.default;
    },
    (err: unknown) => {
      tabBarLoading = null;
      throw err;
    },
  );
  return tabBarLoading;
}

function useTabBar(): ComponentType<TabBarProps> | null {
  const [bar, setBar] = useState(() => TabBarNow);
  useEffect(() => {
    if (bar) return;
    let gone = false;
    loadTabBar().then(
      () => {
        if (!gone) setBar(() => TabBarNow);
      },
      (err: unknown) => console.error("tdkt: the tab bar could not load", err),
    );
    return () => {
      gone = true;
    };
  }, [bar]);
  return bar;
}

/**
 * What the pane needs soon after it opens, fetched as the page starts (in parallel with Office.js
 * starting): the tab bar, the checker and the list of findings.
 */
export function preloadPane(): void {
  const quiet = () => undefined;
  if (tabs.length > 1) loadTabBar().catch(quiet);
  loadChecker().catch(quiet);
  loadResults().catch(quiet);
}

const useStyles = makeStyles({
  provider: { height: "100%" },
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    minWidth: 0,
    height: "100%",
    overflowY: "auto",
    // A column taller than the pane must scroll, not squeeze its message bars.
    "& > *": { flexShrink: 0 },
  },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  // The height of a small TabList, held while the tab bar loads.
  tabBarSpace: { height: "32px" },
  logo: { width: "24px", height: "24px", flexShrink: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    flexGrow: 1,
    lineHeight: tokens.lineHeightBase400,
  },
  language: { whiteSpace: "nowrap", flexShrink: 0, minWidth: "auto" },
  previewNote: {
    margin: 0,
    marginTop: `calc(-1 * ${tokens.spacingVerticalS})`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

export interface PaneRootProps extends PaneOptions {
  services: PaneServices;
  /** How long a success notice stays up (NOTICE_CLOSE_MS; tests that read it later keep it up). */
  noticeCloseMs?: number;
  theme?: Theme;
  children: ReactNode;
}

/**
 * What Fluent's components announce (each MessageBar as it appears: marking done, set-up done, an
 * error), spoken through two live regions the page always has: polite for news, assertive for alerts.
 * The last words stay in the region (in the accessibility tree) until the next ones; the same words
 * twice in a row vary an invisible character, or screen readers would not read them again.
 */
function useSpoken() {
  const [spoken, setSpoken] = useState({ text: "", alert: false, n: 0 });
  const announce = useCallback(
    (message: string, options?: { alert?: boolean }) =>
      setSpoken((s) => ({ text: message.trim(), alert: options?.alert ?? false, n: s.n + 1 })),
    [],
  );
  const value = useMemo(() => ({ announce }), [announce]);
  const words = spoken.text + (spoken.n % 2 ? "\u00a0" : "");
  return { value, polite: spoken.alert ? "" : words, alert: spoken.alert ? words : "" };
}

/** Theme, language and the pane's controller for everything inside (the pane and the preview grid). */
export function PaneRoot({ services, theme, children, noticeCloseMs = NOTICE_CLOSE_MS, ...options }: PaneRootProps) {
  const styles = useStyles();
  const pane = usePaneController(services, options);
  const spoken = useSpoken();
  return (
    // No className on the provider: Fluent copies it onto portal mount nodes (tooltips), which would
    // then cover the page. The wrapper carries the layout instead.
    <FluentProvider theme={theme ?? webLightTheme} lang={pane.state.lang === "vi" ? "vi-VN" : "en-US"}>
      <AnnounceProvider value={spoken.value}>
        <div className={styles.provider}>
          <PaneContext.Provider value={pane}>
            <NoticeCloseMs.Provider value={noticeCloseMs}>
              <CrashBoundary lang={pane.state.lang}>{children}</CrashBoundary>
            </NoticeCloseMs.Provider>
          </PaneContext.Provider>
          <div role="status" aria-live="polite" className={styles.visuallyHidden} data-testid="spoken">
            {spoken.polite}
          </div>
          <div role="alert" aria-live="assertive" className={styles.visuallyHidden} data-testid="spoken-alert">
            {spoken.alert}
          </div>
        </div>
      </AnnounceProvider>
    </FluentProvider>
  );
}

/** A number for each notice shown: a new notice is a new message bar, which Fluent then announces. */
const noticeIds = new WeakMap<Notice, number>();
let lastNoticeId = 0;
function noticeId(notice: Notice): number {
  let id = noticeIds.get(notice);
  if (id === undefined) {
    id = ++lastNoticeId;
    noticeIds.set(notice, id);
  }
  return id;
}

/** Success notices close by themselves after a few seconds; information, warnings and errors stay. */
const NoticeCloseMs = createContext(NOTICE_CLOSE_MS);

function useNoticeCloses(notice: Notice | null, dismiss: () => void) {
  const close = useRef(dismiss);
  close.current = dismiss;
  const ms = useContext(NoticeCloseMs);
  useEffect(() => {
    if (!notice || !closesByItself(notice) || !Number.isFinite(ms)) return;
    const timer = setTimeout(() => close.current(), ms);
    return () => clearTimeout(timer);
  }, [notice, ms]);
}

/** The task pane: header, messages, tabs, and a polite live region for the outcome of each check. */
export function Pane() {
  const styles = useStyles();
  const pane = usePane();
  const { state, t } = pane;
  const [tabId, setTabId] = useState(tabs[0].id);
  const TabBar = useTabBar();
  const tab = tabs.find((x) => x.id === tabId) ?? tabs[0];
  const Current = tab.component;
  const other = state.lang === "vi" ? "en" : "vi";
  const counts = state.result?.counts;
  // Said when the counts change, or when the clerk pressed the button (the same words twice in a row
  // are not re-read by screen readers, so a pressed button varies an invisible character); a live
  // re-check that changed nothing says nothing.
  const announcement = counts ? t("check.announce", counts) + (state.announcements % 2 ? "\u00a0" : "") : "";
  useNoticeCloses(state.notice, pane.dismissNotice);

  return (
    <main className={styles.pane} aria-label={t("pane.title")} data-testid="pane">
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" />
        <h1 className={styles.title}>{t("pane.title")}</h1>
        <Button
          className={styles.language}
          size="small"
          appearance="subtle"
          lang={other === "vi" ? "vi-VN" : "en-US"}
          // The name starts with the words on the button (label in name): "English – đổi giao diện …".
          aria-label={t("view.language")}
          onClick={() => pane.setLang(other)}
          data-testid="language"
        >
          {t("pane.language.switch")}
        </Button>
      </header>
      {pane.services.mode === "preview" && (
        <p className={styles.previewNote} data-testid="preview-note">
          {t("pane.preview.note")}
        </p>
      )}

      {state.missing.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="capabilities">
          <MessageBarBody>
            <MessageBarTitle>{t("capability.title")}</MessageBarTitle>
            {t("capability.text", {
              features: state.missing
                .map((m) => t("capability.item", { feature: t(`capability.feature.${m.feature}`), version: m.version }))
                .join("; "),
            })}
          </MessageBarBody>
        </MessageBar>
      )}

      {state.notice && (
        <MessageBar
          key={noticeId(state.notice)}
          intent={state.notice.intent}
          // Fluent reads any politeness given as polite: left out, a non-info bar is assertive.
          politeness={state.notice.intent === "error" || state.notice.intent === "warning" ? undefined : "polite"}
          layout="multiline"
          data-testid="notice"
        >
          <MessageBarBody>
            {state.notice.intent === "error" && <MessageBarTitle>{t("error.title")}</MessageBarTitle>}
            {t(state.notice.key, state.notice.params)}
            {state.notice.detail && ` ${t(state.notice.detail.key, state.notice.detail.params)}`}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label={t("pane.dismiss")} onClick={pane.dismissNotice}>
                ×
              </Button>
            }
          />
        </MessageBar>
      )}

      {tabs.length > 1 &&
        (TabBar ? (
          <TabBar
            tabs={tabs}
            selected={tab.id}
            label={t("pane.tabs")}
            labelOf={(x) => t(x.labelKey)}
            onSelect={setTabId}
            moreLabel={t("view.moreTabs")}
            moreName={t("view.moreTabs.label")}
          />
        ) : (
          <div className={styles.tabBarSpace} />
        ))}
      <div role="tabpanel" aria-label={t(tab.labelKey)}>
        <Current />
      </div>

      <div
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className={styles.visuallyHidden}
        data-testid="announcer"
      >
        {announcement}
      </div>
    </main>
  );
}
