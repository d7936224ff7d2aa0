import { unknownBlock } from "./unknownBlock";
import { block, book, codesAt, criterion, run, unit } from "./testBook";

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

  it("a criterion applied (Khối áp dụng) to a block the sheet lacks is flagged; “Tất cả” and known codes are quiet", () => {
    const f = run(
      unknownBlock,
      book({
        blocks: [block("K5"), block("K6")],
        criteria: [
          criterion("A", "qualitative", 10, { blocks: "K5, K9" }),
          criterion("B", "qualitative", 10, { blocks: "Tất cả" }),
          criterion("C", "qualitative", 10, { blocks: "k6" }),
        ],
      }),
    );
    expect(codesAt(f)).toEqual(["UNKNOWN_BLOCK@2"]);
    expect(f[0]).toMatchObject({
      sheet: "Tiêu chí chấm điểm",
      column: "Khối áp dụng",
      ref: "K9",
      params: { value: "K9" },
    });
  });

  it("units with no block are quiet", () => {
    expect(run(unknownBlock, book({ blocks: [block("K1")] }))).toEqual([]);
  });
});
