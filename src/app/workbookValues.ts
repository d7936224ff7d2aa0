/**
 * The clerk's workbook as the web page shows it: every worksheet's values (a formula shows its last
 * result, as Excel does; rich text and links their text), and whether the sheet is hidden. exceljs
 * keeps the rest (styles, formulas, widths, validations) in its own workbook for the save.
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../domain/model";

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface OpenedSheet {
  name: string;
  visibility: SheetVisibility;
  values: CellValue[][];
}

type Raw = ExcelJS.CellValue | undefined;

/** A cell's value as the grid and the checker read it. */
export function plainValue(v: Raw): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) return plainValue((v as { result?: Raw }).result ?? null);
    if ("error" in v) return String(v.error);
    if ("text" in v) return plainValue((v as { text: Raw }).text);
  }
  return null;
}

function visibilityOf(state: string | undefined): SheetVisibility {
  if (state === "hidden") return "Hidden";
  if (state === "veryHidden") return "VeryHidden";
  return "Visible";
}

/** Every worksheet, in the workbook's order; cells covered by a merge (not its first cell) stay empty. */
export function workbookSheets(wb: ExcelJS.Workbook, onSheet?: (done: number, total: number) => void): OpenedSheet[] {
  const sheets: OpenedSheet[] = [];
  const total = wb.worksheets.length;
  wb.worksheets.forEach((ws, i) => {
    const values: CellValue[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const out: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        const v = plainValue(cell.value);
        if (v !== null && v !== "") out[c - 1] = v;
      });
      if (out.length) values[r - 1] = Array.from(out, (v) => v ?? null);
    });
    sheets.push({
      name: ws.name,
      visibility: visibilityOf(ws.state),
      values: Array.from(values, (row) => row ?? []),
    });
    onSheet?.(i + 1, total);
  });
  return sheets;
}
