import type { Book, DateOnly, Level } from "./model";
import { defaultLevel, indexAwards, rulesetFor, withCatalogue, type AwardIndex, type Ruleset } from "./ruleset";

/** What every rule sees: the book, its year and level, and the ruleset in force for them. */
export interface CheckContext {
  book: Book;
  /** The plan's year, else the reference day's year. */
  year: number;
  level: Level;
  /** True when year or level were not given by the plan and were assumed. */
  assumedYear: boolean;
  assumedLevel: boolean;
  ruleset: Ruleset;
  awards: AwardIndex;
  /** The reference day ("today"), for deadlines and service length. */
  today: DateOnly;
}

export function makeContext(book: Book, today: DateOnly): CheckContext {
  const year = book.plan?.year ?? today.year;
  // The ruleset in force at the end of the plan's year (a 2024 plan is checked by the 2024 rules).
  const asOf = book.plan?.year ? { year, month: 12, day: 31 } : today;
  const level = book.plan?.level ?? defaultLevel(asOf);
  const ruleset = withCatalogue(rulesetFor(level, asOf), book.catalogue);
  return {
    book,
    year,
    level,
    assumedYear: !book.plan?.year,
    assumedLevel: !book.plan?.level,
    ruleset,
    awards: indexAwards(ruleset.awards),
    today,
  };
}
