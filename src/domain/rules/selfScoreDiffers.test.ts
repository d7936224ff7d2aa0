import { selfScoreDiffers } from "./selfScoreDiffers";
import { book, codesAt, criterion, run, score, target, unit } from "./testBook";

const units = [unit("P-SAPA", "UBND phường Sa Pa", { block: "K5" }), unit("P-HAMRONG", "Hàm Rồng", { block: "K5" })];

describe("SELF_SCORE_DIFFERS", () => {
  it("a ward claiming 10 points for 3 news items at 2 points each is noted for the reviewer", () => {
    const f = run(
      selfScoreDiffers,
      book({
        units,
        criteria: [criterion("TB", "counted", 10, { points: 2 })],
        scores: [score("P-SAPA", "TB", { value: 3, self: 10 }), score("P-HAMRONG", "TB", { value: 4, self: 10 })],
      }),
    );
    // 3 × 2 = 6: 4 apart, more than 2; 4 × 2 = 8: 2 apart, within one item's points.
    expect(codesAt(f)).toEqual(["SELF_SCORE_DIFFERS@2"]);
    expect(f[0]).toMatchObject({
      severity: "info",
      column: "Tự chấm",
      unit: "P-SAPA",
      params: { criterion: "TB", self: 10, computed: 6, tolerance: 2 },
    });
  });

  it("a target-based self-score is compared with the formula; without points only rounding is allowed", () => {
    const f = run(
      selfScoreDiffers,
      book({
        units,
        criteria: [criterion("NS", "quantitative", 20, { target: "CT-NS" })],
        targets: [
          target("P-SAPA", "Thu ngân sách", 18500, 19000, { code: "CT-NS", result: 20900 }),
          target("P-HAMRONG", "Thu ngân sách", 5200, 5300, { code: "CT-NS", result: 5565 }),
        ],
        scores: [score("P-SAPA", "NS", { self: 20 }), score("P-HAMRONG", "NS", { self: 15.5 })],
      }),
    );
    expect(f.map((x) => [x.unit, x.params.computed])).toEqual([["P-HAMRONG", 15]]);
  });

  it("quiet when the self-score agrees, when there is no data to compute, and for a penalty typed positive", () => {
    const f = run(
      selfScoreDiffers,
      book({
        units,
        criteria: [
          criterion("TB", "counted", 10, { points: 2 }),
          criterion("VP", "penalty", null, { points: 2, cap: 5 }),
        ],
        scores: [
          score("P-SAPA", "TB", { value: 3, self: 6 }),
          score("P-HAMRONG", "TB", { self: 10 }),
          score("P-SAPA", "VP", { value: 1, self: 2 }),
        ],
      }),
    );
    expect(f).toEqual([]);
  });
});
