import { finding, type PlanGap } from "../finding";
import type { Rule } from "./index";

export const PLAN_ASSUMED = "PLAN_ASSUMED";

/**
 * Without the plan's year or level the book is checked by the reference day's year and the ruleset's
 * default level for that date: a warning, since the wrong ruleset would give wrong answers.
 */
export const planAssumed: Rule<typeof PLAN_ASSUMED> = {
  codes: [PLAN_ASSUMED],
  check(ctx) {
    if (!ctx.assumedYear && !ctx.assumedLevel) return [];
    const plan = ctx.book.plan;
    const missing: PlanGap = !plan
      ? "noPlanSheet"
      : ctx.assumedYear && ctx.assumedLevel
        ? "noYearNorLevel"
        : ctx.assumedYear
          ? "noYear"
          : "noLevel";
    const row = plan ? ((ctx.assumedYear ? plan.rows.year : plan.rows.level) ?? null) : null;
    return [
      finding(PLAN_ASSUMED, "warning", ctx.at("plan", row), {
        params: { year: ctx.year, level: ctx.level, missing, ruleset: ctx.ruleset.description },
      }),
    ];
  },
};
