import type { DateOnly } from "../domain/model";

/** The clerk's calendar day (local time), the reference day for every check. */
export function today(now: Date = new Date()): DateOnly {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
