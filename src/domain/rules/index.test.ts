import { en } from "../../i18n/en";
import { vi } from "../../i18n/vi";
import { locatorFor } from "../../sheets/locate";
import { checkBook } from "../check";
import { RULES } from "./index";
import { book, nomination, plan, SA_PA_UNITS, unit } from "./testBook";

const PUBLIC_CODES = [
  "DUPLICATE_UNIT_CODE",
  "UNKNOWN_UNIT",
  "UNKNOWN_BLOCK",
  "UNKNOWN_MOVEMENT",
  "UNKNOWN_AWARD",
  "AWARD_DISCONTINUED",
  "DISCIPLINE_PENDING",
  "UNIT_DISSOLVED",
  "MERGER_CYCLE",
  "UNKNOWN_MILESTONE",
  "DUPLICATE_NOMINATION",
  "MULTIPLE_FORMS",
  "AWARD_SUBJECT_MISMATCH",
  "AWARD_FORWARDED",
  "CRITERIA_NOT_MET",
  "QUOTA_EXCEEDED",
  "TARGET_BELOW_ASSIGNED",
  "CHECKS_SKIPPED",
  "PLAN_ASSUMED",
  "OVERDUE",
  "COUNT_SHORT",
  "SUBMITTED_LATE",
  "DATE_AFTER_TODAY",
  "VOTE_SHORT",
  "DECISION_MISSING",
  "DECISION_BEFORE_NOMINATION",
  // Emulation blocks' score sheets.
  "SCORE_ABOVE_MAX",
  "SCORE_BELOW_ZERO",
  "SELF_SCORE_DIFFERS",
  "BLOCK_UNIT_UNSCORED",
  "UNKNOWN_CRITERION",
  "UNKNOWN_TARGET",
  "DUPLICATE_CRITERION",
  "DUPLICATE_SCORE",
  "CRITERION_CYCLE",
  "CRITERION_INCOMPLETE",
  "SCORE_NOT_COUNTED",
  "BAND_GAP_OR_OVERLAP",
];

describe("the rule list", () => {
  it("covers every public finding code, each with a message in Vietnamese and English", () => {
    const codes = new Set(RULES.flatMap((r) => r.codes));
    expect([...codes].sort()).toEqual([...PUBLIC_CODES].sort());
    for (const code of codes) {
      expect(vi.findings[code]).toBeDefined();
      expect(en.findings[code]).toBeDefined();
    }
  });

  it("a clean 2024 town book of the Sa Pa units raises only notes about the sheets it does not keep", () => {
    const b = book({
      plan: plan(2024, "district"),
      units: [...SA_PA_UNITS, unit("X-TAVAN2", "UBND xã Tả Van (cũ)")],
      nominations: [
        nomination("Giàng Thị Sùng", "X-TAVAN", "Lao động tiên tiến", { rating: "good" }),
        nomination("Lý Thị Hòa", "P-SAPA", "Lao động tiên tiến", { rating: "excellent" }),
        nomination("Lý Thị Hòa", "P-SAPA", "Chiến sĩ thi đua cơ sở", { rating: "excellent" }),
        nomination("Lý Thị Hòa", "P-SAPA2", "Lao động tiên tiến"),
      ],
    });
    const findings = checkBook(b, { today: { year: 2024, month: 12, day: 1 }, at: locatorFor({}) });
    expect(findings.filter((f) => f.code !== "CHECKS_SKIPPED")).toEqual([]);
  });
});
