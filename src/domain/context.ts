import { writtenAwards } from "./awardNames";
import type { Locator } from "./finding";
import type { AwardKind, Book, DateOnly, Level, Nomination, SheetKey, Unit } from "./model";
import {
  defaultLevel,
  indexAwards,
  rulesetFor,
  withCatalogue,
  type Award,
  type AwardIndex,
  type Ruleset,
} from "./ruleset";
import { indexMergers, type MergerIndex } from "./mergers";
import { codeKey, nameKey } from "./text";

/**
 * Lookups every rule shares, built once per check in O(n) so no rule needs a nested loop.
 * A `null` index means "nothing to compare against" (the sheet is absent, or no row has a code
 * because the code column is missing): the reference checks that need it are skipped.
 */
export interface BookIndex {
  /** codeKey → the first unit with that code. */
  units: Map<string, Unit> | null;
  /** codeKey of block codes. */
  blocks: Set<string> | null;
  /** codeKey of movement codes and nameKey of movement names (a reference may use either). */
  movements: Set<string> | null;
  /** codeKey of milestone codes. */
  milestones: Set<string> | null;
  /** The award each nomination names, parallel to `book.nominations`. */
  nominationAwards: (Award | null)[];
  /** personKey of each nomination, parallel to `book.nominations`. */
  nominationPersons: string[];
  /** personKey → award code → years, from the history sheet (awards the catalogue knows). */
  history: Map<string, Map<string, Set<number>>>;
  /** personKey → award codes nominated in this book, not rejected by the council (nor ad-hoc or thematic, under the 2025 rules: chains skip them). */
  nominated: Map<string, readonly string[]>;
}

/** The book, its year and level, and the ruleset in force for them. */
export interface BookContext {
  book: Book;
  /** The plan's year, else the reference day's year. */
  year: number;
  level: Level;
  /** True when year or level were not given by the plan and were assumed. */
  assumedYear: boolean;
  assumedLevel: boolean;
  ruleset: Ruleset;
  awards: AwardIndex;
  /**
   * The award a text names: by code, name or alias, else as decisions write it (with a place, a year,
   * "Danh hiệu", abbreviations: awardNames.ts); cached by the text typed (for the history's thousands of rows).
   */
  findAward: (typed: string) => Award | null;
  /** The closest awards to a text that names none, for "có phải …?". */
  suggestAwards: (typed: string) => Award[];
  /** `personKey`, cached; a merged unit's code stands for its successor, so a person's history follows the merger. */
  personKey: (name: string, unit: string) => string;
  /** The book's Sáp nhập đơn vị sheet: old codes and their successors. */
  mergers: MergerIndex;
  /** The reference day ("today"), for deadlines and service length. */
  today: DateOnly;
  index: BookIndex;
}

/** What every rule sees: the book's context, and where each record's fields lie in the workbook. */
export interface CheckContext extends BookContext {
  at: Locator;
  /**
   * Whether a sheet's column was read (false when the book has no such column, so its empty values
   * say nothing). Absent: every column counts as read.
   */
  read?: (sheet: SheetKey, field: string) => boolean;
}

/**
 * Who a nominee is: the same name (after nameKey) in the same unit. The same name in another unit
 * is another person; diacritics are never stripped ("Sa Pa" ≠ "Sa Pả").
 */
export function personKey(name: string, unit: string): string {
  return `${nameKey(name)}\u0000${codeKey(unit)}`;
}

/**
 * personKey with the normalisations cached by the text typed: names and unit codes repeat across
 * the nominations and a history of tens of thousands of rows, and nameKey is the costly part.
 */
export function personKeys(): (name: string, unit: string) => string {
  return (name, unit) => {
    let byUnit = keptPersons.get(name);
    if (byUnit === undefined) {
      if (keptPersons.size >= KEYS_KEPT) keptPersons.clear();
      keptPersons.set(name, (byUnit = new Map()));
    }
    let key = byUnit.get(unit);
    if (key === undefined) byUnit.set(unit, (key = personKey(name, unit)));
    return key;
  };
}

/**
 * The person keys of the names and units seen (name as typed → unit as typed → key), kept from one
 * check to the next: the live check sees the same 20,000 names again after each edit, and the very
 * same key string each time is also quicker to look up. A pure function of the texts, so keeping it
 * changes no answer; it starts over past KEYS_KEPT names.
 */
const keptPersons = new Map<string, Map<string, string>>();
const KEYS_KEPT = 200_000;

export function isRejected(n: Nomination): boolean {
  return n.outcome === "rejected";
}

function codeSet<T extends { code: string }>(rows: readonly T[] | null): Set<string> | null {
  if (rows === null) return null;
  const set = new Set<string>();
  for (const r of rows) if (r.code) set.add(codeKey(r.code));
  // Rows without any code: the code column is missing (the parser says so); nothing to compare.
  return set.size === 0 && rows.length > 0 ? null : set;
}

/** Award lookups are cached by the text typed: the same few names repeat over thousands of rows. */
function cachedFinder(index: AwardIndex): (typed: string) => Award | null {
  const cache = new Map<string, Award | null>();
  return (typed) => {
    let hit = cache.get(typed);
    if (hit === undefined) {
      hit = typed.trim() ? index.find(typed) : null;
      cache.set(typed, hit);
    }
    return hit;
  };
}

/** Suggestions are cached by the text typed too: an unknown award is often typed on many rows. */
function cachedSuggestions(suggest: (typed: string) => Award[]): (typed: string) => Award[] {
  const cache = new Map<string, Award[]>();
  return (typed) => {
    let hit = cache.get(typed);
    if (hit === undefined) cache.set(typed, (hit = suggest(typed)));
    return hit;
  };
}

function buildIndex(
  book: Book,
  find: (typed: string) => Award | null,
  person: (name: string, unit: string) => string,
  /** NĐ 152/2025 Điều 4: ad-hoc and thematic awards do not count towards consecutive-year chains. */
  chainsSkipOccasional = false,
): BookIndex {
  const occasional = (kind: AwardKind | null) => chainsSkipOccasional && (kind === "adHoc" || kind === "thematic");
  let units: Map<string, Unit> | null = new Map();
  for (const u of book.units) {
    const k = u.code ? codeKey(u.code) : "";
    if (k && !units.has(k)) units.set(k, u);
  }
  // No unit codes at all: the units sheet or its code column is missing (already reported).
  if (units.size === 0) units = null;

  let movements: Set<string> | null = null;
  if (book.movements) {
    movements = new Set();
    for (const m of book.movements) {
      if (m.code) movements.add(codeKey(m.code));
      if (m.name) movements.add(nameKey(m.name));
    }
    if (movements.size === 0 && book.movements.length > 0) movements = null;
  }

  const nominations = book.nominations ?? [];
  const nominationAwards = nominations.map((n) => find(n.award));
  const nominationPersons = nominations.map((n) => person(n.name, n.unit));
  // Lists, not sets: a person is nominated for one or two awards, and 20,000 sets weigh on each re-check.
  const nominated = new Map<string, string[]>();
  nominations.forEach((n, i) => {
    const award = nominationAwards[i];
    if (!award || isRejected(n) || !n.name || occasional(n.kind)) return;
    const p = nominationPersons[i];
    const codes = nominated.get(p);
    if (!codes) nominated.set(p, [award.code]);
    else if (!codes.includes(award.code)) codes.push(award.code);
  });

  const history = new Map<string, Map<string, Set<number>>>();
  for (const h of book.history ?? []) {
    const award = find(h.award);
    if (!award || h.year === null || !h.name || occasional(h.kind)) continue;
    const p = person(h.name, h.unit);
    let byAward = history.get(p);
    if (!byAward) history.set(p, (byAward = new Map()));
    let years = byAward.get(award.code);
    if (!years) byAward.set(award.code, (years = new Set()));
    years.add(h.year);
  }

  return {
    units,
    blocks: codeSet(book.blocks),
    movements,
    milestones: codeSet(book.milestones),
    nominationAwards,
    nominationPersons,
    history,
    nominated,
  };
}

/** Which ruleset checks the book, and why: the plan's year and level, or what was assumed for them. */
export interface RulesetChoice {
  year: number;
  level: Level;
  assumedYear: boolean;
  assumedLevel: boolean;
  /** The shipped ruleset in force, before the book's catalogue sheet changes it. */
  ruleset: Ruleset;
}

export function chooseRuleset(book: Book, today: DateOnly): RulesetChoice {
  const year = book.plan?.year ?? today.year;
  // The ruleset in force at the end of the plan's year (a 2024 plan is checked by the 2024 rules).
  const asOf = book.plan?.year ? { year, month: 12, day: 31 } : today;
  const level = book.plan?.level ?? defaultLevel(asOf);
  return {
    year,
    level,
    assumedYear: !book.plan?.year,
    assumedLevel: !book.plan?.level,
    ruleset: rulesetFor(level, asOf),
  };
}

export function makeContext(book: Book, today: DateOnly): BookContext {
  const { year, level, ruleset: shipped } = chooseRuleset(book, today);
  const ruleset = withCatalogue(shipped, book.catalogue);
  const awards = indexAwards(ruleset.awards);
  const written = writtenAwards(ruleset.awards, level);
  const findAward = cachedFinder({ find: (typed) => awards.find(typed) ?? written.find(typed) });
  const mergers = indexMergers(book.mergers);
  const plainPerson = personKeys();
  const person = book.mergers?.length
    ? (name: string, unit: string) => plainPerson(name, mergers.successor(unit))
    : plainPerson;
  return {
    book,
    year,
    level,
    assumedYear: !book.plan?.year,
    assumedLevel: !book.plan?.level,
    ruleset,
    awards,
    findAward,
    suggestAwards: cachedSuggestions(written.suggest),
    personKey: person,
    mergers,
    today,
    index: buildIndex(book, findAward, person, ruleset.criteria.principlesBasis !== null),
  };
}

/**
 * The years a person holds a title: from the history sheet, plus the book's year when this book
 * nominates them for it (and the council has not rejected it).
 */
export function heldYears(ctx: BookContext, person: string, awardCode: string): Set<number> {
  const years = new Set(ctx.index.history.get(person)?.get(awardCode) ?? []);
  if (ctx.index.nominated.get(person)?.includes(awardCode)) years.add(ctx.year);
  return years;
}
