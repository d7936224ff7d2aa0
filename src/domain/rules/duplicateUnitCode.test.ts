import { duplicateUnitCode } from "./duplicateUnitCode";
import { book, codesAt, run, unit } from "./testBook";

describe("DUPLICATE_UNIT_CODE", () => {
  it("two wards typed with the same code are flagged on the later one, naming the first row", () => {
    const f = run(
      duplicateUnitCode,
      book({
        units: [
          unit("P-SAPA", "UBND phường Sa Pa"),
          unit("X-TAVAN", "UBND xã Tả Van"),
          unit(" p-sapa ", "UBND phường Sa Pả"),
        ],
      }),
    );
    expect(codesAt(f)).toEqual(["DUPLICATE_UNIT_CODE@4"]);
    expect(f[0]).toMatchObject({
      severity: "error",
      sheet: "Đơn vị",
      column: "Mã đơn vị",
      ref: "2",
      params: { firstRow: 2 },
    });
  });

  it("a third copy is flagged too, still naming the first", () => {
    const f = run(duplicateUnitCode, book({ units: [unit("PNV"), unit("PNV"), unit("PNV")] }));
    expect(codesAt(f)).toEqual(["DUPLICATE_UNIT_CODE@3", "DUPLICATE_UNIT_CODE@4"]);
    expect(f.map((x) => x.ref)).toEqual(["2", "2"]);
  });

  it("distinct codes, and rows with a blank code (the parser's concern), are quiet", () => {
    expect(run(duplicateUnitCode, book({ units: [unit("P-SAPA"), unit("P-SAPA2"), unit(""), unit("")] }))).toEqual([]);
  });
});
