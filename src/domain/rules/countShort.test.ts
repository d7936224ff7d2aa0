import { message } from "../../i18n";
import { countShort } from "./countShort";
import { book, codesAt, milestone, on, run, submission, unit } from "./testBook";

const UNITS = [unit("TTVHTTTT", "Trung tâm Văn hóa, Thể thao và Truyền thông", { type: "publicService" })];
const item = (day: string, title: string) => submission("TTVHTTTT", "TIN-TDKT", { submittedOn: on(day), note: title });

describe("COUNT_SHORT", () => {
  const news = milestone("TIN-TDKT", "TTVHTTTT", { due: on("31/01/2024"), recurrence: "monthly", minCount: 1, row: 5 });
  const items = [
    item("18/01/2024", "Xã Tả Van - điểm sáng trong phong trào xây dựng nông thôn mới"),
    item("12/03/2024", "Hội LHPN xã Trung Chải giúp hội viên thoát nghèo"),
  ];

  it("a finished month without its news item, on the Số lượng tối thiểu cell, named by its period", () => {
    const f = run(countShort, book({ units: UNITS, milestones: [news], submissions: items }), on("10/05/2024"));
    expect(codesAt(f)).toEqual(["COUNT_SHORT@5", "COUNT_SHORT@5"]);
    expect(f.map((x) => x.ref)).toEqual(["TIN-TDKT@2024-02", "TIN-TDKT@2024-04"]);
    expect(f[0]).toMatchObject({
      severity: "error",
      sheet: "Tiến độ",
      column: "Số lượng tối thiểu",
      unit: "TTVHTTTT",
      params: { count: 0, required: 1, due: on("29/02/2024"), period: { kind: "month", year: 2024, index: 2 } },
    });
    expect(message(f[0], "vi")).toBe(
      "Dòng 5: “Nội dung TIN-TDKT” (TIN-TDKT, tháng 02/2024), hạn 29/02/2024: Trung tâm Văn hóa, Thể thao và Truyền thông mới có 0, cần ít nhất 1.",
    );
  });

  it("one item of two required is short too", () => {
    const two = { ...news, minCount: 2 };
    const f = run(countShort, book({ units: UNITS, milestones: [two], submissions: items }), on("01/02/2024"));
    expect(f.map((x) => [x.ref, x.params.count])).toEqual([["TIN-TDKT@2024-01", 1]]);
  });

  it("quiet: the current month, not yet ended; a milestone that is not counted", () => {
    expect(run(countShort, book({ units: UNITS, milestones: [news], submissions: items }), on("29/02/2024"))).toEqual(
      [],
    );
    const report = milestone("BC-6T", "TTVHTTTT", { due: on("20/06/2024") });
    expect(run(countShort, book({ units: UNITS, milestones: [report], submissions: [] }), on("10/07/2024"))).toEqual(
      [],
    );
  });
});
