import { trackerOf } from "../deadlines";
import { obligationParams, obligationRef, reportable } from "../deadlines/findingParams";
import { finding } from "../finding";
import type { Rule } from "./index";

export const OVERDUE = "OVERDUE";

/**
 * A unit (or the office) has not handed in a milestone whose deadline has passed, as of the reference
 * day: on the milestone's `Hạn` cell, one finding per unit and occurrence. Counted milestones have
 * their own finding (COUNT_SHORT).
 */
export const overdue: Rule<typeof OVERDUE> = {
  codes: [OVERDUE],
  needs: [
    { sheet: "units", field: "code", when: "milestones" },
    // Milestones given to a block reach its units through their Khối thi đua.
    { sheet: "units", field: "block", when: "blocks" },
  ],
  check(ctx) {
    return reportable(ctx, trackerOf(ctx).obligations)
      .filter((o) => o.status === "overdue" && !o.counted)
      .map((o) =>
        finding(OVERDUE, "error", ctx.at("milestones", o.milestone.row, "due"), {
          unit: o.unit?.code ?? null,
          ref: obligationRef(o),
          params: { ...obligationParams(o), days: o.daysLate },
        }),
      );
  },
};
