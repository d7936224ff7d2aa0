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
    // The unit is named as the Đơn vị sheet names it, and the direction said as a clerk says it.
    expect(f[0].unitName).toBe("UBND xã Tả Van");
    expect(message(f[0], "vi")).toMatch(
      /^Dòng 2: UBND xã Tả Van \(X-TAVAN\) đăng ký chỉ tiêu “.*” 2, thấp hơn mức được giao 3 \(chỉ tiêu này càng cao càng tốt\)/,
    );
  });

  it("for a “Giảm” target (the poverty rate) registering higher than assigned is flagged", () => {
    const f = run(
      targetBelowAssigned,
      book({
        targets: [target("X-TAPHIN", "Tỷ lệ hộ nghèo giảm còn", 8.5, 9, { direction: "down", measure: "%" })],
      }),
    );
    expect(f[0]).toMatchObject({ params: { direction: "down" } });
    // The figures carry their unit of measure.
    expect(message(f[0], "vi")).toContain(" 9%, cao hơn mức được giao 8.5% (chỉ tiêu này càng thấp càng tốt)");
    expect(message(f[0], "vi")).toContain("Dòng 2: UBND xã Tả Phìn (X-TAPHIN) đăng ký");
    expect(message(f[0], "en")).toContain("registered at 9%, above the assigned 8.5% (lower is better)");
  });

  it("a unit the Đơn vị sheet does not list is named by its code, and a count by its measure", () => {
    const f = run(
      targetBelowAssigned,
      book({ targets: [target("X-BANKHOANG", "Tin, bài đăng Cổng TTĐT", 12, 10, { measure: "tin" })] }),
    );
    expect(f[0].unitName).toBeUndefined();
    expect(message(f[0], "vi")).toContain(
      "Dòng 2: đơn vị X-BANKHOANG đăng ký chỉ tiêu “Tin, bài đăng Cổng TTĐT” 10 tin, thấp hơn mức được giao 12 tin",
    );
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
