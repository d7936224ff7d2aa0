import type { Rule } from "./index";
import { LEVEL_WORDS, finding, phrase } from "./support";

export const PLAN_ASSUMED = "PLAN_ASSUMED";

/**
 * Without the plan's year or level the book is checked by the reference day's year and the ruleset's
 * default level for that date: a warning, since the wrong ruleset would give wrong answers.
 */
export const planAssumed: Rule = {
  codes: [PLAN_ASSUMED],
  check(ctx) {
    if (!ctx.assumedYear && !ctx.assumedLevel) return [];
    const plan = ctx.book.plan;
    const missing = !plan
      ? { vi: "Sổ không có sheet Kế hoạch", en: "The book has no plan sheet (Kế hoạch)" }
      : ctx.assumedYear && ctx.assumedLevel
        ? { vi: "Sheet Kế hoạch chưa ghi Năm và Cấp", en: "The plan sheet gives no year and level" }
        : ctx.assumedYear
          ? { vi: "Sheet Kế hoạch chưa ghi Năm", en: "The plan sheet gives no year" }
          : { vi: "Sheet Kế hoạch chưa ghi Cấp", en: "The plan sheet gives no level" };
    const row = plan ? ((ctx.assumedYear ? plan.rows.year : plan.rows.level) ?? null) : null;
    return [
      finding(PLAN_ASSUMED, "warning", "plan", row, null, {
        params: {
          year: ctx.year,
          ...phrase("level", LEVEL_WORDS[ctx.level]),
          ...phrase("missing", missing),
          ruleset: ctx.ruleset.description,
        },
      }),
    ];
  },
};
