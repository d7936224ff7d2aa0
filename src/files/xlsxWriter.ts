/**
 * Minimal .xlsx packages written by hand for the tests, the bench and the web page's warm-up: shared strings, a date style,
 * styled empty rows, and every part replaceable so a test can damage exactly one thing.
 */
import type { CellValue } from "../domain/model";
import { columnLetter } from "../sheets/parse";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** One file of a package: its path inside the zip and its content. */
export interface ZipInput {
  name: string;
  data: Uint8Array | string;
  /** Stored instead of deflated. */
  store?: boolean;
  /** Lies for hostile tests: what the central directory declares. */
  declaredSize?: number;
  declaredCompressedSize?: number;
  declaredCrc?: number;
}

export const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Style indexes of styles.xml below: 0 general, 1 a date (dd/mm/yyyy), 2 bordered. */
export const DATE_STYLE = 1;
export const BORDER_STYLE = 2;

export const STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="2"><border/><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/></cellXfs>
</styleSheet>`;

/** Collects shared strings while sheets are written; its XML is written last. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  count = 0;

  ref(s: string): number {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(s, i);
      this.list.push(s);
    }
    return i;
  }

  *xml(): Iterable<string> {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${NS} count="${this.count}" uniqueCount="${this.list.length}">`;
    for (const s of this.list) yield `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`;
    yield "</sst>";
  }
}

/** One row's XML: strings shared, numbers plain, Dates as serials with the date style. */
export function rowXml(r: number, cells: readonly CellValue[], strings: SharedStrings, style?: number): string {
  let s = `<row r="${r}">`;
  cells.forEach((v, i) => {
    const ref = `${columnLetter(i)}${r}`;
    const st = style === undefined ? "" : ` s="${style}"`;
    if (v === null || v === "") return;
    if (typeof v === "string") s += `<c r="${ref}"${st} t="s"><v>${strings.ref(v)}</v></c>`;
    else if (typeof v === "number") s += `<c r="${ref}"${st}><v>${v}</v></c>`;
    else if (typeof v === "boolean") s += `<c r="${ref}"${st} t="b"><v>${v ? 1 : 0}</v></c>`;
    else s += `<c r="${ref}" s="${DATE_STYLE}"><v>${v.getTime() / 86_400_000 + 25569}</v></c>`;
  });
  return `${s}</row>`;
}

/** A row of `columns` bordered cells holding nothing, as a pre-formatted table has them. */
export function styledEmptyRowXml(r: number, columns: number): string {
  let s = `<row r="${r}" spans="1:${columns}">`;
  for (let c = 0; c < columns; c++) s += `<c r="${columnLetter(c)}${r}" s="${BORDER_STYLE}"/>`;
  return `${s}</row>`;
}

export function* sheetXml(rows: Iterable<string>, tail = ""): Iterable<string> {
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS} xmlns:r="${R}"><sheetData>`;
  yield* rows;
  yield `</sheetData>${tail}</worksheet>`;
}

/** The package's fixed parts for sheets named `names` (sheet i at xl/worksheets/sheet{i+1}.xml). */
export function packageParts(names: readonly string[]): ZipInput[] {
  const sheetRels = names
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join("");
  return [
    {
      name: "[Content_Types].xml",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${names
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join(
          "",
        )}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook ${NS} xmlns:r="${R}"><sheets>${names
        .map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("")}</sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels}<Relationship Id="rIdS" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    },
    { name: "xl/styles.xml", data: STYLES_XML },
  ];
}

/** A small book in memory: sheet name → rows of values. */
export function bookParts(sheets: Record<string, readonly CellValue[][]>): ZipInput[] {
  const strings = new SharedStrings();
  const names = Object.keys(sheets);
  const parts = packageParts(names);
  names.forEach((n, i) => {
    const rows = sheets[n].map((cells, r) => rowXml(r + 1, cells, strings));
    parts.push({ name: `xl/worksheets/sheet${i + 1}.xml`, data: [...sheetXml(rows)].join("") });
  });
  parts.push({ name: "xl/sharedStrings.xml", data: [...strings.xml()].join("") });
  return parts;
}
