/**
 * The one place that decides where the pane's workbook is: Excel (Office.js), or — only in a preview
 * build asked with ?preview — the in-memory host with the Sa Pa sample book. Everything else speaks
 * to `PaneServices`.
 */
import { checkCapabilities } from "../excel/capabilities";
import { officeRun, type ExcelRun } from "../excel/host";
import { selectCell } from "../excel/selectCell";
import { watchChanges } from "../excel/watchChanges";
import type { LiveBook } from "../excel/liveBook";
import { isSizeError } from "../excel/sizeError";
import { download } from "./download";
import type { CellMark, MissingCapability, PaneServices } from "./services";

export type HostMode = "office" | "preview";

/**
 * What writes to the book (marks, set-up, edits that can be undone) is fetched when first used, not with the pane: most
 * openings only read. Chunk "writes".
 */
/**
 * The reader (sheets known by name or header, the clerk's reading choices, and after an edit only the
 * changed cells): fetched as the pane opens.
 */
const readerModule = () => import(/* webpackChunkName: "reader" */ "../excel/liveBook");
const readingMapModule = () => import(/* webpackChunkName: "reader" */ "../excel/readingMap");
const marksModule = () => import(/* webpackChunkName: "writes" */ "../excel/marks");
const setupModule = () => import(/* webpackChunkName: "writes" */ "../excel/setupBook");
const editModule = () => import(/* webpackChunkName: "writes" */ "../excel/writeEdit");

/** Marks in halves until each part fits a request (Excel on the web refuses one over 5 MB). */
async function markInBlocks(run: ExcelRun, marks: CellMark[]): Promise<number> {
  const { markFindings } = await marksModule();
  try {
    return (await markFindings(run, marks)).marked;
  } catch (e) {
    if (!isSizeError(e) || marks.length < 2) throw e;
    const half = Math.ceil(marks.length / 2);
    return (await markInBlocks(run, marks.slice(0, half))) + (await markInBlocks(run, marks.slice(half)));
  }
}

/** Wraps the Excel adapter's functions over one `run` (Excel.run, or the memory host's). */
export function servicesFor(
  run: ExcelRun,
  mode: HostMode,
  missing: () => MissingCapability[] = () => [],
  options: { refreshOnFocus?: boolean } = {},
): PaneServices {
  // The last read of the book, kept up to date by the changes Excel reports while the book is watched.
  let reader: Promise<{ book: LiveBook; module: Awaited<ReturnType<typeof readerModule>> }> | null = null;
  let live: LiveBook | null = null;
  let watching = 0;
  const liveBook = () =>
    (reader ??= readerModule().then(
      (module) => ({ book: (live = new module.LiveBook(run)), module }),
      (err: unknown) => {
        reader = null;
        throw err;
      },
    ));
  /** Runs a write made with events off: no event tells the reader of it, so the next read reads all. */
  const unheard = async <T>(write: () => Promise<T>): Promise<T> => {
    try {
      return await write();
    } finally {
      live?.forget();
    }
  };
  return {
    mode,
    // Every read knows sheets by their names, headers and the clerk's reading choices (readBook.ts);
    // after an edit it reads only the changed cells when that is enough (liveBook.ts).
    readBook: async (scope = "all") => {
      const { book, module } = await liveBook();
      const read = await book.read(watching > 0 ? scope : "all");
      // The sheets not read are named all the same, so the clerk can choose one in "Cách đọc sổ".
      return module.paneSheets(read);
    },
    saveReadingChoices: (choices) =>
      unheard(async () => {
        await (await readingMapModule()).saveReadingChoices(run, choices);
      }),
    selectCell: async (sheet, cell) => {
      await selectCell(run, sheet, cell);
    },
    markFindings: (marks) => markInBlocks(run, marks),
    updateMarks: async (marks) => {
      const { marked, unmarked } = await (await marksModule()).markFindings(run, marks, { replace: true });
      return { marked, unmarked };
    },
    clearMarks: async () => (await (await marksModule()).clearMarks(run)).restored,
    colourProgress: async (marks) => {
      const { markFindings, PROGRESS_SHEET } = await marksModule();
      return (await markFindings(run, marks, { store: PROGRESS_SHEET })).marked;
    },
    clearProgress: async () => {
      const { clearMarks, PROGRESS_SHEET } = await marksModule();
      return (await clearMarks(run, { store: PROGRESS_SHEET })).restored;
    },
    setupBook: (lang) => unheard(async () => (await (await setupModule()).setupBook(run, lang)).added),
    watchChanges: async (onChange) => {
      const stop = await watchChanges(run, (change) => {
        live?.changed(change);
        onChange();
      });
      // Edits made before the watch began were not heard.
      live?.forget();
      watching++;
      let stopped = false;
      return async () => {
        if (!stopped) {
          stopped = true;
          watching--;
          live?.forget();
        }
        await stop();
      };
    },
    missingCapabilities: missing,
    refreshOnFocus: options.refreshOnFocus ?? false,
    writeEdit: (edit, label) => unheard(async () => (await (await editModule()).writeEdit(run, edit, label)).written),
    writeEdits: (edits, label) =>
      unheard(async () => (await (await editModule()).writeEdits(run, edits, label)).written),
    undoEdit: () =>
      unheard(async () => {
        const { label, restored, kept } = await (await editModule()).undoEdit(run);
        return { label, restored, kept };
      }),
    lastEdit: async () => (await editModule()).lastEdit(run),
    sheetExtent: async (name) => (await editModule()).sheetExtent(run, name),
    saveFile: download,
  };
}

/** The services inside Excel; `platform` is Office.context.platform as onReady reported it. */
export function officeServices(platform: string | null = null): PaneServices {
  return servicesFor(
    officeRun,
    "office",
    () => checkCapabilities((set, version) => Office.context.requirements.isSetSupported(set, version)).missing,
    { refreshOnFocus: onTheWeb(platform) },
  );
}

/** What the page knows of Office.js: `Office` as office.js defines it, or a test's stand-in. */
export interface OfficeLike {
  onReady: () => Promise<{ host: string | null; platform?: string | null }>;
  HostType: { Excel: string };
}

/** Why the pane cannot start on a workbook: each has its own plain message (startup.* in i18n). */
export type StartupProblem = "officeMissing" | "officeFailed" | "officeSlow" | "notInOffice" | "notExcel";

export type Startup =
  | { mode: "office"; platform: string | null }
  | { mode: "preview" }
  /** `later`: Office may still become ready after a slow start; the pane then starts after all. */
  | { mode: "problem"; problem: StartupProblem; later?: Promise<Startup> };

export interface DetectOptions {
  /** location.search: "?preview" asks for the preview. */
  search: string;
  /** Whether this is a preview build (`npm run preview`, `npm run build:preview`): only those have it. */
  previewBuild: boolean;
  /** Office.js as loaded (default: the global `Office`, absent when office.js could not load). */
  office?: OfficeLike;
  /** How long Office.onReady may take before the pane says so (it keeps waiting). */
  timeoutMs?: number;
}

export const OFFICE_TIMEOUT_MS = 10_000;

/**
 * Inside Excel or not, and never the sample by accident: the preview runs only in a preview build
 * whose address asks for it. Everything else is Excel, or a plain message saying why not: office.js
 * missing (blocked or offline), failing, slow (then the pane still starts if Office answers later),
 * or the page opened outside Office or in another Office application.
 */
export async function detectMode(options: DetectOptions): Promise<Startup> {
  if (options.previewBuild && new URLSearchParams(options.search).has("preview")) return { mode: "preview" };
  const office = "office" in options ? options.office : (globalThis as unknown as { Office?: OfficeLike }).Office;
  if (!office || typeof office.onReady !== "function") return { mode: "problem", problem: "officeMissing" };

  const ready: Promise<Startup> = Promise.resolve()
    .then(() => office.onReady())
    .then(
      (info): Startup =>
        info?.host === office.HostType.Excel
          ? { mode: "office", platform: info.platform ?? null }
          : { mode: "problem", problem: info?.host ? "notExcel" : "notInOffice" },
      (): Startup => ({ mode: "problem", problem: "officeFailed" }),
    );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slow = new Promise<Startup>((resolve) => {
    timer = setTimeout(
      () => resolve({ mode: "problem", problem: "officeSlow", later: ready }),
      options.timeoutMs ?? OFFICE_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([ready, slow]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether this Office is Excel on the web (Office.context.platform), where some edits raise no event. */
export function onTheWeb(platform: string | null): boolean {
  return platform === "OfficeOnline";
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
