/**
 * Award names as decisions and clerks write them: with the issuer's place ("Giấy khen của Chủ tịch
 * UBND phường Đông Hưng", "Bằng khen của Chủ tịch UBND tỉnh Hưng Yên"), a year ("Lao động tiên tiến
 * năm 2026"), the "Danh hiệu" prefix, quotes, or the usual abbreviations (LĐTT, CSTĐCS, TTLĐTT, GK,
 * BK). The clerk's text is kept as written; this only finds which catalogue award it names, and
 * which awards are closest when it names none.
 */
import type { DecidingLevel, Level } from "./model";
import type { Award } from "./ruleset";
import { looseKey } from "./text";

/** Abbreviations, as whole words (after looseKey: đ is d). */
const ABBREVIATIONS: Record<string, string> = {
  ldtt: "lao dong tien tien",
  cstdcs: "chien si thi dua co so",
  cstd: "chien si thi dua",
  cstdtq: "chien si thi dua toan quoc",
  ttldtt: "tap the lao dong tien tien",
  ttldxs: "tap the lao dong xuat sac",
  gk: "giay khen",
  bk: "bang khen",
  gdvh: "gia dinh van hoa",
  tdp: "to dan pho",
  ct: "chu tich",
  // "Chiến sỹ" is how many clerks spell "Chiến sĩ".
  sy: "si",
};

/** "Ủy ban nhân dân" is UBND; "Chủ tịch", "của", "cấp" add nothing to which award it is. */
const PHRASES: [RegExp, string][] = [
  [/\buy ban nhan dan\b/g, "ubnd"],
  [/\bub nd\b/g, "ubnd"],
];
const NOISE = /\b(cua|chu tich|cap)\b/g;
/** A year, a school year, a period: "năm 2026", "năm học 2025 2026", "giai đoạn 2021 2025", "2026". */
const YEARS = /\b(nam hoc|nam|giai doan|dot)?\s*(19|20)\d\d(\s+(19|20)\d\d)?\b/g;
/** What a clerk writes before the name: "Danh hiệu …", "Hình thức …", "Tặng …", "Đề nghị …", "Công nhận …". */
const PREFIX = /^(danh hieu|hinh thuc khen thuong|hinh thuc|tang|de nghi|cong nhan)\s+/;
/** The issuer's place after UBND and its level: "ubnd phuong dong hung" → "ubnd phuong". */
const PLACE = /\bubnd (tinh|thanh pho|thi xa|thi tran|huyen|quan|phuong|xa|dac khu)\b.*$/;
/** A name alone that several awards share; the one decided nearest above the book's level is meant. */
const GENERIC = ["giay khen", "bang khen", "co thi dua", "chien si thi dua"];

function expand(key: string): string {
  return key
    .split(" ")
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(" ");
}

const keyCache = new Map<string, string>();

/** The words that say which award a text names: "Danh hiệu “LĐTT” năm 2026" → "lao dong tien tien". */
export function awardKey(text: string): string {
  let key = keyCache.get(text);
  if (key !== undefined) return key;
  let k = expand(looseKey(text));
  for (const [re, to] of PHRASES) k = k.replace(re, to);
  k = k.replace(YEARS, " ").replace(/\s+/g, " ").trim();
  let before: string;
  do {
    before = k;
    k = k.replace(PREFIX, "");
  } while (k !== before);
  k = k.replace(PLACE, (_m, level: string) => `ubnd ${level}`);
  key = k.replace(NOISE, " ").replace(/\s+/g, " ").trim();
  if (keyCache.size > 20_000) keyCache.clear();
  keyCache.set(text, key);
  return key;
}

const RANK: Record<DecidingLevel, number> = { commune: 0, district: 1, province: 2, central: 3 };

/** Finds the award a name as written means, and the closest awards when it means none. */
export interface WrittenAwards {
  find(typed: string): Award | null;
  /** The two closest awards (by shared words or by spelling), best first; empty when nothing is close. */
  suggest(typed: string): Award[];
}

function words(key: string): Set<string> {
  return new Set(key.split(" ").filter(Boolean));
}

function likeness(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  const union = a.size + b.size - common;
  return union === 0 ? 0 : common / union;
}

/** 1 − the edit distance over the longer length: how alike two keys are letter by letter (1 = the same). */
export function spelling(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return 1 - previous[b.length] / longer;
}

/** A finder over a catalogue, for a book at `level` (which Giấy khen "GK" means). */
export function writtenAwards(awards: readonly Award[], level: Level): WrittenAwards {
  const byKey = new Map<string, Award | null>();
  const keyed: { award: Award; key: string }[] = [];
  for (const a of awards) {
    for (const n of [a.name, ...a.aliases]) {
      const k = awardKey(n);
      if (!k) continue;
      keyed.push({ award: a, key: k });
      const known = byKey.get(k);
      // Two awards written the same way: neither is meant for sure.
      if (known === undefined) byKey.set(k, a);
      else if (known !== null && known !== a) byKey.set(k, null);
    }
  }
  const rank = RANK[level];
  const generic = (k: string): Award | null => {
    if (!GENERIC.includes(k)) return null;
    const options = [...new Set(keyed.filter((x) => x.key.startsWith(`${k} `)).map((x) => x.award))];
    const above = options.filter((a) => RANK[a.decidingLevel] >= rank);
    if (above.length === 0) return null;
    const nearest = Math.min(...above.map((a) => RANK[a.decidingLevel]));
    const at = above.filter((a) => RANK[a.decidingLevel] === nearest);
    return at.length === 1 ? at[0] : null;
  };
  return {
    find(typed) {
      const k = awardKey(typed);
      if (!k) return null;
      return byKey.get(k) ?? generic(k);
    },
    suggest(typed) {
      const typedKey = awardKey(typed);
      const mine = words(typedKey);
      if (mine.size === 0) return [];
      const best = new Map<Award, number>();
      for (const { award, key } of keyed) {
        // Shared words find a name written in another order; the edit distance a misspelt one (a few
        // letters off: any two award names are half alike letter by letter).
        const letters = spelling(typedKey, key);
        const score = Math.max(likeness(mine, words(key)), letters >= 0.75 ? letters : 0);
        if (score > (best.get(award) ?? 0)) best.set(award, score);
      }
      // The two nearest, each near enough to be worth asking about.
      return [...best.entries()]
        .filter(([, s]) => s >= 0.4)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 2)
        .map(([a]) => a);
    },
  };
}
