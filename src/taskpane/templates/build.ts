/**
 * What the Mẫu biểu tab makes, without React: the units' templates (one .xlsx, or a .zip of all), and
 * the merge of returned files into the open book's cells. exceljs loads only with this tab.
 */
import { zipSync } from "fflate";
import type { DateOnly } from "../../domain/model";
import type { Lang } from "../../i18n";
import { collect, type Collected, type Returned } from "../../sheets/collect";
import type { SheetEdit } from "../../sheets/historyEdit";
import { NOMINATIONS_SHEET } from "../../sheets/contract";
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
  /** The nominations' edit the pane writes in one undoable batch; null when nothing changes there. */
  edit: SheetEdit | null;
  /** Registrations found, which the pane leaves to `tdkt import` (one undoable batch is one sheet). */
  registrations: number;
}

export function planMerge(sheets: readonly RawSheet[], returned: readonly Returned[], today: DateOnly): PaneMerge {
  const collected = collect(sheets, returned, today);
  const layout = parseBook(sheets).layouts.nominations;
  const name = layout?.name ?? NOMINATIONS_SHEET.name;
  return {
    collected,
    edit: collected.edits.find((e) => e.sheet === name) ?? null,
    registrations: collected.files.reduce((n, f) => n + f.registered, 0),
  };
}
