import { band } from "../rules/testBook";
import { bandProblems, classify } from "./bands";

const numbered = <T extends { row: number }>(xs: T[]) => xs.map((x, i) => ({ ...x, row: i + 2 }));

describe("classification bands (Xếp loại)", () => {
  const bands = numbered([
    band("XS", "Xuất sắc", 90, 100),
    band("T", "Tốt", 80, 90),
    band("K", "Khá", 65, 80),
    band("TB", "Trung bình", null, 65),
  ]);

  it("a total falls in its band; a shared boundary belongs to the upper band (“từ 80 đến dưới 90”)", () => {
    expect(classify(95, bands)?.code).toBe("XS");
    expect(classify(90, bands)?.code).toBe("XS");
    expect(classify(89.99, bands)?.code).toBe("T");
    expect(classify(12, bands)?.code).toBe("TB");
    expect(classify(100.5, bands)).toBeNull();
    expect(classify(50, [])).toBeNull();
  });

  it("a contiguous table has no problems, also when written 80–89,99 then 90–100", () => {
    expect(bandProblems(bands)).toEqual([]);
    expect(bandProblems(numbered([band("T", "Tốt", 80, 89.99), band("XS", "Xuất sắc", 90, 100)]))).toEqual([]);
  });

  it("a gap (89 then 90: where does 89,5 go?), an overlap and an inverted band are reported on the upper band", () => {
    const table = numbered([
      band("XS", "Xuất sắc", 90, 100),
      band("T", "Tốt", 75, 89),
      band("K", "Khá", 65, 80),
      band("TB", "Trung bình", 65, 50),
    ]);
    const problems = bandProblems(table);
    expect(problems.map((p) => [p.kind, p.band.code, "below" in p ? p.below.code : null])).toEqual([
      ["gap", "XS", "T"],
      ["overlap", "T", "K"],
      ["inverted", "TB", null],
    ]);
  });

  it("a wide band covering its neighbours is an overlap, not a gap", () => {
    const problems = bandProblems(numbered([band("A", "A", 0, 100), band("B", "B", 50, 60), band("C", "C", 70, 80)]));
    expect(problems.map((p) => [p.kind, p.band.code])).toEqual([
      ["overlap", "B"],
      ["overlap", "C"],
    ]);
  });
});
