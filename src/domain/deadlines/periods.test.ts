import { formatDate, fromDayNumber } from "../dates";
import { on } from "../rules/testBook";
import { occurrences, periodLabel, type Occurrence } from "./periods";

const dues = (occs: Occurrence[]) => occs.map((o) => formatDate(o.due));
const labels = (occs: Occurrence[]) => occs.map((o) => (o.period ? periodLabel(o.period) : null));
const from = (o: Occurrence) => formatDate(fromDayNumber(o.fromDay));

describe("occurrences of a milestone over the plan year", () => {
  it("the news item due at the end of January keeps to month ends all year, leap February included", () => {
    const occs = occurrences(on("31/01/2024"), "monthly", 2024);
    expect(dues(occs)).toEqual([
      "31/01/2024",
      "29/02/2024",
      "31/03/2024",
      "30/04/2024",
      "31/05/2024",
      "30/06/2024",
      "31/07/2024",
      "31/08/2024",
      "30/09/2024",
      "31/10/2024",
      "30/11/2024",
      "31/12/2024",
    ]);
    expect(labels(occs)).toEqual([
      "2024-01",
      "2024-02",
      "2024-03",
      "2024-04",
      "2024-05",
      "2024-06",
      "2024-07",
      "2024-08",
      "2024-09",
      "2024-10",
      "2024-11",
      "2024-12",
    ]);
    // Each month collects from its first day: the period ends on its deadline.
    expect(occs.map(from).slice(0, 3)).toEqual(["01/01/2024", "01/02/2024", "01/03/2024"]);
  });

  it("a month-end deadline in a short month also keeps to month ends (29/02 → 31/03)", () => {
    expect(dues(occurrences(on("29/02/2024"), "monthly", 2024)).slice(0, 3)).toEqual([
      "29/02/2024",
      "31/03/2024",
      "30/04/2024",
    ]);
  });

  it("a deadline on the 30th repeats on the 30th, clamped in February", () => {
    expect(dues(occurrences(on("30/01/2024"), "monthly", 2024)).slice(0, 3)).toEqual([
      "30/01/2024",
      "29/02/2024",
      "30/03/2024",
    ]);
  });

  it("a mid-month deadline collects from the day after the previous one", () => {
    const occs = occurrences(on("15/01/2024"), "monthly", 2024);
    expect(occs).toHaveLength(12);
    expect(from(occs[1])).toBe("16/01/2024");
    expect(from(occs[0])).toBe("16/12/2023");
  });

  it("quarterly reports are named by the quarter of their deadline", () => {
    const ends = occurrences(on("31/03/2024"), "quarterly", 2024);
    expect(dues(ends)).toEqual(["31/03/2024", "30/06/2024", "30/09/2024", "31/12/2024"]);
    expect(labels(ends)).toEqual(["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]);
    const mid = occurrences(on("15/04/2024"), "quarterly", 2024);
    expect(dues(mid)).toEqual(["15/04/2024", "15/07/2024", "15/10/2024"]);
    expect(labels(mid)).toEqual(["2024-Q2", "2024-Q3", "2024-Q4"]);
  });

  it("six-monthly and yearly milestones", () => {
    const half = occurrences(on("20/06/2024"), "halfYearly", 2024);
    expect(dues(half)).toEqual(["20/06/2024", "20/12/2024"]);
    expect(labels(half)).toEqual(["2024-H1", "2024-H2"]);
    expect(labels(occurrences(on("15/12/2024"), "yearly", 2024))).toEqual(["2024"]);
  });

  it("a first deadline in last year's book starts this plan year at its first occurrence in it", () => {
    const occs = occurrences(on("31/10/2023"), "monthly", 2024);
    expect(occs).toHaveLength(12);
    expect(formatDate(occs[0].due)).toBe("31/01/2024");
    expect(from(occs[0])).toBe("01/01/2024");
    expect(dues(occurrences(on("15/11/2022"), "quarterly", 2024))).toEqual([
      "15/02/2024",
      "15/05/2024",
      "15/08/2024",
      "15/11/2024",
    ]);
  });

  it("a first deadline after the plan year is the only occurrence", () => {
    expect(dues(occurrences(on("15/01/2025"), "monthly", 2024))).toEqual(["15/01/2025"]);
  });

  it("a milestone that does not repeat has one occurrence, with no period, whatever the year", () => {
    for (const r of ["none", null] as const) {
      const occs = occurrences(on("15/03/2023"), r, 2024);
      expect(dues(occs)).toEqual(["15/03/2023"]);
      expect(occs[0].period).toBeNull();
      expect(occs[0].fromDay).toBe(Number.NEGATIVE_INFINITY);
    }
  });
});
