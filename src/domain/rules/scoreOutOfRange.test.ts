import { scoreOutOfRange } from "./scoreOutOfRange";
import { book, codesAt, criterion, run, score, unit } from "./testBook";

const units = [
  unit("X-TAVAN", "UBND xã Tả Van", { block: "K6" }),
  unit("X-TAPHIN", "UBND xã Tả Phìn", { block: "K6" }),
];
const criteria = [
  criterion("I.1", "qualitative", 10, { name: "Xây dựng chính quyền" }),
  criterion("I.2", "counted", 10, { points: 2, cap: 8 }),
  criterion("II", "bonus", null, { points: 10, cap: 15 }),
  criterion("III", "penalty", null, { points: 2, cap: 5 }),
];

describe("SCORE_ABOVE_MAX, SCORE_BELOW_ZERO", () => {
  it("a reviewer giving 12 points on a 10-point criterion is flagged on that cell, naming the maximum", () => {
    const f = run(
      scoreOutOfRange,
      book({ units, criteria, scores: [score("X-TAVAN", "I.1", { self: 10, reviewed: 12 })] }),
    );
    expect(codesAt(f)).toEqual(["SCORE_ABOVE_MAX@2"]);
    expect(f[0]).toMatchObject({
      severity: "error",
      sheet: "Chấm điểm",
      column: "Thẩm định",
      unit: "X-TAVAN",
      ref: "I.1",
      params: { criterion: "I.1", value: 12, max: 10, deduction: false },
    });
  });

  it("the cap is the maximum of a counted or bonus criterion; a penalty may not deduct more than its limit", () => {
    const f = run(
      scoreOutOfRange,
      book({
        units,
        criteria,
        scores: [
          score("X-TAVAN", "I.2", { self: 9 }),
          score("X-TAVAN", "II", { final: 20 }),
          score("X-TAPHIN", "III", { self: -6 }),
        ],
      }),
    );
    expect(f.map((x) => [x.code, x.row, x.column, x.params])).toEqual([
      ["SCORE_ABOVE_MAX", 2, "Tự chấm", expect.objectContaining({ max: 8, deduction: false })],
      ["SCORE_ABOVE_MAX", 3, "Điểm chốt", expect.objectContaining({ max: 15, deduction: false })],
      ["SCORE_ABOVE_MAX", 4, "Tự chấm", expect.objectContaining({ value: -6, max: 5, deduction: true })],
    ]);
  });

  it("a negative score on a criterion that does not deduct is flagged too", () => {
    const f = run(scoreOutOfRange, book({ units, criteria, scores: [score("X-TAVAN", "I.1", { final: -1 })] }));
    expect(codesAt(f)).toEqual(["SCORE_BELOW_ZERO@2"]);
  });

  it("scores within range, deductions written 5 or −5, unknown criteria and books without score sheets are quiet", () => {
    const scores = [
      score("X-TAVAN", "I.1", { self: 10, reviewed: 9.5, final: 0 }),
      score("X-TAVAN", "III", { self: 5, final: -5 }),
      score("X-TAVAN", "KHONG-CO", { self: 50 }),
    ];
    expect(run(scoreOutOfRange, book({ units, criteria, scores }))).toEqual([]);
    expect(run(scoreOutOfRange, book({ units, scores }))).toEqual([]);
  });
});
