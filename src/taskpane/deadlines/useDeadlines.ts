/**
 * The Tiến độ tab's controller: reads the book through the pane's queue (when the tab opens and after
 * every check the pane runs, so edits are followed), tracks the deadlines on the chosen reference day,
 * and turns the clerk's clicks into workbook calls: go to a row, colour and uncolour, copy a reminder.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import { formatDate } from "../../domain/dates";
import { planYear, trackDeadlines, type Obligation, type Owed, type Tracker } from "../../domain/deadlines";
import type { DateOnly, Unit } from "../../domain/model";
import { reminderText, whoName } from "../../i18n/deadlinesView";
import { columnLetter, parseBook, type ParsedBook } from "../../sheets/parse";
import { localToday } from "../../domain/today";
import { usePane } from "../usePane";
import { copyText } from "./clipboard";
import { progressMarks } from "./progressMarks";

export type Job = "read" | "colour" | "uncolour";

export interface Notice {
  intent: "success" | "info" | "error";
  key: string;
  params?: Record<string, string | number>;
}

interface State {
  parsed: ParsedBook | null;
  refDay: DateOnly;
  busy: Job[];
  notice: Notice | null;
  /** A reminder the clipboard refused: shown for copying by hand. */
  manualCopy: { unit: string; text: string } | null;
}

type Action =
  | { type: "start"; job: Job }
  | { type: "end"; job: Job; notice?: Notice | null }
  | { type: "read"; parsed: ParsedBook }
  | { type: "refDay"; day: DateOnly }
  | { type: "notice"; notice: Notice | null }
  | { type: "manualCopy"; copy: State["manualCopy"] };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case "start":
      return { ...state, busy: [...state.busy, action.job] };
    case "end": {
      const i = state.busy.indexOf(action.job);
      const busy = i < 0 ? state.busy : [...state.busy.slice(0, i), ...state.busy.slice(i + 1)];
      return { ...state, busy, notice: action.notice === undefined ? state.notice : action.notice };
    }
    case "read":
      return { ...state, parsed: action.parsed };
    case "refDay":
      return { ...state, refDay: action.day };
    case "notice":
      return { ...state, notice: action.notice };
    case "manualCopy":
      return { ...state, manualCopy: action.copy };
  }
}

export interface DeadlinesController {
  tracker: Tracker | null;
  parsed: ParsedBook | null;
  refDay: DateOnly;
  busy: Job[];
  notice: Notice | null;
  manualCopy: State["manualCopy"];
  setRefDay: (day: DateOnly) => void;
  refresh: () => Promise<void>;
  goTo: (o: Obligation) => Promise<void>;
  colour: () => Promise<void>;
  uncolour: () => Promise<void>;
  copyReminder: (group: Owed & { unit: Unit }) => Promise<void>;
  dismiss: () => void;
}

export function useDeadlines(initialDay: () => DateOnly = localToday): DeadlinesController {
  const pane = usePane();
  const { services, enqueue } = pane;
  const lang = pane.state.lang;
  const [state, dispatch] = useReducer(reducer, null, () => ({
    parsed: null,
    refDay: initialDay(),
    busy: [],
    notice: null,
    manualCopy: null,
  }));
  const stateRef = useRef(state);
  stateRef.current = state;

  const perform = useCallback(
    async (job: Job, work: () => Promise<Notice | null | undefined>) => {
      dispatch({ type: "start", job });
      try {
        const notice = await enqueue(work);
        dispatch({ type: "end", job, notice });
      } catch (err) {
        console.error(`tdkt: deadlines ${job} failed`, err);
        dispatch({ type: "end", job, notice: { intent: "error", key: `pane.error.${job}` } });
      }
    },
    [enqueue],
  );

  const refresh = useCallback(
    () =>
      perform("read", async () => {
        const sheets = await services.readBook();
        dispatch({ type: "read", parsed: parseBook(sheets) });
        return undefined;
      }),
    [perform, services],
  );

  // Read when the tab opens, and again after each check the pane runs (live mode follows edits).
  const checks = pane.state.checks;
  useEffect(() => {
    void refresh();
  }, [refresh, checks]);

  const tracker = useMemo(() => {
    const book = state.parsed?.book;
    return book ? trackDeadlines(book, state.refDay, planYear(book, state.refDay)) : null;
  }, [state.parsed, state.refDay]);

  const goTo = useCallback(
    async (o: Obligation) => {
      const layout = stateRef.current.parsed?.layouts.milestones;
      const column = layout?.columns.due ?? layout?.columns.code;
      if (!layout || !column) return;
      try {
        await enqueue(() => services.selectCell(layout.name, `${columnLetter(column.index)}${o.milestone.row}`));
      } catch (err) {
        console.error("tdkt: deadlines select failed", err);
        dispatch({ type: "notice", notice: { intent: "error", key: "pane.error.select" } });
      }
    },
    [enqueue, services],
  );

  const colour = useCallback(async () => {
    const parsed = stateRef.current.parsed;
    if (!tracker || !parsed) return;
    const marks = progressMarks(tracker, parsed.layouts.milestones, lang);
    await perform("colour", async () => {
      const count = marks.length ? await services.colourProgress(marks) : 0;
      return count > 0
        ? { intent: "success", key: "pane.notice.coloured", params: { count } }
        : { intent: "info", key: "pane.notice.colouredNone" };
    });
  }, [perform, services, tracker, lang]);

  const uncolour = useCallback(
    () =>
      perform("uncolour", async () => {
        const count = await services.clearProgress();
        return count > 0
          ? { intent: "success", key: "pane.notice.uncoloured", params: { count } }
          : { intent: "info", key: "pane.notice.uncolouredNone" };
      }),
    [perform, services],
  );

  const copyReminder = useCallback(
    async (group: Owed & { unit: Unit }) => {
      const parsed = stateRef.current.parsed;
      if (!tracker || !parsed) return;
      const text = reminderText(
        group,
        {
          year: tracker.year,
          today: formatDate(tracker.today),
          office: parsed.book.plan?.standingAgency ?? null,
        },
        lang,
      );
      const unit = whoName(group.unit, lang);
      if (await copyText(text)) {
        dispatch({ type: "manualCopy", copy: null });
        dispatch({ type: "notice", notice: { intent: "success", key: "pane.notice.copied", params: { unit } } });
      } else {
        dispatch({ type: "manualCopy", copy: { unit, text } });
        dispatch({ type: "notice", notice: { intent: "error", key: "pane.error.copy" } });
      }
    },
    [tracker, lang],
  );

  return {
    tracker,
    parsed: state.parsed,
    refDay: state.refDay,
    busy: state.busy,
    notice: state.notice,
    manualCopy: state.manualCopy,
    setRefDay: (day) => dispatch({ type: "refDay", day }),
    refresh,
    goTo,
    colour,
    uncolour,
    copyReminder,
    dismiss: () => dispatch({ type: "notice", notice: null }),
  };
}
