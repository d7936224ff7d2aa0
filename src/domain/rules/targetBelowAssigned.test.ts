import { message } from "../../i18n";
import { targetBelowAssigned } from "./targetBelowAssigned";
import { book, codesAt, run, target } from "./testBook";

describe("TARGET_BELOW_ASSIGNED", () => {
  it("a commune registering fewer new OCOP products than assigned is flagged", () => {
    const f = run(
      targetBelowAssigned,
      book({ targets: [target("X-TAVAN", "Sản phẩm OCOP mới", 3, 2, { movement: "PT-NTM" })] }),
    );
    expect(codesAt(f)).toEqual(["TARGET_BELOW_ASSIGNED@2"]);
    expect(f[0]).toMatchObject({
      severity: "error",
      column: "Đăng ký",
      unit: "X-TAVAN",
      ref: "PT-NTM",
      params: { assigned: 3, registered: 2, direction: "up" },
    });
    // The unit is named, and the direction said as a clerk says it.
    expect(message(f[0], "vi")).toMatch(
      /^Dòng 2: đơn vị X-TAVAN đăng ký chỉ tiêu “.*” 2, thấp hơn mức được giao 3 \(chỉ tiêu này càng cao càng tốt\)/,
    );
  });

  it("for a “Giảm” target (the poverty rate) registering higher than assigned is flagged", () => {
    const f = run(
      targetBelowAssigned,
      book({ targets: [target("X-TAPHIN", "Tỷ lệ hộ nghèo giảm còn (%)", 8.5, 9, { direction: "down" })] }),
    );
    expect(f[0]).toMatchObject({ params: { direction: "down" } });
    expect(message(f[0], "vi")).toContain(" 9, cao hơn mức được giao 8.5 (chỉ tiêu này càng thấp càng tốt)");
    expect(message(f[0], "vi")).toContain("đơn vị X-TAPHIN");
    expect(message(f[0], "en")).toContain("registered at 9, above the assigned 8.5 (lower is better)");
  });

  it("equal or better registrations, and blank numbers, are quiet", () => {
    const f = run(
      targetBelowAssigned,
      book({
        targets: [
          target("X-TAVAN", "Sản phẩm OCOP mới", 3, 3),
          target("X-TAVAN", "Tin bài", 12, 20),
          target("X-TAPHIN", "Tỷ lệ hộ nghèo", 8.5, 7, { direction: "down" }),
          target("X-TAPHIN", "Chưa giao", 5, 0, { assigned: null }),
        ],
      }),
    );
    expect(f).toEqual([]);
  });
});
