import { trackerOf } from "../deadlines";
import { obligationParams, obligationRef, reportable } from "../deadlines/findingParams";
import { finding } from "../finding";
import type { Rule } from "./index";

export const COUNT_SHORT = "COUNT_SHORT";

/**
 * A counted milestone (`Số lượng tối thiểu`, e.g. at least one news item a month) whose period has
 * ended with fewer `Nộp` rows than required: on its `Số lượng tối thiểu` cell, one finding per unit and
 * period. A period that has not ended raises nothing.
 */
export const countShort: Rule<typeof COUNT_SHORT> = {
  codes: [COUNT_SHORT],
  needs: [
    { sheet: "units", field: "code", when: "milestones" },
    // Milestones given to a block reach its units through their Khối thi đua.
    { sheet: "units", field: "block", when: "blocks" },
  ],
  check(ctx) {
    return reportable(ctx, trackerOf(ctx).obligations)
      .filter((o) => o.status === "overdue" && o.counted)
      .map((o) =>
        finding(COUNT_SHORT, "error", ctx.at("milestones", o.milestone.row, "minCount"), {
          unit: o.unit?.code ?? null,
          ref: obligationRef(o),
          params: { ...obligationParams(o), count: o.count, required: o.required },
        }),
      );
  },
};
