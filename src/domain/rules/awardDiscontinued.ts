import { finding, type Finding } from "../finding";
import { findDiscontinued } from "../ruleset";
import type { Rule } from "./index";
import { basis } from "./support";

export const AWARD_DISCONTINUED = "AWARD_DISCONTINUED";

/**
 * A nomination for an award the book's level no longer gives: after 30/06/2025 the district level is
 * gone, and with it the Giấy khen of a district or town chairman and a district's Cờ thi đua
 * (NĐ 129/2025/NĐ-CP Điều 59). Said as such, with what takes its place, never as an unknown award.
 * History rows naming them are the past and are left alone.
 */
export const awardDiscontinued: Rule<typeof AWARD_DISCONTINUED> = {
  codes: [AWARD_DISCONTINUED],
  check(ctx) {
    if (ctx.ruleset.discontinued.length === 0) return [];
    const out: Finding<typeof AWARD_DISCONTINUED>[] = [];
    (ctx.book.nominations ?? []).forEach((n, i) => {
      if (!n.award || ctx.index.nominationAwards[i]) return;
      const ended = findDiscontinued(ctx.ruleset, n.award);
      if (!ended) return;
      const replacement = ended.replacedBy ? (ctx.awards.find(ended.replacedBy)?.name ?? null) : null;
      out.push(
        finding(AWARD_DISCONTINUED, "error", ctx.at("nominations", n.row, "award"), {
          unit: n.unit || null,
          ref: ended.code,
          params: { value: n.award, award: ended.name, since: ended.since, replacement, basis: basis(ended.basis) },
        }),
      );
    });
    return out;
  },
};
