import type { DateOnly } from "./model";

/**
 * The clerk's calendar day, in the computer's own time zone: the reference day of every check, of
 * the pane, of set-up and of the `tdkt` command alike. Never a UTC day: in Vietnam (UTC+7) the UTC
 * date is still yesterday until 07:00, and rounding to the nearest UTC day makes it tomorrow from
 * 19:00 — on 30/06/2025 that would pick the rules of 01/07/2025.
 */
export function localToday(now: Date = new Date()): DateOnly {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
