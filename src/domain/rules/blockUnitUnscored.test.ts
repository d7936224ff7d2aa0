import { blockUnitUnscored } from "./blockUnitUnscored";
import { book, codesAt, criterion, run, score, unit } from "./testBook";

const units = [
  unit("P-SAPA", "UBND phường Sa Pa", { block: "K5" }),
  unit("P-SAPA2", "UBND phường Sa Pả", { block: "K5" }),
  unit("PNV", "Phòng Nội vụ", { type: "agency", block: "K2" }),
  unit("HTX-TAVAN", "HTX Dệt may Tả Van", { type: "cooperative" }),
];

describe("BLOCK_UNIT_UNSCORED", () => {
  it("phường Sa Pả has no score while its block is being scored: a warning on its row in Đơn vị", () => {
    const f = run(
      blockUnitUnscored,
      book({
        units,
        criteria: [criterion("A", "qualitative", 10, { blocks: "K5" })],
        scores: [score("P-SAPA", "A", { self: 10 })],
      }),
    );
    expect(codesAt(f)).toEqual(["BLOCK_UNIT_UNSCORED@3"]);
    expect(f[0]).toMatchObject({ severity: "warning", sheet: "Đơn vị", unit: "P-SAPA2", params: { block: "K5" } });
  });

  it("quiet for blocks the score sheet does not apply to, units in no block, and books without Chấm điểm", () => {
    const criteria = [criterion("A", "qualitative", 10, { blocks: "K5" })];
    const scores = [score("P-SAPA", "A", { self: 10 }), score("p-sapa2", "A", { self: 9 })];
    expect(run(blockUnitUnscored, book({ units, criteria, scores }))).toEqual([]);
    expect(run(blockUnitUnscored, book({ units, criteria }))).toEqual([]);
  });
});
