/**
 * A history plan (domain/recordHistory) as cell edits of the workbook's own history sheet, where the
 * clerk keeps it and with the headers as written: appended rows below the last one, updated cells in
 * place, missing contract columns (Nguồn, Số quyết định…) added after the last header. Both adapters
 * (exceljs for the CLI, Office.js for the pane) apply the same edit.
 */
import { formatDate, toExcelSerial } from "../domain/dates";
import type { DateOnly, HistoryEntry } from "../domain/model";
import type { HistoryPlan, SourceCodec, SourceRef } from "../domain/recordHistory";
import { looseKey } from "../domain/text";
import {
  AWARD_KIND_OPTIONS,
  HISTORY_SHEET,
  NOMINATIONS_SHEET,
  optionLabel,
  STAFF_TIER_OPTIONS,
  SUBJECT_OPTIONS,
  YES_NO_OPTIONS,
} from "./contract";
import type { ParsedBook } from "./parse";

/** One cell to write: 1-based Excel row, 0-based column. Dates as Excel serial numbers. */
export interface CellEdit {
  row: number;
  col: number;
  value: string | number | null;
  date?: boolean;
  /** Text that Excel would take for a formula or a number ("=…", "+…", "-…", "@…"): written as text. */
  text?: boolean;
  /** A header cell the edit adds. */
  header?: boolean;
  /** The cell was empty when the edit was planned (a new row or header): it must still be. */
  fresh?: boolean;
  /** A link to a cell of the book ("'Đơn vị'!C3"), the value its text. */
  link?: string;
}

export interface SheetEdit {
  sheet: string;
  /** The sheet does not exist yet: the edit creates it. */
  create: boolean;
  cells: CellEdit[];
  /** A data row whose look (font, borders) new cells take, where the adapter can copy formats. */
  styleRow?: number | null;
  /** Column widths in characters, for a sheet the edit creates. */
  widths?: readonly number[];
}

/**
 * Nguồn of a recorded row: "Đề nghị khen thưởng, dòng 12 (năm 2024)". Recognised whatever the
 * nominations sheet is called, so a renamed sheet does not make the add-in forget its own rows.
 */
export function sourceCodec(nominationsSheet: string = NOMINATIONS_SHEET.name): SourceCodec {
  return {
    format: ({ year, row }: SourceRef) => `${nominationsSheet}, dòng ${row} (năm ${year})`,
    parse(text: string): SourceRef | null {
      const m = /^(.+), dòng (\d+) \(năm (\d{4})\)$/u.exec(text.trim());
      if (!m || !looseKey(m[1])) return null;
      return { row: Number(m[2]), year: Number(m[3]) };
    },
  };
}

type HistoryKey =
  | "name"
  | "unit"
  | "award"
  | "year"
  | "decisionNumber"
  | "decisionDate"
  | "kind"
  | "source"
  | "subject"
  | "staffTier"
  | "enterprise";
const WRITTEN: readonly HistoryKey[] = [
  "name",
  "unit",
  "award",
  "year",
  "decisionNumber",
  "decisionDate",
  "kind",
  "source",
  "subject",
  "staffTier",
  "enterprise",
];
/** The statistics columns (forms 0602–0603): added to a clerk's sheet only when an entry says something there. */
const STATISTICS: readonly HistoryKey[] = ["subject", "staffTier", "enterprise"];
const UPDATED: readonly HistoryKey[] = ["decisionNumber", "decisionDate", "source"];

const OPTIONS: Partial<Record<HistoryKey, Parameters<typeof optionLabel>[0]>> = {
  kind: AWARD_KIND_OPTIONS,
  subject: SUBJECT_OPTIONS,
  staffTier: STAFF_TIER_OPTIONS,
  enterprise: YES_NO_OPTIONS,
};

function value(e: HistoryEntry, key: HistoryKey): Pick<CellEdit, "value" | "date"> {
  const v = e[key];
  if (key === "decisionDate") return v ? { value: toExcelSerial(v as DateOnly), date: true } : { value: null };
  const options = OPTIONS[key];
  if (options) return { value: v ? optionLabel(options, String(v)) : null };
  if (typeof v === "number" || v === null) return { value: v };
  return { value: String(v) };
}

/** The edit, and the Excel row each appended entry lands on (in plan order). */
export interface HistoryEdit extends SheetEdit {
  appendedRows: number[];
}

export class HistoryLayoutError extends Error {
  constructor(readonly sheet: string) {
    super(`no header row in ${sheet}`);
  }
}

/** The edit that carries out `plan` on the parsed book's history sheet (created when absent). */
export function historyEdit(parsed: ParsedBook, plan: HistoryPlan): HistoryEdit {
  const layout = parsed.layouts.history;
  const header = (key: HistoryKey) => HISTORY_SHEET.columns.find((c) => c.key === key)?.header ?? key;
  if (!layout) {
    const cells: CellEdit[] = HISTORY_SHEET.columns.map((c, col) => ({
      row: 1,
      col,
      value: c.header,
      header: true,
      fresh: true,
    }));
    plan.append.forEach(({ entry }, i) => {
      for (const key of WRITTEN) {
        const col = HISTORY_SHEET.columns.findIndex((c) => c.key === key);
        cells.push({ row: 2 + i, col, ...value(entry, key), fresh: true });
      }
    });
    return { sheet: HISTORY_SHEET.name, create: true, cells, appendedRows: plan.append.map((_, i) => 2 + i) };
  }
  if (layout.headerRow === 0) throw new HistoryLayoutError(layout.name);

  const cells: CellEdit[] = [];
  const columns = new Map<HistoryKey, number>();
  let next =
    Math.max(-1, ...Object.values(layout.columns).map((c) => c.index), ...layout.extras.map((e) => e.index)) + 1;
  const said = (key: HistoryKey) => plan.append.some(({ entry }) => entry[key] !== null);
  const needed = plan.append.length
    ? WRITTEN.filter((key) => !STATISTICS.includes(key) || said(key))
    : plan.update.length
      ? UPDATED
      : [];
  for (const key of WRITTEN) {
    const found = layout.columns[key];
    if (found) columns.set(key, found.index);
    else if (needed.includes(key)) {
      columns.set(key, next);
      cells.push({ row: layout.headerRow, col: next++, value: header(key), header: true, fresh: true });
    }
  }
  plan.append.forEach(({ entry }, i) => {
    for (const key of WRITTEN) {
      const col = columns.get(key);
      if (col !== undefined) cells.push({ row: layout.lastRow + 1 + i, col, ...value(entry, key), fresh: true });
    }
  });
  for (const u of plan.update) {
    for (const key of UPDATED) cells.push({ row: u.row, col: columns.get(key) as number, ...value(u.after, key) });
  }
  const appendedRows = plan.append.map((_, i) => layout.lastRow + 1 + i);
  const styleRow = layout.lastRow > layout.headerRow ? layout.lastRow : null;
  return { sheet: layout.name, create: false, cells, appendedRows, styleRow };
}

/** The recorded entries in words, for reports: "Giàng Thị Sùng — Lao động tiên tiến 2024 (QĐ 4120/QĐ-UBND, 25/12/2024)". */
export function describeDecision(e: Pick<HistoryEntry, "decisionNumber" | "decisionDate">): string {
  return [e.decisionNumber ?? "", e.decisionDate ? formatDate(e.decisionDate) : ""].filter(Boolean).join(", ");
}
