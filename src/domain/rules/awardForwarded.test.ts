import { message } from "../../i18n";
import { locatorFor } from "../../sheets/locate";
import { checkBook } from "../check";
import { awardForwarded } from "./awardForwarded";
import { book, codesAt, nomination, plan, run, SA_PA_UNITS } from "./testBook";

describe("AWARD_FORWARDED", () => {
  it("a town's Bằng khen tỉnh proposal is a note that it goes up to the province, not an error", () => {
    const f = run(
      awardForwarded,
      book({
        nominations: [
          nomination("Giàng Thị Sùng", "X-TAVAN", "LĐTT"),
          nomination("Vàng Thị Mỷ", "X-TAVAN", "Bằng khen của Chủ tịch UBND tỉnh"),
        ],
      }),
    );
    expect(codesAt(f)).toEqual(["AWARD_FORWARDED@3"]);
    expect(f[0]).toMatchObject({ severity: "info", column: "Hình thức", ref: "BKT", params: { decider: "province" } });
    expect(message(f[0], "vi")).toContain("Bằng khen của Chủ tịch UBND tỉnh do cấp tỉnh quyết định");
  });

  it("at commune level in 2024, CSTĐCS was still decided by the town and goes up", () => {
    const f = run(
      awardForwarded,
      book({ plan: plan(2024, "commune"), nominations: [nomination("Giàng Thị Sùng", "X-TAVAN", "CSTĐCS")] }),
    );
    expect(f[0]?.params).toMatchObject({ decider: "district", level: "commune" });
    expect(message(f[0], "vi")).toContain("do cấp huyện quyết định");
  });

  it("a proposal for Huân chương Lao động hạng Ba is known and goes up to the central level, not unknown", () => {
    const b = book({ nominations: [nomination("Vàng Thị Mỷ", "X-TAVAN", "Huân chương Lao động hạng ba")] });
    const all = checkBook(b, { today: { year: 2024, month: 12, day: 10 }, at: locatorFor({}) });
    expect(all.filter((f) => f.row === 2).map((f) => `${f.code}:${f.severity}`)).toEqual(["AWARD_FORWARDED:info"]);
    const [forwarded] = run(awardForwarded, b);
    expect(forwarded).toMatchObject({ ref: "HCLD3", params: { decider: "central" } });
    expect(message(forwarded, "vi")).toContain("do cấp Trung ương quyết định");
    expect(message(forwarded, "en")).toContain("is decided by the central level");
  });

  it("a rejected proposal goes nowhere: quiet", () => {
    expect(
      run(
        awardForwarded,
        book({ nominations: [nomination("Vàng Thị Mỷ", "X-TAVAN", "BKT", { outcome: "rejected" })] }),
      ),
    ).toEqual([]);
  });

  it("a ward's 2026 book (after the reform) with LĐTT, CSTĐCS, TTLĐTT and its own Giấy khen raises nothing about authority", () => {
    const wardBook = book({
      plan: plan(2026, "commune"),
      units: SA_PA_UNITS,
      nominations: [
        nomination("Lý Thị Hòa", "P-SAPA", "Lao động tiên tiến", { rating: "good" }),
        nomination("Lý Thị Hòa", "P-SAPA", "Chiến sĩ thi đua cơ sở", { rating: "excellent" }),
        nomination("Tổ dân phố số 3", "P-SAPA", "Tập thể lao động tiên tiến", {
          subject: "collective",
          memberCount: 10,
          advancedWorkerCount: 8,
        }),
        nomination("Sần Văn Lâm", "P-SAPA", "Giấy khen của Chủ tịch UBND phường"),
        nomination("Giàng Thị Sùng", "P-SAPA", "GKX"),
      ],
    });
    const all = checkBook(wardBook, { today: { year: 2026, month: 11, day: 20 }, at: locatorFor({}) });
    expect(all.filter((f) => f.sheet === "Đề nghị khen thưởng")).toEqual([]);
    expect(JSON.stringify(all)).not.toMatch(/thị xã|huyện|district/);
    expect(all.map((f) => message(f, "vi")).join("\n")).not.toMatch(/thị xã|huyện/);
  });
});
