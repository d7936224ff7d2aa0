import { message } from "../../i18n";
import { submittedLate } from "./submittedLate";
import { book, codesAt, milestone, on, run, submission, unit } from "./testBook";

const UNITS = [unit("X-MUONGBO", "UBND xã Mường Bo"), unit("X-TAVAN", "UBND xã Tả Van")];
const handed = (u: string, code: string, day: string) => submission(u, code, { submittedOn: on(day) });

describe("SUBMITTED_LATE", () => {
  it("a report handed in after its deadline, on that Nộp row's Ngày nộp cell", () => {
    const report = milestone("BC-6T", "Tất cả", { due: on("20/06/2024") });
    const log = [handed("X-TAVAN", "BC-6T", "17/06/2024"), handed("X-MUONGBO", "BC-6T", "28/06/2024")];
    const f = run(submittedLate, book({ units: UNITS, milestones: [report], submissions: log }), on("10/07/2024"));
    expect(codesAt(f)).toEqual(["SUBMITTED_LATE@3"]);
    expect(f[0]).toMatchObject({
      severity: "warning",
      sheet: "Nộp",
      column: "Ngày nộp",
      unit: "X-MUONGBO",
      ref: "BC-6T",
      params: { handedIn: on("28/06/2024"), due: on("20/06/2024"), days: 8, unitName: "UBND xã Mường Bo" },
    });
    expect(message(f[0], "vi")).toBe(
      "Dòng 3: UBND xã Mường Bo nộp “Nội dung BC-6T” (BC-6T) ngày 28/06/2024, muộn 8 ngày so với hạn 20/06/2024.",
    );
  });

  it("the office's task done after its deadline, on its Ngày hoàn thành cell", () => {
    const directive = milestone("CT-2024", null, { due: on("31/01/2024"), completedOn: on("05/02/2024") });
    const f = run(submittedLate, book({ units: UNITS, milestones: [directive], submissions: [] }), on("10/07/2024"));
    expect(codesAt(f)).toEqual(["SUBMITTED_LATE@2"]);
    expect(f[0]).toMatchObject({ sheet: "Tiến độ", column: "Ngày hoàn thành", unit: null, params: { days: 5 } });
    expect(message(f[0], "en")).toBe(
      "Row 2: “Nội dung CT-2024” (CT-2024) was done on 05/02/2024, 5 day(s) after the deadline 31/01/2024.",
    );
  });

  it("quiet: on the deadline day, or not handed in at all", () => {
    const report = milestone("BC-6T", "Tất cả", { due: on("20/06/2024") });
    const f = run(
      submittedLate,
      book({ units: UNITS, milestones: [report], submissions: [handed("X-TAVAN", "BC-6T", "20/06/2024")] }),
      on("10/07/2024"),
    );
    expect(f).toEqual([]);
  });
});
