import { finding, type Finding } from "../finding";
import { decidedAbove } from "../ruleset";
import type { Rule } from "./index";
import { basis } from "./support";

export const VOTE_SHORT = "VOTE_SHORT";

/**
 * A title the council approved with fewer "Đồng ý" votes than its share of ALL council members
 * (NĐ 98/2023 Đ30.7: CSTĐCS and Cờ thi đua 80%, CSTĐ cấp tỉnh 90%). Only where this level decides
 * the award: a town's vote on what goes up to the province is the province council's to judge.
 * The council size comes from the row, else the plan. A share the ruleset marks unconfirmed (after
 * 01/07/2025) is a warning. Rows without votes are not judged: many books do not record them.
 */
export const voteShort: Rule<typeof VOTE_SHORT> = {
  codes: [VOTE_SHORT],
  check(ctx) {
    const out: Finding<typeof VOTE_SHORT>[] = [];
    const planSize = ctx.book.plan?.councilSize ?? null;
    (ctx.book.nominations ?? []).forEach((n, i) => {
      const award = ctx.index.nominationAwards[i];
      const rule = award?.vote;
      if (!award || !rule || n.outcome !== "approved" || decidedAbove(award, ctx.level)) return;
      const members = n.councilSize ?? planSize;
      if (n.votesFor === null || members === null || members <= 0) return;
      if (n.votesFor * 100 >= rule.minShare * members) return;
      out.push(
        finding(VOTE_SHORT, rule.confirmed ? "error" : "warning", ctx.at("nominations", n.row, "votesFor"), {
          unit: n.unit || null,
          ref: award.code,
          params: {
            name: n.name,
            award: award.name,
            votes: n.votesFor,
            members,
            share: Math.floor((n.votesFor * 100) / members),
            minShare: rule.minShare,
            needed: Math.ceil((members * rule.minShare) / 100),
            basis: basis(rule.basis),
            confirmed: rule.confirmed,
          },
        }),
      );
    });
    return out;
  },
};
