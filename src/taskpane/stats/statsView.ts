/**
 * What the Thống kê tab shows, from the book's cells: the awards of each year by title or form (the
 * few largest, the rest together) and the people whose consecutive titles are complete for a
 * proposal of the next award. Pure: the component only draws it.
 */
import { makeContext } from "../../domain/context";
import type { DateOnly } from "../../domain/model";
import { consecutiveTitles, type Chain } from "../../domain/stats/chains";
import { yearsSideBySide } from "../../domain/stats/years";
import { parseBook, type RawSheet } from "../../sheets/parse";

export interface Bar {
  /** The award's name; null for "the other awards" together. */
  label: string | null;
  awarded: number;
  proposed: number;
}

export interface YearPanel {
  year: number;
  awarded: number;
  proposed: number;
  bars: Bar[];
}

export interface StatsView {
  /** The book's year (the plan's, or today's when the plan does not say). */
  year: number;
  years: YearPanel[];
  /** Chains complete for a proposal in the book's year or before. */
  ready: Chain[];
}

/** Bars a year's chart shows before the rest are drawn as one. */
export const MAX_BARS = 5;

export function statsView(sheets: readonly RawSheet[], today: DateOnly): StatsView {
  const ctx = makeContext(parseBook(sheets).book, today);
  const view = yearsSideBySide([ctx]);
  const years = view.years.map((year, i) => {
    const lines = view.byAward
      .map((l) => ({ label: l.label, awarded: l.counts[i].awarded, proposed: l.counts[i].proposed }))
      .filter((b) => b.awarded + b.proposed > 0)
      .sort((a, b) => b.awarded + b.proposed - (a.awarded + a.proposed));
    const shown = lines.length > MAX_BARS ? lines.slice(0, MAX_BARS - 1) : lines;
    const rest = lines.slice(shown.length);
    const bars: Bar[] = rest.length
      ? [
          ...shown,
          {
            label: null,
            awarded: rest.reduce((n, b) => n + b.awarded, 0),
            proposed: rest.reduce((n, b) => n + b.proposed, 0),
          },
        ]
      : shown;
    return { year, ...view.totals[i], bars };
  });
  const ready = consecutiveTitles([ctx], ctx.year).filter((c) =>
    c.next.some((s) => s.ready && s.eligibleYear <= ctx.year),
  );
  return { year: ctx.year, years: years.reverse(), ready };
}
