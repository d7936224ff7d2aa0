import { duplicateScore } from "./duplicateScore";
import { book, codesAt, run, score } from "./testBook";

describe("DUPLICATE_SCORE", () => {
  it("xã Tả Van scored twice on I.1: the later row is reported, the first counts", () => {
    const f = run(
      duplicateScore,
      book({
        scores: [score("X-TAVAN", "I.1", { self: 10 }), score("X-TAPHIN", "I.1"), score("x-tavan", "I.1", { self: 8 })],
      }),
    );
    expect(codesAt(f)).toEqual(["DUPLICATE_SCORE@4"]);
    expect(f[0]).toMatchObject({ severity: "error", column: "Mã tiêu chí", unit: "x-tavan", params: { firstRow: 2 } });
  });

  it("one row per unit and criterion is quiet", () => {
    expect(run(duplicateScore, book({ scores: [score("X-TAVAN", "I.1"), score("X-TAVAN", "I.2")] }))).toEqual([]);
  });
});
