import { trackerOf } from "../deadlines";
import { obligationParams, obligationRef, reportable } from "../deadlines/findingParams";
import { finding } from "../finding";
import type { Rule } from "./index";

export const SUBMITTED_LATE = "SUBMITTED_LATE";

/**
 * Handed in after the deadline: on the hand-in's own cell, the `Ngày nộp` of its `Nộp` row (for a
 * counted milestone, the row that reached the count), or the milestone's `Ngày hoàn thành`.
 */
export const submittedLate: Rule<typeof SUBMITTED_LATE> = {
  codes: [SUBMITTED_LATE],
  needs: [
    { sheet: "units", field: "code", when: "milestones" },
    // Milestones given to a block reach its units through their Khối thi đua.
    { sheet: "units", field: "block", when: "blocks" },
  ],
  check(ctx) {
    return reportable(ctx, trackerOf(ctx).obligations).flatMap((o) => {
      const from = o.status === "late" ? o.handedIn : null;
      if (!from) return [];
      const place =
        from.sheet === "submissions"
          ? ctx.at("submissions", from.row, "submittedOn")
          : ctx.at("milestones", from.row, "completedOn");
      return [
        finding(SUBMITTED_LATE, "warning", place, {
          unit: o.unit?.code ?? null,
          ref: obligationRef(o),
          params: { ...obligationParams(o), handedIn: from.date, days: o.daysLate },
        }),
      ];
    });
  },
};
