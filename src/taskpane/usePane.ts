/**
 * The pane's controller: the reducer's state plus the commands the components call. All workbook
 * calls go through `PaneServices`, one at a time (a queue), so a live re-check never interleaves
 * with marking cells; marking and going to a cell work out their cells inside their queued job, on
 * the book as it is then (after any re-check an edit asked for).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { DateOnly, Severity } from "../domain/model";
import { hasLanguage, loadLanguage, t as translate, type Lang } from "../i18n";
import type { RulesetChoice } from "../domain/context";
import type { Finding } from "../domain/finding";
import type { ParsedBook, RawSheet } from "../sheets/parse";
import { describeExcelError } from "../excel/errors";
import { findingsSheetEdit } from "../sheets/findingsSheet";
import type { BookReading } from "../sheets/reading";
import type { ReadingChoices } from "../sheets/readingMap";
import { errorMarks, targetCell } from "./check/findingTargets";
import { checkResultOf } from "./checkResult";
import { serialQueue } from "./queue";
import type { PaneServices } from "./services";
import { initialState, reducer, type CheckResult, type Counts, type Operation, type PaneState } from "./state";
import { localToday } from "../domain/today";

export type Checker = (
  sheets: readonly RawSheet[],
  today: DateOnly,
) => {
  findings: Finding[];
  counts: Counts;
  ruleset?: RulesetChoice;
  reading?: BookReading;
  /** The book as parsed (the real checker gives it): the units' names for the findings' export. */
  parsed?: Pick<ParsedBook, "book">;
};

export interface PaneOptions {
  lang?: Lang;
  /** The workbook check; the real one unless a test supplies another. */
  checker?: Checker;
  today?: () => DateOnly;
  /** The clock for "Đã kiểm tra lúc …" (tests fix it). */
  now?: () => number;
  /** Quiet time after the last edit before a live re-check. */
  debounceMs?: number;
  /** Called after every workbook operation (the preview grid redraws). */
  onWorkbookCall?: () => void;
  /** Check the book as soon as the pane opens when live mode is on (default true). */
  checkOnOpen?: boolean;
  /** Wait before retrying a live re-check that failed (default 2 s). */
  retryMs?: number;
}

export interface PaneController {
  state: PaneState;
  services: PaneServices;
  t: (key: string, params?: Record<string, string | number>) => string;
  /** Runs a workbook call in the pane's queue, after (and before) every other one. */
  enqueue: <T>(job: () => Promise<T>) => Promise<T>;
  runCheck: () => Promise<void>;
  goTo: (index: number) => Promise<void>;
  /** Selects a cell a finding names besides its own (the first row of a duplicate). */
  goToCell: (sheet: string, cell: string) => Promise<void>;
  markErrors: () => Promise<void>;
  clearMarks: () => Promise<void>;
  setupBook: () => Promise<void>;
  /** "Xuất kết quả": the findings into the Kết quả kiểm tra sheet, replacing the last export; undoable. */
  exportFindings: () => Promise<void>;
  /** "Gửi từng đơn vị": a .zip of one short .xlsx per unit with only its findings. */
  sendToUnits: () => Promise<void>;
  /** "Hoàn tác": takes back the add-in's last write (an export, a set-up). */
  undoLast: () => Promise<void>;
  /** Keeps the clerk's choices of how the book is read in the workbook, then checks it again. */
  saveReading: (choices: ReadingChoices) => Promise<void>;
  setLang: (lang: Lang) => void;
  toggleSeverity: (severity: Severity) => void;
  setLive: (on: boolean) => void;
  dismissNotice: () => void;
}

export const LANG_KEY = "tdkt.lang";

/**
 * The checker (the rules, the ruleset, the parser) comes in its own chunk with the list of findings:
 * the pane starts fetching it as it opens, while Excel reads the book, instead of before it draws.
 */
let checkerModule: Promise<Checker> | null = null;
export function loadChecker(): Promise<Checker> {
  checkerModule ??= import(/* webpackChunkName: "results" */ "../sheets/checkWorkbook").then(
    (m) => m.checkWorkbook,
    (err: unknown) => {
      // A failed download is tried again by the next check.
      checkerModule = null;
      throw err;
    },
  );
  return checkerModule;
}

export function storedLang(): Lang | null {
  try {
    const v = globalThis.localStorage?.getItem(LANG_KEY);
    return v === "vi" || v === "en" ? v : null;
  } catch {
    return null;
  }
}

/**
 * Where a finding is in a fresh list: the same finding, or — rows inserted or deleted above it — the
 * one finding that differs from it only by its row. -1 when it is gone (fixed) or ambiguous.
 */
function findAgain(findings: readonly Finding[], f: Finding): number {
  // What it says, wherever it is: the code, the sheet and column, and what it names.
  const what = (x: Finding) => JSON.stringify([x.code, x.sheet, x.column, x.unit, x.ref, x.params]);
  const exact = findings.findIndex((x) => what(x) === what(f) && x.row === f.row && x.cell === f.cell);
  if (exact >= 0) return exact;
  const moved = findings.flatMap((x, i) => (what(x) === what(f) ? [i] : []));
  return moved.length === 1 ? moved[0] : -1;
}

/** A check asked for: what to read, and who asked (the live re-checks are quiet about a first failure). */
interface CheckRequest {
  scope: "all" | "changes";
  /** The clerk pressed the button: announced even when nothing changed. */
  manual: boolean;
  /** A live re-check (after an edit, or on focus on the web): a failure is retried once quietly. */
  background: boolean;
  /** The check as the pane opens: the services may already hold its result (the web page's worker). */
  opening?: boolean;
}

/** Two requests waiting together: the wider read, and the more explicit asker, win. */
function merge(a: CheckRequest, b: CheckRequest): CheckRequest {
  return {
    scope: a.scope === "all" || b.scope === "all" ? "all" : "changes",
    manual: a.manual || b.manual,
    background: a.background && b.background,
    opening: Boolean(a.opening && b.opening),
  };
}

export function usePaneController(services: PaneServices, options: PaneOptions = {}): PaneController {
  const [state, dispatch] = useReducer(reducer, options.lang ?? storedLang() ?? "vi", initialState);
  const stateRef = useRef(state);
  stateRef.current = state;
  const optionsRef = useRef(options);
  optionsRef.current = options;

  // One workbook operation at a time, for the life of the pane.
  const [enqueue] = useState(serialQueue);

  /** Runs a job in the queue; a failure becomes plain words, unless `failed` handles it (returns true). */
  const perform = useCallback(
    async (op: Operation, job: () => Promise<void>, failed?: (err: unknown) => boolean) => {
      dispatch({ type: "started", op });
      try {
        await enqueue(job);
      } catch (err) {
        // The clerk sees plain words (error.<op>, or Excel's reason); the details go to the console for support.
        console.error(`tdkt: ${op} failed`, err);
        if (!failed?.(err)) dispatch({ type: "failed", op, reason: describeExcelError(err) });
      } finally {
        optionsRef.current.onWorkbookCall?.();
      }
    },
    [enqueue],
  );

  // What the last check found, set inside the queue as soon as it is known (the state follows on the
  // next render): marking and going to a cell read it inside their own queued job.
  const latest = useRef<CheckResult | null>(null);
  // An edit has arrived since the last check read the book.
  const stale = useRef(false);

  const readAndCheck = useCallback(
    async (scope: "all" | "changes", opening = false): Promise<CheckResult> => {
      stale.current = false;
      try {
        // The web page's worker checked the book as it read it: the first check is that one, not a
        // second read and check of the whole book on the page's thread. Edits from then on are
        // checked here (the first one reads the book whole).
        const given = opening && !optionsRef.current.checker ? await services.openingCheck?.() : null;
        if (given) {
          latest.current = { ...given, checkedAt: (optionsRef.current.now ?? Date.now)() };
          return latest.current;
        }
        const [sheets, real] = await Promise.all([services.readBook(scope), loadChecker()]);
        const { checker = real, today = localToday, now = Date.now } = optionsRef.current;
        latest.current = checkResultOf(sheets, checker(sheets, today()), now());
        return latest.current;
      } catch (err) {
        stale.current = true;
        throw err;
      }
    },
    [services],
  );

  // A check already waiting in the queue covers any later request (widened to cover it).
  const waiting = useRef<CheckRequest | null>(null);
  // Background checks that failed in a row: the first is retried quietly, the next is said.
  const failures = useRef(0);
  const retry = useRef<ReturnType<typeof setTimeout> | null>(null);

  const requestCheck = useCallback(
    async (request: CheckRequest): Promise<void> => {
      if (waiting.current) {
        waiting.current = merge(waiting.current, request);
        return;
      }
      waiting.current = request;
      let asked = request;
      await perform(
        "check",
        async () => {
          asked = waiting.current ?? request;
          waiting.current = null;
          const result = await readAndCheck(asked.scope, asked.opening);
          failures.current = 0;
          // Marks written into the book are never older than the check: fixed cells lose theirs, new
          // errors get one, in one batch within the same queue turn.
          if (!stateRef.current.marked) {
            dispatch({ type: "checked", result, manual: asked.manual });
            return;
          }
          try {
            const remarked = await services.updateMarks(
              errorMarks(result.findings, result.sheets, stateRef.current.lang),
            );
            dispatch({ type: "checked", result, manual: asked.manual, remarked });
          } catch (err) {
            // The list is still right; the marks could not follow it, and the clerk is told.
            console.error("tdkt: updating the marks failed", err);
            dispatch({ type: "checked", result, manual: asked.manual });
            dispatch({ type: "failed", op: "mark", reason: describeExcelError(err) });
          }
        },
        (err) => {
          if (!asked.background) return false;
          failures.current++;
          if (failures.current > 1) {
            dispatch({ type: "failed", op: "check", reason: describeExcelError(err), live: true });
            return true;
          }
          // Often passing (the clerk was typing in a cell): try once more, a little later, saying nothing.
          dispatch({ type: "failed", op: "check", quiet: true });
          if (retry.current) clearTimeout(retry.current);
          retry.current = setTimeout(() => {
            retry.current = null;
            void requestCheck({ scope: "all", manual: false, background: true });
          }, optionsRef.current.retryMs ?? 2_000);
          return true;
        },
      );
      if (waiting.current === request) waiting.current = null;
    },
    [perform, readAndCheck, services],
  );

  const runCheck = useCallback(() => requestCheck({ scope: "all", manual: true, background: false }), [requestCheck]);

  // Live mode: re-check after edits (debounced), reading only what changed; on Excel on the web also
  // when the pane regains focus, since a value picked from a drop-down there raises no event.
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const timerScope = useRef<"all" | "changes">("changes");
  const schedule = useCallback(
    (scope: "all" | "changes") => {
      if (stateRef.current.checks === 0 && !stateRef.current.busy.includes("check")) return;
      stale.current = true;
      if (timer.current) clearTimeout(timer.current);
      if (scope === "all") timerScope.current = "all";
      timer.current = setTimeout(() => {
        timer.current = null;
        const due = timerScope.current;
        timerScope.current = "changes";
        void requestCheck({ scope: due, manual: false, background: true });
      }, optionsRef.current.debounceMs ?? 600);
    },
    [requestCheck],
  );

  /** A re-check waiting for its debounce runs now, ahead of what the clerk asked for. */
  const flush = useCallback(() => {
    if (!timer.current) return;
    clearTimeout(timer.current);
    timer.current = null;
    const due = timerScope.current;
    timerScope.current = "changes";
    void requestCheck({ scope: due, manual: false, background: true });
  }, [requestCheck]);

  /** Inside a queued job: the findings of the book as it is now (checked again if it changed since). */
  const current = useCallback(async (): Promise<CheckResult> => {
    if (stale.current || !latest.current) {
      dispatch({ type: "checked", result: await readAndCheck("changes"), inline: true });
    }
    return latest.current as CheckResult;
  }, [readAndCheck]);

  const goTo = useCallback(
    async (index: number) => {
      // The finding the clerk clicked, as listed; where it is is worked out in the job, on the book as it is then.
      const clicked = stateRef.current.result?.findings[index];
      if (!clicked) return;
      flush();
      await perform("select", async () => {
        const result = await current();
        const at = findAgain(result.findings, clicked);
        const target = at >= 0 ? targetCell(result.findings[at], result.sheets) : null;
        if (!target) {
          dispatch({ type: "selected", index: null });
          if (at === -1) dispatch({ type: "notice", notice: { intent: "info", key: "notice.findingGone" } });
          return;
        }
        await services.selectCell(target.sheet, target.cell);
        dispatch({ type: "selected", index: at });
      });
    },
    [current, flush, perform, services],
  );

  const goToCell = useCallback(
    async (sheet: string, cell: string) => {
      flush();
      await perform("select", async () => {
        await services.selectCell(sheet, cell);
        dispatch({ type: "selected", index: null });
      });
    },
    [flush, perform, services],
  );

  const markErrors = useCallback(async () => {
    const before = stateRef.current;
    if (!before.result && !before.busy.includes("check") && !waiting.current) {
      dispatch({ type: "notice", notice: { intent: "info", key: "notice.checkFirst" } });
      return;
    }
    flush();
    await perform("mark", async () => {
      const result = await current();
      // The marks are the book's errors now, in the language of the pane now.
      const marks = errorMarks(result.findings, result.sheets, stateRef.current.lang);
      const count = marks.length ? await services.markFindings(marks) : 0;
      dispatch({ type: "marked", count });
    });
  }, [current, flush, perform, services]);

  const clearMarks = useCallback(async () => {
    await perform("clear", async () => {
      const count = await services.clearMarks();
      dispatch({ type: "cleared", count });
    });
  }, [perform, services]);

  const setupBook = useCallback(async () => {
    let added = false;
    await perform("setup", async () => {
      const sheets = await services.setupBook(stateRef.current.lang);
      added = sheets.length > 0;
      // Set-up keeps its own undo record: "Hoàn tác" removes exactly what it added.
      dispatch({ type: "setUp", added: sheets, label: translate(stateRef.current.lang, "setup.undoLabel") });
    });
    if (added && stateRef.current.checks > 0) await requestCheck({ scope: "all", manual: false, background: false });
  }, [perform, requestCheck, services]);

  const exportFindings = useCallback(async () => {
    const { result, lang } = stateRef.current;
    if (!result) {
      dispatch({ type: "notice", notice: { intent: "info", key: "notice.checkFirst" } });
      return;
    }
    await perform("export", async () => {
      const name = translate(lang, "trust.export.sheet");
      const existing = await services.sheetExtent(name);
      const unitNames = new Map(Object.entries(result.unitNames ?? {}));
      const edit = findingsSheetEdit(result.findings, { lang, unitNames, bookSheets: result.sheets, existing });
      const label = translate(lang, "trust.export.label");
      await services.writeEdit(edit, label);
      const rows = Math.max(...edit.cells.map((c) => c.row));
      dispatch({ type: "exported", count: result.findings.length, sheet: { name: edit.sheet, rows, cols: 7 }, label });
      await services.selectCell(edit.sheet, "A1");
    });
  }, [perform, services]);

  const sendToUnits = useCallback(async () => {
    const { result, lang } = stateRef.current;
    if (!result) {
      dispatch({ type: "notice", notice: { intent: "info", key: "notice.checkFirst" } });
      return;
    }
    await perform("units", async () => {
      const { unitFiles } = await import(/* webpackChunkName: "unit-files" */ "../files/unitFiles");
      const unitNames = new Map(Object.entries(result.unitNames ?? {}));
      const sheetName = translate(lang, "trust.export.sheet");
      const { zip, units } = unitFiles(result.findings, { lang, unitNames, bookSheets: result.sheets, sheetName });
      if (units > 0) services.saveFile(translate(lang, "trust.units.zip"), zip, "application/zip");
      dispatch({ type: "unitsSent", count: units });
    });
  }, [perform, services]);

  const undoLast = useCallback(async () => {
    let undone = false;
    await perform("undo", async () => {
      const { label } = await services.undoEdit();
      undone = label !== null;
      dispatch({ type: "undone", label });
    });
    // Undo writes with events off: the list must follow the sheets it took away (a set-up's).
    if (undone && stateRef.current.checks > 0) await requestCheck({ scope: "all", manual: false, background: false });
  }, [perform, requestCheck, services]);

  const saveReading = useCallback(
    async (choices: ReadingChoices) => {
      let saved = false;
      await perform("reading", async () => {
        await services.saveReadingChoices(choices);
        saved = true;
        dispatch({ type: "readingSaved" });
      });
      if (saved) await runCheck();
    },
    [perform, runCheck, services],
  );

  const setLang = useCallback((lang: Lang) => {
    try {
      globalThis.localStorage?.setItem(LANG_KEY, lang);
    } catch {
      // private mode: the choice lasts for this session only
    }
    // The pane's script carries Vietnamese; English is fetched the first time it is chosen.
    if (hasLanguage(lang)) dispatch({ type: "language", lang });
    else
      loadLanguage(lang).then(
        () => dispatch({ type: "language", lang }),
        (err: unknown) => console.error("tdkt: the language could not load", err),
      );
  }, []);

  const liveMissing = state.missing.some((m) => m.feature === "live");
  // The book is watched in both modes: live, an edit re-checks; otherwise it greys the list as stale.
  const live = state.live && !liveMissing;
  useEffect(() => {
    if (liveMissing) return;
    let stop: (() => Promise<void>) | null = null;
    let cancelled = false;
    let again: ReturnType<typeof setTimeout> | null = null;
    // Excel may refuse for a moment (the clerk typing in a cell as the pane opens): try once more.
    const watch = (attempt: number) =>
      services
        .watchChanges(() => {
          if (live) return schedule("changes");
          stale.current = true;
          dispatch({ type: "stale" });
        })
        .then(
          (s) => {
            if (cancelled) void s().catch(() => undefined);
            else stop = s;
          },
          (err) => {
            console.error("tdkt: watchChanges failed", err);
            if (cancelled || !live) return;
            if (attempt === 0) {
              again = setTimeout(() => void watch(1), optionsRef.current.retryMs ?? 2_000);
              return;
            }
            dispatch({ type: "live", on: false });
            dispatch({ type: "notice", notice: { intent: "warning", key: "error.watch" } });
          },
        );
    void watch(0);
    const refresh = () => schedule("all");
    const onVisible = () => {
      if (document.visibilityState === "visible") refresh();
    };
    if (live && services.refreshOnFocus) {
      window.addEventListener("focus", refresh);
      document.addEventListener("visibilitychange", onVisible);
    }
    return () => {
      cancelled = true;
      if (again) clearTimeout(again);
      window.removeEventListener("focus", refresh);
      document.removeEventListener("visibilitychange", onVisible);
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      if (retry.current) clearTimeout(retry.current);
      retry.current = null;
      if (stop) void stop().catch(() => undefined);
    };
  }, [live, liveMissing, services, schedule]);

  // The checker is fetched at once, whether or not the book is checked on opening.
  useEffect(() => {
    void loadChecker().catch((err: unknown) => console.error("tdkt: the checker could not load", err));
  }, []);

  // With live mode on, the pane checks the book as soon as it opens: the clerk sees the state of the
  // book without asking, and edits are followed from then on. openingCheck changes only with the
  // services (another workbook host), so this runs on opening the pane and on a change of host.
  const openingCheck = useCallback(
    () => requestCheck({ scope: "all", manual: false, background: false, opening: true }),
    [requestCheck],
  );
  useEffect(() => {
    if (optionsRef.current.checkOnOpen !== false && stateRef.current.live && stateRef.current.checks === 0)
      void openingCheck();
  }, [openingCheck]);

  useEffect(() => {
    try {
      const missing = services.missingCapabilities();
      dispatch({ type: "capabilities", missing });
      // An Excel without change events cannot follow edits: the switch says so and stays off.
      if (missing.some((m) => m.feature === "live")) dispatch({ type: "live", on: false });
    } catch (err) {
      console.error("tdkt: capability check failed", err);
    }
  }, [services]);

  // A promise nobody awaited failed: say so instead of leaving the pane silently half-done.
  useEffect(() => {
    const onRejection = (event: Event) => {
      console.error("tdkt: unhandled rejection", (event as PromiseRejectionEvent).reason);
      dispatch({ type: "notice", notice: { intent: "error", key: "error.unexpected" } });
    };
    window.addEventListener("unhandledrejection", onRejection);
    return () => window.removeEventListener("unhandledrejection", onRejection);
  }, []);

  const lang = state.lang;
  const t = useCallback(
    (key: string, params?: Record<string, string | number>) => translate(lang, key, params),
    [lang],
  );

  return useMemo(
    () => ({
      state,
      services,
      t,
      enqueue,
      runCheck,
      goTo,
      goToCell,
      markErrors,
      clearMarks,
      setupBook,
      exportFindings,
      sendToUnits,
      undoLast,
      saveReading,
      setLang,
      toggleSeverity: (severity: Severity) => dispatch({ type: "toggleSeverity", severity }),
      setLive: (on: boolean) => {
        dispatch({ type: "live", on });
        // Turning live mode on checks at once: the list is current from that moment.
        if (on) void runCheck();
      },
      dismissNotice: () => dispatch({ type: "notice", notice: null }),
    }),
    [
      state,
      services,
      t,
      enqueue,
      runCheck,
      goTo,
      goToCell,
      markErrors,
      clearMarks,
      setupBook,
      exportFindings,
      sendToUnits,
      undoLast,
      saveReading,
      setLang,
    ],
  );
}

export const PaneContext = createContext<PaneController | null>(null);

export function usePane(): PaneController {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("usePane outside PaneContext");
  return pane;
}
