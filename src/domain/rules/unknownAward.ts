import { finding, type Finding } from "../finding";
import { findDiscontinued } from "../ruleset";
import type { Rule } from "./index";

export const UNKNOWN_AWARD = "UNKNOWN_AWARD";

/**
 * A nomination whose Hình thức matches no award of the catalogue in force (by code, name or alias, or
 * as decisions write it: awardNames.ts), with the closest awards ("có phải …?"), and a catalogue row whose "Tính trên" names no award. History rows naming other awards (medals,
 * older titles) are normal and are left alone.
 */
export const unknownAward: Rule<typeof UNKNOWN_AWARD> = {
  codes: [UNKNOWN_AWARD],
  check(ctx) {
    const out: Finding<typeof UNKNOWN_AWARD>[] = [];
    const params = (value: string) => ({ value, ruleset: ctx.ruleset.description });
    (ctx.book.nominations ?? []).forEach((n, i) => {
      // An award the reform ended is AWARD_DISCONTINUED's, with its reason.
      if (!n.award || ctx.index.nominationAwards[i] || findDiscontinued(ctx.ruleset, n.award)) return;
      const suggestions = ctx.suggestAwards(n.award).map((a) => a.name);
      out.push(
        finding(UNKNOWN_AWARD, "error", ctx.at("nominations", n.row, "award"), {
          unit: n.unit || null,
          ref: n.award,
          params: { ...params(n.award), ...(suggestions.length ? { suggestions } : {}) },
        }),
      );
    });
    for (const c of ctx.book.catalogue ?? []) {
      if (!c.ratioBase || ctx.awards.find(c.ratioBase)) continue;
      out.push(
        finding(UNKNOWN_AWARD, "error", ctx.at("catalogue", c.row, "ratioBase"), {
          ref: c.ratioBase,
          params: { ...params(c.ratioBase), code: c.code },
        }),
      );
    }
    return out;
  },
};
