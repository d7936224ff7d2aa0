import { makeContext } from "../context";
import { block, book, catalogueEntry, milestone, nomination, target, TODAY, unit } from "../rules/testBook";
import type { Book } from "../model";
import { summarise } from "./summary";

const sum = (b: Book) => summarise(makeContext(b, TODAY));

const UNITS = [
  unit("X-TAVAN", "UBND xã Tả Van", { type: "communeWard", block: "K-XA", difficultArea: true }),
  unit("P-SAPA", "UBND phường Sa Pa", { type: "communeWard", block: "K-PHUONG" }),
  unit("P-SAPA2", "UBND phường Sa Pả", { type: "communeWard", block: "K-PHUONG" }),
  unit("PNV", "Phòng Nội vụ", { type: "agency" }),
];
const BLOCKS = [block("K-XA", { name: "Khối các xã" }), block("K-PHUONG", { name: "Khối các phường" })];

describe("the council's figures", () => {
  it("counts each award by subject in catalogue order, unknown awards last as typed; rejected rows are left out", () => {
    const s = sum(
      book({
        units: UNITS,
        blocks: BLOCKS,
        nominations: [
          nomination("Bằng khen đặc biệt", "X-TAVAN", "Huy hiệu tự đặt"),
          nomination("Giàng Thị Sùng", "X-TAVAN", "Lao động tiên tiến", { female: true, ethnicMinority: true }),
          nomination("Trạm Y tế xã Tả Van", "X-TAVAN", "Tập thể lao động tiên tiến", { subject: "collective" }),
          nomination("Sần Văn Lâm", "P-SAPA", "LĐTT", { outcome: "rejected" }),
          nomination("Lý Thị Hoà", "P-SAPA", "LĐTT", { directWorker: true, female: true }),
          nomination("Vàng Thị Mỷ", "P-SAPA2", "Bằng khen của Chủ tịch UBND tỉnh", { outcome: "forwarded" }),
        ],
      }),
    );
    expect(s.total).toBe(5);
    expect(s.rejected).toBe(1);
    expect(
      s.byAward.map((a) => [a.code, a.total, a.bySubject.individual, a.bySubject.collective, a.decidedBy]),
    ).toEqual([
      ["LDTT", 2, 2, 0, "here"],
      ["TTLDTT", 1, 0, 1, "here"],
      ["BKT", 1, 1, 0, "above"],
      [null, 1, 1, 0, null],
    ]);
    expect(s.byAward[3]).toMatchObject({ name: "Huy hiệu tự đặt", decidedHere: null });
    expect(s.council.here.map((g) => g.award?.code)).toEqual(["LDTT", "TTLDTT"]);
    expect(s.council.above.map((g) => g.award?.code)).toEqual(["BKT"]);
    expect(s.council.other.map((g) => g.title)).toEqual(["Huy hiệu tự đặt"]);
  });

  it("shares: of 4 individuals, 1 direct worker, 2 women, 1 ethnic minority; of 5 nominations, 3 from a difficult area, 1 ad hoc", () => {
    const s = sum(
      book({
        units: UNITS,
        nominations: [
          nomination("Giàng Thị Sùng", "X-TAVAN", "LĐTT", { female: true, ethnicMinority: true }),
          nomination("Lý Thị Hoà", "P-SAPA", "LĐTT", { female: true, kind: "adHoc" }),
          nomination("Hoàng Văn Tiến", "P-SAPA", "LĐTT", { staffTier: "directWorker" }),
          nomination("Sần Văn Lâm", "X-TAVAN", "LĐTT"),
          nomination("Trạm Y tế xã Tả Van", "X-TAVAN", "TTLĐTT", { subject: "collective" }),
          nomination("Phàn Văn Lở", "X-TAVAN", "LĐTT", { outcome: "rejected", female: true }),
        ],
      }),
    );
    expect(s.shares.directWorkers).toEqual({ count: 1, base: 4, value: 0.25 });
    expect(s.shares.women).toEqual({ count: 2, base: 4, value: 0.5 });
    expect(s.shares.ethnicMinorities).toEqual({ count: 1, base: 4, value: 0.25 });
    expect(s.shares.difficultAreaUnits).toEqual({ count: 3, base: 5, value: 0.6 });
    expect(s.shares.adHoc).toEqual({ count: 1, base: 5, value: 0.2 });
  });

  it("with no individual proposed, the individuals' shares are null, not 0%", () => {
    const s = sum(
      book({
        units: UNITS,
        nominations: [nomination("Trạm Y tế xã Tả Van", "X-TAVAN", "TTLĐTT", { subject: "collective" })],
      }),
    );
    expect([s.shares.directWorkers.value, s.shares.women.value, s.shares.ethnicMinorities.value]).toEqual([
      null,
      null,
      null,
    ]);
    expect(s.shares.difficultAreaUnits.value).toBe(1);
  });

  it("a book without nominations gives zeros and null shares", () => {
    const s = sum(book({ units: UNITS, nominations: [] }));
    expect(s.total).toBe(0);
    expect(s.byAward).toEqual([]);
    expect(Object.values(s.shares).map((x) => x.value)).toEqual([null, null, null, null, null]);
  });

  it("counts per block and unit in sheet order; phường Sa Pa and phường Sa Pả are two units; unknown last", () => {
    const s = sum(
      book({
        units: UNITS,
        blocks: BLOCKS,
        nominations: [
          nomination("Lý Thị Hoà", "P-SAPA2", "LĐTT"),
          nomination("Giàng Thị Sùng", "X-TAVAN", "LĐTT"),
          nomination("Vàng Thị Mỷ", "P-SAPA", "LĐTT"),
          nomination("Hoàng Văn Tiến", "PNV", "LĐTT"),
          nomination("Lò Văn Pao", "X-LAOCHAI", "LĐTT"),
        ],
      }),
    );
    expect(s.byBlock.map((b) => [b.key, b.total])).toEqual([
      ["K-XA", 1],
      ["K-PHUONG", 2],
      [null, 2],
    ]);
    expect(s.byUnit.map((u) => [u.key, u.name, u.total])).toEqual([
      ["X-TAVAN", "UBND xã Tả Van", 1],
      ["P-SAPA", "UBND phường Sa Pa", 1],
      ["P-SAPA2", "UBND phường Sa Pả", 1],
      ["PNV", "Phòng Nội vụ", 1],
      ["X-LAOCHAI", null, 1],
    ]);
    expect(s.byUnitType.map((u) => [u.key, u.total])).toEqual([
      ["agency", 1],
      ["communeWard", 3],
      [null, 1],
    ]);
  });

  it("quota use per unit from the book's own catalogue ratio, over-limit rows marked", () => {
    const s = sum(
      book({
        units: [
          unit("X-TAVAN", "UBND xã Tả Van", { advancedWorkerCount: 7 }),
          unit("P-SAPA", "UBND phường Sa Pa", { advancedWorkerCount: 20 }),
        ],
        catalogue: [catalogueEntry("CSTDCS", "Chiến sĩ thi đua cơ sở", { maxRatio: 15, ratioBase: "LDTT", row: 4 })],
        nominations: [
          nomination("Giàng A Páo", "X-TAVAN", "CSTĐCS"),
          nomination("Giàng Thị Sùng", "X-TAVAN", "CSTĐCS"),
          nomination("Lý Thị Hoà", "P-SAPA", "CSTĐCS"),
        ],
      }),
    );
    expect(s.quotas.map((q) => [q.unit, q.base, q.allowed, q.count, q.over, q.catalogueRow])).toEqual([
      ["X-TAVAN", 7, 1, 2, true, 4],
      ["P-SAPA", 20, 3, 1, false, 4],
    ]);
  });

  it("targets: completion of the result against what was registered, a Giảm target the other way round", () => {
    const s = sum(
      book({
        units: UNITS,
        targets: [
          target("X-TAVAN", "Thu ngân sách", 100, 90, { result: 99 }),
          target("P-SAPA", "Tỷ lệ hộ nghèo", 4, 3, { result: 2, direction: "down" }),
          target("P-SAPA2", "Tỷ lệ hộ nghèo", 4, 5, { direction: "down" }),
        ],
      }),
    );
    expect(s.targets.map((t) => [t.unit, t.completion, t.worse])).toEqual([
      ["X-TAVAN", 1.1, true],
      ["P-SAPA", 1.5, false],
      ["P-SAPA2", null, true],
    ]);
  });

  it("deadlines: counted on the reference day from the tracker; no Tiến độ sheet, none", () => {
    expect(sum(book({ units: UNITS })).deadlines).toBeNull();
    const s = sum(
      book({
        units: UNITS,
        milestones: [milestone("BC-6T", "X-TAVAN", { due: { year: 2024, month: 6, day: 20 } })],
      }),
    );
    expect(s.deadlines?.counts.overdue).toBe(1);
    expect(s.deadlines?.owed.map((o) => o.unit?.code)).toEqual(["X-TAVAN"]);
  });

  it("award money comes from moneyReport: this level's total", () => {
    const s = sum(
      book({
        units: UNITS,
        nominations: [
          nomination("Giàng Thị Sùng", "X-TAVAN", "LĐTT"),
          nomination("Vàng Thị Mỷ", "P-SAPA", "Bằng khen của Chủ tịch UBND tỉnh"),
        ],
      }),
    );
    // LĐTT 0.3 × 2,340,000 = 702,000, rounded up to 710,000; Bằng khen is the province's to pay.
    expect(s.money.total.here).toEqual({ count: 1, amount: 710_000 });
    expect(s.money.total.above.count).toBe(1);
  });
});
