/**
 * The findings of a check as a sheet the clerk can print, filter and send on ("Kết quả kiểm tra"):
 * Mức độ, Sheet, Ô (a link to the cell), Mã đơn vị, Tên đơn vị, Nội dung, Căn cứ; errors first.
 * The same edit is written by the pane (Office.js, undoable) and by `tdkt check --out` (exceljs).
 */
import type { Finding } from "../domain/finding";
import type { Severity } from "../domain/model";
import { codeKey } from "../domain/text";
import { message, t, type Lang } from "../i18n";
import type { CellEdit, SheetEdit } from "./historyEdit";

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; the checker's order within each. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

const ROW_PREFIX = [/^Dòng \d+(, cột “[^”]*”)?: /u, /^Row \d+(, column “[^”]*”)?: /u];

/**
 * A finding's message as one sentence without the row prefix (the place is said beside it), and its
 * legal citation apart ("Điều 74 Luật TĐKT 2022"), for the pane's second line and the Căn cứ column.
 */
export function splitMessage(f: Finding, lang: Lang): { text: string; basis: string | null } {
  let text = message(f, lang);
  for (const re of ROW_PREFIX) text = text.replace(re, "");
  const raw = (f.params as { basis?: unknown }).basis;
  const basis = typeof raw === "string" && raw.trim() && raw.trim() !== "—" ? raw.trim() : null;
  if (basis) {
    for (const wrapped of [` (căn cứ: ${basis})`, ` (basis: ${basis})`, ` (${basis})`, `; ${basis}`, `, ${basis}`])
      if (text.includes(wrapped)) {
        text = text.replace(wrapped, "");
        break;
      }
  }
  return { text: text.charAt(0).toUpperCase() + text.slice(1), basis };
}

/** "'Đề nghị khen thưởng'!E12": a cell inside the book, as a hyperlink names it. */
export function cellReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

export interface FindingsSheetOptions {
  lang: Lang;
  /** codeKey of a unit code → its name, from the book's units sheet. */
  unitNames: ReadonlyMap<string, string>;
  /** Sheets the book has: only cells on them get a link. */
  bookSheets: readonly string[];
  /** The export sheet as it is now (replaced on each export), with the size of what it holds. */
  existing?: { name: string; rows: number; cols: number } | null;
}

/** Column widths of the export, in characters (Nội dung wraps). */
export const FINDINGS_SHEET_WIDTHS = [10, 22, 8, 12, 28, 70, 30];

/** The sheet's rows as text, header first; each data row with the cell its Ô links to. */
export function findingsSheetRows(
  findings: readonly Finding[],
  options: Pick<FindingsSheetOptions, "lang" | "unitNames" | "bookSheets">,
): { cells: string[]; link: string | null; severity: Severity | null }[] {
  const { lang, unitNames, bookSheets } = options;
  const header = [
    "trust.export.severity",
    "trust.export.sheetColumn",
    "trust.export.cell",
    "trust.export.unitCode",
    "trust.export.unitName",
    "trust.export.text",
    "trust.export.basis",
  ].map((k) => t(lang, k));
  const rows = bySeverity(findings).map((f) => {
    const { text, basis } = splitMessage(f, lang);
    const place = f.cell ?? (f.row !== null ? `A${f.row}` : "");
    const link = f.sheet && place && bookSheets.includes(f.sheet) ? cellReference(f.sheet, place) : null;
    return {
      cells: [
        t(lang, `severity.${f.severity}`),
        f.sheet ?? t(lang, "check.book"),
        f.cell ?? (f.row !== null ? t(lang, "check.row", { row: f.row }) : ""),
        f.unit ?? "",
        f.unit ? (unitNames.get(codeKey(f.unit)) ?? "") : "",
        text,
        basis ?? "",
      ],
      link,
      severity: f.severity,
    };
  });
  return [{ cells: header, link: null, severity: null }, ...rows];
}

/** The export as one sheet edit: created, or written over the previous export (cells beyond emptied). */
export function findingsSheetEdit(findings: readonly Finding[], options: FindingsSheetOptions): SheetEdit {
  const rows = findingsSheetRows(findings, options);
  const existing = options.existing ?? null;
  const width = rows[0].cells.length;
  const cells: CellEdit[] = [];
  rows.forEach((r, i) =>
    r.cells.forEach((value, col) =>
      cells.push({
        row: i + 1,
        col,
        value,
        header: i === 0 || undefined,
        link: col === 2 ? (r.link ?? undefined) : undefined,
      }),
    ),
  );
  if (existing) {
    // What the previous export held beyond this one is emptied (undo brings it back).
    for (let row = 1; row <= existing.rows; row++)
      for (let col = 0; col < existing.cols; col++)
        if (row > rows.length || col >= width) cells.push({ row, col, value: "" });
  }
  return {
    sheet: existing?.name ?? t(options.lang, "trust.export.sheet"),
    create: existing === null,
    cells,
    widths: FINDINGS_SHEET_WIDTHS,
  };
}
