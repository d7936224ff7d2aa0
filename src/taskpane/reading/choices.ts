/**
 * The clerk's draft of how the book is read, changed one choice at a time in "Cách đọc sổ": plain
 * functions of the previous choices, tested without React.
 */
import type { SheetKey } from "../../domain/model";
import type { ColumnChoice } from "../../sheets/headers";
import type { ReadingChoices } from "../../sheets/readingMap";

/** Read `sheet` as contract sheet `key`; null: find it automatically again. */
export function chooseSheet(c: ReadingChoices, key: SheetKey, sheet: string | null): ReadingChoices {
  const sheets = { ...c.sheets };
  if (sheet === null) delete sheets[key];
  else {
    // One workbook sheet is one contract sheet: a sheet chosen for another key is taken from it.
    for (const k of Object.keys(sheets) as SheetKey[]) if (sheets[k] === sheet) delete sheets[k];
    sheets[key] = sheet;
  }
  // A sheet chosen to be read is part of the book.
  const ignored = sheet === null ? c.ignored : c.ignored.filter((n) => n !== sheet);
  return { ...c, sheets, ignored };
}

/** Read `field` of `key` from the column of `choice`; null: find it automatically again. */
export function chooseColumn(
  c: ReadingChoices,
  key: SheetKey,
  field: string,
  choice: ColumnChoice | null,
): ReadingChoices {
  const mine = { ...(c.columns[key] ?? {}) };
  if (choice === null) delete mine[field];
  else {
    // One column is one field.
    for (const [f, x] of Object.entries(mine)) if (x.column === choice.column) delete mine[f];
    mine[field] = choice;
  }
  const columns = { ...c.columns };
  if (Object.keys(mine).length) columns[key] = mine;
  else delete columns[key];
  return { ...c, columns };
}

/** Say a sheet is no part of the book (no warning that it was not read), or take that back. */
export function ignoreSheet(c: ReadingChoices, sheet: string, ignored: boolean): ReadingChoices {
  const rest = c.ignored.filter((n) => n !== sheet);
  const sheets = { ...c.sheets };
  if (ignored) for (const k of Object.keys(sheets) as SheetKey[]) if (sheets[k] === sheet) delete sheets[k];
  return { ...c, sheets, ignored: ignored ? [...rest, sheet] : rest };
}

/** Whether two sets of choices read the book the same way. */
export function sameChoices(a: ReadingChoices, b: ReadingChoices): boolean {
  const norm = (c: ReadingChoices) =>
    JSON.stringify({
      sheets: Object.entries(c.sheets).sort(),
      columns: Object.entries(c.columns)
        .map(([k, v]) => [k, Object.entries(v ?? {}).sort()])
        .sort(),
      ignored: [...c.ignored].sort(),
    });
  return norm(a) === norm(b);
}

/** Back to automatic for a sheet: no longer chosen as anything, nor said to be no part of the book. */
export function releaseSheet(c: ReadingChoices, sheet: string): ReadingChoices {
  const sheets = { ...c.sheets };
  for (const k of Object.keys(sheets) as SheetKey[]) if (sheets[k] === sheet) delete sheets[k];
  return { ...c, sheets, ignored: c.ignored.filter((n) => n !== sheet) };
}
