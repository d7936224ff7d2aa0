/**
 * Entry of app.html, the web page for clerks whose Excel cannot load the add-in (Excel 2016, WPS,
 * LibreOffice): the clerk's own .xlsx, opened, checked, edited and saved in the browser.
 */
import { createRoot } from "react-dom/client";
import { AppShell } from "./AppShell";
import { sameThreadReader, workerReader, type BookReader } from "./bookReader";
import type { OpenedBook } from "./bookSession";

function reader(): BookReader {
  if (typeof Worker === "undefined") return sameThreadReader();
  // Named "app-…" so its file falls in the service worker's scope ("./app") and works offline.
  return workerReader(new Worker(new URL("./bookWorker.ts", import.meta.url), { name: "app-worker" }));
}

/** The last reading time, for the browser test (and a curious clerk's console). */
function recordOpened(book: OpenedBook): void {
  document.documentElement.dataset.openMs = String(book.ms);
  document.documentElement.dataset.openStages = JSON.stringify(book.stages);
}

function main(): void {
  const container = document.getElementById("root");
  if (!container) return;
  document.documentElement.dataset.mode = "app";
  createRoot(container).render(<AppShell reader={reader()} onOpened={recordOpened} />);
  // Offline after the first visit. Scope "./app": the service worker serves this page only, never
  // the add-in's pane on the same site.
  if (process.env.NODE_ENV === "production" && "serviceWorker" in navigator) {
    navigator.serviceWorker.register("app-sw.js", { scope: "./app" }).catch((err: unknown) => {
      console.warn("tdkt: offline copy unavailable", err);
    });
  }
}

main();
