/**
 * What the pane asks of the workbook, in the pane's own terms. Components reach the workbook only
 * through this interface (never `Excel.*`), so tests hand them a fake and the preview hands them
 * the in-memory host; `host.ts` builds the real one from the Excel adapter.
 */
import type { Lang } from "../i18n";
import type { SheetEdit } from "../sheets/historyEdit";
import type { RawSheet } from "../sheets/parse";
import type { ReadingChoices } from "../sheets/readingMap";
import type { CheckResult } from "./state";

export interface CellMark {
  sheet: string;
  cell: string;
  note: string;
}

/** A cell coloured by "Tô màu Tiến độ": a status colour and a note. */
export interface ColourMark extends CellMark {
  fill: string;
}

export interface MissingCapability {
  feature: string;
  set: string;
  version: string;
}

export interface PaneServices {
  /** "office" inside Excel; "preview" on the in-memory sample book; "app" on the web page's open file. */
  mode: "office" | "preview" | "app";
  /**
   * The contract sheets' cells. "all" (the default) reads every one; "changes" re-reads only what
   * changed since the last read, as Excel reported it while watched, and reuses the rest.
   */
  readBook(scope?: "all" | "changes"): Promise<RawSheet[]>;
  selectCell(sheet: string, cell: string): Promise<void>;
  markFindings(marks: CellMark[]): Promise<number>;
  clearMarks(): Promise<number>;
  /**
   * The marks as the last check found them, in one batch: cells no longer in error are restored,
   * new errors marked, the notes rewritten (issue 12: the red cells never outlive the check).
   */
  updateMarks(marks: CellMark[]): Promise<{ marked: number; unmarked: number }>;
  /** "Tô màu Tiến độ": status colours and notes in one batch, kept apart from the error marks. */
  colourProgress(marks: ColourMark[]): Promise<number>;
  /** Takes the deadline colours off, restoring what was there; returns the cells restored. */
  clearProgress(): Promise<number>;
  /**
   * Keeps the clerk's choices of how the book is read (which sheet, which column) in the workbook, in
   * a very hidden sheet that `readBook` returns with the book, so every later check reads it so.
   */
  saveReadingChoices(choices: ReadingChoices): Promise<void>;
  /** Adds the contract sheets the book lacks; returns their names. */
  setupBook(lang: Lang): Promise<string[]>;
  /** Calls `onChange` after edits to the book (details are never trusted); resolves to a stop function. */
  watchChanges(onChange: () => void): Promise<() => Promise<void>>;
  /** Features this host cannot offer (empty in preview). */
  missingCapabilities(): MissingCapability[];
  /**
   * Check again when the pane regains focus: Excel on the web raises no event for a value picked from
   * a drop-down. Elsewhere every edit raises one, and a click into the pane is not a reason to read.
   */
  refreshOnFocus?: boolean;
  /** Writes cells in one batch that `undoEdit` can take back (e.g. Ghi vào lịch sử); returns the cells written. */
  writeEdit(edit: SheetEdit, label: string): Promise<number>;
  /**
   * Writes edits of several sheets in one batch that one `undoEdit` takes back whole (sheets it
   * created deleted, cells it overwrote restored); returns the cells written.
   */
  writeEdits(edits: readonly SheetEdit[], label: string): Promise<number>;
  /** Takes the last batch back; a cell changed since keeps its value (`kept`). */
  undoEdit(): Promise<{ label: string | null; restored: number; kept: number }>;
  /** A sheet's name as the book spells it and the reach of its used range, or null when absent. */
  sheetExtent(name: string): Promise<{ name: string; rows: number; cols: number } | null>;
  /** Offers a file to the clerk (a download in the browser). */
  saveFile(name: string, data: Uint8Array, type: string): void;
  /** The batch `undoEdit` would take back, if any. */
  lastEdit(): Promise<{ label: string; cells: number } | null>;
  /**
   * The web page only: the check of the book as it was opened, made by the worker that read the file
   * (the same reading of the book and the same checker as the pane's), so the pane's check on opening
   * does not read and check the whole book again on the page's thread. null when there is none (then
   * the pane reads and checks as anywhere else). Given once: later checks read the book as it is.
   */
  openingCheck?(): Promise<CheckResult | null>;
}
