/**
 * People (and collectives) holding a title in consecutive years, and when each becomes eligible for
 * the award its chain leads to: Chiến sĩ thi đua cấp tỉnh after 3 consecutive years of Chiến sĩ thi
 * đua cơ sở (Law Đ22), Bằng khen of the province's chairman after 2 (Law Đ74.1.d) — the numbers are
 * the ruleset's criteria. Only the chain is judged here; the other criteria are the checker's.
 *
 * - Đột xuất and chuyên đề awards do not count towards a chain (NĐ 152/2025/NĐ-CP Điều 4) when the
 *   book says the kind; an empty kind is Thường xuyên (the contract's default).
 * - A chain towards an award counts again from the year after the person last received it (the next
 *   proposal counts from the previous decision's achievement period, NĐ 98/2023 Đ30 k9); a
 *   nomination for it not yet decided does not restart the chain.
 * - This year's nomination counts for this year unless the council rejected it, as the checker does.
 * - A chain is current when its last year is the reference year or the one before.
 */
import type { BookContext } from "../context";
import { AWARD, type Award } from "../ruleset";
import { codeKey } from "../text";
import { awardFacts } from "./facts";

export interface ChainStep {
  award: { code: string; name: string };
  /** Consecutive years the chain needs. */
  needs: number;
  /** Years of the chain that count towards this award. */
  has: number;
  /** The year the chain reaches what the award needs (if the title keeps coming every year). */
  eligibleYear: number;
  ready: boolean;
}

export interface Chain {
  name: string;
  unit: string;
  /** The unit's name in the book, or its code. */
  unitName: string;
  title: { code: string; name: string };
  /** The consecutive years, ascending. */
  years: number[];
  /** The last year rests on this year's nomination, not yet a decision. */
  lastIsProposal: boolean;
  next: ChainStep[];
}

interface Held {
  name: string;
  unit: string;
  unitName: string;
  /** award code → year → decided (false = a nomination not yet decided) */
  years: Map<string, Map<number, boolean>>;
}

const BROKEN_KINDS = new Set(["adHoc", "thematic"]);

export function consecutiveTitles(books: readonly BookContext[], refYear: number): Chain[] {
  if (books.length === 0) return [];
  // The rules of the latest book decide the numbers and names.
  const latest = books.reduce((a, b) => (b.year >= a.year ? b : a));
  const awards = new Map<string, Award>();
  for (const a of latest.ruleset.awards) awards.set(a.code, a);
  const people = new Map<string, Held>();
  for (const ctx of books) {
    const unitNames = new Map<string, string>();
    for (const u of ctx.book.units) if (u.code) unitNames.set(codeKey(u.code), u.name);
    for (const f of awardFacts(ctx)) {
      if (!f.award || f.year === null || f.status === "rejected" || !f.name.trim()) continue;
      if (BROKEN_KINDS.has(f.kind)) continue;
      if (!awards.has(f.award.code)) awards.set(f.award.code, f.award);
      const key = f.person;
      let held = people.get(key);
      if (!held) {
        held = { name: f.name, unit: f.unit, unitName: unitNames.get(codeKey(f.unit)) ?? f.unit, years: new Map() };
        people.set(key, held);
      }
      let years = held.years.get(f.award.code);
      if (!years) held.years.set(f.award.code, (years = new Map()));
      years.set(f.year, (years.get(f.year) ?? false) || f.status === "awarded");
    }
  }

  const base = AWARD.grassrootsEmulationFighter;
  const steps = [
    { code: AWARD.provincialMerit, needs: latest.ruleset.criteria.provincialMeritYears },
    { code: AWARD.provincialEmulationFighter, needs: latest.ruleset.criteria.provincialEmulationYears },
  ];
  const chains: Chain[] = [];
  for (const held of people.values()) {
    for (const [code, years] of held.years) {
      const award = awards.get(code);
      if (!award || award.family !== "title") continue;
      const run = currentRun([...years.keys()], refYear);
      if (run.length === 0) continue;
      const isBase = code === base;
      if (!isBase && run.length < 2) continue;
      const last = run[run.length - 1];
      const next: ChainStep[] = isBase
        ? steps.flatMap(({ code: target, needs }) => {
            const targetAward = awards.get(target);
            if (!targetAward) return [];
            // Only a decided award restarts the chain; this year's nomination for it does not.
            const received = [...(held.years.get(target)?.entries() ?? [])].filter(([, d]) => d).map(([y]) => y);
            const since = received.length ? Math.max(...received) : -Infinity;
            const has = run.filter((y) => y > since).length;
            const eligibleYear = has === 0 ? last + needs : last + Math.max(0, needs - has);
            return [
              {
                award: { code: targetAward.code, name: targetAward.name },
                needs,
                has,
                eligibleYear,
                ready: has >= needs,
              },
            ];
          })
        : [];
      chains.push({
        name: held.name,
        unit: held.unit,
        unitName: held.unitName,
        title: { code: award.code, name: award.name },
        years: run,
        lastIsProposal: years.get(last) === false,
        next,
      });
    }
  }
  chains.sort(
    (a, b) =>
      Number(b.next.some((s) => s.ready)) - Number(a.next.some((s) => s.ready)) ||
      b.years.length - a.years.length ||
      a.title.code.localeCompare(b.title.code) ||
      a.name.localeCompare(b.name, "vi"),
  );
  return chains;
}

/** The run of consecutive years ending at the reference year or the one before; empty if none. */
export function currentRun(years: readonly number[], refYear: number): number[] {
  const set = new Set(years);
  let end = set.has(refYear) ? refYear : set.has(refYear - 1) ? refYear - 1 : null;
  if (end === null) return [];
  const run: number[] = [];
  while (set.has(end)) run.unshift(end--);
  return run;
}
