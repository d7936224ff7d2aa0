/**
 * The statistics workbook: forms 0601–0603 laid out as the state prints them (row and column codes,
 * Đơn vị báo cáo / Đơn vị nhận báo cáo, Người lập biểu / Thủ trưởng; Times New Roman, A4), each on a
 * sheet named by its code, then the trace of every record counted, the records not counted and why,
 * the years side by side and the chains of consecutive titles.
 *
 * The forms' wording is the official documents' own (always Vietnamese, TT 02/2023/TT-BNV); the
 * other sheets follow the clerk's language (src/i18n/stats.*.ts).
 */
import type ExcelJS from "exceljs";
import { formatDate, toJsDate } from "../domain/dates";
import type { DateOnly } from "../domain/model";
import type { Chain } from "../domain/stats/chains";
import type { FormResult, NotCounted, TraceEntry } from "../domain/stats/forms";
import type { Period } from "../domain/stats/period";
import type { YearsLine, YearsView } from "../domain/stats/years";
import type { Lang } from "../i18n";
import { st as t } from "../i18n/stats";
import { font, tableSheet, writeReport, type WorkbookWriter } from "./reportWorkbook";
import { STATS_FORM as W } from "./officialWords";
import { HEADER_FILL, THIN } from "./style";

export interface StatsBookInfo {
  file: string;
  /** The workbook's own names of the sheets that were read. */
  sheets: Partial<Record<"nominations" | "history" | "movements", string>>;
}

export interface StatsHeading {
  /** Đơn vị báo cáo, when the books say it (the plan's issuer). */
  reportingUnit: string | null;
  /** Đơn vị nhận báo cáo, when it follows from the reporting level. */
  receivingUnit: string | null;
}

export interface StatsWorkbookInput {
  period: Period;
  forms: readonly FormResult[];
  trace: readonly TraceEntry[];
  notCounted: readonly NotCounted[];
  books: readonly StatsBookInfo[];
  years: YearsView;
  chains: readonly Chain[];
  heading: StatsHeading;
  lang: Lang;
}

const EXTENSION_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };

/** The official form: header, table with row and column codes, notes, signatures. */
function formSheet(wb: WorkbookWriter, form: FormResult, input: StatsWorkbookInput): void {
  const { layout } = form;
  const n = layout.columns.length;
  const last = n + 2;
  const ws = wb.addWorksheet(layout.sheet, {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9,
      orientation: n > 5 ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      horizontalCentered: true,
      margins: { left: 0.79, right: 0.59, top: 0.59, bottom: 0.59, header: 0.3, footer: 0.3 },
    },
  });
  ws.columns = [{ width: 50 }, { width: 7 }, ...layout.columns.map(() => ({ width: 12 }))];
  let r = 1;
  // Three blocks across the top: the form's code (left, over the wide label column), its title
  // (middle), the units (right, over the last two columns).
  const leftTo = 1;
  const rightFrom = last - 1;
  const put = (
    row: ExcelJS.Row,
    from: number,
    to: number,
    text: string,
    f: Partial<ExcelJS.Font>,
    align: Partial<ExcelJS.Alignment> = {},
  ) => {
    if (to > from) ws.mergeCells(row.number, from, row.number, to);
    const cell = row.getCell(from);
    cell.value = text;
    cell.font = font(f);
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true, ...align };
  };
  const { from, to } = input.period;
  const top = [
    [W.formCode(layout.code), layout.title, W.reportingUnit],
    [W.issuedWith(layout.source), W.year(to.year), input.heading.reportingUnit ?? W.blank],
    [W.received, W.period(formatDate(from), formatDate(to)), W.receivingUnit],
    ["", "", input.heading.receivingUnit ?? W.blank],
  ];
  top.forEach(([left, middle, right], i) => {
    const row = ws.getRow(r++);
    put(row, 1, leftTo, left, { size: 11, bold: i === 0 }, { horizontal: "left" });
    put(row, leftTo + 1, rightFrom - 1, middle, { bold: i <= 1, size: i === 0 ? 13 : 12, italic: i === 2 });
    put(row, rightFrom, last, right, { size: 11, bold: i === 0 || i === 2 }, { horizontal: "left" });
    row.height = i === 0 ? 34 : 20;
    row.commit();
  });
  if (!layout.confirmed) {
    const row = ws.getRow(r++);
    put(row, 1, last, W.unconfirmed(layout.source), {
      italic: true,
      bold: true,
      color: { argb: "FFC00000" },
    });
    row.commit();
  }
  r++;

  // Table header: the names, then the codes (A, B, 1, 2, …) as statistics forms print them.
  const names = [W.indicator, W.rowCode, ...layout.columns.map((c) => c.label)];
  const codes = ["A", "B", ...layout.columns.map((c) => c.code)];
  const header = ws.getRow(r++);
  names.forEach((text, i) => {
    const cell = header.getCell(i + 1);
    cell.value = text;
    cell.font = font({ bold: true, size: 11, italic: i >= 2 && layout.columns[i - 2].extension === true });
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  header.height = 48;
  header.commit();
  const codeRow = ws.getRow(r++);
  codes.forEach((text, i) => {
    const cell = codeRow.getCell(i + 1);
    cell.value = text;
    cell.font = font({ italic: true, size: 11 });
    cell.border = THIN;
    cell.alignment = { horizontal: "center" };
  });
  codeRow.commit();

  layout.rows.forEach((spec, ri) => {
    const row = ws.getRow(r++);
    const heading = spec.code === null;
    const label = row.getCell(1);
    label.value = spec.label;
    label.font = font({ bold: heading || spec.level === 0, italic: heading || spec.extension === true });
    label.alignment = { indent: spec.level, vertical: "middle", wrapText: true };
    row.getCell(2).value = spec.code ?? "";
    row.getCell(2).alignment = { horizontal: "center", vertical: "middle" };
    row.getCell(2).font = font({ italic: spec.extension === true });
    layout.columns.forEach((c, ci) => {
      const cell = row.getCell(ci + 3);
      if (!heading) cell.value = form.counts[ri][ci];
      cell.font = font({ bold: spec.level === 0 && !heading, italic: spec.extension === true || c.extension === true });
      cell.alignment = { horizontal: "right", vertical: "middle" };
      cell.numFmt = "#,##0";
    });
    for (let c = 1; c <= last; c++) {
      row.getCell(c).border = THIN;
      if (spec.extension || (c >= 3 && layout.columns[c - 3].extension)) row.getCell(c).fill = EXTENSION_FILL;
    }
    row.height = spec.label.length > 48 ? 32 : 18;
    row.commit();
  });

  r++;
  const notes = [W.unclassifiedNote, W.traceNote(t(input.lang, "stats.sheet.trace"))];
  for (const text of notes) {
    const row = ws.getRow(r++);
    put(row, 1, last, text, { italic: true, size: 11 }, { horizontal: "left" });
    row.height = 32;
    row.commit();
  }
  r++;
  const sign = [
    ["", W.placeAndDate(to.year)],
    [W.preparer, W.head],
    [W.preparerSigns, W.headSigns],
  ];
  sign.forEach(([left, right], i) => {
    const row = ws.getRow(r++);
    put(row, 1, 1, left, { bold: i === 1, italic: i === 2 });
    put(row, rightFrom - 2, last, right, { bold: i === 1, italic: i !== 1 });
    row.commit();
  });
  ws.commit();
}

const dateCell = (d: DateOnly | null) => (d ? toJsDate(d) : null);

function traceSheet(wb: WorkbookWriter, input: StatsWorkbookInput): void {
  const { lang } = input;
  const tr = (k: string, p?: Record<string, string | number>) => t(lang, k, p);
  const sheet = tableSheet(wb, {
    name: tr("stats.sheet.trace"),
    title: tr("stats.trace.title", { from: formatDate(input.period.from), to: formatDate(input.period.to) }),
    hint: tr("stats.trace.hint"),
    landscape: true,
    columns: [
      { header: tr("stats.col.seq"), width: 7, kind: "integer" },
      { header: tr("stats.col.file"), width: 26 },
      { header: tr("stats.col.sheet"), width: 20 },
      { header: tr("stats.col.row"), width: 7, kind: "integer" },
      { header: tr("stats.col.name"), width: 30 },
      { header: tr("stats.col.what"), width: 32 },
      { header: tr("stats.col.date"), width: 13, kind: "date" },
      { header: tr("stats.col.form"), width: 9 },
      { header: tr("stats.col.rows"), width: 16 },
      { header: tr("stats.col.columns"), width: 10 },
      { header: tr("stats.col.note"), width: 30 },
    ],
  });
  const sheetName = (e: { book: number; sheet: "nominations" | "history" | "movements" }) =>
    input.books[e.book]?.sheets[e.sheet] ?? e.sheet;
  input.trace.forEach((e, i) => {
    sheet.add([
      i + 1,
      input.books[e.book]?.file ?? "",
      sheetName(e),
      e.row,
      e.name,
      e.what,
      dateCell(e.date),
      e.form,
      e.rows.join(", "),
      e.columns.join(", "),
      e.notes.map((k) => tr(`stats.note.${k}`)).join("; "),
    ]);
  });
  sheet.done();

  const skipped = tableSheet(wb, {
    name: tr("stats.sheet.notCounted"),
    title: tr("stats.notCounted.title"),
    landscape: true,
    columns: [
      { header: tr("stats.col.seq"), width: 7, kind: "integer" },
      { header: tr("stats.col.file"), width: 26 },
      { header: tr("stats.col.sheet"), width: 20 },
      { header: tr("stats.col.row"), width: 7, kind: "integer" },
      { header: tr("stats.col.name"), width: 30 },
      { header: tr("stats.col.what"), width: 32 },
      { header: tr("stats.col.reason"), width: 40 },
      { header: tr("stats.col.countedAt"), width: 40 },
    ],
  });
  input.notCounted.forEach((e, i) => {
    skipped.add([
      i + 1,
      input.books[e.book]?.file ?? "",
      sheetName(e),
      e.row,
      e.name,
      e.what,
      tr(`stats.reason.${e.reason}`),
      e.counted
        ? tr("stats.countedAt", {
            file: input.books[e.counted.book]?.file ?? "",
            sheet: sheetName(e.counted),
            row: e.counted.row,
          })
        : null,
    ]);
  });
  skipped.done();
}

function yearsSheet(wb: WorkbookWriter, input: StatsWorkbookInput): void {
  const { lang, years } = input;
  const tr = (k: string) => t(lang, k);
  const sheet = tableSheet(wb, {
    name: tr("stats.sheet.years"),
    title: tr("stats.years.title"),
    hint: tr("stats.years.hint"),
    landscape: years.years.length > 6,
    columns: [
      { header: "", width: 44 },
      ...years.years.map((y) => ({ header: String(y), width: 9, kind: "integer" as const })),
      { header: tr("stats.years.total"), width: 10, kind: "integer" },
      { header: tr("stats.years.proposed"), width: 12, kind: "integer" },
    ],
  });
  const line = (label: string, l: Pick<YearsLine, "counts" | "total">, bold = false) =>
    sheet.add([label, ...l.counts.map((c) => c.awarded), l.total.awarded, l.total.proposed], { bold });
  const section = (title: string, lines: readonly YearsLine[]) => {
    sheet.add([title], { bold: true });
    for (const l of lines) line(`    ${l.label ?? tr("stats.years.noBlock")}`, l);
  };
  const total = years.totals.reduce((a, c) => ({ awarded: a.awarded + c.awarded, proposed: a.proposed + c.proposed }), {
    awarded: 0,
    proposed: 0,
  });
  line(tr("stats.years.total"), { counts: years.totals, total }, true);
  section(tr("stats.years.byAward"), years.byAward);
  section(tr("stats.years.byUnit"), years.byUnit);
  section(tr("stats.years.byBlock"), years.byBlock);
  sheet.done();
}

function chainsSheet(wb: WorkbookWriter, input: StatsWorkbookInput): void {
  const { lang, chains } = input;
  const tr = (k: string, p?: Record<string, string | number>) => t(lang, k, p);
  const steps: { code: string; name: string }[] = [];
  for (const c of chains) for (const s of c.next) if (!steps.some((x) => x.code === s.award.code)) steps.push(s.award);
  const sheet = tableSheet(wb, {
    name: tr("stats.sheet.chains"),
    title: tr("stats.chains.title"),
    hint: tr("stats.chains.hint"),
    landscape: true,
    columns: [
      { header: tr("stats.col.seq"), width: 7, kind: "integer" },
      { header: tr("stats.col.name"), width: 28 },
      { header: tr("stats.chains.unit"), width: 28 },
      { header: tr("stats.chains.title.col"), width: 28 },
      { header: tr("stats.chains.years"), width: 20 },
      { header: tr("stats.chains.length"), width: 8, kind: "integer" },
      ...steps.map((s) => ({
        header: tr("stats.chains.readyIn", { award: s.name }),
        width: 22,
        kind: "integer" as const,
      })),
      { header: tr("stats.col.note"), width: 30 },
    ],
  });
  chains.forEach((c, i) => {
    sheet.add([
      i + 1,
      c.name,
      c.unitName,
      c.title.name,
      c.years.join(", "),
      c.years.length,
      ...steps.map((s) => c.next.find((x) => x.award.code === s.code)?.eligibleYear ?? null),
      c.lastIsProposal ? tr("stats.chains.proposal") : null,
    ]);
  });
  sheet.done();
}

export async function writeStatsWorkbook(file: string, input: StatsWorkbookInput): Promise<void> {
  await writeReport(file, async (wb) => {
    for (const form of input.forms) formSheet(wb, form, input);
    traceSheet(wb, input);
    yearsSheet(wb, input);
    chainsSheet(wb, input);
  });
}
