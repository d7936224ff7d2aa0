/**
 * "Gửi từng đơn vị": one short .xlsx per unit holding only that unit's findings, all in one .zip for
 * the clerk to send on. Written by hand (a sheet of inline strings, a bold wrapped header, frozen,
 * landscape A4 fitted to the page width) so the pane needs no spreadsheet library; fflate zips.
 */
import { strToU8, zipSync } from "fflate";
import type { Finding } from "../domain/finding";
import { codeKey } from "../domain/text";
import type { Lang } from "../i18n";
import { FINDINGS_SHEET_WIDTHS, findingsSheetRows } from "../sheets/findingsSheet";
import { columnLetter } from "../sheets/parse";

const esc = (s: string) =>
  s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** One sheet of text rows: the first row bold and frozen, every cell wrapped and top-aligned. */
export function xlsxOfRows(
  sheetName: string,
  rows: readonly (readonly string[])[],
  widths: readonly number[],
): Uint8Array {
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  const data = rows
    .map(
      (r, i) =>
        `<row r="${i + 1}">${r
          .map(
            (v, j) =>
              `<c r="${columnLetter(j)}${i + 1}" t="inlineStr" s="${i === 0 ? 1 : 2}"><is><t xml:space="preserve">${esc(v)}</t></is></c>`,
          )
          .join("")}</row>`,
    )
    .join("");
  const last = `${columnLetter(Math.max(0, widths.length - 1))}${Math.max(1, rows.length)}`;
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${last}"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${data}</sheetData><autoFilter ref="A1:${last}"/><pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="12"/><name val="Times New Roman"/></font><font><b/><sz val="12"/><name val="Times New Roman"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border/><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs></styleSheet>`;
  const name = esc(sheetName.replace(/[\\/?*[\]:]/g, " ").slice(0, 31));
  return zipSync({
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${name.replace(/'/g, "''")}'!$A$1:$${last.replace(/(\d+)$/, "$$$1")}</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">'${name.replace(/'/g, "''")}'!$1:$1</definedName></definedNames></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(sheet),
    "xl/styles.xml": strToU8(styles),
  });
}

/** "X-TAVAN - UBND xã Tả Van.xlsx": a file name any system accepts. */
export function unitFileName(code: string, name: string): string {
  const base = `${code}${name ? ` - ${name}` : ""}`.replace(/[\\/:*?"<>|\u0000-\u001f]/g, " ").replace(/\s+/g, " ");
  return `${base.trim().slice(0, 100)}.xlsx`;
}

export interface UnitFilesOptions {
  lang: Lang;
  unitNames: ReadonlyMap<string, string>;
  bookSheets: readonly string[];
  /** The sheet's name in each file. */
  sheetName?: string;
}

/** The findings of each unit as its own .xlsx, zipped; `units` is how many files. */
export function unitFiles(
  findings: readonly Finding[],
  options: UnitFilesOptions,
): { zip: Uint8Array; units: number; files: Record<string, Uint8Array> } {
  const byUnit = new Map<string, { code: string; findings: Finding[] }>();
  for (const f of findings) {
    if (!f.unit) continue;
    const key = codeKey(f.unit);
    const entry = byUnit.get(key) ?? { code: f.unit.trim(), findings: [] };
    entry.findings.push(f);
    byUnit.set(key, entry);
  }
  const files: Record<string, Uint8Array> = {};
  for (const [key, { code, findings: own }] of byUnit) {
    const rows = findingsSheetRows(own, options).map((r) => r.cells);
    const name = options.unitNames.get(key) ?? "";
    files[unitFileName(code, name)] = xlsxOfRows(options.sheetName ?? "Kết quả kiểm tra", rows, FINDINGS_SHEET_WIDTHS);
  }
  return { zip: zipSync(files, { level: 6 }), units: byUnit.size, files };
}
