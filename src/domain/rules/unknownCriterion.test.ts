import { unknownCriterion } from "./unknownCriterion";
import { book, codesAt, criterion, run, score, unit } from "./testBook";

const units = [unit("X-TAVAN", "UBND xã Tả Van", { block: "K6" })];

describe("UNKNOWN_CRITERION", () => {
  it("a score under a criterion code the score sheet lacks, and a criterion in a group that does not exist", () => {
    const f = run(
      unknownCriterion,
      book({
        units,
        criteria: [
          criterion("I", null, 60),
          criterion("I.1", "qualitative", 10, { parent: "I" }),
          criterion("I.2", "qualitative", 10, { parent: "1" }),
        ],
        scores: [score("X-TAVAN", "I.1", { self: 10 }), score("X-TAVAN", "I.9", { self: 5 })],
      }),
    );
    expect(f.map((x) => `${x.sheet}@${x.row}:${x.column}=${x.params.value}`)).toEqual([
      "Tiêu chí chấm điểm@4:Thuộc nhóm=1",
      "Chấm điểm@3:Mã tiêu chí=I.9",
    ]);
    expect(f[1]).toMatchObject({ severity: "error", unit: "X-TAVAN" });
  });

  it("codes compare without case; without a criteria sheet nothing is compared", () => {
    const criteria = [criterion("I.1", "qualitative", 10)];
    expect(run(unknownCriterion, book({ units, criteria, scores: [score("X-TAVAN", "i.1")] }))).toEqual([]);
    expect(codesAt(run(unknownCriterion, book({ units, scores: [score("X-TAVAN", "I.9")] })))).toEqual([]);
  });
});
