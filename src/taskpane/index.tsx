/**
 * Entry of taskpane.html. Inside Excel it renders the pane after Office.onReady; when it cannot
 * (office.js missing, failing or slow, or the page opened outside Excel) it says so plainly. The
 * preview exists only in a preview build, and runs only when the address asks for it (?preview).
 */
import { webLightTheme, type Theme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import { loadLanguage, type Lang } from "../i18n";
import { CrashBoundary } from "./CrashBoundary";
import { detectMode, officeIsDark, officeServices, type Startup } from "./host";
import { Pane, PaneRoot, preloadPane } from "./Pane";
import { StartupMessage } from "./StartupMessage";
import { storedLang } from "./usePane";

async function officeTheme(): Promise<Theme> {
  if (!officeIsDark()) return webLightTheme;
  // Only a dark Office loads the dark theme.
  const { webDarkTheme } = await import(/* webpackChunkName: "dark" */ "./darkTheme");
  return webDarkTheme;
}

/**
 * The pane's words, fetched as the page starts (while Office starts): Vietnamese, tried twice (the pane
 * cannot be drawn without it: the page then says it could not start), and English for a clerk who chose
 * it before, from the first word (without it the pane speaks Vietnamese).
 */
function loadWords(lang: Lang): Promise<void> {
  const vietnamese = loadLanguage("vi").catch(() => loadLanguage("vi"));
  return vietnamese.then(() =>
    loadLanguage(lang).catch((err: unknown) => console.error("tdkt: the language could not load", err)),
  );
}

async function start(root: Root, startup: Startup, words: Promise<void>): Promise<void> {
  document.documentElement.dataset.mode = startup.mode;
  const lang = storedLang() ?? "vi";
  if (startup.mode !== "problem") await words;
  if (startup.mode === "preview") {
    // Compiled out of every build but a preview build: the sample book never reaches an office.
    if (__TDKT_PREVIEW__) {
      const { startPreview } = await import(/* webpackChunkName: "preview" */ "./preview/boot");
      startPreview(root);
    }
    return;
  }
  if (startup.mode === "problem") {
    document.documentElement.dataset.problem = startup.problem;
    root.render(<StartupMessage problem={startup.problem} lang={lang} previewBuild={__TDKT_PREVIEW__} />);
    if (startup.later) await start(root, await startup.later, words);
    return;
  }
  const theme = await officeTheme();
  root.render(
    <CrashBoundary lang={lang}>
      <PaneRoot services={officeServices(startup.platform)} theme={theme}>
        <Pane />
      </PaneRoot>
    </CrashBoundary>,
  );
}

async function main(): Promise<void> {
  const container = document.getElementById("root");
  // compat.js has told the clerk of an old webview already (and this script would not even parse there).
  if (!container || (window as { tdktOldWebview?: boolean }).tdktOldWebview) return;
  const root = createRoot(container);
  // While Office starts, fetch what the pane needs soon after (its words, the tab bar, the checker, the
  // findings list).
  const words = loadWords(storedLang() ?? "vi");
  // Awaited only where the pane is drawn; a start-up problem's words come with this script.
  words.catch(() => undefined);
  preloadPane();
  await start(root, await detectMode({ search: location.search, previewBuild: __TDKT_PREVIEW__ }), words);
}

void main().catch((err: unknown) => {
  console.error("tdkt: the pane could not start", err);
  const fallback = document.getElementById("startup-error");
  if (fallback) fallback.hidden = false;
});
