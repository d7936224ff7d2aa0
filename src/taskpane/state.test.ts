import { initialState, isBusy, reducer, type CheckResult, type PaneState } from "./state";
import { countsOf, sampleFindings } from "./testing";

function checked(findings = sampleFindings()): CheckResult {
  return { findings, counts: countsOf(findings), sheets: ["Đơn vị", "Đề nghị khen thưởng"] };
}

function run(state: PaneState, ...actions: Parameters<typeof reducer>[1][]): PaneState {
  return actions.reduce(reducer, state);
}

describe("the pane's state", () => {
  test("starts in Vietnamese with every severity shown and live checking on", () => {
    const s = initialState();
    expect(s.lang).toBe("vi");
    expect(s.shown).toEqual({ error: true, warning: true, info: true });
    expect(s.live).toBe(true);
    expect(s.result).toBeNull();
  });

  test("a finished check stores the findings, counts one more check and ends the busy state", () => {
    const s = run(initialState(), { type: "started", op: "check" }, { type: "checked", result: checked() });
    expect(s.result?.counts).toEqual({ error: 3, warning: 1, info: 1 });
    expect(s.checks).toBe(1);
    expect(isBusy(s)).toBe(false);
  });

  test("marking while a check runs keeps the check busy until it ends", () => {
    const s = run(
      initialState(),
      { type: "started", op: "check" },
      { type: "started", op: "mark" },
      { type: "marked", count: 2 },
    );
    expect(isBusy(s, "check")).toBe(true);
    expect(isBusy(s, "mark")).toBe(false);
  });

  test("a re-check keeps the clerk on the same finding when it is still there, even at a new place in the list", () => {
    const first = checked();
    let s = run(initialState(), { type: "checked", result: first }, { type: "selected", index: 2 });
    const again = sampleFindings().filter((f) => f.code !== "INVALID_VALUE"); // the unit type was corrected
    s = reducer(s, { type: "checked", result: checked(again) });
    expect(s.selected).toBe(1);
    expect(s.result?.findings[1].code).toBe("UNKNOWN_UNIT");
  });

  test("a re-check forgets the selection when that finding was fixed", () => {
    let s = run(initialState(), { type: "checked", result: checked() }, { type: "selected", index: 1 });
    s = reducer(s, { type: "checked", result: checked(sampleFindings().filter((f) => f.code !== "INVALID_VALUE")) });
    expect(s.selected).toBeNull();
  });

  test("a failure becomes a plain-words notice for that operation", () => {
    const s = run(initialState(), { type: "started", op: "mark" }, { type: "failed", op: "mark" });
    expect(s.notice).toEqual({ intent: "error", key: "error.mark" });
    expect(isBusy(s)).toBe(false);
  });

  test("a successful check clears an earlier check failure but keeps other notices", () => {
    let s = run(initialState(), { type: "failed", op: "check" }, { type: "checked", result: checked() });
    expect(s.notice).toBeNull();
    s = run(s, { type: "marked", count: 2 }, { type: "checked", result: checked() });
    expect(s.notice?.key).toBe("notice.marked");
  });

  test("marking and clearing say how many cells, or that there was nothing to do", () => {
    expect(reducer(initialState(), { type: "marked", count: 3 }).notice).toEqual({
      intent: "success",
      key: "notice.marked",
      params: { count: 3 },
    });
    expect(reducer(initialState(), { type: "marked", count: 0 }).notice?.key).toBe("notice.markedNone");
    expect(reducer(initialState(), { type: "cleared", count: 0 }).notice?.key).toBe("notice.clearedNone");
  });

  test("setting up the book says what each added sheet is for and that it is optional, or that the book is complete", () => {
    const state = reducer(initialState(), { type: "setUp", added: ["Tiến độ", "Nộp"], label: "Thiết lập sổ" });
    expect(state.notice).toEqual({
      intent: "info",
      key: "setup.added",
      params: { count: 2, opened: "Tiến độ" },
      detail: {
        key: "setup.explain",
        params: {
          list: "Tiến độ (không bắt buộc): các mốc tiến độ và hạn nộp của kế hoạch; Nộp (không bắt buộc): ngày các đơn vị nộp báo cáo, hồ sơ.",
        },
      },
    });
    expect(state.undoable).toBe("Thiết lập sổ");
    expect(reducer(initialState(), { type: "setUp", added: [] }).notice?.key).toBe("notice.setupNone");
  });

  test("severity toggles are independent", () => {
    const s = run(
      initialState(),
      { type: "toggleSeverity", severity: "info" },
      { type: "toggleSeverity", severity: "warning" },
      { type: "toggleSeverity", severity: "info" },
    );
    expect(s.shown).toEqual({ error: true, warning: false, info: true });
  });

  test("switching language keeps the findings and the notice (as keys, re-worded on render)", () => {
    const s = run(
      initialState(),
      { type: "checked", result: checked() },
      { type: "marked", count: 1 },
      { type: "language", lang: "en" },
    );
    expect(s.lang).toBe("en");
    expect(s.result?.findings).toHaveLength(5);
    expect(s.notice?.key).toBe("notice.marked");
  });
});

describe("the pane's state in a real office", () => {
  test("an Excel error becomes the operation in one sentence plus Excel's reason and what to do", () => {
    const s = run(
      initialState(),
      { type: "started", op: "mark" },
      { type: "failed", op: "mark", reason: { kind: "protected", code: "AccessDenied" } },
    );
    expect(s.notice).toEqual({
      intent: "error",
      key: "failed.mark",
      detail: { key: "excelError.protected", params: { code: "AccessDenied" } },
    });
    expect(isBusy(s)).toBe(false);
  });

  test("a live re-check that will be retried ends quietly; the retry that fails too says so", () => {
    const quiet = run(initialState(), { type: "started", op: "check" }, { type: "failed", op: "check", quiet: true });
    expect([quiet.notice, isBusy(quiet)]).toEqual([null, false]);
    const said = reducer(quiet, { type: "failed", op: "check", live: true, reason: null });
    expect(said.notice).toEqual({ intent: "error", key: "failed.live", detail: { key: "excelError.none" } });
    expect(reducer(said, { type: "checked", result: checked() }).notice).toBeNull();
  });

  test("only checks the clerk asked for are counted for announcing; inline checks leave others busy", () => {
    let s = run(initialState(), { type: "checked", result: checked() }, { type: "checked", result: checked() });
    expect([s.checks, s.announcements]).toEqual([2, 0]);
    s = run(s, { type: "started", op: "check" }, { type: "checked", result: checked(), manual: true });
    expect([s.checks, s.announcements]).toEqual([3, 1]);
    s = run(s, { type: "started", op: "check" }, { type: "checked", result: checked(), inline: true });
    expect(isBusy(s, "check")).toBe(true);
  });
});
