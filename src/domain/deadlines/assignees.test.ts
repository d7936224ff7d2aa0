import { block, book, unit } from "../rules/testBook";
import { resolveAssignees, unitDirectory } from "./assignees";

const UNITS = [
  unit("X-TAVAN", "UBND xã Tả Van", { block: "K6" }),
  unit("P-SAPA", "UBND phường Sa Pa", { block: "k5" }),
  unit("X-BANHO", "UBND xã Bản Hồ", { block: "K6" }),
  unit("PNV", "Phòng Nội vụ", { type: "agency", block: "K2" }),
  unit("x-tavan", "UBND xã Tả Van (dòng trùng)", { block: "K6" }),
];
const dir = unitDirectory(book({ units: UNITS, blocks: [block("K5"), block("K6"), block("K8")] }));
const codes = (assignee: string | null) => resolveAssignees(assignee, dir).units.map((u) => u.code);

describe("who owes a milestone", () => {
  it("one unit, by its code in any case and with stray spaces", () => {
    const who = resolveAssignees("  x-TaVan ", dir);
    expect(who).toMatchObject({ office: false, single: true });
    expect(who.units.map((u) => u.name)).toEqual(["UBND xã Tả Van"]);
  });

  it("a block: every unit of it, in the order of the units sheet", () => {
    expect(codes("K6")).toEqual(["X-TAVAN", "X-BANHO"]);
    expect(codes("K5")).toEqual(["P-SAPA"]);
    expect(resolveAssignees("K6", dir)).toMatchObject({ single: false });
    // K8 is in the blocks sheet but has no units yet.
    expect(codes("K8")).toEqual([]);
  });

  it("“Tất cả” however it is typed: every unit once (a duplicated code counts once)", () => {
    for (const all of ["Tất cả", "TẤT CẢ", "tat ca", "Tất  cả"]) {
      expect(codes(all)).toEqual(["X-TAVAN", "P-SAPA", "X-BANHO", "PNV"]);
    }
  });

  it("empty: the standing office itself", () => {
    expect(resolveAssignees(null, dir)).toEqual({ office: true, units: [] });
    expect(resolveAssignees("  ", dir)).toEqual({ office: true, units: [] });
  });

  it("a list of units and blocks, each unit once, in sheet order", () => {
    expect(codes("PNV; K6, x-tavan")).toEqual(["X-TAVAN", "X-BANHO", "PNV"]);
    expect(resolveAssignees("PNV, X-BANHO", dir)).toMatchObject({ single: false });
  });

  it("a name that is neither unit nor block owes nothing (UNKNOWN_UNIT reports it)", () => {
    expect(resolveAssignees("X-LAOCHAI", dir)).toEqual({ office: false, units: [], single: false });
  });
});
