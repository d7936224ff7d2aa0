import { unknownBlock } from "./unknownBlock";
import { block, book, codesAt, run, unit } from "./testBook";

describe("UNKNOWN_BLOCK", () => {
  it("a ward placed in a block the Khối thi đua sheet does not define is flagged", () => {
    const f = run(
      unknownBlock,
      book({
        units: [unit("P-SAPA", "UBND phường Sa Pa", { block: "K4" }), unit("X-TAVAN", "x", { block: "k1" })],
        blocks: [block("K1")],
      }),
    );
    expect(codesAt(f)).toEqual(["UNKNOWN_BLOCK@2"]);
    expect(f[0]).toMatchObject({
      severity: "error",
      sheet: "Đơn vị",
      column: "Khối thi đua",
      unit: "P-SAPA",
      ref: "K4",
    });
  });

  it("without the blocks sheet the check is skipped (CHECKS_SKIPPED says so)", () => {
    expect(run(unknownBlock, book({ units: [unit("P-SAPA", "x", { block: "K4" })] }))).toEqual([]);
  });

  it("units with no block are quiet", () => {
    expect(run(unknownBlock, book({ blocks: [block("K1")] }))).toEqual([]);
  });
});
