/**
 * One open book on the web page: the clerk's file checked by the bounded reader (the same limits and
 * sentences as `tdkt check`), then read whole by exceljs, which keeps it for the save. Runs in the
 * page's Web Worker (bookWorker.ts), and in jest as it is.
 */
import ExcelJS from "exceljs";
import type { Lang } from "../i18n";
import { unusableMessage, warningMessage } from "../files/messages";
import { readXlsxBlob, UnusableFileError } from "../files/readBlob";
import { contractWorkbook } from "../files/writeBookXlsx";
import { sampleById } from "../sample";
import type { BookChanges } from "./bookChanges";
import { applyChanges } from "./applyChanges";
import { OpenError, type OpenedBook, type Progress } from "./opened";
import { workbookSheets } from "./workbookValues";

export { OpenError, type OpenedBook, type Progress, type Stage } from "./opened";

export class BookSession {
  private original: ArrayBuffer | null = null;

  async open(file: Blob, name: string, lang: Lang, progress: Progress = () => undefined): Promise<OpenedBook> {
    const started = Date.now();
    progress("check", 0, 1);
    let warnings: string[];
    try {
      warnings = (await readXlsxBlob(file, name)).warnings.map((w) => warningMessage(w, name, lang));
    } catch (e) {
      if (e instanceof UnusableFileError) throw new OpenError(unusableMessage(e, lang));
      throw e;
    }
    const checked = Date.now();
    progress("parse", 0, 1);
    const bytes = await file.arrayBuffer();
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes);
    } catch {
      throw new OpenError(unusableMessage(new UnusableFileError(name, "corrupt"), lang));
    }
    const parsed = Date.now();
    const sheets = workbookSheets(wb, (done, total) => progress("sheets", done, total));
    this.original = bytes;
    const done = Date.now();
    return {
      name,
      sheets,
      warnings,
      ms: done - started,
      stages: { check: checked - started, parse: parsed - checked, sheets: done - parsed },
    };
  }

  /** A built-in sample, written as the .xlsx `tdkt demo` makes, then opened like a clerk's file. */
  async openSample(id: string, lang: Lang, progress?: Progress): Promise<OpenedBook> {
    const sample = sampleById(id);
    if (!sample) throw new OpenError(id);
    const bytes = await contractWorkbook(sample.sheets(), { today: sample.today, lang }).xlsx.writeBuffer();
    return this.open(new Blob([bytes]), sample.bookFile, lang, progress);
  }

  /** The file as opened with `changes` (everything since it was opened), as .xlsx bytes. */
  async write(changes: BookChanges): Promise<Uint8Array> {
    if (!this.original) throw new Error("no book is open");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(this.original);
    applyChanges(wb, changes);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }
}
