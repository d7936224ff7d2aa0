import { isRejected, type BookContext } from "../context";
import { finding, type Finding, type QuotaBase } from "../finding";
import type { Nomination } from "../model";
import type { Award } from "../ruleset";
import { codeKey } from "../text";
import type { Rule } from "./index";
import { basis } from "./support";

export const QUOTA_EXCEEDED = "QUOTA_EXCEEDED";

/**
 * How many a unit may propose: the whole number of proposals within ratio% of its base, as the rule
 * reads ("không quá 15%"): 15% of 7 LĐTT allows 1, of 10 allows 1, of 20 allows 3, of 3 allows 0.
 * The ratio itself is catalogue data (unconfirmed under the 2022 law), so a province that rounds
 * differently changes it in the Danh mục khen thưởng sheet.
 */
export function allowedByQuota(base: number, ratio: number): number {
  if (base <= 0) return 0;
  return Math.floor((base * ratio) / 100 + 1e-9);
}

/** One unit's use of an award's quota (the summary's Tỷ lệ sheet lists them all). */
export interface QuotaUse {
  award: Award;
  baseAward: Award;
  /** codeKey of the unit. */
  unit: string;
  /** The nominations counted (not rejected), in sheet order. */
  rows: Nomination[];
  ratio: number;
  base: number;
  baseSource: QuotaBase;
  allowed: number;
}

/**
 * Per unit and award whose catalogue entry sets a ratio, how many proposals the unit makes and how
 * many the ratio allows (CSTĐCS ≤ 15% of the unit's LĐTT holders). The base is the unit's `Số LĐTT`
 * where given; otherwise it is counted from the book, as the workbook contract defines it: the base
 * title's proposals of the unit this year plus the history's entries of the unit for this year,
 * distinct persons. Rejected proposals do not count. In order of first proposal.
 */
export function quotaUses(ctx: BookContext): QuotaUse[] {
  const nominations = ctx.book.nominations ?? [];
  const groups = new Map<string, { award: Award; unit: string; rows: Nomination[] }>();
  nominations.forEach((n, i) => {
    const award = ctx.index.nominationAwards[i];
    if (!award || award.maxRatio === null || !award.ratioBase || !n.unit || isRejected(n)) return;
    const key = `${codeKey(n.unit)}\u0000${award.code}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { award, unit: codeKey(n.unit), rows: [] }));
    g.rows.push(n);
  });
  if (groups.size === 0) return [];

  // Distinct holders of each base title, per unit, counted once per base code.
  const counted = new Map<string, Map<string, Set<string>>>();
  const holders = (baseCode: string): Map<string, Set<string>> => {
    const known = counted.get(baseCode);
    if (known) return known;
    const found = new Map<string, Set<string>>();
    // A person key holds the unit, so a set of them per unit counts distinct persons.
    const add = (unit: string, person: string) => {
      const u = codeKey(unit);
      let set = found.get(u);
      if (!set) found.set(u, (set = new Set()));
      set.add(person);
    };
    nominations.forEach((n, i) => {
      if (n.name && n.unit && !isRejected(n) && ctx.index.nominationAwards[i]?.code === baseCode) {
        add(n.unit, ctx.index.nominationPersons[i]);
      }
    });
    for (const h of ctx.book.history ?? []) {
      if (h.year === ctx.year && h.name && h.unit && ctx.findAward(h.award)?.code === baseCode) {
        add(h.unit, ctx.personKey(h.name, h.unit));
      }
    }
    counted.set(baseCode, found);
    return found;
  };

  const out: QuotaUse[] = [];
  for (const g of groups.values()) {
    const baseAward = ctx.awards.find(g.award.ratioBase ?? "");
    if (!baseAward) continue; // the catalogue's "Tính trên" is unknown: UNKNOWN_AWARD says so
    const ratio = g.award.maxRatio ?? 0;
    const given = ctx.index.units?.get(g.unit)?.advancedWorkerCount ?? null;
    const base = given ?? holders(baseAward.code).get(g.unit)?.size ?? 0;
    const baseSource: QuotaBase = given !== null ? "unitsSheet" : "counted";
    out.push({ ...g, baseAward, ratio, base, baseSource, allowed: allowedByQuota(base, ratio) });
  }
  return out;
}

/** Every proposal of a unit over its quota is reported (quotaUses says how the base is found). */
export const quotaExceeded: Rule<typeof QUOTA_EXCEEDED> = {
  codes: [QUOTA_EXCEEDED],
  needs: [
    { sheet: "units", field: "code" },
    { sheet: "nominations", field: "unit" },
    { sheet: "nominations", field: "award" },
    // A units sheet without the Số LĐTT column (often a renamed header) would have every base counted
    // from the book alone: skipped and said, rather than a unit-wide flood of false errors.
    { sheet: "units", field: "advancedWorkerCount", when: "catalogue" },
  ],
  check(ctx) {
    const out: Finding<typeof QUOTA_EXCEEDED>[] = [];
    for (const g of quotaUses(ctx)) {
      if (g.rows.length <= g.allowed) continue;
      for (const n of g.rows) {
        out.push(
          finding(QUOTA_EXCEEDED, "error", ctx.at("nominations", n.row, "award"), {
            unit: n.unit,
            ref: g.award.code,
            params: {
              award: g.award.name,
              count: g.rows.length,
              allowed: g.allowed,
              ratio: g.ratio,
              base: g.base,
              baseAward: g.baseAward.name,
              baseSource: g.baseSource,
              catalogueRow: g.award.ratioSource?.row ?? null,
              basis: basis(g.award.ratioSource?.basis),
            },
          }),
        );
      }
    }
    return out;
  },
};
