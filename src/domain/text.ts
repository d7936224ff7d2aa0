/**
 * Vietnamese text normalisation for comparing what clerks type.
 * Identity (names, units) compares with `nameKey`: NFC, trimmed, spaces collapsed, case-folded,
 * and the old/new tone-mark placements unified — never with diacritics stripped.
 * Headers and sheet names compare with `looseKey`, which also drops diacritics.
 */

// Old-style placement puts the tone on the second vowel of oa, oe, uy at the end of a syllable
// ("hoà", "khoẻ", "thuỷ"); the new style puts it on the first ("hòa", "khỏe", "thủy").
// On NFD text a tone is a combining mark after its vowel, so we move it one letter back.
// "qu" is a consonant, so "quý", "quả" are left alone.
const OLD_STYLE = /(?<!q)([ou])([aey])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu;

function unifyTonePlacement(nfdLower: string): string {
  return nfdLower.replace(OLD_STYLE, "$1$3$2");
}

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/gu;

/** NFC, trimmed, whitespace collapsed. What we store and show is the clerk's own text; this is for keys. */
export function tidy(text: string): string {
  return text.normalize("NFC").replace(SPACES, " ").trim();
}

/** Key for identity comparisons of Vietnamese names: keeps diacritics, unifies tone placement and case. */
export function nameKey(text: string): string {
  // Vietnamese has no locale-specific case rules, so the plain (much faster) toLowerCase is exact.
  const nfd = text.normalize("NFD").toLowerCase().replace(SPACES, " ").trim();
  return unifyTonePlacement(nfd).normalize("NFC");
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

/** Key for codes (unit, block, movement, award, milestone): trimmed, case-insensitive. */
export function codeKey(text: string): string {
  return tidy(text).toLocaleUpperCase("vi");
}

