/**
 * The words of a header or a sheet name, for recognising it as clerks write it: diacritics and case
 * folded, punctuation and a parenthesised note dropped, and the usual abbreviations written out
 * ("Mã ĐV" = "Mã đơn vị", "Đề nghị KT" = "Đề nghị khen thưởng"). Only for recognising headers and
 * sheets: names of people and units are never compared this way (domain/text.ts nameKey).
 */
import { looseKey } from "../domain/text";

/** Abbreviations clerks use in headers, as whole words (after looseKey: đ is d). */
const HEADER_ABBREVIATIONS: Record<string, string> = {
  dv: "don vi",
  dvt: "don vi tinh",
  qd: "quyet dinh",
  ldtt: "lao dong tien tien",
  td: "thi dua",
  kt: "khen thuong",
  tdkt: "thi dua khen thuong",
  dtts: "dan toc thieu so",
  sdt: "so dien thoai",
};

/** In sheet names also: "DS đề nghị", "DM khen thưởng", "LS khen thưởng", "KH 2026". */
const SHEET_ABBREVIATIONS: Record<string, string> = {
  ...HEADER_ABBREVIATIONS,
  ds: "danh sach",
  dm: "danh muc",
  ls: "lich su",
  kh: "ke hoach",
  pt: "phong trao",
  dn: "de nghi",
};

function expand(key: string, table: Record<string, string>): string[] {
  const out: string[] = [];
  for (const w of key.split(" ")) {
    if (!w) continue;
    const long = table[w];
    if (long) out.push(...long.split(" "));
    else out.push(w);
  }
  return out;
}

const headerCache = new Map<string, string[]>();

/** A header's words: "Mã ĐV (*)" → ["ma", "don", "vi"]. */
export function headerWords(text: string): string[] {
  let words = headerCache.get(text);
  if (words === undefined) {
    if (headerCache.size > 5_000) headerCache.clear();
    const bare = text.replace(/\([^)]*\)/g, " ").replace(/\*/g, " ");
    words = expand(looseKey(bare), HEADER_ABBREVIATIONS);
    // "(1)" or "(*)" alone: keep what the parentheses held rather than nothing.
    if (words.length === 0) words = expand(looseKey(text), HEADER_ABBREVIATIONS);
    headerCache.set(text, words);
  }
  return words;
}

/** A sheet name's words, abbreviations written out: "DS đề nghị KT 2026" → danh sach de nghi khen thuong 2026. */
export function sheetNameWords(text: string): string[] {
  return expand(looseKey(text), SHEET_ABBREVIATIONS);
}

/** Whether the sheet name used an abbreviation the contract's names do not. */
export function usesAbbreviation(text: string): boolean {
  return looseKey(text)
    .split(" ")
    .some((w) => w in SHEET_ABBREVIATIONS);
}

/** |a ∩ b| / |a ∪ b| of two word sets. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let common = 0;
  for (const w of sa) if (sb.has(w)) common++;
  const union = sa.size + sb.size - common;
  return union === 0 ? 0 : common / union;
}

/** Every word of `part` is among `whole`'s (order and repeats ignored). */
export function containsAll(whole: readonly string[], part: readonly string[]): boolean {
  const set = new Set(whole);
  return part.every((w) => set.has(w));
}

/** Same words, in any order. */
export function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return containsAll(a, b) && containsAll(b, a);
}
