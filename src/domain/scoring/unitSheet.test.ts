import { book, criterion, unit } from "../rules/testBook";
import { unitScoreSheet } from "./unitSheet";

describe("a unit's own score sheet (for the self-scoring template)", () => {
  const b = book({
    units: [
      unit("X-TAVAN", "UBND xã Tả Van", { block: "K6" }),
      unit("PNV", "Phòng Nội vụ", { type: "agency", block: "K2" }),
      unit("HTX-TAVAN", "HTX Dệt may Tả Van", { type: "cooperative" }),
    ],
    criteria: [
      criterion("XA", null, 70, { name: "Nhiệm vụ của xã", blocks: "K5, K6" }),
      criterion("XA.1", "quantitative", 20, { parent: "XA", target: "CT-NS", name: "Thu ngân sách" }),
      criterion("XA.2", "counted", 10, { parent: "XA", points: 1, cap: 6, name: "Tin bài" }),
      criterion("CQ", null, 70, { name: "Nhiệm vụ của cơ quan", blocks: "K2" }),
      criterion("CQ.1", "qualitative", 70, { parent: "CQ" }),
      criterion("TRU", "penalty", null, { points: 2, cap: 5, name: "Vi phạm" }),
    ],
  });

  it("lists the criteria of the unit's block with their maxima, groups first, and the deductions all blocks share", () => {
    const sheet = unitScoreSheet(b, "x-tavan");
    expect(sheet?.block).toBe("K6");
    expect(sheet?.criteria.map((c) => [c.code, c.depth, c.group, c.high, c.low])).toEqual([
      ["XA", 0, true, 70, null],
      ["XA.1", 1, false, 20, 0],
      ["XA.2", 1, false, 6, 0],
      ["TRU", 0, false, 0, -5],
    ]);
    expect(sheet?.criteria[1]).toMatchObject({ kind: "quantitative", target: "CT-NS", row: 3 });
  });

  it("nothing for a unit the book lacks or that is in no block", () => {
    expect(unitScoreSheet(b, "X-LAOCHAI")).toBeNull();
    expect(unitScoreSheet(b, "HTX-TAVAN")).toBeNull();
  });
});
