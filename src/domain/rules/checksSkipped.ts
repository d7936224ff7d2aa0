import type { SheetKey } from "../model";
import type { Rule } from "./index";
import { finding, phrase, type Phrase } from "./support";

export const CHECKS_SKIPPED = "CHECKS_SKIPPED";

/**
 * What is not checked when an optional sheet is absent. The plan has its own warning
 * (PLAN_ASSUMED) and an absent catalogue just means the ruleset's defaults apply.
 */
const SKIPPED: Partial<Record<SheetKey, Phrase>> = {
  blocks: {
    vi: "khối thi đua ghi ở sheet Đơn vị và trong cột Đơn vị thực hiện của Tiến độ",
    en: "the blocks named in the units sheet and in the milestones' assignees",
  },
  movements: {
    vi: "phong trào ghi ở sheet Chỉ tiêu và Đề nghị khen thưởng",
    en: "the movements named in the targets and nominations",
  },
  targets: { vi: "chỉ tiêu đăng ký so với chỉ tiêu được giao", en: "registered targets against assigned ones" },
  nominations: { vi: "các đề nghị khen thưởng", en: "the nominations" },
  history: {
    vi: "các điều kiện cần lịch sử khen thưởng (Lao động tiên tiến, Chiến sĩ thi đua các năm trước)",
    en: "the criteria that need the award history (earlier years' titles)",
  },
  milestones: { vi: "mã tiến độ ghi ở sheet Nộp", en: "the milestone codes in the submissions" },
  submissions: { vi: "tình hình nộp báo cáo theo tiến độ", en: "who handed in what against the milestones" },
};

export const checksSkipped: Rule = {
  codes: [CHECKS_SKIPPED],
  check(ctx) {
    const out = [];
    for (const [key, checks] of Object.entries(SKIPPED) as [SheetKey, Phrase][]) {
      if (ctx.book[key as Exclude<SheetKey, "plan">] !== null) continue;
      out.push(finding(CHECKS_SKIPPED, "info", key, null, null, { params: phrase("checks", checks) }));
    }
    return out;
  },
};
