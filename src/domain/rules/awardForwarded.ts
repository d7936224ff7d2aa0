import { isRejected } from "../context";
import { finding, type Finding } from "../finding";
import { decidedAbove } from "../ruleset";
import type { Rule } from "./index";
import { basis } from "./support";

export const AWARD_FORWARDED = "AWARD_FORWARDED";

/**
 * Not a mistake: the award is decided above the book's level (by the ruleset in force for the
 * plan's year and level), so the nomination goes up with the dossier.
 */
export const awardForwarded: Rule<typeof AWARD_FORWARDED> = {
  codes: [AWARD_FORWARDED],
  check(ctx) {
    const out: Finding<typeof AWARD_FORWARDED>[] = [];
    (ctx.book.nominations ?? []).forEach((n, i) => {
      const award = ctx.index.nominationAwards[i];
      if (!award || isRejected(n) || !decidedAbove(award, ctx.level)) return;
      out.push(
        finding(AWARD_FORWARDED, "info", ctx.at("nominations", n.row, "award"), {
          unit: n.unit || null,
          ref: award.code,
          params: {
            name: n.name,
            award: award.name,
            decider: award.decidingLevel,
            level: ctx.level,
            basis: basis(award.legalBasis),
          },
        }),
      );
    });
    return out;
  },
};
