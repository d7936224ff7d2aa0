import { compareDates } from "../dates";
import { finding, type Finding } from "../finding";
import { decidedAbove } from "../ruleset";
import type { Rule } from "./index";

export const DECISION_MISSING = "DECISION_MISSING";

/**
 * Once the plan says the year's decisions are issued (Ngày ban hành QĐ khen thưởng on or
 * before the reference day), every nomination this level approved should carry its decision number:
 * without it the award never reaches the history, and next year's chains cannot be checked.
 */
export const decisionMissing: Rule<typeof DECISION_MISSING> = {
  codes: [DECISION_MISSING],
  check(ctx) {
    const from = ctx.book.plan?.decisionsFrom ?? null;
    if (!from || compareDates(from, ctx.today) > 0) return [];
    const out: Finding<typeof DECISION_MISSING>[] = [];
    (ctx.book.nominations ?? []).forEach((n, i) => {
      const award = ctx.index.nominationAwards[i];
      if (n.outcome !== "approved" || n.decisionNumber || (award && decidedAbove(award, ctx.level))) return;
      out.push(
        finding(DECISION_MISSING, "warning", ctx.at("nominations", n.row, "decisionNumber"), {
          unit: n.unit || null,
          ref: award?.code ?? null,
          params: { name: n.name, award: award?.name ?? n.award, from },
        }),
      );
    });
    return out;
  },
};
