/**
 * The reporting period of the state's TĐKT statistics (TT 02/2023/TT-BNV): 01/12 of the previous
 * year to 30/11 of the report's year, both days included.
 */
import { compareDates } from "../dates";
import type { DateOnly } from "../model";

export interface Period {
  from: DateOnly;
  /** Inclusive. */
  to: DateOnly;
}

/** The period that ends on 30/11 of `year`. */
export function reportingPeriod(year: number): Period {
  return { from: { year: year - 1, month: 12, day: 1 }, to: { year, month: 11, day: 30 } };
}

export function inPeriod(date: DateOnly, period: Period): boolean {
  return compareDates(period.from, date) <= 0 && compareDates(date, period.to) <= 0;
}

/** The report's year: the year the period ends in. */
export function reportYear(period: Period): number {
  return period.to.year;
}

/** yyyy-mm-dd, the form the command line and JSON use. */
export function isoDate(d: DateOnly): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}
