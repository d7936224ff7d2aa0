/**
 * The findings about how a book was read (made by src/sheets/reading.ts): their codes and typed
 * parameters, declared here so the domain's one `FindingParams` holds every public code.
 */
import type { SheetKey } from "./model";

/** Parts of an official list that are not data (src/sheets/formRows.ts). */
export type FormPart = "columnNumbers" | "repeatedHeader" | "sections" | "totals" | "signature";

/** Why a sheet that looks like a contract sheet was not read (src/sheets/recognise.ts). */
export type NotReadWhy = "similarName" | "similarHeaders" | "anotherTaken" | "unknownSheet";

export interface ReadingFindingParams {
  /**
   * A sheet that looks like contract sheet `like` (named `likeName` in the contract) was not read:
   * its name is the contract's plus other words, its headers fit, or another sheet was taken (`taken`);
   * `unknownSheet`: a sheet holding data like no sheet of the book, while `like` could not be read.
   */
  SHEET_NOT_READ: { like: SheetKey; likeName: string; why: NotReadWhy; taken: string | null };
  /** The clerk chose sheet `chosen` (or, with `header`, a column headed `chosen` for that field) and it is gone. */
  READING_CHOICE_NOT_FOUND: { likeName: string; chosen: string; header: string | null };
  /** Columns of a read sheet that no field took, as written, with their header cells. */
  COLUMNS_UNUSED: { columns: { header: string; cell: string }[] };
  /** Rows skipped as a part of the form, 1-based. */
  FORM_ROWS_SKIPPED: { part: FormPart; rows: number[] };
  /** The same header twice: the column at `used` is read, the one at `ignored` is not. */
  DUPLICATE_COLUMN: { header: string; used: string; ignored: string };
  /** Cells holding characters that show nothing; they are ignored when comparing. */
  INVISIBLE_CHARACTERS: { cells: string[] };
}
