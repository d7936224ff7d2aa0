import { makeContext } from "./context";
import { moneyReport } from "./moneyReport";
import { book, catalogueEntry, nomination, plan, TODAY } from "./rules/testBook";

/**
 * A small 2024 town book priced by hand, with the base salary of 2,340,000 đ (NĐ 73/2024, from
 * 01/07/2024) and the multiples of domain.md, each amount rounded up to the next 10,000 đ:
 *   CSTĐCS       1.0 × 2,340,000 = 2,340,000
 *   LĐTT         0.3 × 2,340,000 =   702,000 → 710,000
 *   TTLĐTT       0.8 × 2,340,000 = 1,872,000 → 1,880,000
 *   Giấy khen, household: 0.6 / 2 × 1.5 = 0.45 × 2,340,000 = 1,053,000 → 1,060,000
 *   CSTĐ cấp tỉnh 3.0 × 2,340,000 = 7,020,000 (the province decides it, so the province pays)
 */
const nominations = [
  nomination("Giàng A Sử", "X-TAVAN", "Lao động tiên tiến"),
  nomination("Giàng A Sử", "X-TAVAN", "Chiến sĩ thi đua cơ sở"),
  nomination("Lý Thị Hoà", "X-TAVAN", "LĐTT"),
  nomination("Trạm Y tế xã Tả Van", "X-TAVAN", "Tập thể lao động tiên tiến", { subject: "collective" }),
  nomination("Hộ ông Sùng A Páo", "P-SAPA", "Giấy khen của Chủ tịch UBND thị xã", { subject: "household" }),
  nomination("Vàng Thị Mai", "P-SAPA", "Chiến sĩ thi đua cấp tỉnh"),
  nomination("Phàn Văn Lở", "P-SAPA", "Lao động tiên tiến", { outcome: "rejected" }),
  nomination("Tẩn Láo Lở", "P-SAPA", "Huy chương vàng"),
  nomination("Hộ bà Lò Thị Dung", "P-SAPA", "Gia đình văn hóa", { subject: "household" }),
  nomination("Bộ phận Một cửa phường Sa Pa", "P-SAPA", "Lao động tiên tiến", { subject: "collective" }),
];

describe("the award money of a book", () => {
  const report = moneyReport(makeContext(book({ nominations }), TODAY));
  const line = (row: number) => report.lines.find((l) => l.row === row)!;

  it("prices each nomination as counted by hand", () => {
    expect(report.lines.map((l) => [l.row, l.status, l.payer, l.money?.amount ?? null])).toEqual([
      [2, "superseded", "here", 710_000],
      [3, "paid", "here", 2_340_000],
      [4, "paid", "here", 710_000],
      [5, "paid", "here", 1_880_000],
      [6, "paid", "here", 1_060_000],
      [7, "paid", "above", 7_020_000],
      [8, "rejected", null, null],
      [9, "unknownAward", null, null],
      [10, "unknownAmount", "here", null],
      [11, "wrongSubject", "here", null],
    ]);
  });

  it("pays only the highest of two titles of the same year to one person, and says which", () => {
    expect(line(2).supersededBy).toBe(3);
  });

  it("totals this level's money, the level above's, and by unit", () => {
    expect(report.total).toEqual({ here: { count: 4, amount: 5_990_000 }, above: { count: 1, amount: 7_020_000 } });
    expect(report.byUnit).toEqual([
      { unit: "P-SAPA", unitName: "UBND phường Sa Pa", count: 2, here: 1_060_000, above: 7_020_000 },
      { unit: "X-TAVAN", unitName: "UBND xã Tả Van", count: 3, here: 4_930_000, above: 0 },
    ]);
    expect(report.byAward.map((a) => [a.code, a.payer, a.count, a.amount])).toEqual([
      ["CSTDCS", "here", 1, 2_340_000],
      ["TTLDTT", "here", 1, 1_880_000],
      ["GKH", "here", 1, 1_060_000],
      ["LDTT", "here", 1, 710_000],
      ["CSTDT", "above", 1, 7_020_000],
    ]);
  });

  it("names the base salary's decree, and the 2024 figures as unconfirmed (secondary sources)", () => {
    expect(report.baseSalaries).toEqual([{ amount: 2_340_000, from: "law", basis: "Nghị định 73/2024/NĐ-CP" }]);
    expect(line(3).money).toMatchObject({
      factorFrom: "law",
      factorBasis: "Nghị định 98/2023/NĐ-CP",
      confirmed: false,
    });
    expect(report.unconfirmed).toContain("Chiến sĩ thi đua cơ sở");
  });

  it("takes the plan's Mức lương cơ sở and the catalogue's Hệ số tiền thưởng over the defaults", () => {
    const own = moneyReport(
      makeContext(
        book({
          plan: { ...plan(), baseSalary: 2_530_000 },
          nominations: [nomination("Lý Thị Hoà", "X-TAVAN", "LĐTT")],
          catalogue: [catalogueEntry("LDTT", "Lao động tiên tiến", { subjects: ["individual"], moneyFactor: 0.4 })],
        }),
        TODAY,
      ),
    );
    // 0.4 × 2,530,000 = 1,012,000 → 1,020,000.
    expect(own.lines[0].money).toMatchObject({
      amount: 1_020_000,
      factorFrom: "book",
      confirmed: true,
      baseSalaryFrom: "book",
    });
    expect(own.unconfirmed).toEqual([]);
  });

  it("a 2026 ward book is priced under NĐ 152/2025, whose named figures are confirmed", () => {
    const ward = moneyReport(
      makeContext(
        book({
          plan: plan(2026, "commune"),
          nominations: [nomination("Lý Thị Hoà", "X-TAVAN", "Lao động tiên tiến")],
        }),
        { year: 2026, month: 11, day: 25 },
      ),
    );
    expect(ward.lines[0].money).toMatchObject({
      amount: 710_000,
      factorBasis: "Nghị định 152/2025/NĐ-CP",
      confirmed: true,
    });
  });
});
