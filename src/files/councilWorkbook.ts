/**
 * The council workbook (Tổng hợp trình Hội đồng TĐKT): the list of nominations grouped by title or
 * form, print-ready in the official style (NĐ 30/2020/NĐ-CP): Times New Roman, A4, national heading,
 * place and date, numbered rows, signature block.
 */
import ExcelJS from "exceljs";
import type { AwardGroup } from "../domain/summary/nominationList";
import { COUNCIL_LIST, NATIONAL_MOTTO, NATIONAL_TITLE, SUBJECT_NOUNS, placeAndDate } from "./officialWords";
import { FONT, HEADER_FILL, THIN, a4, wrappedRowHeight } from "./style";

export interface CouncilHeading {
  /** e.g. "UBND THỊ XÃ SA PA" */
  issuer: string;
  /** e.g. "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG" */
  body: string;
  place: string;
  year: number;
}

const ROMAN = [
  "I",
  "II",
  "III",
  "IV",
  "V",
  "VI",
  "VII",
  "VIII",
  "IX",
  "X",
  "XI",
  "XII",
  "XIII",
  "XIV",
  "XV",
  "XVI",
  "XVII",
  "XVIII",
  "XIX",
  "XX",
];

export const COUNCIL_SHEET = COUNCIL_LIST.sheet;

const H = COUNCIL_LIST.headers;
const COLUMNS = [
  { header: H.seq, width: 6 },
  { header: H.name, width: 26 },
  { header: H.position, width: 20 },
  { header: H.unit, width: 26 },
  { header: H.achievement, width: 44 },
  { header: H.note, width: 12 },
];

function countText(g: AwardGroup): string {
  return (Object.entries(g.counts) as [keyof typeof SUBJECT_NOUNS, number][])
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${SUBJECT_NOUNS[k]}`)
    .join(", ");
}

/**
 * @param review nomination rows of the book that still have errors: marked "Cần xem lại" in Ghi chú,
 *   so the council sees them without the list losing anything.
 */
export function councilWorkbook(
  groups: AwardGroup[],
  heading: CouncilHeading,
  review: ReadonlySet<number> = new Set(),
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "TĐKT cho Excel";
  const ws = wb.addWorksheet(COUNCIL_SHEET);
  const last = COLUMNS.length;
  COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));

  const put = (
    row: number,
    from: number,
    to: number,
    text: string,
    font: Partial<ExcelJS.Font>,
    align: Partial<ExcelJS.Alignment> = {},
  ) => {
    if (to > from) ws.mergeCells(row, from, row, to);
    const cell = ws.getCell(row, from);
    cell.value = text;
    cell.font = { name: FONT, size: 13, ...font };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true, ...align };
  };

  // Issuing body top left, national heading top right.
  put(1, 1, 3, heading.issuer.toUpperCase(), { size: 12 });
  put(1, 4, last, NATIONAL_TITLE, { bold: true, size: 12 });
  put(2, 1, 3, heading.body.toUpperCase(), { bold: true, size: 12 });
  put(2, 4, last, NATIONAL_MOTTO, { bold: true, underline: true });
  put(4, 4, last, placeAndDate(heading.place, heading.year), { italic: true });
  put(6, 1, last, COUNCIL_LIST.title(heading.year), { bold: true, size: 14 });
  put(7, 1, last, COUNCIL_LIST.attachedTo, { italic: true });

  const headerRow = 9;
  COLUMNS.forEach((c, i) => {
    const cell = ws.getCell(headerRow, i + 1);
    cell.value = c.header;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
  });
  ws.getRow(headerRow).height = 32;

  let r = headerRow + 1;
  groups.forEach((g, gi) => {
    ws.mergeCells(r, 1, r, last);
    const title = ws.getCell(r, 1);
    title.value = `${ROMAN[gi] ?? gi + 1}. ${g.title.toUpperCase()} (${countText(g)})`;
    title.font = { name: FONT, size: 12, bold: true };
    title.alignment = { vertical: "middle", wrapText: true };
    title.border = THIN;
    r++;
    for (const it of g.items) {
      const row = ws.getRow(r);
      row.values = [
        it.seq,
        it.name,
        it.position ?? "",
        it.unitName,
        it.achievement ?? "",
        review.has(it.row) ? COUNCIL_LIST.review : "",
      ];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cell.font = { name: FONT, size: 12 };
        cell.border = THIN;
        cell.alignment = { vertical: "top", wrapText: true, horizontal: col === 1 ? "center" : "left" };
      });
      row.height = wrappedRowHeight(
        [it.name, it.position ?? "", it.unitName, it.achievement ?? ""],
        [1, 2, 3, 4].map((c) => COLUMNS[c]),
      );
      r++;
    }
  });
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  put(r + 1, 1, last, COUNCIL_LIST.total(total, groups.length), { italic: true, size: 12 }, { horizontal: "left" });

  // Signature block: the preparer on the left, the council's standing body on the right.
  const sig = r + 3;
  put(sig, 1, 2, COUNCIL_LIST.preparer, { bold: true, size: 12 });
  put(sig, 4, last, COUNCIL_LIST.onBehalfOf(heading.body), { bold: true, size: 12 });
  put(sig + 1, 4, last, COUNCIL_LIST.chair, { bold: true, size: 12 });
  put(sig + 2, 4, last, COUNCIL_LIST.signature, { italic: true, size: 12 });

  a4(ws);
  ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  ws.headerFooter = { oddFooter: COUNCIL_LIST.pageFooter };
  ws.views = [{ state: "frozen", ySplit: headerRow, showGridLines: false }];
  return wb;
}
