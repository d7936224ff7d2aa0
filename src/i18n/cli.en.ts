/** Command-line text in English. */
import type { cliVi } from "./cli.vi";

export const cliEn: Record<keyof typeof cliVi, string> = {
  "cli.usage": `tdkt — Emulation and commendation (Thi đua – Khen thưởng) for Excel

Usage:
  tdkt demo [--sample sa-pa-2024|phuong-2026] [--out DIR] [--lang vi|en]
      Writes the Sa Pa 2024 sample book and the council workbook, checks the sample, prints a short report.
  tdkt check BOOK.xlsx [BOOK.xlsx…] [--json] [--explain] [--today YYYY-MM-DD] [--max-rows N] [--lang vi|en]
      Checks a TĐKT book (several books: one report each).
      --explain: how the book was read (which sheet is which, which column which field, rows skipped).
      Exit codes: 0 no errors; 1 errors found, or a sheet that looks like part of the book was not read;
      2 the file cannot be used (the worst, for several books).
  tdkt deadlines BOOK.xlsx [--today YYYY-MM-DD] [--json] [--ics FILE.ics] [--reminders] [--max-rows N] [--lang vi|en]
      Who owes what: overdue and due within 7 days; --ics writes a calendar, --reminders a reminder per unit.
      Exit codes: 0 nothing overdue; 1 something overdue; 2 the file cannot be used.
  tdkt record BOOK.xlsx --out NEW_BOOK.xlsx [--json]
      Writes the nominations with a decision number into the award history of a copy (the book is left as it is).
  tdkt documents BOOK.xlsx --out DIR [--template TEMPLATE.docx] [--json]
      Drafts the submission, the decisions (with their lists) and the submissions upward from the council's outcomes.
  tdkt certificates BOOK.xlsx --out FILE.pdf [--calibrate] [--start N] [--json]
      Makes the certificate pages for the pre-printed blanks (one per awardee), or the calibration page.
  tdkt blocks BOOK.xlsx [--json] [--out RANKING.xlsx] [--today YYYY-MM-DD] [--max-rows N] [--lang vi|en]
      Ranks the emulation blocks by the score sheet and proposes each block's leader with the reason;
      --out writes the ranking workbook.
      Exit codes: 0 ranked; 1 the score sheets have errors; 2 the file cannot be used or has no score sheet.
  tdkt money BOOK.xlsx [--json] [--today YYYY-MM-DD] [--max-rows N] [--lang vi|en]
      Works out the award money: each nomination, by award, by unit, what this level and the level above pay.
  tdkt summary BOOK.xlsx --out SUMMARY.xlsx [--json] [--today YYYY-MM-DD] [--max-rows N] [--lang vi|en]
      Writes the council's summary workbook (figures, list, quotas, targets, deadlines, money, open findings).
  tdkt templates BOOK.xlsx --out DIR [--units CODE,CODE] [--json] [--today YYYY-MM-DD] [--lang vi|en]
      Writes a template for each unit (nominations, target registrations) with its drop-down lists.
  tdkt import BOOK.xlsx FILE|DIR... --out MERGED.xlsx [--json] [--today YYYY-MM-DD] [--lang vi|en]
      Checks the templates units sent back and merges them into a copy of the book (the original is kept).
  tdkt --help | --version`,
  "cli.money.missingFile": "tdkt: name the book to price, e.g. tdkt money book.xlsx",
  "cli.money.oneBook": "tdkt: money prices one book at a time; run it once for each book.",
  "cli.unknownCommand": "tdkt: there is no command “{command}”. Run tdkt --help for usage.",
  "cli.unknownOption": "tdkt: there is no option “{option}”. Run tdkt --help for usage.",
  "cli.missingValue": "tdkt: option {option} needs a value.",
  "cli.badToday": "tdkt: --today “{value}” is not a date in the form YYYY-MM-DD.",
  "cli.todayOutOfRange": "tdkt: --today “{value}” is outside the dates a book can use ({min} – {max}).",
  "cli.todayNoSuchDay": "tdkt: --today “{value}”: there is no such day in the calendar.",
  "cli.badMaxRows": "tdkt: --max-rows “{value}” must be a positive whole number.",
  "cli.badMaxRowsEnv": "tdkt: the environment variable TDKT_MAX_ROWS “{value}” must be a positive whole number.",
  "cli.unexpected": "tdkt: unexpected error while checking “{file}” ({detail}); please report it to the developers.",
  "cli.badLang": "tdkt: --lang takes vi or en.",
  "cli.missingFile": "tdkt: name the book to check, e.g. tdkt check book.xlsx",
  "file.cannotWrite": "tdkt: cannot write “{file}” ({detail}).",
  "report.book": "Book: {file}",
  "report.counts": "Errors: {error} · Warnings: {warning} · Notes: {info}",
  "report.clean": "No errors.",
  "report.more": "… and {count} more findings (see them all with --json).",
  "demo.title": "Sa Pa 2024 sample book (thị xã Sa Pa TĐKT plan for 2024)",
  "demo.wroteBook": "Wrote the sample book:     {file}",
  "demo.wroteCouncil": "Wrote the council workbook: {file}",
  "demo.book": "Units: {units} · Blocks: {blocks} · Movements: {movements} · Nominations: {nominations}",
  "demo.checked": "Check of the sample book (reference day {today}):",
  "demo.groups": "Council list, by title or form:",
  "demo.group": "  {title}: {count}",
  "demo.next": "Check it again: npx tdkt check {file}",
};
