import { isRejected } from "../context";
import { addMonths, compareDates } from "../dates";
import type { Finding } from "../finding";
import { AWARD } from "../ruleset";
import type { Rule } from "./index";
import { CRITERIA_NOT_MET, criteriaFinding } from "./support";

/**
 * Lao động tiên tiến: duties completed well or better (Law Đ24.1), and not for someone recruited less
 * than six months before the year ends (TT 01/2024). An empty rating or recruitment date proves
 * nothing either way and stays quiet: most LĐTT rows carry neither.
 */
export const advancedWorkerCriteria: Rule<typeof CRITERIA_NOT_MET> = {
  codes: [CRITERIA_NOT_MET],
  check(ctx) {
    const out: Finding<typeof CRITERIA_NOT_MET>[] = [];
    const { minServiceMonths: months, serviceBasis } = ctx.ruleset.criteria;
    const yearEnd = { year: ctx.year + 1, month: 1, day: 1 };
    (ctx.book.nominations ?? []).forEach((n, i) => {
      const award = ctx.index.nominationAwards[i];
      if (award?.code !== AWARD.advancedWorker || isRejected(n)) return;
      if (n.subject !== null && n.subject !== "individual") return;
      if (n.recruitedOn && compareDates(addMonths(n.recruitedOn, months), yearEnd) > 0) {
        out.push(
          criteriaFinding(
            ctx,
            n,
            award,
            "error",
            "recruitedOn",
            { kind: "serviceTooShort", recruitedOn: n.recruitedOn, year: ctx.year, months },
            `${award.legalBasis}; ${serviceBasis}`,
          ),
        );
      }
      if (n.rating === "completed" || n.rating === "notCompleted") {
        out.push(criteriaFinding(ctx, n, award, "error", "rating", { kind: "ratingBelowGood", rating: n.rating }));
      }
    });
    return out;
  },
};
