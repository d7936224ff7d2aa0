import { message } from "../../i18n";
import { planAssumed } from "./planAssumed";
import { book, plan, run } from "./testBook";

describe("PLAN_ASSUMED", () => {
  it("a book without a Kế hoạch sheet is checked for the reference day's year and level, with a warning", () => {
    const f = run(planAssumed, book({ plan: null }), { year: 2026, month: 3, day: 10 });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "PLAN_ASSUMED", severity: "warning", sheet: "Kế hoạch", row: null });
    expect(f[0].params).toMatchObject({ year: 2026, level: "commune", missing: "noPlanSheet" });
    expect(message(f[0], "vi")).toMatch(/^Sổ không có sheet Kế hoạch: .* năm 2026, cấp xã\./);
    expect(message(f[0], "en")).toMatch(/no plan sheet .* for 2026 at commune level\./);
  });

  it("before the 2025 reform the assumed level is the town (huyện)", () => {
    const f = run(planAssumed, book({ plan: null }), { year: 2024, month: 12, day: 1 });
    expect(f[0].params).toMatchObject({ year: 2024, level: "district" });
    expect(message(f[0], "vi")).toContain("năm 2024, cấp huyện");
  });

  it("a plan with a year but no level points at the plan and names the missing item", () => {
    const f = run(planAssumed, book({ plan: plan(2024, null) }));
    expect(f[0]).toMatchObject({ severity: "warning", sheet: "Kế hoạch" });
    expect(f[0].params).toMatchObject({ missing: "noLevel", year: 2024 });
    expect(message(f[0], "vi")).toMatch(/^Sheet Kế hoạch chưa ghi Cấp: /);
  });

  it("a plan giving year and level is quiet", () => {
    expect(run(planAssumed, book({ plan: plan(2026, "commune") }))).toEqual([]);
  });
});
