import { message } from "../../i18n";
import { dateAfterToday } from "./dateAfterToday";
import { book, codesAt, milestone, on, run, submission, unit } from "./testBook";

const UNITS = [unit("X-TAVAN", "UBND xã Tả Van")];

describe("DATE_AFTER_TODAY", () => {
  it("a Nộp date and a Ngày hoàn thành after the reference day, each on its own cell", () => {
    const f = run(
      dateAfterToday,
      book({
        units: UNITS,
        milestones: [milestone("CT-2024", null, { due: on("31/01/2024"), completedOn: on("24/01/2025") })],
        submissions: [
          submission("X-TAVAN", "CT-2024", { submittedOn: on("20/06/2024") }),
          // 2042 for 2024: a slip of the keyboard.
          submission("X-TAVAN", "BC-6T", { submittedOn: on("19/06/2042") }),
          submission("", "", { submittedOn: on("01/01/2025") }),
        ],
      }),
      on("10/12/2024"),
    );
    expect(codesAt(f)).toEqual(["DATE_AFTER_TODAY@3", "DATE_AFTER_TODAY@4", "DATE_AFTER_TODAY@2"]);
    expect(f.map((x) => [x.sheet, x.column])).toEqual([
      ["Nộp", "Ngày nộp"],
      ["Nộp", "Ngày nộp"],
      ["Tiến độ", "Ngày hoàn thành"],
    ]);
    expect(f[0]).toMatchObject({
      severity: "warning",
      unit: "X-TAVAN",
      ref: "BC-6T",
      params: { value: on("19/06/2042"), today: on("10/12/2024") },
    });
    expect(message(f[0], "vi")).toBe(
      "Dòng 3, cột “Ngày nộp”: ngày 19/06/2042 sau ngày tham chiếu 10/12/2024, nên chưa được tính là đã nộp.",
    );
  });

  it("quiet: a date on the reference day itself", () => {
    const f = run(
      dateAfterToday,
      book({ units: UNITS, submissions: [submission("X-TAVAN", "BC-6T", { submittedOn: on("10/12/2024") })] }),
      on("10/12/2024"),
    );
    expect(f).toEqual([]);
  });
});
