import { finding, type Finding } from "../finding";
import type { Nomination } from "../model";
import type { Award } from "../ruleset";
import { isRejected } from "../context";
import type { Rule } from "./index";

export const MULTIPLE_FORMS = "MULTIPLE_FORMS";

/**
 * Law 06/2022 Đ5: several forms are not given for one achievement.
 * One person (or collective) proposed for two different forms of commendation (Giấy khen, Bằng
 * khen…) for the same regular achievement of the year. Titles (LĐTT, CSTĐCS) stack and are not
 * concerned; thematic and ad-hoc awards reward other achievements. The same award twice is a
 * DUPLICATE_NOMINATION instead. Rows the council rejected do not count.
 */
export const multipleForms: Rule<typeof MULTIPLE_FORMS> = {
  codes: [MULTIPLE_FORMS],
  check(ctx) {
    const out: Finding<typeof MULTIPLE_FORMS>[] = [];
    const first = new Map<string, { row: Nomination; award: Award }>();
    const nominations = ctx.book.nominations ?? [];
    nominations.forEach((n, i) => {
      const award = ctx.index.nominationAwards[i];
      if (!award || award.family !== "form" || !n.name || isRejected(n)) return;
      if (n.kind !== null && n.kind !== "regular") return;
      const person = ctx.index.nominationPersons[i];
      const prior = first.get(person);
      if (!prior) {
        first.set(person, { row: n, award });
        return;
      }
      if (prior.award.code === award.code) return;
      const firstCell = ctx.at("nominations", prior.row.row, "award").cell;
      out.push(
        finding(MULTIPLE_FORMS, "error", ctx.at("nominations", n.row, "award"), {
          unit: n.unit || null,
          ref: String(prior.row.row),
          params: {
            name: n.name,
            award: award.name,
            firstAward: prior.award.name,
            firstRow: prior.row.row,
            year: ctx.year,
            basis: ctx.ruleset.criteria.singleFormBasis,
            ...(firstCell ? { firstCell } : {}),
          },
        }),
      );
    });
    return out;
  },
};
