/**
 * Years side by side: the awards of the history sheets (and of the books' own years) per year, by
 * award, unit and block. One award of one person in one year counts once however many books carry it
 * (each year's book copies the history forward). A nomination decided (Đồng ý) is an award of its
 * book's year; one still before the council or forwarded is shown apart as proposed; a rejected one
 * is not counted.
 */
import type { BookContext } from "../context";
import { codeKey, nameKey } from "../text";
import { awardFacts, type AwardFact } from "./facts";

export interface YearCount {
  awarded: number;
  proposed: number;
}

export interface YearsLine {
  key: string;
  /** The award's or unit's or block's name; null for "no block". */
  label: string | null;
  /** Parallel to `YearsView.years`. */
  counts: YearCount[];
  total: YearCount;
}

export interface YearsView {
  /** Ascending, without gaps between the first and the last. */
  years: number[];
  totals: YearCount[];
  byAward: YearsLine[];
  byUnit: YearsLine[];
  byBlock: YearsLine[];
}

const MIN_YEAR = 1945;
const MAX_YEAR = 2200;

interface Entry {
  year: number;
  awarded: boolean;
  award: string;
  unit: string;
  block: string;
}

/** The key of an award across books: its catalogue code, else the name as typed. */
export function awardKey(f: AwardFact): string {
  return f.award ? f.award.code : `?${nameKey(f.typed)}`;
}

function line(key: string, label: string | null, size: number): YearsLine {
  return {
    key,
    label,
    counts: Array.from({ length: size }, () => ({ awarded: 0, proposed: 0 })),
    total: { awarded: 0, proposed: 0 },
  };
}

function lines(
  entries: Iterable<Entry>,
  years: readonly number[],
  by: "award" | "unit" | "block",
  labels: ReadonlyMap<string, string | null>,
): YearsLine[] {
  const map = new Map<string, YearsLine>();
  const first = years[0];
  for (const e of entries) {
    const key = e[by];
    let l = map.get(key);
    if (!l) map.set(key, (l = line(key, labels.get(key) ?? null, years.length)));
    const c = l.counts[e.year - first];
    if (e.awarded) {
      c.awarded++;
      l.total.awarded++;
    } else {
      c.proposed++;
      l.total.proposed++;
    }
  }
  const all = [...map.values()];
  all.sort((a, b) => b.total.awarded + b.total.proposed - (a.total.awarded + a.total.proposed));
  return all;
}

export function yearsSideBySide(books: readonly BookContext[]): YearsView {
  // Names of units and blocks from every book, the later books' names winning (books in year order).
  const unitNames = new Map<string, string>();
  const unitBlocks = new Map<string, string>();
  const blockNames = new Map<string, string>();
  for (const ctx of books) {
    for (const u of ctx.book.units) {
      if (!u.code) continue;
      unitNames.set(codeKey(u.code), u.name);
      if (u.block) unitBlocks.set(codeKey(u.code), u.block);
    }
    for (const b of ctx.book.blocks ?? []) if (b.code) blockNames.set(codeKey(b.code), b.name);
  }
  const kept = new Map<string, Entry>();
  // Keys and labels by the text typed: the same few awards and units repeat over every row.
  const awardLabels = new Map<string, string | null>();
  const unitLabels = new Map<string, string | null>();
  const blockLabels = new Map<string, string | null>([["", null]]);
  const awardKeys = new Map<string, string>();
  const unitKeys = new Map<string, { unit: string; block: string }>();
  for (const ctx of books) {
    for (const f of awardFacts(ctx)) {
      // Names and awards are trimmed when read: empty means not given.
      if (f.year === null || f.status === "rejected" || !f.name || !f.typed) continue;
      // A year no book can mean (a typo such as 224) would stretch the table over centuries.
      if (f.year < MIN_YEAR || f.year > MAX_YEAR) continue;
      const awarded = f.status === "awarded";
      let award = f.award?.code;
      if (award === undefined) {
        award = awardKeys.get(f.typed);
        if (award === undefined) awardKeys.set(f.typed, (award = awardKey(f)));
      }
      if (!awardLabels.has(award)) awardLabels.set(award, f.award?.name ?? f.typed);
      const key = `${f.person}\u0000${award}\u0000${f.year}`;
      const prior = kept.get(key);
      if (prior && (prior.awarded || !awarded)) continue;
      let where = unitKeys.get(f.unit);
      if (where === undefined) {
        const unit = codeKey(f.unit);
        const block = unitBlocks.get(unit);
        const blockKey = block ? codeKey(block) : "";
        where = { unit, block: blockKey };
        unitKeys.set(f.unit, where);
        if (!unitLabels.has(unit)) unitLabels.set(unit, unitNames.get(unit) ?? f.unit);
        if (block && !blockLabels.has(blockKey)) blockLabels.set(blockKey, blockNames.get(blockKey) ?? block);
      }
      kept.set(key, { year: f.year, awarded, award, unit: where.unit, block: where.block });
    }
  }
  const entries = [...kept.values()];
  if (entries.length === 0) return { years: [], totals: [], byAward: [], byUnit: [], byBlock: [] };
  let min = Infinity;
  let max = -Infinity;
  for (const e of entries) {
    if (e.year < min) min = e.year;
    if (e.year > max) max = e.year;
  }
  const years = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const totals = years.map(() => ({ awarded: 0, proposed: 0 }));
  for (const e of entries) totals[e.year - min][e.awarded ? "awarded" : "proposed"]++;
  return {
    years,
    totals,
    byAward: lines(entries, years, "award", awardLabels),
    byUnit: lines(entries, years, "unit", unitLabels),
    byBlock: lines(entries, years, "block", blockLabels),
  };
}
