/**
 * One open book on the web page: the clerk's file read by the bounded, streamed reader (the same
 * limits and sentences as `tdkt check`), every sheet whole. exceljs loads only to save, from the
 * file as opened, so the book is parsed once when it is opened. Runs in the page's Web Worker
 * (bookWorker.ts), and in jest as it is.
 */
import type { Lang } from "../i18n";
import { unusableMessage, warningMessage } from "../files/messages";
import { readXlsxBlob, UnusableFileError } from "../files/readBlob";
import { sampleById } from "../sample";
import type { BookChanges } from "./bookChanges";
import { OpenError, type OpenedBook, type Progress } from "./opened";
import type { OpenedSheet, SheetVisibility } from "./workbookValues";

export { OpenError, type OpenedBook, type Progress, type Stage } from "./opened";

const VISIBILITY: Record<string, SheetVisibility> = { hidden: "Hidden", veryHidden: "VeryHidden" };

export class BookSession {
  private original: Blob | null = null;

  async open(file: Blob, name: string, lang: Lang, progress: Progress = () => undefined): Promise<OpenedBook> {
    const started = Date.now();
    progress("check", 0, 1);
    let sheets: OpenedSheet[];
    let warnings: string[];
    try {
      const read = await readXlsxBlob(
        file,
        name,
        {},
        {
          everySheet: true,
          onSheet: (done, total) => progress("sheets", done, total),
        },
      );
      warnings = read.warnings.map((w) => warningMessage(w, name, lang));
      sheets = read.sheets.map((s) => ({
        name: s.name,
        visibility: VISIBILITY[read.states?.[s.name] ?? "visible"] ?? "Visible",
        values: s.values,
      }));
    } catch (e) {
      if (e instanceof UnusableFileError) throw new OpenError(unusableMessage(e, lang));
      throw e;
    }
    this.original = file;
    this.saveable = null;
    return { name, sheets, warnings, ms: Date.now() - started };
  }

  private saveable: Promise<string | null> | null = null;

  /**
   * Whether exceljs, which writes the save, can read the file: asked right after opening (the worker
   * does it while the clerk works), so a file the page could check but not save is said at once, not
   * after the work. null: it can; else the reason.
   */
  canSave(): Promise<string | null> {
    const file = this.original;
    if (!file) return Promise.resolve("no book is open");
    this.saveable ??= (async () => {
      const { default: ExcelJS } = await import(/* webpackChunkName: "book-write" */ "exceljs");
      try {
        await new ExcelJS.Workbook().xlsx.load(await file.arrayBuffer());
        return null;
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
    })();
    return this.saveable;
  }

  /** A built-in sample, written as the .xlsx `tdkt demo` makes, then opened like a clerk's file. */
  async openSample(id: string, lang: Lang, progress?: Progress): Promise<OpenedBook> {
    const sample = sampleById(id);
    if (!sample) throw new OpenError(id);
    const { contractWorkbook } = await import(/* webpackChunkName: "book-write" */ "../files/writeBookXlsx");
    const bytes = await contractWorkbook(sample.sheets(), { today: sample.today, lang }).xlsx.writeBuffer();
    return this.open(new Blob([bytes]), sample.bookFile, lang, progress);
  }

  /** The file as opened with `changes` (everything since it was opened), as .xlsx bytes. */
  async write(changes: BookChanges): Promise<Uint8Array> {
    if (!this.original) throw new Error("no book is open");
    const [{ default: ExcelJS }, { applyChanges }] = await Promise.all([
      import(/* webpackChunkName: "book-write" */ "exceljs"),
      import(/* webpackChunkName: "book-write" */ "./applyChanges"),
    ]);
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(await this.original.arrayBuffer());
    } catch {
      throw new Error("exceljs cannot read the file");
    }
    applyChanges(wb, changes);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }
}
