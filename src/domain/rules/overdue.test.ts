import { message } from "../../i18n";
import { overdue } from "./overdue";
import { book, codesAt, milestone, on, run, submission, unit } from "./testBook";

const UNITS = [
  unit("X-BANHO", "UBND xã Bản Hồ", { block: "K6" }),
  unit("X-TAVAN", "UBND xã Tả Van", { block: "K6" }),
  unit("P-SAPA", "UBND phường Sa Pa", { block: "K5" }),
];
const handed = (u: string, code: string, day: string) => submission(u, code, { submittedOn: on(day) });

describe("OVERDUE", () => {
  const report = milestone("DK-CT", "Tất cả", { due: on("15/03/2024") });

  it("each unit that has not handed in a passed deadline, on the milestone's Hạn cell", () => {
    const f = run(
      overdue,
      book({ units: UNITS, milestones: [report], submissions: [handed("X-TAVAN", "DK-CT", "14/03/2024")] }),
      on("10/04/2024"),
    );
    expect(codesAt(f)).toEqual(["OVERDUE@2", "OVERDUE@2"]);
    expect(f.map((x) => x.unit)).toEqual(["X-BANHO", "P-SAPA"]);
    expect(f[0]).toMatchObject({
      severity: "error",
      sheet: "Tiến độ",
      column: "Hạn",
      ref: "DK-CT",
      params: { unitName: "UBND xã Bản Hồ", milestone: "DK-CT", due: on("15/03/2024"), period: null, days: 26 },
    });
    expect(message(f[0], "vi")).toBe(
      "Dòng 2: UBND xã Bản Hồ chưa nộp “Nội dung DK-CT” (DK-CT), hạn 15/03/2024, đã quá hạn 26 ngày.",
    );
  });

  it("one occurrence of a recurring milestone carries its period in the ref", () => {
    const quarterly = milestone("BC-QUY", "X-TAVAN", { due: on("31/03/2024"), recurrence: "quarterly" });
    const f = run(overdue, book({ units: UNITS, milestones: [quarterly], submissions: [] }), on("10/07/2024"));
    expect(f.map((x) => x.ref)).toEqual(["BC-QUY@2024-Q1", "BC-QUY@2024-Q2"]);
    expect(message(f[1], "vi")).toContain("chưa nộp “Nội dung BC-QUY” (BC-QUY, quý II/2024), hạn 30/06/2024");
    expect(message(f[1], "en")).toContain("has not handed in “Nội dung BC-QUY” (BC-QUY, Q2/2024), due 30/06/2024");
  });

  it("the office's own task: no unit, the office's wording", () => {
    const directive = milestone("CT-2024", null, { due: on("31/01/2024") });
    const f = run(overdue, book({ units: UNITS, milestones: [directive], submissions: [] }), on("01/02/2024"));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ unit: null, ref: "CT-2024", params: { unitName: null, days: 1 } });
    expect(message(f[0], "vi")).toBe(
      "Dòng 2: việc “Nội dung CT-2024” (CT-2024) của cơ quan thường trực chưa hoàn thành, hạn 31/01/2024, đã quá hạn 1 ngày.",
    );
  });

  it("quiet: on the deadline day, handed in late, a counted milestone, a passed deadline without the Nộp sheet", () => {
    const b = (submissions = [handed("X-BANHO", "DK-CT", "20/03/2024")]) =>
      book({ units: UNITS, milestones: [report], submissions });
    expect(run(overdue, b(), on("15/03/2024"))).toEqual([]);
    expect(run(overdue, b(), on("10/04/2024")).map((x) => x.unit)).toEqual(["X-TAVAN", "P-SAPA"]);
    const news = milestone("TIN", "X-TAVAN", { due: on("31/01/2024"), recurrence: "monthly", minCount: 1 });
    expect(run(overdue, book({ units: UNITS, milestones: [news], submissions: [] }), on("10/07/2024"))).toEqual([]);
    expect(run(overdue, book({ units: UNITS, milestones: [report] }), on("10/04/2024"))).toEqual([]);
  });
});
