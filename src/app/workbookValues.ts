/**
 * The clerk's workbook as the web page shows it: every worksheet's values (a formula shows its last
 * result, as Excel does; rich text and links their text), and whether the sheet is hidden. The file
 * itself keeps the rest (styles, formulas, widths, validations) for the save.
 */
import type { CellValue } from "../domain/model";

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface OpenedSheet {
  name: string;
  visibility: SheetVisibility;
  values: CellValue[][];
}
