/**
 * Entry of app.html, the web page for clerks whose Excel cannot load the add-in (Excel 2016, WPS,
 * LibreOffice): the clerk's own .xlsx, opened, checked, edited and saved in the browser.
 */
import { createRoot } from "react-dom/client";
import { loadLanguage } from "../i18n";
import { storedLang } from "../taskpane/usePane";
import { AppShell, type OpenTimings } from "./AppShell";
import { browserRecentFiles } from "./recentFiles";
import { sameThreadReader, workerReader, type BookReader } from "./bookReader";
import type { OpenedBook } from "./bookSession";

function reader(): BookReader {
  if (typeof Worker === "undefined") return sameThreadReader();
  // Named "app-…" so its file falls in the service worker's scope ("./app") and works offline.
  return workerReader(new Worker(new URL("./bookWorker.ts", import.meta.url), { name: "app-worker" }), recordChecked);
}

/** Where the last opening's time went, for the browser test (and a curious clerk's console). */
function recordOpened(_book: OpenedBook, timings: OpenTimings): void {
  document.documentElement.dataset.openMs = String(timings.total);
  document.documentElement.dataset.openStages = JSON.stringify(timings);
  document.documentElement.dataset.openedAt = String(performance.now());
}

/** What the worker's check of the book as opened took there, and when the page had it. */
function recordChecked(timing: { ms: number }): void {
  document.documentElement.dataset.checkStages = JSON.stringify({ worker: timing.ms, at: performance.now() });
}

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  document.documentElement.dataset.mode = "app";
  // The build fetches the tables of words in chunks of their own (webpack.config.js): the page is
  // drawn once Vietnamese is there (tried twice), and English too for a clerk who chose it.
  await loadLanguage("vi").catch(() => loadLanguage("vi"));
  if (storedLang() === "en") await loadLanguage("en").catch(() => undefined);
  createRoot(container).render(<AppShell reader={reader()} onOpened={recordOpened} recent={browserRecentFiles()} />);
  // Offline after the first visit. Scope "./app": the service worker serves this page only, never
  // the add-in's pane on the same site.
  if (process.env.NODE_ENV === "production" && "serviceWorker" in navigator) {
    navigator.serviceWorker.register("app-sw.js", { scope: "./app" }).catch((err: unknown) => {
      console.warn("tdkt: offline copy unavailable", err);
    });
  }
}

void main();
