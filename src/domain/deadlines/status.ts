/**
 * The status of one obligation on the reference day ("today"):
 * - `done`: handed in on or before the deadline (on the deadline day is on time);
 * - `late`: handed in, after the deadline;
 * - `overdue`: the deadline has passed and it is not handed in (for a counted milestone: its period
 *   ended with fewer than required);
 * - `due_soon`: not handed in, deadline today or within the next 7 days;
 * - `open`: not handed in, deadline further away.
 */
export type Status = "done" | "late" | "overdue" | "due_soon" | "open";

/** The order in which statuses are listed: what needs the clerk first. */
export const STATUSES: readonly Status[] = ["overdue", "due_soon", "late", "done", "open"];

export const DUE_SOON_DAYS = 7;

/** Days are day numbers (dates.dayNumber); `handedIn` null when nothing (or not enough) was handed in. */
export function statusOn(due: number, handedIn: number | null, today: number): Status {
  if (handedIn !== null) return handedIn <= due ? "done" : "late";
  if (today > due) return "overdue";
  return due - today <= DUE_SOON_DAYS ? "due_soon" : "open";
}

/** Statuses that still ask something of a unit. */
export function isOwed(status: Status): boolean {
  return status === "overdue" || status === "due_soon" || status === "open";
}
