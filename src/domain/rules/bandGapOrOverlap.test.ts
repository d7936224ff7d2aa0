import { bandGapOrOverlap } from "./bandGapOrOverlap";
import { band, book, codesAt, run } from "./testBook";

describe("BAND_GAP_OR_OVERLAP", () => {
  it("Tốt up to 89 and Xuất sắc from 90 leave 89,5 without a band; Khá from 65 to 80 overlaps Tốt from 75", () => {
    const f = run(
      bandGapOrOverlap,
      book({
        bands: [
          band("XS", "Xuất sắc", 90, 100),
          band("T", "Tốt", 75, 89),
          band("K", "Khá", 65, 80),
          band("TB", "Trung bình", 50, 40),
        ],
      }),
    );
    expect(codesAt(f)).toEqual(["BAND_GAP_OR_OVERLAP@2", "BAND_GAP_OR_OVERLAP@3", "BAND_GAP_OR_OVERLAP@5"]);
    expect(f.map((x) => x.params.problem)).toEqual(["gap", "overlap", "inverted"]);
    expect(f[0].params).toMatchObject({ name: "Xuất sắc", from: 90, other: "Tốt", otherTo: 89 });
    expect(f[0]).toMatchObject({ severity: "error", sheet: "Xếp loại", column: "Điểm từ", ref: "XS" });
    expect(f[2].params).toMatchObject({ name: "Trung bình", from: 50, to: 40, other: null });
  });

  it("a contiguous table, open at both ends, is quiet; so is a book without Xếp loại", () => {
    const bands = [
      band("XS", "Xuất sắc", 90, null),
      band("T", "Tốt", 80, 90),
      band("K", "Khá", 65, 79.99),
      band("TB", "Trung bình", null, 65),
    ];
    expect(run(bandGapOrOverlap, book({ bands }))).toEqual([]);
    expect(run(bandGapOrOverlap, book({}))).toEqual([]);
  });
});
