/** Small helpers the sample's data modules share: dates written as clerks write them, and row numbers. */
import { parseDateText } from "../domain/dates";
import type { DateOnly, ExtraColumns } from "../domain/model";

/** A record as the data modules write it: everything but the Excel row and the extra columns. */
export type Draft<T> = Omit<T, "row" | "extra">;

/** "dd/mm/yyyy" → DateOnly. The sample is code, so a bad date here is a bug: throw. */
export function d(text: string): DateOnly {
  const date = parseDateText(text);
  if (!date) throw new Error(`sample: not a date: ${text}`);
  return date;
}

/** "dd/mm" in the sample's year (2024). */
export function d24(dayMonth: string): DateOnly {
  return d(`${dayMonth}/2024`);
}

/** The first data row of every list sheet written by writeBook (the header is row 1). */
export const FIRST_DATA_ROW = 2;

/** Gives each draft the Excel row it will have when written, in array order, and no extra columns. */
export function numbered<T extends object>(drafts: readonly T[]): (T & { row: number; extra: ExtraColumns })[] {
  return drafts.map((draft, i) => ({ ...draft, row: FIRST_DATA_ROW + i, extra: {} }));
}
