import { rankByTotal } from "./rank";

describe("ranks within a block", () => {
  it("1, 2, 2, 4: equal totals share a rank and are flagged; equal means equal to two decimals", () => {
    const ranked = rankByTotal(
      [
        { unit: "X-TAVAN", total: 88.5 },
        { unit: "X-TAPHIN", total: 91 },
        { unit: "X-BANHO", total: 88.501 },
        { unit: "X-MUONGHOA", total: 70 },
      ],
      (u) => u.total,
    );
    expect(ranked.map((r) => [r.item.unit, r.rank, r.tied])).toEqual([
      ["X-TAPHIN", 1, false],
      ["X-TAVAN", 2, true],
      ["X-BANHO", 2, true],
      ["X-MUONGHOA", 4, false],
    ]);
  });

  it("all equal: everyone first, everyone tied; nobody: nothing", () => {
    expect(rankByTotal([1, 1, 1], (x) => x).map((r) => [r.rank, r.tied])).toEqual([
      [1, true],
      [1, true],
      [1, true],
    ]);
    expect(rankByTotal([], (x: number) => x)).toEqual([]);
  });
});
