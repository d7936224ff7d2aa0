import { formatDate } from "../dates";
import type { Book, Milestone, Submission } from "../model";
import { book, milestone, on, submission, unit } from "../rules/testBook";
import { trackDeadlines, type Obligation } from "./obligations";
import { periodLabel } from "./periods";

const UNITS = [
  unit("X-TAVAN", "UBND xã Tả Van", { block: "K6" }),
  unit("X-BANHO", "UBND xã Bản Hồ", { block: "K6" }),
  unit("P-SAPA", "UBND phường Sa Pa", { block: "K5" }),
  unit("TTVHTTTT", "Trung tâm Văn hóa, Thể thao và Truyền thông", { type: "publicService", block: "K4" }),
  unit("PNV", "Phòng Nội vụ", { type: "agency", block: "K2" }),
];

function sapa(milestones: Milestone[], submissions: Submission[] = []): Book {
  return book({ units: UNITS, milestones, submissions });
}

const handed = (u: string, code: string, day: string) => submission(u, code, { submittedOn: on(day) });

/** "CODE unit period: status (handed in, count/required)" for short expectations. */
function line(o: Obligation): string {
  const period = o.period ? `@${periodLabel(o.period)}` : "";
  const hand = o.handedIn ? ` ${formatDate(o.handedIn.date)}` : "";
  return `${o.milestone.code}${period} ${o.unit?.code ?? "office"}: ${o.status}${hand} ${o.count}/${o.required}`;
}

const track = (b: Book, today: string) => trackDeadlines(b, on(today), 2024);
const lines = (b: Book, today: string) => track(b, today).obligations.map(line);

describe("obligations of every unit (“Tất cả”)", () => {
  const report = milestone("BC-6T", "Tất cả", { due: on("20/06/2024") });
  const log = [
    handed("TTVHTTTT", "BC-6T", "14/06/2024"),
    handed("X-TAVAN", "bc-6t", "20/06/2024"),
    handed("X-BANHO", "BC-6T", "21/06/2024"),
    handed(" x-tavan ", "BC-6T", "25/06/2024"),
  ];

  it("on 10/07: on the deadline day is on time, the day after is late, nothing is overdue", () => {
    expect(lines(sapa([report], log), "10/07/2024")).toEqual([
      "BC-6T X-TAVAN: done 20/06/2024 2/1",
      "BC-6T X-BANHO: late 21/06/2024 1/1",
      "BC-6T P-SAPA: overdue 0/1",
      "BC-6T TTVHTTTT: done 14/06/2024 1/1",
      "BC-6T PNV: overdue 0/1",
    ]);
    const [, late, overdue] = track(sapa([report], log), "10/07/2024").obligations;
    expect(late.daysLate).toBe(1);
    expect(late.handedIn).toMatchObject({ sheet: "submissions", row: 4 });
    expect(overdue.daysLate).toBe(20);
  });

  it("before the deadline nothing is overdue: a week ahead is due soon, further is open", () => {
    expect(lines(sapa([report]), "13/06/2024")).toEqual(Array(5).fill(expect.stringMatching(/: due_soon 0\/1$/)));
    expect(lines(sapa([report]), "12/06/2024")).toEqual(Array(5).fill(expect.stringMatching(/: open 0\/1$/)));
    expect(lines(sapa([report]), "20/06/2024")[2]).toBe("BC-6T P-SAPA: due_soon 0/1");
    expect(lines(sapa([report]), "21/06/2024")[2]).toBe("BC-6T P-SAPA: overdue 0/1");
  });

  it("a hand-in dated after the reference day has not happened yet: it is set aside, not counted", () => {
    const t = track(sapa([report], log), "20/06/2024");
    expect(t.obligations.map(line)[1]).toBe("BC-6T X-BANHO: due_soon 0/1");
    expect(t.laterSubmissions.map((s) => s.row)).toEqual([4, 5]);
  });

  it("the Ngày hoàn thành of a milestone for many units closes nothing", () => {
    const closed = { ...report, completedOn: on("30/06/2024") };
    expect(lines(sapa([closed], log), "10/07/2024")[2]).toBe("BC-6T P-SAPA: overdue 0/1");
  });
});

describe("a block's milestone", () => {
  it("is owed by the units of that block only", () => {
    const meeting = milestone("SK-K6", "k6", { due: on("31/07/2024") });
    const b = sapa([meeting], [handed("X-TAVAN", "SK-K6", "05/08/2024"), handed("P-SAPA", "SK-K6", "20/07/2024")]);
    expect(lines(b, "24/07/2024")).toEqual(["SK-K6 X-TAVAN: due_soon 0/1", "SK-K6 X-BANHO: due_soon 0/1"]);
    expect(lines(b, "23/07/2024")).toEqual(["SK-K6 X-TAVAN: open 0/1", "SK-K6 X-BANHO: open 0/1"]);
    expect(lines(b, "31/07/2024")[1]).toBe("SK-K6 X-BANHO: due_soon 0/1");
    expect(lines(b, "10/08/2024")).toEqual(["SK-K6 X-TAVAN: late 05/08/2024 1/1", "SK-K6 X-BANHO: overdue 0/1"]);
  });
});

describe("the standing office's own milestones", () => {
  const directive = (more: Partial<Milestone> = {}) =>
    milestone("CT-2024", null, { due: on("31/01/2024"), row: 3, ...more });

  it("are closed by their Ngày hoàn thành, owed by nobody else", () => {
    expect(lines(sapa([directive({ completedOn: on("24/01/2024") })]), "10/07/2024")).toEqual([
      "CT-2024 office: done 24/01/2024 1/1",
    ]);
    const late = track(sapa([directive({ completedOn: on("05/02/2024") })]), "10/07/2024").obligations[0];
    expect(late).toMatchObject({ unit: null, status: "late", daysLate: 5 });
    expect(late.handedIn).toMatchObject({ sheet: "milestones", row: 3 });
    expect(lines(sapa([directive()]), "01/02/2024")).toEqual(["CT-2024 office: overdue 0/1"]);
  });

  it("a completion dated after the reference day is set aside", () => {
    const t = track(sapa([directive({ completedOn: on("05/02/2024") })]), "01/02/2024");
    expect(t.obligations.map(line)).toEqual(["CT-2024 office: overdue 0/1"]);
    expect(t.laterCompletions.map((m) => m.code)).toEqual(["CT-2024"]);
  });

  it("a milestone of one unit is also closed by its Ngày hoàn thành", () => {
    const anniversary = milestone("KN-0302", "PNV", { due: on("03/02/2024"), completedOn: on("03/02/2024") });
    expect(lines(sapa([anniversary]), "10/07/2024")).toEqual(["KN-0302 PNV: done 03/02/2024 1/1"]);
  });
});

describe("a monthly counted milestone (at least one news item a month)", () => {
  const news = (minCount = 1) =>
    milestone("TIN-TDKT", "TTVHTTTT", { due: on("31/01/2024"), recurrence: "monthly", minCount });
  const items = [
    handed("TTVHTTTT", "TIN-TDKT", "18/01/2024"),
    handed("TTVHTTTT", "TIN-TDKT", "29/01/2024"),
    // The last day of February (a leap year) still counts for February.
    handed("TTVHTTTT", "TIN-TDKT", "29/02/2024"),
    // 01/04 counts for April, not March.
    handed("TTVHTTTT", "TIN-TDKT", "01/04/2024"),
  ];

  it("counts the items of each month; a finished month short is overdue, the current one is not yet", () => {
    expect(lines(sapa([news()], items), "10/05/2024").slice(0, 6)).toEqual([
      "TIN-TDKT@2024-01 TTVHTTTT: done 18/01/2024 2/1",
      "TIN-TDKT@2024-02 TTVHTTTT: done 29/02/2024 1/1",
      "TIN-TDKT@2024-03 TTVHTTTT: overdue 0/1",
      "TIN-TDKT@2024-04 TTVHTTTT: done 01/04/2024 1/1",
      "TIN-TDKT@2024-05 TTVHTTTT: open 0/1",
      "TIN-TDKT@2024-06 TTVHTTTT: open 0/1",
    ]);
    expect(lines(sapa([news()], items), "10/05/2024")).toHaveLength(12);
  });

  it("on the last day of the month the month is not yet short; the next day it is", () => {
    expect(lines(sapa([news()], items), "31/03/2024")[2]).toBe("TIN-TDKT@2024-03 TTVHTTTT: due_soon 0/1");
    expect(lines(sapa([news()], items), "01/04/2024")[2]).toBe("TIN-TDKT@2024-03 TTVHTTTT: overdue 0/1");
  });

  it("with two required, the second item completes the month; one is short", () => {
    expect(lines(sapa([news(2)], items), "10/05/2024").slice(0, 2)).toEqual([
      "TIN-TDKT@2024-01 TTVHTTTT: done 29/01/2024 2/2",
      "TIN-TDKT@2024-02 TTVHTTTT: overdue 1/2",
    ]);
  });

  it("a counted milestone that does not repeat needs its count by the deadline, else it is late", () => {
    const reports = milestone("TIN-CD", "X-TAVAN", { due: on("30/06/2024"), minCount: 3 });
    const three = [
      handed("X-TAVAN", "TIN-CD", "01/06/2024"),
      handed("X-TAVAN", "TIN-CD", "10/06/2024"),
      handed("X-TAVAN", "TIN-CD", "05/07/2024"),
    ];
    expect(lines(sapa([reports], three), "10/07/2024")).toEqual(["TIN-CD X-TAVAN: late 05/07/2024 3/3"]);
    expect(lines(sapa([reports], three.slice(0, 2)), "01/07/2024")).toEqual(["TIN-CD X-TAVAN: overdue 2/3"]);
    expect(lines(sapa([reports], three.slice(0, 2)), "25/06/2024")).toEqual(["TIN-CD X-TAVAN: due_soon 2/3"]);
  });
});

describe("a quarterly report", () => {
  const quarterly = milestone("BC-QUY", "X-TAVAN", { due: on("31/03/2024"), recurrence: "quarterly" });

  it("hand-ins close the oldest open quarter first; a second copy early is not counted", () => {
    const log = [
      handed("X-TAVAN", "BC-QUY", "28/03/2024"),
      handed("X-TAVAN", "BC-QUY", "29/03/2024"),
      handed("X-TAVAN", "BC-QUY", "20/07/2024"),
    ];
    expect(lines(sapa([quarterly], log), "10/10/2024")).toEqual([
      "BC-QUY@2024-Q1 X-TAVAN: done 28/03/2024 1/1",
      "BC-QUY@2024-Q2 X-TAVAN: late 20/07/2024 1/1",
      "BC-QUY@2024-Q3 X-TAVAN: overdue 0/1",
      "BC-QUY@2024-Q4 X-TAVAN: open 0/1",
    ]);
  });

  it("a unit that skipped a quarter: the next hand-in closes the skipped one late", () => {
    const log = [handed("X-TAVAN", "BC-QUY", "25/06/2024")];
    expect(lines(sapa([quarterly], log), "01/07/2024").slice(0, 2)).toEqual([
      "BC-QUY@2024-Q1 X-TAVAN: late 25/06/2024 1/1",
      "BC-QUY@2024-Q2 X-TAVAN: overdue 0/1",
    ]);
  });
});

describe("rows the tracker cannot use", () => {
  it("a milestone without a deadline or a code, or for an unknown unit, owes nothing", () => {
    const b = sapa([
      milestone("BC-X", "Tất cả", { due: null }),
      milestone("", "Tất cả"),
      milestone("BC-Y", "X-LAOCHAI"),
    ]);
    expect(track(b, "10/07/2024").obligations).toEqual([]);
  });

  it("a book without the Tiến độ or Nộp sheet has nothing, or nothing handed in", () => {
    expect(track(book({ units: UNITS }), "10/07/2024").obligations).toEqual([]);
    const b = book({ units: UNITS, milestones: [milestone("BC-6T", "PNV")], submissions: undefined });
    expect(lines(b, "10/07/2024")).toEqual(["BC-6T PNV: overdue 0/1"]);
  });
});
