/**
 * The pane's state and how it changes, as a reducer: every transition is a plain function of the
 * previous state and an action, tested without React or Excel.
 * Notices keep keys and parameters rather than text, so switching language re-words them.
 */
import type { Severity } from "../domain/model";
import type { RulesetChoice } from "../domain/context";
import type { ExcelErrorReason } from "../excel/errors";
import { t, type Lang } from "../i18n";
import { SHEETS } from "../sheets/contract";
import type { Finding } from "../domain/finding";
import type { BookReading } from "../sheets/reading";
import type { MissingCapability } from "./services";

export type Operation = "check" | "mark" | "clear" | "setup" | "select" | "reading" | "export" | "units" | "undo";
export type Counts = Record<Severity, number>;

export interface Notice {
  intent: "success" | "info" | "warning" | "error";
  key: string;
  params?: Record<string, string | number>;
  /** A second sentence: why, and what to do next (an Excel error explained). */
  detail?: { key: string; params?: Record<string, string | number> };
}

export interface CheckResult {
  findings: Finding[];
  counts: Counts;
  /** Names of the book's sheets at the time of the check: findings elsewhere cannot be selected. */
  sheets: string[];
  /** The ruleset the book was checked by, and why (the plan, or assumed). */
  ruleset?: RulesetChoice;
  /** When the check ran (ms since the epoch): "Đã kiểm tra lúc 10:42". */
  checkedAt?: number;
  /** codeKey of each unit code → its name, for the export's Tên đơn vị. */
  unitNames?: Record<string, string>;
  /** The export sheet as the book holds it (replaced on the next export), if any. */
  exportSheet?: { name: string; rows: number; cols: number } | null;
  /** How the book was read ("Cách đọc sổ"), when the checker says. */
  reading?: BookReading;
}

export interface PaneState {
  lang: Lang;
  /** Operations under way (a live re-check may run while the clerk marks cells). */
  busy: Operation[];
  result: CheckResult | null;
  /** How many checks have completed. */
  checks: number;
  /** Checks the clerk asked for: each is announced even when its counts are the same as before. */
  announcements: number;
  shown: Record<Severity, boolean>;
  live: boolean;
  notice: Notice | null;
  missing: MissingCapability[];
  /** Index into result.findings of the finding last gone to. */
  selected: number | null;
  /** The clerk marked the errors in this session: each check brings the marks up to date. */
  marked: boolean;
  /** The book changed since the last check (live mode off): the list is greyed. */
  stale: boolean;
  /** What "Hoàn tác" would take back (the add-in's last write to the book), if anything. */
  undoable: string | null;
}

export type Action =
  | { type: "language"; lang: Lang }
  | { type: "started"; op: Operation }
  /**
   * manual: the clerk pressed the button (announced even with the same counts). inline: the check ran
   * inside another operation (marking, going to a cell), which keeps its own busy state. remarked: the
   * marks followed the check (how many cells marked, how many marks taken off).
   */
  | {
      type: "checked";
      result: CheckResult;
      manual?: boolean;
      inline?: boolean;
      remarked?: { marked: number; unmarked: number };
    }
  /**
   * reason: what Excel said (its error code, explained); live: a background re-check; quiet: end the
   * operation without a word (a background re-check that will be retried).
   */
  | { type: "failed"; op: Operation; reason?: ExcelErrorReason | null; live?: boolean; quiet?: boolean }
  | { type: "selected"; index: number | null }
  | { type: "stale" }
  | { type: "exported"; count: number; sheet: { name: string; rows: number; cols: number }; label: string }
  | { type: "unitsSent"; count: number }
  | { type: "undone"; label: string | null }
  | { type: "marked"; count: number }
  | { type: "cleared"; count: number }
  | { type: "setUp"; added: string[]; label?: string }
  | { type: "readingSaved" }
  | { type: "toggleSeverity"; severity: Severity }
  | { type: "live"; on: boolean }
  | { type: "notice"; notice: Notice | null }
  | { type: "capabilities"; missing: MissingCapability[] };

export function initialState(lang: Lang = "vi"): PaneState {
  return {
    lang,
    busy: [],
    result: null,
    checks: 0,
    announcements: 0,
    shown: { error: true, warning: true, info: true },
    live: true,
    notice: null,
    missing: [],
    selected: null,
    marked: false,
    stale: false,
    undoable: null,
  };
}

/**
 * What set-up added, each sheet with what it is for and whether the book needs it; "info", not
 * "success", so that it stays up while the clerk reads it. The list is worded in the pane's language
 * at the time (a notice keeps parameters, not keys, for it).
 */
function setupNotice(added: readonly string[], lang: Lang): Notice {
  const list = added
    .map((name) => {
      const spec = SHEETS.find((s) => s.name === name);
      if (!spec) return name;
      const need = t(lang, spec.key === "units" ? "setup.required" : "setup.optional");
      return t(lang, "setup.sheet", { name, need, purpose: t(lang, `setup.purpose.${spec.key}`) });
    })
    .join("; ");
  return {
    intent: "info",
    key: "setup.added",
    params: { count: added.length, opened: added[0] },
    detail: { key: "setup.explain", params: { list: `${list}.` } },
  };
}

const done = (busy: Operation[], op: Operation) => {
  const i = busy.indexOf(op);
  return i === -1 ? busy : [...busy.slice(0, i), ...busy.slice(i + 1)];
};

export function reducer(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case "language":
      return { ...state, lang: action.lang };
    case "started":
      return { ...state, busy: [...state.busy, action.op] };
    case "checked": {
      // A re-check keeps the clerk's place when the same finding is still there.
      const prev = state.selected !== null ? state.result?.findings[state.selected] : undefined;
      const same = prev ? action.result.findings.findIndex((f) => sameFinding(f, prev)) : -1;
      // A check that worked ends what a failed one said.
      let notice = state.notice?.intent === "error" && CHECK_FAILURES.has(state.notice.key) ? null : state.notice;
      // "Đã đánh dấu 12 ô" must not stay up once the marks have followed an edit.
      const { remarked } = action;
      if (remarked && (remarked.unmarked > 0 || notice?.key === "notice.marked" || notice?.key === "trust.remarked")) {
        notice = { intent: "info", key: "trust.remarked", params: { count: remarked.marked } };
      }
      return {
        ...state,
        busy: action.inline ? state.busy : done(state.busy, "check"),
        result: action.result,
        checks: state.checks + 1,
        announcements: state.announcements + (action.manual ? 1 : 0),
        selected: same === -1 ? null : same,
        notice,
        stale: false,
      };
    }
    case "stale":
      return state.result ? { ...state, stale: true } : state;
    case "exported":
      return {
        ...state,
        busy: done(state.busy, "export"),
        result: state.result && { ...state.result, exportSheet: action.sheet },
        undoable: action.label,
        notice: {
          intent: "success",
          key: "trust.export.done",
          params: { count: action.count, sheet: action.sheet.name },
        },
      };
    case "unitsSent":
      return {
        ...state,
        busy: done(state.busy, "units"),
        notice:
          action.count > 0
            ? { intent: "success", key: "trust.units.done", params: { count: action.count } }
            : { intent: "info", key: "trust.units.none" },
      };
    case "undone":
      return {
        ...state,
        busy: done(state.busy, "undo"),
        undoable: null,
        // The export sheet may be gone again: the next export works it out anew.
        result: state.result && { ...state.result, exportSheet: undefined },
        notice: action.label ? { intent: "info", key: "trust.undone", params: { label: action.label } } : null,
      };
    case "failed":
      return {
        ...state,
        busy: done(state.busy, action.op),
        notice: action.quiet ? state.notice : failure(action.op, action.reason ?? null, action.live ?? false),
      };
    case "selected":
      return { ...state, busy: done(state.busy, "select"), selected: action.index };
    case "marked":
      return {
        ...state,
        busy: done(state.busy, "mark"),
        marked: state.marked || action.count > 0,
        notice:
          action.count > 0
            ? { intent: "success", key: "notice.marked", params: { count: action.count } }
            : { intent: "info", key: "notice.markedNone" },
      };
    case "cleared":
      return {
        ...state,
        busy: done(state.busy, "clear"),
        marked: false,
        notice:
          action.count > 0
            ? { intent: "success", key: "notice.cleared", params: { count: action.count } }
            : { intent: "info", key: "notice.clearedNone" },
      };
    case "setUp":
      return {
        ...state,
        busy: done(state.busy, "setup"),
        undoable: action.added.length > 0 ? (action.label ?? state.undoable) : state.undoable,
        notice:
          action.added.length > 0 ? setupNotice(action.added, state.lang) : { intent: "info", key: "notice.setupNone" },
      };
    case "readingSaved":
      return {
        ...state,
        busy: done(state.busy, "reading"),
        notice: { intent: "success", key: "notice.readingSaved" },
      };
    case "toggleSeverity":
      return { ...state, shown: { ...state.shown, [action.severity]: !state.shown[action.severity] } };
    case "live":
      return { ...state, live: action.on };
    case "notice":
      return { ...state, notice: action.notice };
    case "capabilities":
      return { ...state, missing: action.missing };
  }
}

/** How long a success notice stays up before it closes by itself. */
export const NOTICE_CLOSE_MS = 6000;

/** Success closes by itself; information, a warning or an error stays until the clerk closes it or it is replaced. */
export function closesByItself(notice: Notice): boolean {
  return notice.intent === "success";
}

const CHECK_FAILURES = new Set(["error.check", "failed.check", "failed.live"]);

/**
 * What the clerk reads when an operation fails: with Excel's reason, the operation in one sentence
 * and the reason with its next step; without one, the operation's own plain advice.
 */
function failure(op: Operation, reason: ExcelErrorReason | null, live: boolean): Notice {
  if (!reason && !live) return { intent: "error", key: `error.${op}` };
  return {
    intent: "error",
    key: live ? "failed.live" : `failed.${op}`,
    detail: reason ? { key: `excelError.${reason.kind}`, params: { code: reason.code } } : { key: "excelError.none" },
  };
}

export function sameFinding(a: Finding, b: Finding): boolean {
  return a.code === b.code && a.sheet === b.sheet && a.row === b.row && a.column === b.column && a.ref === b.ref;
}

export function isBusy(state: PaneState, op?: Operation): boolean {
  return op ? state.busy.includes(op) : state.busy.length > 0;
}
