import { finding, type Finding } from "../finding";
import type { Nomination } from "../model";
import { awardKey } from "../awardNames";
import { codeKey, nameKey } from "../text";
import type { Rule } from "./index";

export const DUPLICATE_NOMINATION = "DUPLICATE_NOMINATION";

/**
 * What makes two rows the same proposal besides person and award: the kind of commendation, for a
 * thematic one its movement, and for an ad-hoc (đột xuất) one its deed: two ad-hoc awards in a year
 * for different achievements are two deeds; the same achievement written twice is one.
 */
function occasion(n: Nomination): string {
  if (n.kind === "adHoc") return `adHoc:${nameKey(n.achievement ?? "")}`;
  if (n.kind === "thematic") return `thematic:${n.movement ? codeKey(n.movement) : ""}`;
  return n.kind ?? "regular";
}

/**
 * The same person or collective, unit and award twice in the book's year. Names compare by nameKey
 * (NFC, tone placement, spaces, case), never without diacritics; the same name in another unit is
 * another person. Each later row is reported, naming the first, which stays clean.
 */
export const duplicateNomination: Rule<typeof DUPLICATE_NOMINATION> = {
  codes: [DUPLICATE_NOMINATION],
  check(ctx) {
    const out: Finding<typeof DUPLICATE_NOMINATION>[] = [];
    const first = new Map<string, Nomination>();
    const nominations = ctx.book.nominations ?? [];
    nominations.forEach((n, i) => {
      if (!n.name || !n.award) return;
      const on = occasion(n);
      const award = ctx.index.nominationAwards[i];
      // An award the catalogue does not know is compared as written (its year, quotes and place aside).
      const key = `${ctx.index.nominationPersons[i]}\u0000${award ? award.code : `?${awardKey(n.award)}`}\u0000${on}`;
      const prior = first.get(key);
      if (!prior) {
        first.set(key, n);
        return;
      }
      const firstCell = ctx.at("nominations", prior.row, "name").cell;
      out.push(
        finding(DUPLICATE_NOMINATION, "error", ctx.at("nominations", n.row, "name"), {
          unit: n.unit || null,
          ref: String(prior.row),
          params: {
            name: n.name,
            award: award ? award.name : n.award,
            firstRow: prior.row,
            year: ctx.year,
            ...(firstCell ? { firstCell } : {}),
          },
        }),
      );
    });
    return out;
  },
};
