import { book, milestone, on, submission, unit } from "../rules/testBook";
import { trackDeadlines } from "./obligations";
import { statusOn } from "./status";
import { combinedStatus, countByStatus, milestoneRows, owedBy, reminderGroups, statusMatrix } from "./summary";

const UNITS = [
  unit("X-TAVAN", "UBND xã Tả Van", { block: "K6" }),
  unit("X-BANHO", "UBND xã Bản Hồ", { block: "K6" }),
  unit("P-SAPA", "UBND phường Sa Pa", { block: "K5" }),
];

// On 10/07/2024: the half-year report (20/06, everyone) is in from Tả Van only; the block meeting
// of K6 (15/07) is due soon; the office's own report to the province (30/06) is done.
const b = book({
  units: UNITS,
  milestones: [
    milestone("BC-6T", "Tất cả", { due: on("20/06/2024") }),
    milestone("SK-K6", "K6", { due: on("15/07/2024") }),
    milestone("BC6T-TINH", null, { due: on("30/06/2024"), completedOn: on("27/06/2024") }),
    milestone("KN-2212", "P-SAPA", { due: on("22/12/2024") }),
  ],
  submissions: [submission("X-TAVAN", "BC-6T", { submittedOn: on("19/06/2024") })],
});
const tracker = trackDeadlines(b, on("10/07/2024"), 2024);

describe("status on the reference day (day numbers)", () => {
  it("handed in on the deadline day is done, a day after is late", () => {
    expect(statusOn(100, 100, 120)).toBe("done");
    expect(statusOn(100, 101, 120)).toBe("late");
  });
  it("not handed in: overdue the day after the deadline, due soon from 7 days before it, open before that", () => {
    expect(statusOn(100, null, 101)).toBe("overdue");
    expect(statusOn(100, null, 100)).toBe("due_soon");
    expect(statusOn(100, null, 93)).toBe("due_soon");
    expect(statusOn(100, null, 92)).toBe("open");
  });
});

describe("views of the obligations", () => {
  it("counts by status", () => {
    expect(countByStatus(tracker.obligations)).toEqual({ overdue: 2, due_soon: 2, late: 0, done: 2, open: 1 });
  });

  it("what still needs doing speaks for several obligations", () => {
    expect(combinedStatus(["done", "late", "open"])).toBe("open");
    expect(combinedStatus(["done", "overdue", "due_soon"])).toBe("overdue");
    expect(combinedStatus(["done", "late"])).toBe("late");
    expect(combinedStatus([])).toBeNull();
  });

  it("who owes what: by unit in sheet order, each unit's items by deadline", () => {
    const owed = owedBy(tracker, ["overdue", "due_soon"]);
    expect(owed.map((g) => [g.unit?.code, g.items.map((o) => `${o.milestone.code}:${o.status}`)])).toEqual([
      ["X-TAVAN", ["SK-K6:due_soon"]],
      ["X-BANHO", ["BC-6T:overdue", "SK-K6:due_soon"]],
      ["P-SAPA", ["BC-6T:overdue"]],
    ]);
    expect(reminderGroups(tracker).map((g) => g.unit.code)).toEqual(["X-TAVAN", "X-BANHO", "P-SAPA"]);
  });

  it("the office is listed first when it owes something", () => {
    const late = trackDeadlines(b, on("10/07/2024"), 2024);
    const office = trackDeadlines(
      { ...b, milestones: [milestone("BCNAM-TINH", null, { due: on("31/12/2023") }), ...(b.milestones ?? [])] },
      on("10/07/2024"),
      2024,
    );
    expect(owedBy(office, ["overdue"]).map((g) => g.unit?.code ?? "office")).toEqual(["office", "X-BANHO", "P-SAPA"]);
    // Reminders are for units: the office does not remind itself.
    expect(reminderGroups(office).map((g) => g.unit.code)).toEqual(reminderGroups(late).map((g) => g.unit.code));
  });

  it("a unit × milestone matrix: the office row first, blank where a unit owes nothing", () => {
    const m = statusMatrix(tracker);
    expect(m.rows.map((u) => u?.code ?? "office")).toEqual(["office", "X-TAVAN", "X-BANHO", "P-SAPA"]);
    expect(m.columns.map((c) => c.code)).toEqual(["BC-6T", "SK-K6", "BC6T-TINH", "KN-2212"]);
    expect(m.cells.map((row) => row.map((c) => c?.status ?? "-"))).toEqual([
      ["-", "-", "done", "-"],
      ["done", "due_soon", "-", "-"],
      ["overdue", "due_soon", "-", "-"],
      ["overdue", "-", "-", "open"],
    ]);
  });

  it("one status per Tiến độ row, with who is overdue", () => {
    expect(
      milestoneRows(tracker).map((r) => [r.milestone.code, r.status, r.overdue.map((u) => u?.code ?? "office")]),
    ).toEqual([
      ["BC-6T", "overdue", ["X-BANHO", "P-SAPA"]],
      ["SK-K6", "due_soon", []],
      ["BC6T-TINH", "done", []],
      ["KN-2212", "open", []],
    ]);
    expect(milestoneRows(tracker)[0].counts).toMatchObject({ overdue: 2, done: 1 });
  });
});
