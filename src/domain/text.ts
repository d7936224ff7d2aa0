/**
 * Vietnamese text normalisation for comparing what clerks type.
 * Identity (names, units) compares with `nameKey`: NFC, trimmed, spaces collapsed, case-folded,
 * and the old/new tone-mark placements unified — never with diacritics stripped.
 * Headers and sheet names compare with `looseKey`, which also drops diacritics.
 */

// Old-style placement puts the tone on the second vowel of oa, oe, uy at the end of a syllable
// ("hoà", "khoẻ", "thuỷ"); the new style puts it on the first ("hòa", "khỏe", "thủy"). On NFC text
// the toned vowel is one precomposed letter, so we move the tone with a table, without a second
// Unicode normalisation (names are compared by the tens of thousands). "qu" is a consonant, so
// "quý", "quả" are left alone.
const OLD_STYLE = /(?<!q)([ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?![\p{L}\p{M}])/gu;
const TONED: Record<string, [string, number]> = {};
["àáảãạ", "èéẻẽẹ", "ỳýỷỹỵ"].forEach((row, v) => [...row].forEach((c, tone) => (TONED[c] = ["aey"[v], tone])));
const TONED_FIRST: Record<string, string> = { o: "òóỏõọ", u: "ùúủũụ" };

function unifyTonePlacement(nfcLower: string): string {
  return nfcLower.replace(OLD_STYLE, (_m, first: string, second: string) => {
    const [vowel, tone] = TONED[second];
    return TONED_FIRST[first][tone] + vowel;
  });
}

const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/gu;

/**
 * Characters that show nothing: zero-width space, joiners, word joiner, byte order mark, soft hyphen.
 * Pasted from web pages and PDFs they make "X-TAVAN" and "X-TA\u200bVAN" look alike and compare
 * unlike; every key drops them (the cells keep them, and the reader reports them).
 */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;
const HAS_INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;

/** True when the text holds a character that shows nothing (see INVISIBLE). */
export function hasInvisible(text: string): boolean {
  return HAS_INVISIBLE.test(text);
}

/** NFC, trimmed, whitespace collapsed, invisible characters dropped. What we store and show is the clerk's own text; this is for keys. */
export function tidy(text: string): string {
  return text.normalize("NFC").replace(INVISIBLE, "").replace(SPACES, " ").trim();
}

/** Key for identity comparisons of Vietnamese names: keeps diacritics, unifies tone placement and case. */
export function nameKey(text: string): string {
  // Vietnamese has no locale-specific case rules, so the plain (much faster) toLowerCase is exact.
  return unifyTonePlacement(text.normalize("NFC").toLowerCase().replace(INVISIBLE, "").replace(SPACES, " ").trim());
}

/** Key for recognising headers and sheet names: diacritics dropped, đ → d, punctuation as space. */
export function looseKey(text: string): string {
  return tidy(text)
    .toLocaleLowerCase("vi")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim();
}

/**
 * codeKey by the text typed: the same few hundred unit and award codes are keyed again and again
 * (each rule, each figure, for every one of 20,000 rows), and a locale's upper case is not cheap. A
 * pure function of the text, so keeping it changes no answer; it starts over past CODE_KEYS_KEPT texts.
 */
const codeKeys = new Map<string, string>();
const CODE_KEYS_KEPT = 50_000;

/** Key for codes (unit, block, movement, award, milestone): trimmed, case-insensitive. */
export function codeKey(text: string): string {
  let key = codeKeys.get(text);
  if (key === undefined) {
    if (codeKeys.size >= CODE_KEYS_KEPT) codeKeys.clear();
    key = tidy(text).toLocaleUpperCase("vi");
    codeKeys.set(text, key);
  }
  return key;
}
