import type { DateOnly } from "./model";

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function makeDate(year: number, month: number, day: number): DateOnly | null {
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/** Days since 1970-01-01: for comparing and subtracting dates. */
export function dayNumber(d: DateOnly): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

export function fromDayNumber(n: number): DateOnly {
  const t = new Date(n * 86_400_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function compareDates(a: DateOnly, b: DateOnly): number {
  return dayNumber(a) - dayNumber(b);
}

/** Adds months, clamping the day to the target month's length (31/01 + 1 month = 29/02 in a leap year). */
export function addMonths(d: DateOnly, months: number): DateOnly {
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** dd/mm/yyyy, as Vietnamese documents write dates. */
export function formatDate(d: DateOnly): string {
  return `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
}

// Excel's day 0 is 1899-12-30 once the 1900 leap-year bug is accounted for (serials ≥ 61).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30) / 86_400_000;

export function fromExcelSerial(serial: number): DateOnly | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2_958_465) return null;
  return fromDayNumber(Math.floor(serial) + EXCEL_EPOCH);
}

export function toExcelSerial(d: DateOnly): number {
  return dayNumber(d) - EXCEL_EPOCH;
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;

/**
 * A year written with two digits, as Excel reads one typed into a cell: 00–29 are 2000–2029, 30–99
 * are 1930–1999 ("18/11/24" is 2024, a birth date "05/03/78" is 1978).
 */
function fullYear(twoDigits: number): number {
  return twoDigits < 30 ? 2000 + twoDigits : 1900 + twoDigits;
}

/** The parts of a date written day first (18/11/2024, 18-11-24), the year made whole; null for other text. */
export function dayFirstParts(
  text: string,
): { day: number; month: number; year: number; twoDigitYear: boolean } | null {
  const m = DMY.exec(text.trim());
  if (!m) return null;
  const twoDigitYear = m[3].length === 2;
  return {
    day: Number(m[1]),
    month: Number(m[2]),
    year: twoDigitYear ? fullYear(Number(m[3])) : Number(m[3]),
    twoDigitYear,
  };
}

/**
 * Parses dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, the same with a two-digit year (dd/mm/yy, see
 * fullYear; the reader says which year it took), and yyyy-mm-dd. Null when not a real date.
 */
export function parseDateText(text: string): DateOnly | null {
  const t = text.trim();
  const dmy = dayFirstParts(t);
  if (dmy) return makeDate(dmy.year, dmy.month, dmy.day);
  const m = YMD.exec(t);
  if (m) return makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/**
 * A JS Date from a cell: exceljs gives dates at UTC midnight; Office.js never gives Date objects.
 * We read the UTC fields, since the workbook has no time zone.
 */
export function fromJsDate(value: Date): DateOnly | null {
  if (Number.isNaN(value.getTime())) return null;
  // A date typed in a local time zone east of UTC can arrive as the previous day at 17:00 UTC:
  // round to the nearest day.
  const n = Math.round(value.getTime() / 86_400_000);
  return fromDayNumber(n);
}

export function toJsDate(d: DateOnly): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}
