import { scoreNotCounted } from "./scoreNotCounted";
import { book, criterion, run, score, unit } from "./testBook";

const units = [
  unit("X-TAVAN", "UBND xã Tả Van", { block: "K6" }),
  unit("PNV", "Phòng Nội vụ", { type: "agency", block: "K2" }),
  unit("HTX-TAVAN", "HTX Dệt may Tả Van", { type: "cooperative" }),
];
const criteria = [
  criterion("XA", null, 60, { blocks: "K5, K6" }),
  criterion("XA.1", "qualitative", 10, { parent: "XA" }),
  criterion("CQ.1", "qualitative", 10, { blocks: "K2" }),
  criterion("L1", null, 5, { parent: "L2" }),
  criterion("L2", null, 5, { parent: "L1" }),
];

describe("SCORE_NOT_COUNTED", () => {
  it("an agency criterion scored for a commune, a group scored directly, a unit in no block, a criterion in a loop", () => {
    const f = run(
      scoreNotCounted,
      book({
        units,
        criteria,
        scores: [
          score("X-TAVAN", "CQ.1", { self: 10 }),
          score("X-TAVAN", "XA", { self: 60 }),
          score("HTX-TAVAN", "XA.1", { self: 10 }),
          score("X-TAVAN", "L1", { self: 5 }),
        ],
      }),
    );
    expect(f.map((x) => [x.row, x.params.why])).toEqual([
      [2, "notForBlock"],
      [3, "group"],
      [4, "noBlock"],
      [5, "loop"],
    ]);
    expect(f[0]).toMatchObject({ severity: "warning", unit: "X-TAVAN", params: { block: "K6", criterion: "CQ.1" } });
    expect(f[2].params.block).toBeNull();
  });

  it("scores that count, unknown units and unknown criteria (reported elsewhere) are quiet", () => {
    const f = run(
      scoreNotCounted,
      book({
        units,
        criteria,
        scores: [score("X-TAVAN", "XA.1"), score("PNV", "CQ.1"), score("X-LAOCHAI", "XA.1"), score("X-TAVAN", "ZZ")],
      }),
    );
    expect(f).toEqual([]);
  });
});
