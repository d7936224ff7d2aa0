/**
 * Which sheet of the workbook is which sheet of the contract, as a clerk would tell: by its name
 * (exact, an alias, with a year, with the usual abbreviations — KT, DS, TĐ, ĐV…), and when no name
 * says so, by its header row. A sheet whose name or headers look like a contract sheet but that is
 * not read is kept in `notRead`, so the check can say so rather than stay silent.
 */
import type { SheetKey } from "../domain/model";
import type { NotReadWhy } from "../domain/reading";
import { looseKey, tidy } from "../domain/text";
import { isEmptyCell } from "./cells";
import { SHEETS, type SheetSpec } from "./contract";
import { headerScore } from "./headers";
import type { RawSheet } from "./parse";
import { isSystemSheet, type ReadingChoices } from "./readingMap";
import { sheetNameWords, usesAbbreviation } from "./words";

/** How a sheet was taken for a contract sheet. */
export type SheetHow = "chosen" | "name" | "alias" | "year" | "abbreviation" | "words" | "headers";

export type { NotReadWhy };

export interface SheetPick {
  raw: RawSheet;
  how: SheetHow;
}

export interface NotRead {
  sheet: string;
  like: SheetKey;
  why: NotReadWhy;
  /** The sheet read as `like` instead, when one was. */
  taken: string | null;
}

export interface Recognition {
  picks: Partial<Record<SheetKey, SheetPick>>;
  notRead: NotRead[];
  /** Contract sheets the clerk chose a workbook sheet for that is not in the book any more. */
  staleSheets: { key: SheetKey; sheet: string }[];
  /** Sheets of the workbook that are neither read nor like any contract sheet (system sheets left out). */
  others: string[];
}

/** Words a sheet name may carry besides the contract's name ("DS …", "… năm 2026", "Sổ theo dõi …"). */
const NEUTRAL = [
  ["danh", "sach"],
  ["theo", "doi"],
  ["thi", "dua", "khen", "thuong"],
  ["khen", "thuong"],
  ["bang"],
  ["so"],
  ["nam"],
];
const YEAR = /^(19|20)\d\d$/;

type NameMatch = { how: Exclude<SheetHow, "chosen" | "headers">; strength: number } | "similar" | null;

const STRENGTH = { name: 5, alias: 4, year: 3, abbreviation: 2, words: 2 } as const;

function indexOfRun(words: readonly string[], run: readonly string[]): number {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let j = 0; j < run.length; j++) if (words[i + j] !== run[j]) continue outer;
    return i;
  }
  return -1;
}

/** Whether the words left are only years and the neutral words. */
function onlyNeutral(rest: string[]): { neutral: boolean; yearOnly: boolean } {
  let words = rest.filter((w) => !YEAR.test(w));
  const hadYear = words.length < rest.length;
  let changed = true;
  while (changed && words.length) {
    changed = false;
    for (const n of NEUTRAL) {
      const at = indexOfRun(words, n);
      if (at >= 0) {
        words = [...words.slice(0, at), ...words.slice(at + n.length)];
        changed = true;
      }
    }
  }
  const yearOnly = hadYear && rest.every((w) => YEAR.test(w) || w === "nam");
  return { neutral: words.length === 0, yearOnly };
}

/** How a sheet's name names a contract sheet: a match, "similar" (its name plus other words), or nothing. */
export function nameMatch(spec: SheetSpec, name: string): NameMatch {
  const words = sheetNameWords(name);
  if (words.length === 0) return null;
  let best: NameMatch = null;
  let bestLength = -1;
  [spec.name, ...spec.aliases].forEach((phrase, i) => {
    const run = sheetNameWords(phrase);
    const at = indexOfRun(words, run);
    if (at < 0 || run.length <= bestLength) return;
    const rest = [...words.slice(0, at), ...words.slice(at + run.length)];
    if (rest.length === 0) {
      const how = usesAbbreviation(name) ? "abbreviation" : i === 0 ? "name" : "alias";
      best = { how, strength: STRENGTH[how] };
      bestLength = run.length;
      return;
    }
    const { neutral, yearOnly } = onlyNeutral(rest);
    if (neutral) {
      const how = usesAbbreviation(name) ? "abbreviation" : yearOnly ? "year" : "words";
      best = { how, strength: STRENGTH[how] };
    } else best = "similar";
    bestLength = run.length;
  });
  return best;
}

function filledRows(raw: RawSheet): number {
  let n = 0;
  for (const row of raw.values) if (row && !row.every(isEmptyCell)) n++;
  return n;
}

/** The sheets whose rows the check is for; a book without any of them has nothing but lists to check. */
const DATA_SHEETS: readonly SheetKey[] = ["nominations", "targets", "milestones"];

const AWARD_WORDS =
  /\b(khen thuong|de nghi|danh hieu|thi dua|giay khen|bang khen|lao dong tien tien|chien si thi dua|ldtt|cstdcs)\b/;

/** Whether a sheet's name or first rows speak of awards ("Khen thưởng 2026", "Lao động tiên tiến"). */
function speaksOfAwards(raw: RawSheet): boolean {
  if (AWARD_WORDS.test(looseKey(raw.name))) return true;
  for (const row of raw.values.slice(0, 30)) {
    for (const v of row ?? []) if (typeof v === "string" && AWARD_WORDS.test(looseKey(v))) return true;
  }
  return false;
}

const sameName = (a: string, b: string) => tidy(a).toLocaleLowerCase() === tidy(b).toLocaleLowerCase();

/** Every contract sheet's sheet in the workbook, and the sheets that look like one but are not read. */
export function recogniseSheets(sheets: readonly RawSheet[], choices: ReadingChoices): Recognition {
  const picks: Recognition["picks"] = {};
  const notRead: NotRead[] = [];
  const staleSheets: Recognition["staleSheets"] = [];
  const ignored = (name: string) => choices.ignored.some((n) => sameName(n, name));
  let free = sheets.filter((s) => !isSystemSheet(s.name) && !ignored(s.name));
  const take = (key: SheetKey, raw: RawSheet, how: SheetHow) => {
    picks[key] = { raw, how };
    free = free.filter((s) => s !== raw);
  };

  // 1. The clerk's choices.
  for (const spec of SHEETS) {
    const chosen = choices.sheets[spec.key];
    if (chosen === undefined) continue;
    const raw = free.find((s) => sameName(s.name, chosen) && !s.partial);
    if (raw) take(spec.key, raw, "chosen");
    else staleSheets.push({ key: spec.key, sheet: chosen });
  }

  // 2. Names. A sheet goes to the contract sheet its name names most closely.
  const similar = new Map<RawSheet, SheetKey>();
  const byName = new Map<SheetKey, { raw: RawSheet; strength: number; how: SheetHow }[]>();
  for (const raw of free) {
    let best: { key: SheetKey; strength: number; how: SheetHow } | null = null;
    for (const spec of SHEETS) {
      const m = nameMatch(spec, raw.name);
      if (m === "similar") {
        if (!similar.has(raw)) similar.set(raw, spec.key);
      } else if (m && (!best || m.strength > best.strength)) best = { key: spec.key, strength: m.strength, how: m.how };
    }
    if (!best) continue;
    similar.delete(raw);
    const list = byName.get(best.key) ?? [];
    list.push({ raw, strength: best.strength, how: best.how });
    byName.set(best.key, list);
  }
  for (const spec of SHEETS) {
    const list = byName.get(spec.key);
    if (!list) continue;
    const taken = picks[spec.key];
    list.sort((a, b) => b.strength - a.strength || filledRows(b.raw) - filledRows(a.raw));
    const [first, ...rest] = list;
    if (!taken && !first.raw.partial) take(spec.key, first.raw, first.how);
    const winner = picks[spec.key]?.raw.name ?? null;
    for (const r of taken || first.raw.partial ? list : rest) {
      free = free.filter((s) => s !== r.raw);
      notRead.push({ sheet: r.raw.name, like: spec.key, why: "anotherTaken", taken: winner });
    }
  }
  for (const [raw, key] of similar) {
    free = free.filter((s) => s !== raw);
    notRead.push({ sheet: raw.name, like: key, why: "similarName", taken: picks[key]?.raw.name ?? null });
  }

  // 3. Headers, for sheets whose names say nothing: each goes to the contract sheet it fits best.
  const fits: { raw: RawSheet; key: SheetKey; share: number; optional: number; full: boolean }[] = [];
  for (const raw of free) {
    let best: (typeof fits)[number] | null = null;
    for (const spec of SHEETS) {
      const s = headerScore(spec, raw.values);
      const need = Math.max(2, Math.ceil(s.ofRequired / 2));
      if (s.required < Math.min(need, s.ofRequired)) continue;
      const fit = {
        raw,
        key: spec.key,
        share: s.required / s.ofRequired,
        optional: s.optional,
        full: s.required === s.ofRequired,
      };
      if (!best || fit.share > best.share || (fit.share === best.share && fit.optional > best.optional)) best = fit;
    }
    if (best) fits.push(best);
  }
  fits.sort((a, b) => b.share - a.share || b.optional - a.optional);
  const others = new Set(free.map((s) => s.name));
  for (const fit of fits) {
    const taken = picks[fit.key];
    if (!taken && !fit.raw.partial) {
      take(fit.key, fit.raw, "headers");
      others.delete(fit.raw.name);
    } else if (fit.full || !taken) {
      notRead.push({ sheet: fit.raw.name, like: fit.key, why: "similarHeaders", taken: taken?.raw.name ?? null });
      others.delete(fit.raw.name);
    }
  }
  // 4. Sheets holding data that fit nothing, while the nominations were not read: never passed over
  //    in silence when nothing else could be read, or when they speak of awards.
  if (!picks.nominations && !notRead.some((n) => n.like === "nominations")) {
    const nothingRead = !DATA_SHEETS.some((k) => picks[k]);
    for (const raw of free) {
      if (!others.has(raw.name) || filledRows(raw) < 2) continue;
      if (!nothingRead && !speaksOfAwards(raw)) continue;
      notRead.push({ sheet: raw.name, like: "nominations", why: "unknownSheet", taken: null });
      others.delete(raw.name);
    }
  }
  // Say which sheet was read instead, now that every pick is made.
  for (const n of notRead) n.taken = picks[n.like]?.raw.name ?? null;
  return { picks, notRead, staleSheets, others: [...others] };
}

/** Whether a sheet's name names a contract sheet, or nearly: such sheets are read whole at once. */
export function namedLikeBook(name: string): boolean {
  return !isSystemSheet(name) && SHEETS.some((spec) => nameMatch(spec, name) !== null);
}

/** The rows of a sheet whose name says nothing that are read first, to know it by its header. */
export const CORNER_ROWS = 30;

/**
 * Of the sheets read only in their first rows (`corners`), which the parser will take (to be read
 * whole) and which it will say were not read (to be passed on as they are, marked partial).
 */
export function cornersToRead(
  whole: readonly RawSheet[],
  corners: readonly RawSheet[],
  choices: ReadingChoices,
): { read: string[]; unread: string[] } {
  const open = corners.map((c) => ({ ...c, partial: false }));
  const r = recogniseSheets([...whole, ...open], choices);
  const picked = new Set(Object.values(r.picks).map((p) => p.raw.name));
  const said = new Set(r.notRead.map((n) => n.sheet));
  return {
    read: corners.filter((c) => picked.has(c.name)).map((c) => c.name),
    unread: corners.filter((c) => said.has(c.name) && !picked.has(c.name)).map((c) => c.name),
  };
}
