/**
 * The ranking of an emulation block (Bảng tổng hợp kết quả chấm điểm, xếp hạng thi đua), print-ready
 * in the official style (NĐ 30/2020/NĐ-CP): Times New Roman, A4 landscape, national heading, place
 * and date, one row per unit with the score of each top-level criterion, total, band and rank, the
 * unit proposed for the flag with the reason, and the signatures of the block's head and deputy.
 * One sheet per block; `addBlockRankingSheet` also serves the summary workbook.
 */
import ExcelJS from "exceljs";
import type { BlockResult } from "../domain/scoring";
import { formatPoints, leaderReason } from "../i18n/blocks";
import { BLOCK_RANKING as W, NATIONAL_MOTTO, NATIONAL_TITLE, placeAndDate } from "./officialWords";
import { FONT, HEADER_FILL, THIN, a4 } from "./style";

export interface RankingHeading {
  /** The body above the blocks, e.g. "UBND thị xã Sa Pa". */
  issuer: string;
  /** For "Sa Pa, ngày … tháng … năm …". */
  place: string;
  year: number;
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function rankingSheetName(block: BlockResult, taken: ReadonlySet<string> = new Set()): string {
  const base = `${block.block}${block.name ? ` - ${block.name}` : ""}`.replace(/[:\\/?*[\]]/g, " ").trim();
  let name = base.slice(0, 31).trim();
  for (let i = 2; taken.has(name.toLocaleLowerCase()); i++) name = `${base.slice(0, 27).trim()} (${i})`;
  return name;
}

/** A row tall enough for its longest wrapped cell (generated files do not grow rows by themselves). */
function rowHeight(texts: string[], widths: number[]): number {
  // About 1.25 characters of 12-pt Times New Roman per unit of column width (as rendered and measured).
  const lines = texts.map((text, i) => Math.max(1, Math.ceil(text.length / (widths[i] * 1.25))));
  return Math.max(...lines) * 16 + 4;
}

function maxText(high: number | null): string {
  return high === null ? "" : W.maximum(formatPoints(high, "vi"));
}

/**
 * Adds one block's ranking as a worksheet. `unitName` names the head and deputy units for the
 * signatures (the block's members are named from the ranking itself).
 */
export function addBlockRankingSheet(
  wb: ExcelJS.Workbook,
  block: BlockResult,
  heading: RankingHeading,
  unitName: (code: string) => string | null,
): ExcelJS.Worksheet {
  const taken = new Set(wb.worksheets.map((w) => w.name.toLocaleLowerCase()));
  const ws = wb.addWorksheet(rankingSheetName(block, taken));
  const top = block.units[0]?.criteria.filter((c) => c.depth === 0) ?? [];
  const columns = [
    { header: W.headers.rank, width: 8 },
    { header: W.headers.unit, width: 30 },
    ...top.map((c, i) => ({
      header: `${ROMAN[i] ?? i + 1}. ${c.name}${c.kind === "penalty" && c.low !== null ? W.deductionLimit(formatPoints(-c.low, "vi")) : maxText(c.high)}`,
      width: 15,
    })),
    { header: `${W.headers.total}${maxText(block.maxTotal)}`, width: 11 },
    { header: W.headers.band, width: 13 },
    { header: W.headers.note, width: 20 },
  ];
  const last = columns.length;
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  const half = Math.max(2, Math.floor(last / 2));

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

  const blockTitle = (block.name ?? W.unnamedBlock(block.block)).toUpperCase();
  put(1, 1, half, heading.issuer.toUpperCase(), { size: 12 });
  put(1, half + 1, last, NATIONAL_TITLE, { bold: true, size: 12 });
  put(2, 1, half, blockTitle, { bold: true, size: 12 });
  put(2, half + 1, last, NATIONAL_MOTTO, { bold: true, underline: true });
  const leftWidth = columns.slice(0, half).reduce((n, c) => n + c.width, 0);
  ws.getRow(2).height = Math.max(18, rowHeight([blockTitle], [leftWidth * 0.85]));
  put(4, half + 1, last, placeAndDate(heading.place, heading.year), { italic: true });
  put(6, 1, last, W.title(heading.year), { bold: true, size: 14 });
  put(7, 1, last, W.subtitle(block.name ?? W.unnamedBlock(block.block), block.block), { italic: true });

  const headerRow = 9;
  columns.forEach((c, i) => {
    const cell = ws.getCell(headerRow, i + 1);
    cell.value = c.header;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
  });
  ws.getRow(headerRow).height = rowHeight(
    columns.map((c) => c.header),
    columns.map((c) => c.width),
  );

  let r = headerRow + 1;
  for (const u of block.units) {
    const note = [u.tied ? W.tied : "", u.unit === block.leader.leader ? W.proposed : "", u.scored ? "" : W.unscored]
      .filter(Boolean)
      .join("; ");
    const byCode = new Map(u.criteria.map((c) => [c.code, c]));
    const values = [
      u.rank ?? "",
      u.name,
      ...top.map((c) => (u.scored ? (byCode.get(c.code)?.score ?? "") : "")),
      u.total ?? "",
      u.band?.name ?? "",
      note,
    ];
    const row = ws.getRow(r);
    row.values = values;
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = { name: FONT, size: 12, bold: col === last - 2 || u.unit === block.leader.leader ? true : undefined };
      cell.border = THIN;
      const numeric = col !== 2 && col !== last && col !== last - 1;
      cell.alignment = { vertical: "middle", wrapText: true, horizontal: numeric ? "center" : "left" };
    });
    row.height = rowHeight([u.name, note], [columns[1].width, columns[last - 1].width]);
    r++;
  }

  const leaderUnit = block.units.find((u) => u.unit === block.leader.leader);
  put(
    r + 1,
    1,
    last,
    leaderUnit ? W.leader(leaderUnit.name, formatPoints(leaderUnit.total, "vi")) : W.noLeader,
    { bold: true, size: 12 },
    { horizontal: "left" },
  );
  const reason = W.reason(leaderReason(block, "vi"));
  put(r + 2, 1, last, reason, { italic: true, size: 12 }, { horizontal: "left", vertical: "top" });
  const width = columns.reduce((n, c) => n + c.width, 0);
  ws.getRow(r + 2).height = Math.max(1, Math.ceil(reason.length / (width * 1.1))) * 16 + 4;

  // Signatures: the deputy on the left, the head on the right, each naming the unit that holds the office.
  const sig = r + 4;
  put(sig, 1, half, W.deputy, { bold: true, size: 12 });
  put(sig, half + 1, last, W.head, { bold: true, size: 12 });
  put(sig + 1, 1, half, W.signature, { italic: true, size: 12 });
  put(sig + 1, half + 1, last, W.signature, { italic: true, size: 12 });
  const deputy = block.deputy ? (unitName(block.deputy) ?? block.deputy) : "";
  const head = block.head ? (unitName(block.head) ?? block.head) : "";
  put(sig + 5, 1, half, deputy, { bold: true, size: 12 });
  put(sig + 5, half + 1, last, head, { bold: true, size: 12 });

  a4(ws, true);
  ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  ws.headerFooter = { oddFooter: W.pageFooter };
  ws.views = [{ state: "frozen", ySplit: headerRow, showGridLines: false }];
  return ws;
}

/** One sheet per block. */
export function blockRankingWorkbook(
  blocks: readonly BlockResult[],
  heading: RankingHeading,
  unitName: (code: string) => string | null,
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "TĐKT cho Excel";
  for (const b of blocks) addBlockRankingSheet(wb, b, heading, unitName);
  return wb;
}
