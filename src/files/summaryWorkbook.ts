/**
 * The council's summary workbook (Báo cáo tổng hợp trình Hội đồng TĐKT, issue 14): the sheets Tổng
 * hợp, Danh sách, Tỷ lệ, Chỉ tiêu, Tiến độ, Kinh phí and Kiểm tra, each print-ready in the official
 * style (NĐ 30/2020/NĐ-CP): Times New Roman, issuing body and national heading, place and date, title,
 * signature block, A4 fitted to the width, header rows repeated, page numbers. Figures are numbers
 * with formats, shares real percentages with data bars; no formula reads the clerk's book.
 *
 * Rows are written top to bottom and committed as they go, so the same code fills exceljs' streaming
 * writer (the CLI, for books of 200,000 nominations) and its in-memory workbook (the pane).
 */
import type ExcelJS from "exceljs";
import { formatDate } from "../domain/dates";
import type { DateOnly, Severity } from "../domain/model";
import type { AwardGroup } from "../domain/summary/nominationList";
import { SHARE_KEYS, SUBJECTS, type GroupCount, type Summary } from "../domain/summary/summary";
import { optionLabel, UNIT_TYPE_OPTIONS } from "../sheets/contract";
import { COUNCIL_LIST, NATIONAL_MOTTO, NATIONAL_TITLE, SUBJECT_NOUNS, placeAndDate } from "./officialWords";
import { FONT, HEADER_FILL, THIN, a4, textLines, wrappedRowHeight } from "./style";
import { SUMMARY_SHEETS, SUMMARY_WORDS as W, type SummarySheetKey } from "./summaryWords";
import { groupDigits } from "../i18n/numbers";

/** A finding as the Kiểm tra sheet lists it, its message already in Vietnamese. */
export interface CheckLine {
  severity: Severity;
  sheet: string | null;
  cell: string | null;
  message: string;
}

export interface SummaryBookInput {
  summary: Summary;
  /** e.g. "UBND thị xã Sa Pa" (top left, upper case). */
  issuer: string;
  /** e.g. "Hội đồng Thi đua - Khen thưởng". */
  body: string;
  /** The reference day the figures are as of. */
  today: DateOnly;
  /** Rows of the nominations sheet still in error: marked "Cần xem lại" in Danh sách. */
  review: ReadonlySet<number>;
  checks: readonly CheckLine[];
  /** Put before every sheet name ("TH " in the clerk's own book). */
  prefix?: string;
}

/** What both exceljs workbooks offer: the streaming writer and the in-memory workbook. */
export interface SheetHost {
  addWorksheet(name: string, options?: Partial<ExcelJS.AddWorksheetOptions>): ExcelJS.Worksheet;
}

const INT = "#,##0";
const PCT = "0.0%";
const BAR_COLOUR = "FF5B9BD5";
const MARK = "FFC00000";

type Value = string | number | null;

interface Column {
  width: number;
  numFmt?: string;
  align?: "left" | "center" | "right";
}

/**
 * A data cell's look, one object per kind shared by every cell of that kind: exceljs finds a style
 * it has seen by the object's identity, and renders the XML of every other one to compare it (on
 * 20,000 rows that took longer than writing the cells).
 */
const dataStyles = new Map<string, Partial<ExcelJS.Style>>();
function dataStyle(
  bold: boolean,
  marked: boolean,
  numFmt: string | undefined,
  horizontal: "left" | "center" | "right",
): Partial<ExcelJS.Style> {
  const key = `${bold}|${marked}|${numFmt ?? ""}|${horizontal}`;
  let style = dataStyles.get(key);
  if (!style) {
    style = {
      font: { name: FONT, size: 12, bold: bold || undefined, color: marked ? { argb: MARK } : undefined },
      border: THIN,
      alignment: { vertical: "top", wrapText: true, horizontal },
      ...(numFmt ? { numFmt } : {}),
    };
    dataStyles.set(key, style);
  }
  return style;
}

/** Rows have no style of their own (their cells do): one empty style object for them all. */
const ROW_STYLE: Partial<ExcelJS.Style> = {};

/** One sheet being written: a cursor over its rows, committed as it goes. */
class SheetWriter {
  row = 0;
  private readonly last: number;
  private readonly bars: string[] = [];

  /**
   * Each column's data styles, chosen once per sheet rather than per cell (1.5 million cells at
   * 200,000 nominations): indexed by bold × 4 + marked × 2 + is a number.
   */
  private readonly styles: Partial<ExcelJS.Style>[][];

  constructor(
    readonly ws: ExcelJS.Worksheet,
    private readonly columns: readonly Column[],
  ) {
    this.last = columns.length;
    this.styles = columns.map((col) =>
      [0, 1, 2, 3, 4, 5, 6, 7].map((look) => {
        const number = (look & 1) === 1;
        return dataStyle(
          (look & 4) !== 0,
          (look & 2) !== 0,
          col.numFmt && number ? col.numFmt : undefined,
          col.align ?? (number ? "right" : "left"),
        );
      }),
    );
  }

  private commit(row: ExcelJS.Row): void {
    row.commit();
  }

  /**
   * The worksheet's row, with the one shared row style: exceljs registers a row's style when it
   * writes the row, and knows a style object it has seen at once, but renders and compares the XML
   * of every new one (each row's own empty style, 30,000 times at 20,000 nominations).
   */
  private rowAt(n: number): ExcelJS.Row {
    const row = this.ws.getRow(n);
    (row as unknown as { style: Partial<ExcelJS.Style> }).style = ROW_STYLE;
    return row;
  }

  /** Text across columns `from`..`to` of a new row (or of `at`, when several parts share a row). */
  text(
    text: string,
    font: Partial<ExcelJS.Font> = {},
    opts: { from?: number; to?: number; align?: Partial<ExcelJS.Alignment>; height?: number; keep?: boolean } = {},
  ): void {
    if (!opts.keep) this.row++;
    const from = opts.from ?? 1;
    const to = opts.to ?? this.last;
    const row = this.rowAt(this.row);
    const cell = row.getCell(from);
    cell.value = text;
    cell.font = { name: FONT, size: 12, ...font };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true, ...opts.align };
    if (to > from) this.ws.mergeCells(this.row, from, this.row, to);
    if (opts.height) row.height = opts.height;
  }

  /**
   * The last column of the heading's left part (issuing body, preparer): wide enough for
   * "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG" on one line, leaving the rest to the national heading.
   */
  split(): number {
    let width = 0;
    for (let i = 0; i < this.last - 1; i++) {
      width += this.columns[i].width;
      if (width >= 36) return i + 1;
    }
    return this.last - 1;
  }

  /** Ends the current row (all its parts written). */
  done(): void {
    this.commit(this.rowAt(this.row));
  }

  blank(): void {
    this.row++;
    this.commit(this.rowAt(this.row));
  }

  /** The table's head: bold, filled, bordered; returns its row for the print titles. */
  head(texts: readonly string[], merge?: readonly [number, number]): number {
    this.row++;
    const row = this.rowAt(this.row);
    texts.forEach((t, i) => {
      const cell = row.getCell(i + 1);
      cell.value = t;
      cell.font = { name: FONT, size: 11, bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.fill = HEADER_FILL;
      cell.border = THIN;
    });
    row.height = wrappedRowHeight(texts, this.columns, 15);
    if (merge) this.ws.mergeCells(this.row, merge[0], this.row, merge[1]);
    this.commit(row);
    return this.row;
  }

  /** A group's title across the table, bordered. */
  group(text: string): void {
    this.row++;
    const row = this.rowAt(this.row);
    const cell = row.getCell(1);
    cell.value = text;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { vertical: "middle", wrapText: true };
    for (let c = 1; c <= this.last; c++) row.getCell(c).border = THIN;
    this.ws.mergeCells(this.row, 1, this.row, this.last);
    row.height = wrappedRowHeight([text], [{ width: this.columns.reduce((w, c) => w + c.width, 0) }], 16);
    this.commit(row);
  }

  /** A data row: numbers keep their column's format; `marked` shows it in red. */
  data(
    values: readonly Value[],
    opts: { bold?: boolean; marked?: boolean; merge?: readonly [number, number] } = {},
  ): void {
    this.row++;
    const row = this.rowAt(this.row);
    const look = (opts.bold === true ? 4 : 0) + (opts.marked === true ? 2 : 0);
    const merge = opts.merge;
    let lines = 1;
    for (let i = 0; i < this.last; i++) {
      const cell = row.getCell(i + 1);
      const v = values[i] ?? null;
      cell.value = v;
      const number = typeof v === "number";
      cell.style = this.styles[i][look + (number ? 1 : 0)];
      // The row's height (see wrappedRowHeight): a merged span is as wide as its columns together.
      if (typeof v === "string") {
        const width = merge && i + 1 === merge[0] ? this.spanWidth(i, merge[1]) : this.columns[i].width;
        lines = Math.max(lines, textLines(v, width));
      }
    }
    for (let i = this.last; i < values.length; i++) {
      const v = values[i];
      if (typeof v === "string") lines = Math.max(lines, textLines(v, 10));
    }
    row.height = lines * 16 + 4;
    if (merge) this.ws.mergeCells(this.row, merge[0], this.row, merge[1]);
    this.commit(row);
  }

  /** Width of columns from (0-based) `from` to (1-based) `to`, as a merged span. */
  private spanWidth(from: number, to: number): number {
    return this.columns.slice(from, to).reduce((w, x) => w + x.width, 0);
  }

  /** A data bar over a column's rows from..to (shares as real percentages, 0–100%). */
  bar(column: number, from: number, to: number): void {
    if (to < from) return;
    const letter = String.fromCharCode(64 + column);
    this.bars.push(`${letter}${from}:${letter}${to}`);
  }

  /** Conditional formats, page set-up and footer: written when the sheet is committed. */
  finish(titleRow: number | null, landscape: boolean): void {
    this.bars.forEach((ref, i) =>
      this.ws.addConditionalFormatting({
        ref,
        rules: [
          {
            type: "dataBar",
            priority: i + 1,
            minLength: 0,
            maxLength: 100,
            gradient: false,
            cfvo: [
              { type: "num", value: 0 },
              { type: "num", value: 1 },
            ],
            color: { argb: BAR_COLOUR },
          } as unknown as ExcelJS.ConditionalFormattingRule,
        ],
      }),
    );
    a4(this.ws, landscape);
    if (titleRow) this.ws.pageSetup.printTitlesRow = `${titleRow}:${titleRow}`;
    this.ws.pageSetup.printArea = `A1:${String.fromCharCode(64 + this.last)}${this.row}`;
  }
}

/** Opens a sheet: widths and view first (the streaming writer writes them before any row). */
function open(host: SheetHost, name: string, columns: readonly Column[], landscape: boolean): SheetWriter {
  const ws = host.addWorksheet(name, {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9,
      orientation: landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
    headerFooter: { oddFooter: COUNCIL_LIST.pageFooter },
  });
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  return new SheetWriter(ws, columns);
}

/** Issuing body and national heading, place and date, title and the line below it. */
function heading(w: SheetWriter, input: SummaryBookInput, title: string): void {
  const split = w.split();
  w.text(input.issuer.toUpperCase(), {}, { to: split });
  w.text(NATIONAL_TITLE, { bold: true }, { from: split + 1, keep: true });
  w.done();
  w.text(input.body.toUpperCase(), { bold: true }, { to: split });
  w.text(NATIONAL_MOTTO, { bold: true, underline: true, size: 13 }, { from: split + 1, keep: true });
  w.done();
  w.blank();
  w.text(placeAndDate(input.summary.place, input.summary.year), { italic: true, size: 13 }, { from: split + 1 });
  w.done();
  w.blank();
  w.text(title, { bold: true, size: 14 }, { height: title.length > 70 ? 40 : 22 });
  w.done();
  w.text(W.attachedTo, { italic: true });
  w.done();
  w.text(W.asOf(formatDate(input.today)), { italic: true });
  w.done();
  w.blank();
}

/** A note below a table, across it, left aligned. */
function note(w: SheetWriter, text: string): void {
  w.text(
    text,
    { italic: true },
    { align: { horizontal: "left" }, height: wrappedRowHeight([text], [{ width: 90 }], 16) },
  );
  w.done();
}

/** The signature block: the preparer on the left, the council's standing body on the right. */
function signatures(w: SheetWriter, body: string): void {
  const split = w.split();
  w.blank();
  w.text(COUNCIL_LIST.preparer, { bold: true }, { to: split });
  w.text(COUNCIL_LIST.onBehalfOf(body), { bold: true }, { from: split + 1, keep: true });
  w.done();
  w.text(COUNCIL_LIST.chair, { bold: true }, { from: split + 1 });
  w.done();
  w.text(COUNCIL_LIST.signature, { italic: true }, { from: split + 1 });
  w.done();
}

const share = (count: number, total: number): number | null => (total > 0 ? count / total : null);

function overview(host: SheetHost, input: SummaryBookInput, name: string): void {
  const s = input.summary;
  const O = W.overview;
  const columns: Column[] = [
    { width: 5, align: "center" },
    { width: 34 },
    { width: 9, numFmt: INT },
    { width: 9, numFmt: INT },
    { width: 9, numFmt: INT },
    { width: 9, numFmt: INT },
    { width: 9, numFmt: INT },
    { width: 11, numFmt: PCT },
  ];
  const w = open(host, name, columns, false);
  heading(w, input, W.titles.overview(s.year));

  w.text(O.byAward, { bold: true }, { align: { horizontal: "left" } });
  w.done();
  const unknownSubjects = s.byAward.reduce((n, a) => n + a.unknownSubject, 0);
  w.head([W.seq, O.award, ...O.subjects, O.total, O.decider]);
  s.byAward.forEach((a, i) =>
    w.data([
      i + 1,
      a.name,
      ...SUBJECTS.map((k) => a.bySubject[k]),
      a.total,
      a.decidedBy ? O.deciders[a.decidedBy] : O.unknownDecider,
    ]),
  );
  const sum = (k: (typeof SUBJECTS)[number]) => s.byAward.reduce((n, a) => n + a.bySubject[k], 0);
  w.data([null, O.grandTotal, ...SUBJECTS.map(sum), s.total, null], { bold: true });
  if (unknownSubjects) note(w, `${O.unknownSubject}: ${unknownSubjects}.`);
  w.blank();

  w.text(O.shares, { bold: true }, { align: { horizontal: "left" } });
  w.done();
  // Shares use columns B (what), G (count), … : the text spans B–E so the numbers line up.
  w.head([W.seq, O.shareHead[0], "", "", "", O.shareHead[2], O.shareHead[1], O.shareHead[3]], [2, 5]);
  const firstShare = w.row + 1;
  SHARE_KEYS.forEach((k, i) => {
    const sh = s.shares[k];
    w.data([i + 1, O.shareNames[k], null, null, null, sh.base, sh.count, sh.value ?? O.noBase], { merge: [2, 5] });
  });
  w.bar(8, firstShare, w.row);
  w.blank();

  const sections: [string, string, readonly GroupCount<string | null>[], (g: GroupCount<string | null>) => string][] = [
    [O.byBlock, O.block, s.byBlock, (g) => (g.key === null ? O.noBlock : (g.name ?? g.key))],
    [
      O.byUnitType,
      O.unitType,
      s.byUnitType,
      (g) => (g.key === null ? O.noUnitType : optionLabel(UNIT_TYPE_OPTIONS, g.key)),
    ],
    [O.byUnit, O.unit, s.byUnit, (g) => (g.key === null ? O.unknownUnit : g.name ? `${g.name} (${g.key})` : g.key)],
  ];
  for (const [title, head, groups, label] of sections) {
    w.text(title, { bold: true }, { align: { horizontal: "left" } });
    w.done();
    w.head([W.seq, head, "", "", "", "", ...O.countHead], [2, 6]);
    const first = w.row + 1;
    groups.forEach((g, i) => {
      w.data([i + 1, label(g), null, null, null, null, g.total, share(g.total, s.total)], { merge: [2, 6] });
    });
    w.bar(8, first, w.row);
    w.blank();
  }
  note(w, O.note(s.total, s.rejected));
  signatures(w, input.body);
  // Each section has its own head: repeating the first on every page would mislabel the others.
  w.finish(null, false);
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

function countText(g: AwardGroup): string {
  return (Object.entries(g.counts) as [keyof typeof SUBJECT_NOUNS, number][])
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${SUBJECT_NOUNS[k]}`)
    .join(", ");
}

function list(host: SheetHost, input: SummaryBookInput, name: string): void {
  const s = input.summary;
  const H = COUNCIL_LIST.headers;
  const columns: Column[] = [
    { width: 6, align: "center" },
    { width: 26 },
    { width: 18 },
    { width: 24 },
    { width: 44 },
    { width: 12 },
  ];
  const w = open(host, name, columns, false);
  heading(w, input, W.titles.list(s.year));
  const titleRow = w.head([H.seq, H.name, H.position, H.unit, H.achievement, H.note]);
  const parts: [string, AwardGroup[]][] = [
    [W.list.here, s.council.here],
    [W.list.above, s.council.above],
    [W.list.other, s.council.other],
  ];
  for (const [title, groups] of parts) {
    if (groups.length === 0 && title === W.list.other) continue;
    w.group(title);
    if (groups.length === 0) w.data([null, W.list.none], { merge: [2, columns.length] });
    groups.forEach((g, gi) => {
      w.group(`${ROMAN[gi] ?? gi + 1}. ${g.title.toUpperCase()} (${countText(g) || g.items.length})`);
      for (const it of g.items) {
        const review = input.review.has(it.row);
        w.data(
          [it.seq, it.name, it.position ?? "", it.unitName, it.achievement ?? "", review ? COUNCIL_LIST.review : ""],
          {
            marked: review,
          },
        );
      }
    });
  }
  const groups = parts.reduce((n, [, g]) => n + g.length, 0);
  w.blank();
  note(w, COUNCIL_LIST.total(s.total, groups));
  signatures(w, input.body);
  w.finish(titleRow, false);
}

function quotas(host: SheetHost, input: SummaryBookInput, name: string): void {
  const s = input.summary;
  const Q = W.quotas;
  const columns: Column[] = [
    { width: 5, align: "center" },
    { width: 28 },
    { width: 20 },
    { width: 16 },
    { width: 10, numFmt: INT },
    { width: 9, numFmt: PCT },
    { width: 11, numFmt: INT },
    { width: 10, numFmt: INT },
    { width: 11, numFmt: PCT },
    { width: 14 },
  ];
  const w = open(host, name, columns, true);
  heading(w, input, W.titles.quotas(s.year));
  const titleRow = w.head([W.seq, ...Q.head]);
  const first = w.row + 1;
  s.quotas.forEach((q, i) =>
    w.data(
      [
        i + 1,
        q.unitName,
        q.award,
        q.baseAward,
        q.base,
        q.ratio / 100,
        q.allowed,
        q.count,
        q.base > 0 ? q.count / q.base : null,
        [q.over ? Q.over : "", q.baseSource === "counted" ? Q.counted : ""].filter(Boolean).join("; "),
      ],
      { marked: q.over },
    ),
  );
  w.bar(9, first, w.row);
  w.blank();
  if (s.quotas.length === 0) note(w, Q.none);
  const bases = [...new Set(s.quotas.map((q) => Q.basis(q.catalogueRow, q.basis)))];
  for (const b of bases) note(w, b);
  signatures(w, input.body);
  w.finish(titleRow, true);
}

function targets(host: SheetHost, input: SummaryBookInput, name: string): void {
  const s = input.summary;
  const T = W.targets;
  const columns: Column[] = [
    { width: 5, align: "center" },
    { width: 26 },
    { width: 40 },
    { width: 10 },
    { width: 10, numFmt: "#,##0.##" },
    { width: 10, numFmt: "#,##0.##" },
    { width: 10, numFmt: "#,##0.##" },
    { width: 12, numFmt: PCT },
    { width: 18 },
  ];
  const w = open(host, name, columns, true);
  heading(w, input, W.titles.targets(s.year));
  const titleRow = w.head([W.seq, ...T.head]);
  const first = w.row + 1;
  s.targets.forEach((t, i) =>
    w.data(
      [
        i + 1,
        t.unitName,
        t.name,
        t.measure ?? "",
        t.assigned,
        t.registered,
        t.result,
        t.completion,
        t.worse ? (t.direction === "down" ? T.worseDown : T.worse) : "",
      ],
      { marked: t.worse },
    ),
  );
  w.bar(8, first, w.row);
  w.blank();
  if (s.targets.length === 0) note(w, T.none);
  signatures(w, input.body);
  w.finish(titleRow, true);
}

function deadlines(host: SheetHost, input: SummaryBookInput, name: string): void {
  const s = input.summary;
  const D = W.deadlines;
  const columns: Column[] = [
    { width: 5, align: "center" },
    { width: 28 },
    { width: 12 },
    { width: 46 },
    { width: 12, align: "center" },
    { width: 22 },
    { width: 10, numFmt: INT },
  ];
  const w = open(host, name, columns, true);
  heading(w, input, W.titles.deadlines(s.year));
  if (!s.deadlines) {
    note(w, D.noSheet);
    signatures(w, input.body);
    w.finish(null, true);
    return;
  }
  w.text(D.counts, { bold: true }, { align: { horizontal: "left" } });
  w.done();
  const counts = s.deadlines.counts;
  (Object.keys(D.statuses) as (keyof typeof D.statuses)[]).forEach((k, i) =>
    w.data([i + 1, D.statuses[k], null, null, null, null, counts[k]], {
      marked: k === "overdue" && counts[k] > 0,
      merge: [2, 6],
    }),
  );
  w.blank();
  w.text(D.owed, { bold: true }, { align: { horizontal: "left" } });
  w.done();
  const titleRow = w.head([W.seq, ...D.head]);
  s.deadlines.owed.forEach((o, i) =>
    w.data(
      [
        i + 1,
        o.unit ? o.unit.name || o.unit.code : D.office,
        o.milestone.code,
        o.milestone.content,
        formatDate(o.due),
        D.statuses[o.status],
        o.status === "overdue" ? o.daysLate : null,
      ],
      { marked: o.status === "overdue" },
    ),
  );
  if (s.deadlines.owed.length === 0) w.data([null, D.none], { merge: [2, columns.length] });
  signatures(w, input.body);
  w.finish(titleRow, true);
}

/** 1234500 → "1.234.500", as Vietnamese documents write money. */
export function dong(n: number): string {
  return groupDigits(n);
}

function money(host: SheetHost, input: SummaryBookInput, name: string): void {
  const s = input.summary;
  const m = s.money;
  const M = W.money;
  const columns: Column[] = [
    { width: 5, align: "center" },
    { width: 42 },
    { width: 10, numFmt: INT },
    { width: 17, numFmt: INT },
    { width: 17, numFmt: INT },
  ];
  const w = open(host, name, columns, false);
  heading(w, input, W.titles.money(s.year));
  const titleRow = w.head([W.seq, ...M.head]);
  w.group(M.byAward);
  m.byAward.forEach((a, i) =>
    w.data([i + 1, a.name, a.count, a.payer === "here" ? a.amount : null, a.payer === "above" ? a.amount : null]),
  );
  w.data([null, M.total, m.total.here.count + m.total.above.count, m.total.here.amount, m.total.above.amount], {
    bold: true,
  });
  w.group(M.byUnit);
  m.byUnit.forEach((u, i) => w.data([i + 1, u.unitName || u.unit, u.count, u.here || null, u.above || null]));
  w.blank();
  note(w, M.budget(dong(m.total.here.amount)));
  const salaries = m.baseSalaries.map((b) => `${dong(b.amount)} đồng${b.basis ? `, ${b.basis}` : ""}`).join("; ");
  if (salaries) note(w, M.basis(salaries));
  if (m.unconfirmed.length) note(w, M.unconfirmed(m.unconfirmed.join(", ")));
  const notPaid = m.lines.filter((l) => l.status !== "paid").length;
  if (notPaid) note(w, M.notPaid(notPaid));
  signatures(w, input.body);
  w.finish(titleRow, false);
}

function checks(host: SheetHost, input: SummaryBookInput, name: string): void {
  const C = W.checks;
  const columns: Column[] = [
    { width: 5, align: "center" },
    { width: 10 },
    { width: 20 },
    { width: 7, align: "center" },
    { width: 80 },
  ];
  const w = open(host, name, columns, true);
  heading(w, input, W.titles.checks(input.summary.year));
  const titleRow = w.head([W.seq, ...C.head]);
  input.checks.forEach((c, i) =>
    w.data([i + 1, C.severities[c.severity], c.sheet ?? "", c.cell ?? "", c.message], {
      marked: c.severity === "error",
    }),
  );
  if (input.checks.length === 0) w.data([null, C.none], { merge: [2, columns.length] });
  signatures(w, input.body);
  w.finish(titleRow, true);
}

const WRITERS: Record<SummarySheetKey, (host: SheetHost, input: SummaryBookInput, name: string) => void> = {
  overview,
  list,
  quotas,
  targets,
  deadlines,
  money,
  checks,
};

/** Names of the sheets as written, in order ("TH Tổng hợp"… with the pane's prefix). */
export function summarySheetNames(prefix = ""): string[] {
  return Object.values(SUMMARY_SHEETS).map((n) => `${prefix}${n}`);
}

/** Writes every sheet into `host`, top to bottom, each committed when done. */
export function fillSummaryBook(host: SheetHost, input: SummaryBookInput): void {
  for (const key of Object.keys(SUMMARY_SHEETS) as SummarySheetKey[]) {
    WRITERS[key](host, input, `${input.prefix ?? ""}${SUMMARY_SHEETS[key]}`);
  }
}

/** The workbook's timestamps: the reference day, so two runs give the same bytes. */
export function fixedTime(today: DateOnly): Date {
  return new Date(Date.UTC(today.year, today.month - 1, today.day));
}
