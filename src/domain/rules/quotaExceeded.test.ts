import { allowedByQuota, quotaExceeded } from "./quotaExceeded";
import { book, catalogueEntry, codesAt, history, nomination, run, unit } from "./testBook";

const fighters = (n: number, unitCode: string) =>
  Array.from({ length: n }, (_, i) => nomination(`Người thứ ${i + 1}`, unitCode, "CSTĐCS"));

/** The town's own rule, as the Sa Pa sample keeps it (no text in force sets a quota). */
const townQuota = catalogueEntry("CSTDCS", "Chiến sĩ thi đua cơ sở", {
  row: 4,
  maxRatio: 15,
  ratioBase: "LDTT",
  legalBasis: "Quy định thi đua, khen thưởng của thị xã (giả định)",
});

/** A book with the town's 15% in its catalogue sheet. */
const withQuota = (parts: Parameters<typeof book>[0]) => book({ catalogue: [townQuota], ...parts });

describe("QUOTA_EXCEEDED", () => {
  it("says nothing about quotas when the book's catalogue sets none: the law has no CSTĐCS quota", () => {
    for (const plan of [undefined, { year: 2026, level: "commune" as const }]) {
      const b = book({
        units: [unit("X-TAVAN", "UBND xã Tả Van", { advancedWorkerCount: 2 })],
        nominations: fighters(2, "X-TAVAN"),
        ...(plan ? { plan: { ...book().plan!, ...plan } } : {}),
      });
      expect(run(quotaExceeded, b)).toEqual([]);
    }
  });

  it("with the town's own 15% in the catalogue, the message names the catalogue row and its basis", () => {
    const [f] = run(
      quotaExceeded,
      withQuota({
        units: [unit("X-TAVAN", "UBND xã Tả Van", { advancedWorkerCount: 7 })],
        nominations: fighters(2, "X-TAVAN"),
      }),
    );
    expect(f.params).toMatchObject({ ratio: 15, allowed: 1, catalogueRow: 4, basis: townQuota.legalBasis });
  });

  it("allows what stays within 15%: of 7 LĐTT 1, of 10 1, of 14 2, of 3 none, of 20 3", () => {
    expect([7, 10, 14, 3, 0, 20].map((b) => allowedByQuota(b, 15))).toEqual([1, 1, 2, 0, 0, 3]);
  });

  it("a unit with 10 LĐTT proposing 2 CSTĐCS (20%) is over 15%", () => {
    const f = run(
      quotaExceeded,
      withQuota({
        units: [unit("X-TAVAN", "UBND xã Tả Van", { advancedWorkerCount: 10 })],
        nominations: fighters(2, "X-TAVAN"),
      }),
    );
    expect(f.map((x) => x.params.allowed)).toEqual([1, 1]);
  });

  it("a unit with 7 LĐTT proposing 2 CSTĐCS is flagged on both rows", () => {
    const f = run(
      quotaExceeded,
      withQuota({
        units: [unit("X-TAVAN", "UBND xã Tả Van", { advancedWorkerCount: 7 })],
        nominations: fighters(2, "X-TAVAN"),
      }),
    );
    expect(codesAt(f)).toEqual(["QUOTA_EXCEEDED@2", "QUOTA_EXCEEDED@3"]);
    expect(f[0]).toMatchObject({
      severity: "error",
      unit: "X-TAVAN",
      ref: "CSTDCS",
      column: "Hình thức",
      params: { count: 2, allowed: 1, base: 7, ratio: 15 },
    });
  });

  it("within the quota is quiet; rejected proposals do not count", () => {
    const b = withQuota({
      units: [unit("X-TAVAN", "UBND xã Tả Van", { advancedWorkerCount: 7 })],
      nominations: [...fighters(1, "X-TAVAN"), nomination("Giàng A Páo", "X-TAVAN", "CSTĐCS", { outcome: "rejected" })],
    });
    expect(run(quotaExceeded, b)).toEqual([]);
  });

  it("without Số LĐTT the base is counted from the book's LĐTT and this year's history, distinct persons", () => {
    const f = run(
      quotaExceeded,
      withQuota({
        units: [unit("X-TAPHIN")],
        nominations: [
          nomination("Lý Thị Hòa", "X-TAPHIN", "LĐTT"),
          nomination("Vàng Thị Mỷ", "X-TAPHIN", "CSTĐCS"),
          nomination("Tẩn Láo Lở", "X-TAPHIN", "CSTĐCS"),
        ],
        history: [history("Lý Thị Hoà", "X-TAPHIN", "LĐTT", 2024), history("Sần Văn Lâm", "X-TAPHIN", "LĐTT", 2023)],
      }),
    );
    expect(f.map((x) => `${x.row}:${x.severity}:${x.params.base}:${x.params.allowed}`)).toEqual([
      "3:error:1:0",
      "4:error:1:0",
    ]);
  });

  it("a catalogue sheet can change the ratio", () => {
    const b = book({
      units: [unit("X-TAVAN", "UBND xã Tả Van", { advancedWorkerCount: 10 })],
      nominations: fighters(3, "X-TAVAN"),
      catalogue: [catalogueEntry("CSTDCS", "Chiến sĩ thi đua cơ sở", { maxRatio: 30, ratioBase: "LDTT" })],
    });
    expect(run(quotaExceeded, b)).toEqual([]);
  });

  it("counts are per unit: phường Sa Pa and phường Sa Pả each have their own quota", () => {
    const b = withQuota({
      units: [
        unit("P-SAPA", "UBND phường Sa Pa", { advancedWorkerCount: 7 }),
        unit("P-SAPA2", "UBND phường Sa Pả", { advancedWorkerCount: 7 }),
      ],
      nominations: [...fighters(1, "P-SAPA"), ...fighters(1, "P-SAPA2")],
    });
    expect(run(quotaExceeded, b)).toEqual([]);
  });
});
