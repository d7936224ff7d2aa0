/** The official look (NĐ 30/2020/NĐ-CP): Times New Roman, A4. Its fixed words are in officialWords.ts. */
import type ExcelJS from "exceljs";

export const FONT = "Times New Roman";

export const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

export const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

/** A4 portrait, fit to one page wide, 2 cm margins left, 1.5 cm elsewhere (in inches). */
export function a4(ws: ExcelJS.Worksheet, landscape = false): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: landscape ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.79, right: 0.59, top: 0.59, bottom: 0.59, header: 0.3, footer: 0.3 },
  };
}

/**
 * Excel and LibreOffice do not grow rows for wrapped text in a generated file, so the height is set
 * from the longest cell: about 1.15 characters of 12-pt Times per unit of column width, `line`
 * points a line.
 */
export function wrappedRowHeight(texts: readonly string[], columns: readonly { width?: number }[], line = 16): number {
  let lines = 1;
  texts.forEach((t, i) => (lines = Math.max(lines, textLines(t, columns[i]?.width ?? 10))));
  return lines * line + 4;
}

/** The lines a text takes in a column of this width: its longest line (by "\n") wrapped. */
export function textLines(t: string, width: number): number {
  const per = width * 1.15;
  if (!t.includes("\n")) return Math.ceil(t.length / per) || 1;
  let lines = 1;
  for (const part of t.split("\n")) lines = Math.max(lines, Math.ceil(part.length / per) || 1);
  return lines;
}
