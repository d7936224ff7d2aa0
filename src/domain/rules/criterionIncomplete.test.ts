import { criterionIncomplete } from "./criterionIncomplete";
import { book, criterion, run } from "./testBook";

describe("CRITERION_INCOMPLETE", () => {
  it("names the first column each kind needs: Loại, Điểm tối đa, Mã chỉ tiêu, Điểm mỗi lần, a limit", () => {
    const f = run(
      criterionIncomplete,
      book({
        criteria: [
          criterion("A", null, 10),
          criterion("B", "quantitative", 10),
          criterion("C", "qualitative", null),
          criterion("D", "counted", 10),
          criterion("E", "bonus", null, { points: 10 }),
          criterion("F", "counted", null, { points: 1 }),
        ],
      }),
    );
    expect(f.map((x) => [x.row, x.column, x.params.missing])).toEqual([
      [2, "Loại", "kind"],
      [3, "Mã chỉ tiêu", "target"],
      [4, "Điểm tối đa", "max"],
      [5, "Điểm mỗi lần", "points"],
      [6, "Giới hạn", "limit"],
      [7, "Điểm tối đa", "limit"],
    ]);
    expect(f[0]).toMatchObject({ severity: "warning", sheet: "Tiêu chí chấm điểm", ref: "A" });
  });

  it("complete criteria and groups (scored from their criteria) are quiet", () => {
    const criteria = [
      criterion("G", null, 60),
      criterion("G.1", "quantitative", 20, { parent: "G", target: "CT-NS" }),
      criterion("G.2", "counted", 10, { parent: "G", points: 2 }),
      criterion("T", "penalty", null, { points: 2, cap: 5 }),
    ];
    expect(run(criterionIncomplete, book({ criteria }))).toEqual([]);
  });
});
