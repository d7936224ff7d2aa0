import { finding, type Finding } from "../finding";
import type { Rule } from "./index";
import { basis } from "./support";

export const AWARD_SUBJECT_MISMATCH = "AWARD_SUBJECT_MISMATCH";

/** An award proposed for a kind of nominee it is not for, e.g. a collective for Lao động tiên tiến. */
export const awardSubjectMismatch: Rule<typeof AWARD_SUBJECT_MISMATCH> = {
  codes: [AWARD_SUBJECT_MISMATCH],
  check(ctx) {
    const out: Finding<typeof AWARD_SUBJECT_MISMATCH>[] = [];
    (ctx.book.nominations ?? []).forEach((n, i) => {
      const award = ctx.index.nominationAwards[i];
      if (!award || !n.subject || award.subjects.length === 0 || award.subjects.includes(n.subject)) return;
      out.push(
        finding(AWARD_SUBJECT_MISMATCH, "error", ctx.at("nominations", n.row, "award"), {
          unit: n.unit || null,
          ref: award.code,
          params: {
            name: n.name,
            award: award.name,
            subject: n.subject,
            allowed: [...award.subjects],
            basis: basis(award.legalBasis),
          },
        }),
      );
    });
    return out;
  },
};
