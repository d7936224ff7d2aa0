/** How the book was read, in English (see reading.vi.ts). */
import type { FindingParams } from "../domain/finding";
import type { FormPart, ReadingFindingParams } from "../domain/reading";
import type { FindingTexts } from "./language";
import { rowRuns, someCells, type readingUiVi } from "./reading.vi";

const PART: Record<FormPart, string> = {
  columnNumbers: "the column-number row",
  repeatedHeader: "a repeated header row",
  sections: "section and group headings",
  totals: "totals",
  signature: "the signature block and notes under the table",
};

function rowsEn(rows: readonly number[]): string {
  return rows.length === 1 ? `Row ${rows[0]}` : `Rows ${rowRuns(rows)}`;
}

const choose = "choose again in “Cách đọc sổ” (How the book is read) in the pane";

export const readingFindingsEn: Pick<FindingTexts, keyof ReadingFindingParams> = {
  SHEET_NOT_READ: (p, f) => {
    const taken = p.taken ? ` (sheet “${p.taken}” was read as ${p.likeName})` : "";
    const what =
      p.why === "similarName"
        ? `is named like the ${p.likeName} sheet`
        : p.why === "similarHeaders"
          ? `has the columns of the ${p.likeName} sheet`
          : `is also named ${p.likeName}`;
    if (p.why === "unknownSheet")
      return `Sheet “${f.sheet}” holds data but is like no sheet of the book, so it was not read, and no ${p.likeName} sheet was read. If it is the ${p.likeName} sheet, or no part of the book, ${choose}.`;
    return `Sheet “${f.sheet}” ${what} but was not read${taken}, so its rows were not checked. To read it, or to say it is no part of the book, ${choose}.`;
  },
  READING_CHOICE_NOT_FOUND: (p, f) =>
    p.header === null
      ? `Sheet “${p.chosen}” was chosen as ${p.likeName}, but the book has no such sheet any more; it was read as if nothing were chosen; ${choose}.`
      : `Sheet “${f.sheet}”: column “${p.chosen}” was chosen for “${p.header}”, but the header row no longer has it; ${choose}.`,
  COLUMNS_UNUSED: (p, f) =>
    `Sheet “${f.sheet}”: ${p.columns.length} column(s) the book format does not know were kept as they are and not checked: ${p.columns
      .map((c) => `“${c.header}” (${c.cell})`)
      .join(", ")}.`,
  FORM_ROWS_SKIPPED: (p) => `${rowsEn(p.rows)}: skipped as ${PART[p.part]}, not data.`,
  DUPLICATE_COLUMN: (p, f) =>
    `Sheet “${f.sheet}” has two columns “${p.header}”: the one at ${p.used} (the filled one) is read, the one at ${p.ignored} is not. Delete or rename one of them.`,
  INVISIBLE_CHARACTERS: (p, f) =>
    `Sheet “${f.sheet}”: ${p.cells.length} cell(s) hold invisible characters (zero-width space, soft hyphen…): ${someCells(
      p.cells,
      (n) => `and ${n} more`,
    )}. Codes and names are compared without them, but Excel formulas (VLOOKUP…) still see a difference; retype those cells.`,
};

export const missingSheetMoreEn = (p: FindingParams["MISSING_SHEET"]) =>
  p.similar ? ` Is it sheet “${p.similar}”? If so, ${choose}.` : "";

export const missingColumnMoreEn = (p: FindingParams["MISSING_COLUMN"]) =>
  (p.similar ? ` Is it column “${p.similar.header}” (${p.similar.cell})?` : "") +
  (p.headerRowBeyond
    ? ` Row ${p.headerRowBeyond} looks like the header, but the header is only looked for in the first 15 rows: delete the empty or title rows above it.`
    : "");

export const unknownAwardMoreEn = (p: FindingParams["UNKNOWN_AWARD"]) =>
  p.suggestions && p.suggestions.length ? ` Did you mean ${p.suggestions.map((s) => `“${s}”`).join(" or ")}?` : "";

export const readingUiEn: Record<keyof typeof readingUiVi, string> = {
  "tab.reading": "How it is read",

  "read.line": "Read: {sheets}.",
  "read.sheet": "{sheet} ({rows} rows)",
  "read.nothing": "No nominations, targets or deadlines could be read, so there is nothing to check but the units.",
  "read.notAll": "The book was not checked in full: {count} sheet(s) were not read (see the warnings).",
  "read.none": "No sheet of the book could be read.",

  "explain.title": "How the book was read:",
  "explain.sheet": "{name} ← sheet “{sheet}” ({how}); header row {header}; {rows} data rows",
  "explain.sheetNoHeader": "{name} ← sheet “{sheet}” ({how}); no header row found",
  "explain.column": "{name} ← column {column} “{header}” ({how})",
  "explain.columnMissing": "{name} ← (no column)",
  "explain.unused": "Unused columns: {columns}",
  "explain.skipped": "Skipped {part}: rows {rows}",
  "explain.absent": "Not in the book: {sheets}",
  "explain.notRead": "Sheet “{sheet}” not read: like {like}",
  "explain.others": "Other sheets, not part of the format: {sheets}",
  "explain.choices": "The chosen reading is kept in the book (hidden sheet {store}).",

  "how.sheet.chosen": "chosen",
  "how.sheet.name": "by name",
  "how.sheet.alias": "by another name",
  "how.sheet.year": "by name with a year",
  "how.sheet.abbreviation": "by abbreviated name",
  "how.sheet.words": "by name",
  "how.sheet.headers": "by its header row",
  "how.column.exact": "exact",
  "how.column.alias": "another name",
  "how.column.words": "by its words",
  "how.column.chosen": "chosen",
  "part.columnNumbers": PART.columnNumbers,
  "part.repeatedHeader": PART.repeatedHeader,
  "part.sections": PART.sections,
  "part.totals": PART.totals,
  "part.signature": PART.signature,

  "reading.intro":
    "The book is read as below. Where a sheet or a column is read wrong, choose another and press “Save reading”: the choice is kept in the book file itself.",
  "reading.first": "Press “Check the book” (Check tab) to see how the book is read.",
  "reading.sheetOf": "Sheet “{sheet}” ({how})",
  "reading.headerRows": "Header: row {rows} · {count} data rows",
  "reading.noHeader": "No header row found.",
  "reading.field": "Field",
  "reading.column": "Column",
  "reading.columnNone": "(none)",
  "reading.chooseColumn": "Column for “{field}”",
  "reading.unused": "Unused columns: {columns}",
  "reading.skipped": "Skipped rows: {rows}",
  "reading.absent": "Not in the book: {sheets}",
  "reading.chooseSheet": "Sheet used as {name}",
  "reading.otherSheets": "Sheets not read",
  "reading.useAs": "Read “{sheet}” as",
  "reading.auto": "Automatic",
  "reading.notBook": "Not part of the book",
  "reading.save": "Save reading",
  "reading.reset": "Read automatically again",
  "reading.loading": "Opening How it is read…",

  "busy.reading": "Saving how the book is read…",
  "notice.readingSaved": "Saved how the book is read in the file; the book was checked again accordingly.",
  "error.reading": "Could not save how the book is read. The workbook structure may be protected; please try again.",
};
