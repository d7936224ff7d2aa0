/**
 * A unit's template as an .xlsx (exceljs), drawn from src/sheets/template.ts: the Hướng dẫn sheet
 * first, then the nominations and the targets as the sheet plan lays them out (headers, widths,
 * drop-downs, input messages, locked headers with a password-less protection), the very hidden
 * identity and the list sheet. Nothing Excel 2016, LibreOffice or WPS lacks: no macros, no tables,
 * no conditional formats, drop-downs as ranges on the list sheet or short inline lists.
 */
import ExcelJS from "exceljs";
import { LISTS_SHEET } from "../sheets/plan";
import type { UnitTemplate } from "../sheets/template";
import { GUIDE_SHEET } from "../sheets/template";
import { addContractSheet } from "./writeBookXlsx";
import { FONT } from "./style";

/** Characters of the Hướng dẫn column, and how many fit on a line of it at 12 pt. */
const GUIDE_WIDTH = 68;
const GUIDE_LINE = 85;

function drawGuide(wb: ExcelJS.Workbook, tpl: UnitTemplate): void {
  const ws = wb.addWorksheet(GUIDE_SHEET, { properties: { tabColor: { argb: "FF2F5597" } } });
  ws.getColumn(1).width = GUIDE_WIDTH;
  // One A4 page wide, as printed or shown by any of the programs.
  ws.pageSetup = {
    paperSize: 9,
    orientation: "portrait",
    margins: { left: 0.6, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  tpl.guide.forEach((line, i) => {
    const row = ws.getRow(i + 1);
    const cell = row.getCell(1);
    cell.value = line.text;
    const size = line.style === "title" ? 14 : line.style === "small" ? 10 : 12;
    cell.font = {
      name: FONT,
      size,
      bold: line.style === "title" || line.style === "heading",
      italic: line.style === "small",
    };
    cell.alignment = { wrapText: true, vertical: "top", horizontal: line.style === "title" ? "center" : "left" };
    // Row heights are stored, not measured by every program on opening: give wrapped lines their room.
    const lines = Math.max(1, Math.ceil((line.text.length * size) / 12 / GUIDE_LINE));
    row.height = lines * (size + 4) + (line.style === "heading" ? 8 : 2);
  });
}

export function templateWorkbook(tpl: UnitTemplate): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "TĐKT cho Excel";
  wb.title = tpl.fileName;
  drawGuide(wb, tpl);
  addContractSheet(wb, tpl.nominations.sheet, tpl.nominations.plan);
  addContractSheet(wb, tpl.targets.sheet, tpl.targets.plan);
  const identity = wb.addWorksheet(tpl.identitySheet.name, { state: "veryHidden" });
  identity.addRows(tpl.identitySheet.values.map((r) => r.map((v) => (v === null ? undefined : v))));
  const lists = wb.addWorksheet(LISTS_SHEET, { state: "veryHidden" });
  tpl.lists.forEach((labels, c) => labels.forEach((label, r) => (lists.getCell(r + 1, c + 1).value = label)));
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  return wb;
}

/** The template's .xlsx bytes (Node and the browser alike). */
export async function templateBytes(tpl: UnitTemplate): Promise<Uint8Array> {
  return new Uint8Array((await templateWorkbook(tpl).xlsx.writeBuffer()) as ArrayBuffer);
}
