/**
 * The page's worker warms up while the clerk chooses a file: it reads and checks a made-up ward's
 * book of a few thousand nominations, as it will read and check the clerk's (the same reader, the
 * same in-memory book, the same checker). A fresh worker runs all that code for the first time
 * otherwise, and the first run of JavaScript is several times slower than the next: measured in the
 * browser test, a 20,000-nomination book read and checked cold took about twice as long as warm.
 * Nothing of it is kept or shown; a request that arrives meanwhile waits at most for the step under way.
 */
import { strToU8, zipSync } from "fflate";
import { readXlsxBlob } from "../files/readBlob";
import { checkOpened } from "./openingCheck";

/** Nominations in the made-up book: enough for the browser to compile the loops the reading and the check run. */
export const WARM_UP_NOMINATIONS = 3_000;

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const column = (i: number) => String.fromCharCode(65 + i);

/** A made-up ward's book (.xlsx with shared strings, as Excel writes one): units, and nominations with a few mistakes. */
export function warmUpBook(nominations = WARM_UP_NOMINATIONS): Uint8Array<ArrayBuffer> {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const cell = (v: string | number, ref: string) => {
    if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
    let at = index.get(v);
    if (at === undefined) index.set(v, (at = strings.push(v) - 1));
    return `<c r="${ref}" t="s"><v>${at}</v></c>`;
  };
  const sheet = (rows: (string | number)[][]) =>
    `${XML}<worksheet xmlns="${MAIN}"><sheetData>${rows
      .map((r, i) => `<row r="${i + 1}">${r.map((v, j) => cell(v, `${column(j)}${i + 1}`)).join("")}</row>`)
      .join("")}</sheetData></worksheet>`;
  const names = ["Giàng Thị Mỷ", "Lý Láo Lở", "Hoàng Văn Tiến", "Nguyễn Thị Hoà", "Vàng A Dình", "Lù Thị Sính"];
  const units = [
    ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
    ["P-SAPA", "UBND phường Sa Pa", "Xã, phường"],
    ["X-TAVAN", "UBND xã Tả Van", "Xã, phường"],
    ["TRUONG-MN", "Trường Mầm non Hoàng Liên", "Đơn vị sự nghiệp"],
  ];
  const rows: (string | number)[][] = [["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức", "Năm"]];
  for (let i = 0; i < nominations; i++) {
    // Every 50th from a unit the book does not have, and every 100th the row before again: findings to make.
    const unit = i % 50 === 1 ? "X-LAOCHAI" : ["P-SAPA", "X-TAVAN", "TRUONG-MN"][i % 3];
    const row = [i + 1, "Cá nhân", `${names[i % names.length]} ${i + 1}`, unit, "Lao động tiên tiến", 2025];
    rows.push(i % 100 === 99 ? [i + 1, ...rows[rows.length - 1].slice(1)] : row);
  }
  const sheets = [sheet(units), sheet(rows)];
  const shared = `${XML}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings
    .map((s) => `<si><t>${s}</t></si>`)
    .join("")}</sst>`;
  const type = (part: string, kind: string) =>
    `<Override PartName="/xl/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${kind}+xml"/>`;
  // fflate makes a plain ArrayBuffer (never a shared one).
  return zipSync({
    "[Content_Types].xml": strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${type("workbook.xml", "sheet.main")}${type("worksheets/sheet1.xml", "worksheet")}${type("worksheets/sheet2.xml", "worksheet")}${type("sharedStrings.xml", "sharedStrings")}</Types>`,
    ),
    "_rels/.rels": strToU8(
      `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Đơn vị" sheetId="1" r:id="rId1"/><sheet name="Đề nghị khen thưởng" sheetId="2" r:id="rId2"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(sheets[0]),
    "xl/worksheets/sheet2.xml": strToU8(sheets[1]),
    "xl/sharedStrings.xml": strToU8(shared),
  }) as Uint8Array<ArrayBuffer>;
}

/**
 * Reads and checks the made-up book, step by step; `stop()` true (a request came) ends it after the
 * step under way. Resolves to the check's error count (0 when stopped or failed: it only warms up).
 */
export async function warmUp(stop: () => boolean = () => false): Promise<number> {
  try {
    const bytes = warmUpBook();
    if (stop()) return 0;
    const read = await readXlsxBlob(new Blob([bytes]), "warm-up.xlsx", {}, { everySheet: true });
    if (stop()) return 0;
    const checked = await checkOpened(
      read.sheets.map((s) => ({ name: s.name, visibility: "Visible", values: s.values })),
    );
    return checked.counts.error;
  } catch {
    return 0;
  }
}
