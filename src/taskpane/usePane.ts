/**
 * The pane's controller: the reducer's state plus the commands the components call. All workbook
 * calls go through `PaneServices`, one at a time (a queue), so a live re-check never interleaves
 * with marking cells.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { DateOnly, Severity } from "../domain/model";
import { t as translate, type Lang } from "../i18n";
import type { RulesetChoice } from "../domain/context";
import { checkWorkbook } from "../sheets/checkWorkbook";
import type { Finding } from "../domain/finding";
import type { ParsedBook, RawSheet } from "../sheets/parse";
import { findingsSheetEdit } from "../sheets/findingsSheet";
import { codeKey } from "../domain/text";
import type { BookReading } from "../sheets/reading";
import type { ReadingChoices } from "../sheets/readingMap";
import { errorMarks, targetCell } from "./check/findingTargets";
import { serialQueue } from "./queue";
import type { PaneServices } from "./services";
import { initialState, reducer, type Counts, type Operation, type PaneState } from "./state";
import { today as localToday } from "./today";

export type Checker = (
  sheets: readonly RawSheet[],
  today: DateOnly,
) => { findings: Finding[]; counts: Counts; ruleset?: RulesetChoice; reading?: BookReading };

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
}

export interface PaneController {
  state: PaneState;
  services: PaneServices;
  t: (key: string, params?: Record<string, string | number>) => string;
  /** Runs a workbook call in the pane's queue, after (and before) every other one. */
  enqueue: <T>(job: () => Promise<T>) => Promise<T>;
  runCheck: () => Promise<void>;
  goTo: (index: number) => Promise<void>;
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

export function storedLang(): Lang | null {
  try {
    const v = globalThis.localStorage?.getItem(LANG_KEY);
    return v === "vi" || v === "en" ? v : null;
  } catch {
    return null;
  }
}

export function usePaneController(services: PaneServices, options: PaneOptions = {}): PaneController {
  const [state, dispatch] = useReducer(reducer, options.lang ?? storedLang() ?? "vi", initialState);
  const stateRef = useRef(state);
  stateRef.current = state;
  const optionsRef = useRef(options);
  optionsRef.current = options;

  // One workbook operation at a time, for the life of the pane.
  const [enqueue] = useState(serialQueue);

  const perform = useCallback(
    async (op: Operation, job: () => Promise<void>) => {
      dispatch({ type: "started", op });
      try {
        await enqueue(job);
      } catch (err) {
        // The clerk sees plain words (error.<op>); the details go to the console for support.
        console.error(`tdkt: ${op} failed`, err);
        dispatch({ type: "failed", op });
      } finally {
        optionsRef.current.onWorkbookCall?.();
      }
    },
    [enqueue],
  );

  // A check already waiting in the queue covers any later request.
  const checkWaiting = useRef(false);
  const runCheck = useCallback(async () => {
    if (checkWaiting.current) return;
    checkWaiting.current = true;
    await perform("check", async () => {
      checkWaiting.current = false;
      const sheets = await services.readBook();
      const { checker = checkWorkbook, today = localToday, now = Date.now } = optionsRef.current;
      const checked = checker(sheets, today());
      const { findings, counts, ruleset, reading } = checked;
      const names = sheets.map((s) => s.name);
      const result = {
        findings,
        counts,
        sheets: names,
        ruleset,
        reading,
        checkedAt: now(),
        unitNames: unitNamesOf(checked),
      };
      // Marks written into the book are never older than the check: fixed cells lose theirs, new
      // errors get one, in one batch with the same queue turn.
      if (!stateRef.current.marked) {
        dispatch({ type: "checked", result });
        return;
      }
      try {
        const remarked = await services.updateMarks(errorMarks(findings, names, stateRef.current.lang));
        dispatch({ type: "checked", result, remarked });
      } catch (err) {
        // The list is still right; the marks could not follow it, and the clerk is told.
        console.error("tdkt: updating the marks failed", err);
        dispatch({ type: "checked", result });
        dispatch({ type: "failed", op: "mark" });
      }
    });
    checkWaiting.current = false;
  }, [perform, services]);

  const goTo = useCallback(
    async (index: number) => {
      const result = stateRef.current.result;
      const f = result?.findings[index];
      const target = f && result ? targetCell(f, result.sheets) : null;
      if (!target) return;
      await perform("select", async () => {
        await services.selectCell(target.sheet, target.cell);
        dispatch({ type: "selected", index });
      });
    },
    [perform, services],
  );

  const markErrors = useCallback(async () => {
    const { result, lang } = stateRef.current;
    if (!result) {
      dispatch({ type: "notice", notice: { intent: "info", key: "notice.checkFirst" } });
      return;
    }
    const marks = errorMarks(result.findings, result.sheets, lang);
    await perform("mark", async () => {
      const count = marks.length ? await services.markFindings(marks) : 0;
      dispatch({ type: "marked", count });
    });
  }, [perform, services]);

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
      dispatch({ type: "setUp", added: sheets });
    });
    if (added && stateRef.current.checks > 0) await runCheck();
  }, [perform, runCheck, services]);

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
    await perform("undo", async () => {
      const { label } = await services.undoEdit();
      dispatch({ type: "undone", label });
    });
  }, [perform, services]);

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
    dispatch({ type: "language", lang });
  }, []);

  // Live mode: re-check after edits (debounced) and when the pane regains focus, since picking from
  // a drop-down on the web and co-authors' edits do not always raise onChanged.
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const schedule = useCallback(() => {
    if (stateRef.current.checks === 0 && !stateRef.current.busy.includes("check")) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void runCheck();
    }, optionsRef.current.debounceMs ?? 600);
  }, [runCheck]);

  // The book is watched in both modes: live, an edit re-checks; otherwise it greys the list as stale.
  const live = state.live;
  useEffect(() => {
    let stop: (() => Promise<void>) | null = null;
    let cancelled = false;
    const onChange = live ? schedule : () => dispatch({ type: "stale" });
    services.watchChanges(onChange).then(
      (s) => {
        if (cancelled) void s().catch(() => undefined);
        else stop = s;
      },
      (err) => {
        console.error("tdkt: watchChanges failed", err);
        if (!cancelled && live) {
          dispatch({ type: "live", on: false });
          dispatch({ type: "notice", notice: { intent: "warning", key: "error.watch" } });
        }
      },
    );
    const onVisible = () => {
      if (document.visibilityState === "visible") schedule();
    };
    if (live) {
      window.addEventListener("focus", schedule);
      document.addEventListener("visibilitychange", onVisible);
    }
    return () => {
      cancelled = true;
      window.removeEventListener("focus", schedule);
      document.removeEventListener("visibilitychange", onVisible);
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      if (stop) void stop().catch(() => undefined);
    };
  }, [live, services, schedule]);

  // With live mode on, the pane checks the book as soon as it opens: the clerk sees the state of the
  // book without asking, and edits are followed from then on. runCheck changes only with the services
  // (another workbook host), so this runs on opening the pane and on a change of host.
  useEffect(() => {
    if (optionsRef.current.checkOnOpen !== false && stateRef.current.live && stateRef.current.checks === 0)
      void runCheck();
  }, [runCheck]);

  useEffect(() => {
    try {
      dispatch({ type: "capabilities", missing: services.missingCapabilities() });
    } catch (err) {
      console.error("tdkt: capability check failed", err);
    }
  }, [services]);

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

/** Unit code (codeKey) → name, from the check's parsed book when the checker gives it. */
function unitNamesOf(checked: object): Record<string, string> | undefined {
  const parsed = (checked as { parsed?: ParsedBook }).parsed;
  if (!parsed) return undefined;
  const names: Record<string, string> = {};
  for (const u of parsed.book.units) if (u.code && !(codeKey(u.code) in names)) names[codeKey(u.code)] = u.name;
  return names;
}

export const PaneContext = createContext<PaneController | null>(null);

export function usePane(): PaneController {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("usePane outside PaneContext");
  return pane;
}
