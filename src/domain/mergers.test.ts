import { indexMergers } from "./mergers";
import { merger } from "./rules/testBook";

describe("following a unit through the mergers of 2025", () => {
  it("a chain A → B → C resolves to C, for every code on it, whatever the case typed", () => {
    const m = indexMergers([merger("x-taphin", "P-SAPA2"), merger("P-SAPA2", "P-SAPA")]);
    expect(m.successor("X-TAPHIN")).toBe("P-SAPA");
    expect(m.successor("p-sapa2")).toBe("P-SAPA");
    expect(m.successor("P-SAPA")).toBe("P-SAPA");
    expect(m.successor("X-TAVAN")).toBe("X-TAVAN");
    expect(m.cycles).toEqual([]);
  });

  it("a cycle A → B → A is found, its rows reported, and its codes stay themselves (no hang)", () => {
    const rows = [
      merger("X-TAVAN", "X-BANHO", { row: 2 }),
      merger("X-BANHO", "X-TAVAN", { row: 3 }),
      merger("X-LAOCHAI", "X-TAVAN", { row: 4 }),
    ];
    const m = indexMergers(rows);
    expect(m.cycles.map((r) => r.row)).toEqual([2, 3]);
    expect(m.successor("X-TAVAN")).toBe("X-TAVAN");
    expect(m.successor("X-BANHO")).toBe("X-BANHO");
  });

  it("without a mergers sheet every code is itself", () => {
    expect(indexMergers(null).successor(" p-sapa ")).toBe("P-SAPA");
  });
});
