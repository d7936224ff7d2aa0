/**
 * The deadline tracker (Tiến độ): who owes what, what is late, what is due this week.
 * Pure: a parsed book and a reference day in, obligations and their statuses out.
 */
import type { CheckContext } from "../context";
import type { Book, DateOnly } from "../model";
import { trackDeadlines, type Tracker } from "./obligations";

export * from "./assignees";
export * from "./obligations";
export * from "./periods";
export * from "./status";
export * from "./summary";

/** The year recurring milestones are expanded over: the plan's, else the reference day's. */
export function planYear(book: Book, today: DateOnly): number {
  return book.plan?.year ?? today.year;
}

const trackers = new WeakMap<CheckContext, Tracker>();

/** The tracker of a check, built once and shared by the deadline rules. */
export function trackerOf(ctx: CheckContext): Tracker {
  let t = trackers.get(ctx);
  if (!t) trackers.set(ctx, (t = trackDeadlines(ctx.book, ctx.today, ctx.year)));
  return t;
}
