/**
 * The one place that decides where the pane's workbook is: Excel (Office.js) or, when the page runs
 * outside Office (no office.js, or Office.onReady reports no Excel host), the in-memory host with
 * the Sa Pa sample book. Everything else speaks to `PaneServices`.
 */
import { officeRun, type ExcelRun } from "../excel/host";
import {
  checkCapabilities,
  clearMarks,
  markFindings,
  PROGRESS_SHEET,
  readBook,
  saveReadingChoices,
  selectCell,
  setupBook,
  watchChanges,
} from "../excel/workbook";
import { lastEdit, sheetExtent, undoEdit, writeEdit } from "../excel/writeEdit";
import type { MissingCapability, PaneServices } from "./services";

export type HostMode = "office" | "preview";

/** Wraps the Excel adapter's functions over one `run` (Excel.run, or the memory host's). */
export function servicesFor(
  run: ExcelRun,
  mode: HostMode,
  missing: () => MissingCapability[] = () => [],
): PaneServices {
  return {
    mode,
    readBook: async () => {
      const read = await readBook(run);
      // The sheets not read are named all the same, so the clerk can choose one in "Cách đọc sổ".
      return [...read.sheets, ...(read.others ?? []).map((name) => ({ name, values: [], partial: true }))];
    },
    selectCell: async (sheet, cell) => {
      await selectCell(run, sheet, cell);
    },
    markFindings: async (marks) => (await markFindings(run, marks)).marked,
    clearMarks: async () => (await clearMarks(run)).restored,
    updateMarks: async (marks) => {
      const { marked, unmarked } = await markFindings(run, marks, { replace: true });
      return { marked, unmarked };
    },
    colourProgress: async (marks) => (await markFindings(run, marks, { store: PROGRESS_SHEET })).marked,
    clearProgress: async () => (await clearMarks(run, { store: PROGRESS_SHEET })).restored,
    saveReadingChoices: async (choices) => {
      await saveReadingChoices(run, choices);
    },
    setupBook: async (lang) => (await setupBook(run, lang)).added,
    watchChanges: (onChange) => watchChanges(run, onChange),
    missingCapabilities: missing,
    writeEdit: async (edit, label) => (await writeEdit(run, edit, label)).written,
    undoEdit: async () => {
      const { label, restored, kept } = await undoEdit(run);
      return { label, restored, kept };
    },
    lastEdit: () => lastEdit(run),
    sheetExtent: (name) => sheetExtent(run, name),
    saveFile: download,
  };
}

/** A file handed to the browser as a download (inside Excel, the task pane's browser saves it). */
export function download(name: string, data: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function officeServices(): PaneServices {
  return servicesFor(
    officeRun,
    "office",
    () => checkCapabilities((set, version) => Office.context.requirements.isSetSupported(set, version)).missing,
  );
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      () => {
        clearTimeout(timer);
        resolve(null);
      },
    );
  });
}

/**
 * Inside Excel or not. `?preview` in the address forces preview mode. office.js that loaded in a
 * plain browser resolves onReady with no host; office.js that failed to load leaves no `Office`.
 */
export async function detectMode(search: string = location.search): Promise<HostMode> {
  if (new URLSearchParams(search).has("preview")) return "preview";
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return "preview";
  const info = await withTimeout(office.onReady(), 10_000);
  return info && info.host === office.HostType.Excel ? "office" : "preview";
}

/** Dark or light, from the Office theme's body background (Office only; null elsewhere). */
export function officeIsDark(): boolean | null {
  try {
    const bg = Office.context.officeTheme?.bodyBackgroundColor;
    const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bg ?? "");
    if (!m) return null;
    const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
  } catch {
    return null;
  }
}
