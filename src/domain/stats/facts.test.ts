import { makeContext } from "../context";
import { book, history, movement, nomination, plan, unit } from "../rules/testBook";
import { awardFacets, awardFacts, durationOfYears, movementFacts, yearsOfPeriod } from "./facts";

const TODAY = { year: 2025, month: 12, day: 5 };
const BK = "Bằng khen của Chủ tịch UBND tỉnh";

describe("what a book says for the statistics", () => {
  const ctx = makeContext(
    book({
      plan: plan(2025, "commune"),
      units: [
        unit("X-TAVAN", "UBND xã Tả Van"),
        unit("DN-SAPA", "Công ty Cổ phần Du lịch Sa Pa", { type: "enterprise" }),
        unit("HTX-TAVAN", "Hợp tác xã Dệt may thổ cẩm Tả Van", { type: "cooperative" }),
        unit("X-MOI", "Đơn vị chưa rõ loại", { type: null }),
      ],
      nominations: [
        nomination("Giàng A Sử", "X-TAVAN", BK, { directWorker: true }),
        nomination("Vàng Thị Mỷ", "X-TAVAN", BK, { directWorker: true, staffTier: "otherLeader" }),
        nomination("Phòng Kinh doanh", "DN-SAPA", BK, { subject: "collective" }),
        nomination("Tổ dệt số 2", "HTX-TAVAN", BK, { subject: "collective", enterprise: "yes" }),
        nomination("Tổ công tác", "X-MOI", BK, { subject: "collective" }),
        nomination("Tổ dân phố số 3", "X-TAVAN", "Thôn, tổ dân phố văn hóa", { subject: "village" }),
        nomination("Ma Thị Lan", "X-TAVAN", BK, { subject: null, kind: null, outcome: null }),
      ],
      history: [history("Lý Thị Hòa", "X-TAVAN", "Tập thể lao động tiên tiến", 2024)],
    }),
    TODAY,
  );
  const facts = awardFacts(ctx);
  const by = (name: string) => facts.find((f) => f.name === name)!;

  it("uses Lao động trực tiếp where Phân loại cán bộ is empty, and never over it", () => {
    expect(by("Giàng A Sử")).toMatchObject({ tier: "directWorker", tierFromDirectWorker: true });
    expect(by("Vàng Thị Mỷ")).toMatchObject({ tier: "otherLeader", tierFromDirectWorker: false });
  });

  it("knows an enterprise from Doanh nghiệp, else from its unit's type, else not at all", () => {
    expect(by("Phòng Kinh doanh").enterprise).toBe(true);
    expect(by("Tổ dệt số 2").enterprise).toBe(true);
    expect(by("Tổ công tác").enterprise).toBeNull();
    expect(by("Tổ dân phố số 3").enterprise).toBe(false);
    expect(awardFacets(by("Tổ công tác"))).toEqual([
      "total",
      "kind:regular",
      "subject:collective",
      "enterprise:unknown",
    ]);
  });

  it("takes the subject from an award that has only one, and reads an empty kind and outcome as the contract does", () => {
    expect(by("Lý Thị Hòa")).toMatchObject({ subject: "collective", status: "awarded", year: 2024 });
    expect(by("Ma Thị Lan")).toMatchObject({ subject: null, kind: "regular", status: "pending", year: 2025 });
    expect(awardFacets(by("Ma Thị Lan"))).toEqual(["total", "kind:regular", "subject:unknown"]);
  });
});

describe("a movement's duration, method and launcher", () => {
  it("reads the duration from a Giai đoạn of whole years", () => {
    expect(
      ["2021-2025", "2024", "2024 – 2025", "Giai đoạn 2023-2025", "2025-2021", "6 tháng", null].map(yearsOfPeriod),
    ).toEqual([5, 1, 2, 3, null, null, null]);
    expect([1, 2, 3, 4, 5, 10].map(durationOfYears)).toEqual([
      "oneYear",
      "oneToThreeYears",
      "threeToFiveYears",
      "threeToFiveYears",
      "fiveYearsOrMore",
      "fiveYearsOrMore",
    ]);
  });

  it("never lets Giai đoạn or Loại override what Thời hạn and Phương thức say", () => {
    const ctx = makeContext(
      book({
        plan: plan(2025, "province"),
        movements: [
          movement("CDS", "Chuyển đổi số", { period: "2021-2025", duration: "underOneYear", method: "regular" }),
        ],
      }),
      TODAY,
    );
    expect(movementFacts(ctx)[0]).toMatchObject({
      duration: "underOneYear",
      durationFromPeriod: false,
      method: "regular",
      methodFromType: false,
      launcher: "province",
    });
  });
});
