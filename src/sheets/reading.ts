/**
 * How the book was read: which sheet was taken as which contract sheet, which column as which field,
 * which rows were skipped as parts of the form, which sheets and columns were left aside. The parser
 * describes it (parse.ts); `tdkt check --explain` and the pane's "Cách đọc sổ" show it; and the
 * findings about it are made here, once per sheet, so a clerk sees what the checker ignored.
 */
import { finding, type Finding } from "../domain/finding";
import type { SheetKey } from "../domain/model";
import { sheetSpec } from "./contract";
import type { FormPart } from "./formRows";
import { columnLetter, type ColumnHow } from "./headers";
import type { ReadingChoices } from "./readingMap";
import type { NotRead, SheetHow } from "./recognise";

/** A cell of the header row, as written. */
export interface HeaderCellReading {
  header: string;
  /** A1 address of the header cell. */
  cell: string;
  /** Column letter. */
  column: string;
}

export interface ColumnReading {
  /** Contract field. */
  field: string;
  /** The contract's header for it. */
  name: string;
  required: boolean;
  /** The header as written in the book; null when no column was found. */
  header: string | null;
  cell: string | null;
  how: ColumnHow | null;
}

export interface SheetReading {
  key: SheetKey;
  /** The sheet as named in the workbook. */
  sheet: string;
  how: SheetHow;
  /** 1-based rows of the header (two under a merged group header); empty when none was found. */
  headerRows: number[];
  /** A later row that seems to be the header, when none was found where it is looked for. */
  headerBeyond: number | null;
  /** Rows read as data. */
  dataRows: number;
  firstDataRow: number | null;
  lastDataRow: number | null;
  columns: ColumnReading[];
  /** Every header cell (for choosing a column). */
  headers: HeaderCellReading[];
  unused: HeaderCellReading[];
  skipped: { part: FormPart; rows: number[] }[];
  duplicates: { field: string; header: string; used: string; ignored: string }[];
  /** Cells holding characters that show nothing (zero-width space, soft hyphen, BOM). */
  invisible: string[];
  /** Fields whose chosen column is no longer in the header. */
  staleColumns: string[];
}

export interface BookReading {
  sheets: SheetReading[];
  notRead: NotRead[];
  staleSheets: { key: SheetKey; sheet: string }[];
  /** Workbook sheets neither read nor like a contract sheet. */
  others: string[];
  /** Contract sheets not in the book. */
  absent: SheetKey[];
  choices: ReadingChoices;
}

export function emptyReading(choices: ReadingChoices): BookReading {
  return { sheets: [], notRead: [], staleSheets: [], others: [], absent: [], choices };
}

/** The rows a check actually looked at: the sheets holding something to check besides the units. */
const CHECKED: readonly SheetKey[] = ["nominations", "targets", "milestones", "submissions", "history", "blocks"];

/** Whether the book gave anything to check beyond its units and plan (nominations, targets, deadlines…). */
export function readSomething(reading: BookReading): boolean {
  return reading.sheets.some((s) => CHECKED.includes(s.key) && s.dataRows > 0);
}

const headerRowOf = (s: SheetReading) => (s.headerRows.length ? s.headerRows[s.headerRows.length - 1] : null);

/** The findings about how the book was read (the parser's own are about cells). */
export function readingFindings(reading: BookReading): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const n of reading.notRead) {
    if (seen.has(n.sheet)) continue;
    seen.add(n.sheet);
    out.push(
      finding(
        "SHEET_NOT_READ",
        "warning",
        { sheet: n.sheet, row: null, column: null, cell: null },
        {
          params: { like: n.like, likeName: sheetSpec(n.like).name, why: n.why, taken: n.taken },
        },
      ),
    );
  }
  for (const s of reading.staleSheets) {
    out.push(
      finding(
        "READING_CHOICE_NOT_FOUND",
        "warning",
        { sheet: null, row: null, column: null, cell: null },
        { params: { likeName: sheetSpec(s.key).name, chosen: s.sheet, header: null } },
      ),
    );
  }
  for (const s of reading.sheets) {
    const headerRow = headerRowOf(s);
    for (const field of s.staleColumns) {
      const c = s.columns.find((x) => x.field === field);
      const chosen = reading.choices.columns[s.key]?.[field]?.header ?? "";
      out.push(
        finding(
          "READING_CHOICE_NOT_FOUND",
          "warning",
          { sheet: s.sheet, row: headerRow, column: c?.header ?? c?.name ?? null, cell: null },
          { params: { likeName: sheetSpec(s.key).name, chosen, header: c?.name ?? field } },
        ),
      );
    }
    if (headerRow === null) continue;
    for (const d of s.duplicates) {
      const letter = d.ignored.replace(/\d+$/, "");
      out.push(
        finding(
          "DUPLICATE_COLUMN",
          "warning",
          { sheet: s.sheet, row: headerRow, column: d.header, cell: `${letter}${headerRow}` },
          { params: { header: d.header, used: d.used, ignored: d.ignored } },
        ),
      );
    }
    if (s.unused.length > 0) {
      const first = s.unused[0];
      out.push(
        finding(
          "COLUMNS_UNUSED",
          "info",
          { sheet: s.sheet, row: headerRow, column: first.header, cell: `${first.column}${headerRow}` },
          { params: { columns: s.unused.map((u) => ({ header: u.header, cell: u.cell })) } },
        ),
      );
    }
    const left = s.headers.length ? s.headers[0].column : columnLetter(0);
    for (const { part, rows } of s.skipped) {
      out.push(
        finding(
          "FORM_ROWS_SKIPPED",
          "info",
          { sheet: s.sheet, row: rows[0], column: null, cell: `${left}${rows[0]}` },
          { params: { part, rows } },
        ),
      );
    }
    if (s.invisible.length > 0) {
      const first = s.invisible[0];
      const row = Number(/\d+$/.exec(first)?.[0] ?? headerRow);
      const column = s.columns.find((c) => c.cell && c.cell.replace(/\d+$/, "") === first.replace(/\d+$/, ""));
      out.push(
        finding(
          "INVISIBLE_CHARACTERS",
          "warning",
          { sheet: s.sheet, row, column: column?.header ?? null, cell: first },
          { params: { cells: s.invisible } },
        ),
      );
    }
  }
  return out;
}
