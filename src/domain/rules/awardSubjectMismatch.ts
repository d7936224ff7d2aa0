import type { Finding } from "../model";
import type { Rule } from "./index";
import { SUBJECT_WORDS, basis, finding, phrase, subjectList } from "./support";

export const AWARD_SUBJECT_MISMATCH = "AWARD_SUBJECT_MISMATCH";

/** An award proposed for a kind of nominee it is not for, e.g. a collective for Lao động tiên tiến. */
export const awardSubjectMismatch: Rule = {
  codes: [AWARD_SUBJECT_MISMATCH],
  check(ctx) {
    const out: Finding[] = [];
    (ctx.book.nominations ?? []).forEach((n, i) => {
      const award = ctx.index.nominationAwards[i];
      if (!award || !n.subject || award.subjects.length === 0 || award.subjects.includes(n.subject)) return;
      out.push(
        finding(AWARD_SUBJECT_MISMATCH, "error", "nominations", n.row, "award", {
          unit: n.unit || null,
          ref: award.code,
          params: {
            name: n.name,
            award: award.name,
            ...phrase("subject", SUBJECT_WORDS[n.subject]),
            ...phrase("allowed", subjectList(award.subjects)),
            basis: basis(award.legalBasis),
          },
        }),
      );
    });
    return out;
  },
};
