/**
 * What the Mẫu biểu tab makes, without React: the units' templates (one .xlsx, or a .zip of all), and
 * the merge of returned files into the open book's cells. exceljs loads only with this tab.
 */
import { zipSync } from "fflate";
import type { DateOnly } from "../../domain/model";
import type { Lang } from "../../i18n";
import { collect, type Collected, type Returned } from "../../sheets/collect";
import type { SheetEdit } from "../../sheets/historyEdit";
import { NOMINATIONS_SHEET, TARGETS_SHEET } from "../../sheets/contract";
import { parseBook, type RawSheet } from "../../sheets/parse";
import { templateYear, unitTemplate } from "../../sheets/template";
import { readXlsxBlob, UnusableFileError } from "../../files/readBlob";
import { RETURNED_LIMITS, unusableReason } from "../../files/returned";
import { templateBytes } from "../../files/templateWorkbook";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface UnitChoice {
  code: string;
  name: string;
}

/** The book's units, each code once, in sheet order. */
export function unitChoices(sheets: readonly RawSheet[]): UnitChoice[] {
  const seen = new Set<string>();
  return parseBook(sheets).book.units.filter((u) => {
    const key = u.code.trim().toUpperCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface MadeTemplates {
  name: string;
  count: number;
  blob: Blob;
}

/** One unit's template, or (unit null) every unit's in one .zip. */
export async function makeTemplates(
  sheets: readonly RawSheet[],
  today: DateOnly,
  unit: string | null,
): Promise<MadeTemplates | null> {
  const { book } = parseBook(sheets);
  const units = unitChoices(sheets);
  const chosen = unit === null ? units : units.filter((u) => u.code === unit);
  const records = chosen.map((c) => book.units.find((u) => u.code === c.code)).filter((u) => u !== undefined);
  if (records.length === 0) return null;
  if (unit !== null) {
    const tpl = unitTemplate(book, records[0], today);
    return {
      name: tpl.fileName,
      count: 1,
      blob: new Blob([(await templateBytes(tpl)) as BlobPart], { type: XLSX_TYPE }),
    };
  }
  const files: Record<string, Uint8Array> = {};
  for (const u of records) {
    const tpl = unitTemplate(book, u, today);
    // .xlsx is already compressed: stored, not deflated again.
    files[tpl.fileName] = await templateBytes(tpl);
  }
  const zip = zipSync(files, { level: 0 });
  return {
    name: `mau-de-nghi-${templateYear(book, today)}.zip`,
    count: records.length,
    blob: new Blob([zip as BlobPart], { type: "application/zip" }),
  };
}

/** Reads each picked file with the bounded reader; a file that cannot be used is an outcome, not an error. */
export async function readReturned(files: readonly File[], lang: Lang): Promise<Returned[]> {
  const out: Returned[] = [];
  for (const f of files) {
    try {
      const read = await readXlsxBlob(f, f.name, RETURNED_LIMITS, { anySheet: true });
      out.push({ file: f.name, sheets: read.sheets });
    } catch (e) {
      if (!(e instanceof UnusableFileError)) throw e;
      out.push({ file: f.name, unusable: unusableReason(e, lang) });
    }
  }
  return out;
}

export interface PaneMerge {
  collected: Collected;
  /**
   * What "Gộp vào sổ" writes, in one undoable batch: the nominations appended (or an earlier copy's
   * rows replaced) and the registrations written into Chỉ tiêu, as `tdkt import` merges them. Empty
   * when nothing changes.
   */
  edits: SheetEdit[];
  /** Nomination rows and registrations the files bring. */
  rows: number;
  registrations: number;
  /** The nominations' sheet and the targets' sheet as the book names them (or will). */
  nominationsSheet: string;
  targetsSheet: string;
}

export function planMerge(sheets: readonly RawSheet[], returned: readonly Returned[], today: DateOnly): PaneMerge {
  const collected = collect(sheets, returned, today);
  const layouts = parseBook(sheets).layouts;
  const registrations = collected.files.reduce((n, f) => n + f.registered, 0);
  return {
    collected,
    edits: collected.edits,
    rows: collected.files.reduce((n, f) => n + f.added, 0) - registrations,
    registrations,
    nominationsSheet: layouts.nominations?.name ?? NOMINATIONS_SHEET.name,
    targetsSheet: layouts.targets?.name ?? TARGETS_SHEET.name,
  };
}
