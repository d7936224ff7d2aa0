import { unknownTarget } from "./unknownTarget";
import { book, codesAt, criterion, run, target } from "./testBook";

describe("UNKNOWN_TARGET", () => {
  it("a criterion scored on target “CT-NS” while no target row carries that Mã chỉ tiêu", () => {
    const f = run(
      unknownTarget,
      book({
        criteria: [
          criterion("NS", "quantitative", 20, { target: "CT-NS" }),
          criterion("HN", "quantitative", 10, { target: "ct-hn" }),
        ],
        targets: [target("X-TAVAN", "Tỷ lệ hộ nghèo", 8.9, 8.5, { code: "CT-HN" })],
      }),
    );
    expect(codesAt(f)).toEqual(["UNKNOWN_TARGET@2"]);
    expect(f[0]).toMatchObject({ severity: "error", column: "Mã chỉ tiêu", params: { value: "CT-NS" } });
  });

  it("quiet without a Chỉ tiêu sheet (the skipped checks say so) or when every code is found", () => {
    const criteria = [criterion("HN", "quantitative", 10, { target: "CT-HN" })];
    expect(run(unknownTarget, book({ criteria }))).toEqual([]);
    expect(
      run(unknownTarget, book({ criteria, targets: [target("X-TAVAN", "Hộ nghèo", 9, 8, { code: "CT-HN" })] })),
    ).toEqual([]);
  });
});
