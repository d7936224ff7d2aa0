/**
 * Plain 2-D cell arrays → the typed model, with structural findings.
 * Both adapters (Office.js and exceljs) hand us the same shape, so both read the book identically.
 */
import { finding, type Finding, type FindingParams, type Place } from "../domain/finding";
import { dayFirstParts } from "../domain/dates";
import type { Book, CellValue, DateOnly, Plan } from "../domain/model";
import { hasInvisible, looseKey } from "../domain/text";
import { PLAN_ITEMS, SHEETS, type ColumnSpec, type SheetKey, type SheetSpec } from "./contract";
import { FORM_PARTS, interned, planRows, type RowPlan } from "./formRows";
import { columnLetter, readHeader, similarColumn, type ColumnChoice, type HeaderCell } from "./headers";
import { emptyReading, type BookReading, type SheetReading } from "./reading";
import { choicesOf, isSystemSheet } from "./readingMap";
import { nameMatch, recogniseSheets } from "./recognise";
import { BUILDERS } from "./records";
import { listOrNone, memoOf, recalled } from "./rowMemo";
import {
  isEmptyCell,
  readBool,
  readDate,
  readEnum,
  readEnumList,
  matchOption,
  readInteger,
  readMeasure,
  readNumber,
  readText,
  type Read,
} from "./cells";

/** One worksheet's cells as the adapter read them. `values[0][0]` is the cell at (rowOffset+1, colOffset+1). */
export interface RawSheet {
  name: string;
  values: CellValue[][];
  /** 0-based index of the first row of `values` in the worksheet (used ranges need not start at A1). */
  rowOffset?: number;
  colOffset?: number;
  /**
   * Only the first rows (where a header may be) were read: enough to recognise the sheet, never to
   * read its data (the Excel adapter reads sheets whose names say nothing this way first).
   */
  partial?: boolean;
}

/** Where a contract sheet was found and how its columns lie, for pointing at cells and writing back. */
export interface SheetLayout {
  key: SheetKey;
  /** Name as in the workbook. */
  name: string;
  /** 1-based Excel row of the header (the lower row of a two-row header), 0 when no header row was found. */
  headerRow: number;
  /** Contract column key → 0-based worksheet column index and the header as written. */
  columns: Record<string, { index: number; header: string }>;
  /** Columns the contract does not know, kept as they are. */
  extras: { index: number; header: string }[];
  /** 1-based Excel row of the last non-empty row (the header row when there is no data). */
  lastRow: number;
}

export interface ParsedBook {
  book: Book;
  layouts: Partial<Record<SheetKey, SheetLayout>>;
  /** Structural findings: missing sheets and columns, unreadable cells. */
  findings: Finding[];
  /** How the book was read; readingFindings (reading.ts) says what the clerk should know of it. */
  reading: BookReading;
}

export { columnLetter };

/** The plan's items are matched by their exact names or aliases (loosely), as before. */
function columnMatches(spec: ColumnSpec, header: string): boolean {
  const k = looseKey(header);
  const bare = looseKey(header.replace(/\([^)]*\)/g, " ").replace(/\*/g, " "));
  return [spec.header, ...spec.aliases].some((name) => looseKey(name) === k || looseKey(name) === bare);
}

/** The workbook's sheet for a contract sheet, by its name alone (exact, alias, with a year or abbreviations). */
export function findSheet(spec: SheetSpec, sheets: readonly { name: string }[]): RawSheet | null {
  let best: { sheet: { name: string }; strength: number } | null = null;
  for (const sheet of sheets) {
    if (isSystemSheet(sheet.name)) continue;
    const m = nameMatch(spec, sheet.name);
    if (m && m !== "similar" && (!best || m.strength > best.strength)) best = { sheet, strength: m.strength };
  }
  return (best?.sheet as RawSheet | undefined) ?? null;
}

/** The header row (0-based index into values), -1 when none is found in the first 15 rows. */
export function detectHeaderRow(spec: SheetSpec, values: CellValue[][]): number {
  return readHeader(spec, values).header?.bottom ?? -1;
}

function readCell(spec: ColumnSpec, v: CellValue): Read<unknown> {
  switch (spec.type) {
    case "text":
    case "code":
      return readText(v);
    case "date":
      return readDate(v);
    case "bool":
      return readBool(v);
    case "number":
      return readNumber(v);
    case "integer":
      return readInteger(v);
    case "enum":
      return readEnum(v, spec.options ?? []);
    case "enumList":
      return readEnumList(v, spec.options ?? []);
    case "measure":
      return readMeasure(v);
  }
}

const PROBLEM_CODE = { date: "INVALID_DATE", number: "INVALID_NUMBER", value: "INVALID_VALUE" } as const;

/** Value a field takes when its cell is empty (or unreadable). */
function emptyValue(spec: ColumnSpec): unknown {
  if (spec.type === "bool") return false;
  if (spec.type === "enumList") return [];
  if (spec.required && (spec.type === "text" || spec.type === "code")) return "";
  return null;
}

function displayValue(v: CellValue): string {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  return String(v);
}

function allowedValues(spec: ColumnSpec): string {
  if (spec.type === "bool") return "Có, Không";
  if (spec.type === "measure") return "một số, Đạt, Không đạt";
  return (spec.options ?? []).map((o) => o.label).join("; ");
}

interface TableParse {
  records: Record<string, unknown>[];
  layout: SheetLayout;
  findings: Finding[];
  /** How the sheet was read (its `how` is the caller's to say: "name" unless told). */
  reading: SheetReading;
}

export interface TableOptions {
  /** The clerk's choice of column per field (src/sheets/readingMap.ts). */
  chosen?: Readonly<Record<string, ColumnChoice>>;
  /** Skip the parts of an official list (column numbers, sections, totals, signatures); not for the plan. */
  formRows?: boolean;
}

const cellOf = (index: number, row: number) => `${columnLetter(index)}${row}`;

/** Non-empty cells of a column among the given rows (which of two same-named columns the clerk fills). */
function filledIn(values: readonly CellValue[][], rows: readonly number[], at: number): number {
  let n = 0;
  for (const r of rows) if (!isEmptyCell(values[r]?.[at])) n++;
  return n;
}

/**
 * For a missing field with a list of values (Đối tượng, Xếp loại…) headed in words of its own
 * ("Cá nhân hay tập thể"): the unused column whose filled data cells are nearly all of the list.
 */
function columnByValues(
  c: ColumnSpec,
  unused: readonly HeaderCell[],
  values: readonly CellValue[][],
  rows: readonly number[],
  colOffset: number,
): HeaderCell | null {
  const options = c.options ?? [];
  if (options.length === 0) return null;
  let best: HeaderCell | null = null;
  let bestFit = 0;
  for (const cell of unused) {
    let filled = 0;
    let fit = 0;
    for (const r of rows) {
      const v = values[r]?.[cell.index - colOffset];
      if (isEmptyCell(v)) continue;
      filled++;
      if (typeof v === "string" && matchOption(options, v)) fit++;
    }
    if (fit >= 2 && fit * 5 >= filled * 4 && fit > bestFit) {
      best = cell;
      bestFit = fit;
    }
  }
  return best;
}

/** Every non-empty row from `start` on, as data. */
function everyRow(values: readonly CellValue[][], start: number): RowPlan {
  const data: number[] = [];
  for (let r = start; r < values.length; r++) if (values[r] && !values[r].every(isEmptyCell)) data.push(r);
  return { data, skipped: { columnNumbers: [], repeatedHeader: [], sections: [], totals: [], signature: [] } };
}

/** Parses a list sheet: header detection, then one record per row of data. */
export function parseTable(spec: SheetSpec, raw: RawSheet, options: TableOptions = {}): TableParse {
  const rowOffset = raw.rowOffset ?? 0;
  const colOffset = raw.colOffset ?? 0;
  const findings: Finding[] = [];
  const values = raw.values;
  const { header, beyond } = readHeader(spec, values, colOffset, options.chosen);
  const reading: SheetReading = {
    key: spec.key,
    sheet: raw.name,
    how: "name",
    headerRows: [],
    headerBeyond: beyond === null ? null : beyond + rowOffset + 1,
    dataRows: 0,
    firstDataRow: null,
    lastDataRow: null,
    columns: [],
    headers: [],
    unused: [],
    skipped: [],
    duplicates: [],
    invisible: [],
    staleColumns: [],
  };
  if (!header) {
    for (const c of spec.columns.filter((c) => c.required)) {
      findings.push(
        finding("MISSING_COLUMN", "error", placeAt(raw.name, null, { header: c.header }), {
          params: missingColumnParams(c, null, reading.headerBeyond),
        }),
      );
    }
    reading.columns = spec.columns.map((c) => ({
      field: c.key,
      name: c.header,
      required: !!c.required,
      header: null,
      cell: null,
      how: null,
    }));
    return {
      records: [],
      layout: { key: spec.key, name: raw.name, headerRow: 0, columns: {}, extras: [], lastRow: 0 },
      findings,
      reading,
    };
  }
  const headerRow = header.bottom + rowOffset + 1;
  const rowOf = (at: number) => at + rowOffset + 1;
  const matched = { ...header.columns };
  const extras = [...header.extras];

  // Which rows are data: the parts of an official list are skipped.
  const required = () =>
    spec.columns
      .filter((c) => (c.valueRequired ?? c.required) && matched[c.key])
      .map((c) => matched[c.key].index - colOffset);
  const shape = () => ({
    required: required(),
    headers: new Map(header.cells.map((c) => [c.index - colOffset, c.header.trim().toLowerCase()])),
    left: header.cells.slice(0, 2).map((c) => c.index - colOffset),
  });
  const withForm = options.formRows !== false;
  const rowsOf = () => (withForm ? planRows(values, header.bottom + 1, shape()) : everyRow(values, header.bottom + 1));
  let plan = rowsOf();

  // The same header twice: read the column the clerk fills; the other is reported.
  for (const d of header.duplicates) {
    const used = matched[d.key];
    if (filledIn(values, plan.data, d.cell.index - colOffset) > filledIn(values, plan.data, used.index - colOffset)) {
      matched[d.key] = { ...d.cell, how: used.how };
      reading.duplicates.push({
        field: d.key,
        header: d.cell.header,
        used: cellOf(d.cell.index, rowOf(d.cell.at)),
        ignored: cellOf(used.index, rowOf(used.at)),
      });
      extras.push(used);
    } else {
      reading.duplicates.push({
        field: d.key,
        header: d.cell.header,
        used: cellOf(used.index, rowOf(used.at)),
        ignored: cellOf(d.cell.index, rowOf(d.cell.at)),
      });
      extras.push(d.cell);
    }
  }
  if (header.duplicates.length > 0) plan = rowsOf();

  const columns: SheetLayout["columns"] = {};
  for (const [key, c] of Object.entries(matched)) columns[key] = { index: c.index, header: c.header };
  const unused = header.extras;
  for (const c of spec.columns) {
    if (c.required && !columns[c.key]) {
      const similar = similarColumn(c, unused) ?? columnByValues(c, unused, values, plan.data, colOffset);
      findings.push(
        finding("MISSING_COLUMN", "error", placeAt(raw.name, headerRow, { header: c.header }), {
          params: missingColumnParams(
            c,
            similar && { header: similar.header, cell: cellOf(similar.index, rowOf(similar.at)) },
            null,
          ),
        }),
      );
    }
  }
  reading.headerRows = header.bottom > header.top ? [rowOf(header.top), headerRow] : [headerRow];
  reading.headers = header.cells.map((c) => ({
    header: c.header,
    cell: cellOf(c.index, rowOf(c.at)),
    column: columnLetter(c.index),
  }));
  reading.unused = unused.map((c) => ({
    header: c.header,
    cell: cellOf(c.index, rowOf(c.at)),
    column: columnLetter(c.index),
  }));
  reading.staleColumns = header.staleChoices;
  reading.columns = spec.columns.map((c) => {
    const m = matched[c.key];
    return {
      field: c.key,
      name: c.header,
      required: !!c.required,
      header: m ? m.header : null,
      cell: m ? cellOf(m.index, rowOf(m.at)) : null,
      how: m ? m.how : null,
    };
  });
  for (const part of FORM_PARTS) {
    const rows = plan.skipped[part];
    if (rows.length) reading.skipped.push({ part, rows: rows.map(rowOf) });
  }
  for (const c of header.cells) if (hasInvisible(c.header)) reading.invisible.push(cellOf(c.index, rowOf(c.at)));

  const present = spec.columns
    .map((c, position) => ({ spec: c, position, ...columns[c.key] }))
    .filter((c) => c.index !== undefined);
  const textual = present.filter((c) => c.spec.type === "text" || c.spec.type === "code");
  const empty = spec.columns.map(emptyValue);
  const build = BUILDERS[spec.key];
  const records: Record<string, unknown>[] = [];
  let lastRow = headerRow;
  for (let r = values.length - 1; r > header.bottom; r--) {
    if (values[r] && !values[r].every(isEmptyCell)) {
      lastRow = rowOf(r);
      break;
    }
  }
  // What a row's parse depends on besides its cells and its number: the sheet and where its columns are.
  const context = interned(
    JSON.stringify([
      spec.key,
      raw.name,
      colOffset,
      present.map((c) => [c.position, c.index, c.header]),
      extras.map((e) => [e.index, e.header]),
    ]),
  );
  for (const r of plan.data) {
    const cells = values[r];
    const row = rowOf(r);
    // Rows parsed before, by the very array of their cells (rowMemo.ts): taken only with the same
    // number, sheet and columns.
    const known = recalled(cells);
    if (known && known.context === context && known.row === row && known.record) {
      for (const f of known.findings) findings.push(f);
      for (const cell of known.invisible) reading.invisible.push(cell);
      records.push(known.record);
      continue;
    }
    const found = findings.length;
    const seen = reading.invisible.length;
    const v = empty.slice();
    for (const { spec: c, position, index, header } of present) {
      const cell = cells[index - colOffset] ?? null;
      const read = readCell(c, cell);
      if (!read.ok) {
        findings.push(unreadable(read.problem, placeAt(raw.name, row, { header, index }), c, cell));
        continue;
      }
      if (c.type === "date" && typeof cell === "string") {
        const note = centuryNote(placeAt(raw.name, row, { header, index }), cell, read.value);
        if (note) findings.push(note);
      }
      if (read.value === null) {
        if (c.valueRequired ?? c.required) {
          findings.push(
            finding("REQUIRED_MISSING", "error", placeAt(raw.name, row, { header, index }), { params: {} }),
          );
        }
        continue;
      }
      v[position] = read.value;
    }
    for (const { index } of textual) {
      const cell = cells[index - colOffset];
      if (typeof cell === "string" && hasInvisible(cell)) reading.invisible.push(cellOf(index, row));
    }
    // A fresh list for each record: the empty default must not be shared.
    for (let i = 0; i < v.length; i++) if (Array.isArray(v[i]) && v[i] === empty[i]) v[i] = [];
    const extra: Record<string, CellValue> = {};
    for (const e of extras) extra[e.header] = cells[e.index - colOffset] ?? null;
    const record = build(row, v, extra) as Record<string, unknown>;
    records.push(record);
    const memo = memoOf(cells);
    memo.row = row;
    memo.context = context;
    memo.record = record;
    // Most rows have neither: they share one empty list instead of keeping two each.
    memo.findings = listOrNone(findings, found);
    memo.invisible = listOrNone(reading.invisible, seen);
  }
  reading.dataRows = plan.data.length;
  reading.firstDataRow = plan.data.length ? rowOf(plan.data[0]) : null;
  reading.lastDataRow = plan.data.length ? rowOf(plan.data[plan.data.length - 1]) : null;
  const layoutExtras = extras.map((e) => ({ index: e.index, header: e.header })).sort((a, b) => a.index - b.index);
  return {
    records,
    layout: { key: spec.key, name: raw.name, headerRow, columns, extras: layoutExtras, lastRow },
    findings,
    reading,
  };
}

/** INVALID_DATE, INVALID_NUMBER or INVALID_VALUE for a cell the column cannot read. */
function unreadable(
  problem: keyof typeof PROBLEM_CODE,
  place: Place,
  spec: ColumnSpec,
  cell: CellValue,
  item?: string,
) {
  const value = displayValue(cell);
  const about = item === undefined ? {} : { item };
  return problem === "value"
    ? finding("INVALID_VALUE", "error", place, { params: { value, allowed: allowedValues(spec), ...about } })
    : finding(PROBLEM_CODE[problem], "error", place, { params: { value, ...about } });
}

const isDateOnly = (v: unknown): v is DateOnly =>
  typeof v === "object" && v !== null && "year" in v && "month" in v && "day" in v;

/**
 * TWO_DIGIT_YEAR: a date typed with a two-digit year was read (dayFirstParts says which century), and
 * the clerk is told which year was taken; never silent.
 */
function centuryNote(place: Place, cell: string, value: unknown, item?: string): Finding | null {
  if (!isDateOnly(value) || !dayFirstParts(cell)?.twoDigitYear) return null;
  return finding("TWO_DIGIT_YEAR", "info", place, {
    params: { value: cell.trim(), date: value, ...(item === undefined ? {} : { item }) },
  });
}

function missingColumnParams(
  c: ColumnSpec,
  similar: { header: string; cell: string } | null,
  headerRowBeyond: number | null,
): FindingParams["MISSING_COLUMN"] {
  return {
    header: c.header,
    aliases: c.aliases.length ? c.aliases.join(", ") : "—",
    ...(similar ? { similar } : {}),
    ...(headerRowBeyond !== null ? { headerRowBeyond } : {}),
  };
}

/** The plan sheet is key | value rows ("Mục", "Giá trị"). */
export function parsePlan(
  spec: SheetSpec,
  raw: RawSheet,
  chosen: Readonly<Record<string, ColumnChoice>> = {},
): { plan: Plan; layout: SheetLayout; findings: Finding[]; reading: SheetReading } {
  const table = parseTable(spec, raw, { chosen, formRows: false });
  const plan: Plan = {
    year: null,
    issuer: null,
    level: null,
    number: null,
    issuedOn: null,
    standingAgency: null,
    rows: {},
    extraItems: [],
  };
  const findings = table.findings;
  const valueColumn = table.layout.columns.value ?? { header: spec.columns[1].header };
  const valueHeader = valueColumn.header;
  let yearUnreadable = false;
  for (const rec of table.records) {
    const row = rec.row as number;
    const key = typeof rec.item === "string" ? rec.item : "";
    const cellIndex = table.layout.columns.value?.index;
    const rawCells = raw.values[row - 1 - (raw.rowOffset ?? 0)] ?? [];
    const cell: CellValue = cellIndex === undefined ? null : (rawCells[cellIndex - (raw.colOffset ?? 0)] ?? null);
    const item = PLAN_ITEMS.find((c) => columnMatches(c, key));
    if (!item) {
      plan.extraItems.push({ key, value: cell, row });
      continue;
    }
    const read = readCell(item, cell);
    if (!read.ok) {
      findings.push(unreadable(read.problem, placeAt(raw.name, row, valueColumn), item, cell, item.header));
      if (item === PLAN_ITEMS[0]) yearUnreadable = true;
      continue;
    }
    if (item.type === "date" && typeof cell === "string") {
      const note = centuryNote(placeAt(raw.name, row, valueColumn), cell, read.value, item.header);
      if (note) findings.push(note);
    }
    plan.rows[item.key as keyof Plan["rows"]] = row;
    (plan as unknown as Record<string, unknown>)[item.key] = read.value;
  }
  // The value cells were read above: drop REQUIRED_MISSING on Giá trị for items the plan leaves blank.
  const kept = findings.filter((f) => !(f.code === "REQUIRED_MISSING" && f.column === valueHeader));
  if (table.layout.headerRow > 0 && plan.year === null && !yearUnreadable) {
    const yearItem = PLAN_ITEMS[0];
    kept.push(
      finding("REQUIRED_MISSING", "error", placeAt(raw.name, plan.rows.year ?? null, valueColumn), {
        params: { item: yearItem.header },
      }),
    );
  }
  return { plan, layout: table.layout, findings: kept, reading: table.reading };
}

/**
 * Reads every contract sheet of the book: each found by the clerk's choice, its name or its headers
 * (recognise.ts), read with the clerk's choices of columns (readingMap.ts). A missing units sheet is
 * an error; other missing sheets are reported by the checks that need them. What was read, and what
 * was not, is `reading`.
 */
export function parseBook(sheets: readonly RawSheet[]): ParsedBook {
  const findings: Finding[] = [];
  const layouts: ParsedBook["layouts"] = {};
  const book: Book = {
    plan: null,
    units: [],
    blocks: null,
    movements: null,
    targets: null,
    nominations: null,
    history: null,
    catalogue: null,
    milestones: null,
    submissions: null,
    mergers: null,
    criteria: null,
    scores: null,
    bands: null,
  };
  const choices = choicesOf(sheets);
  const recognition = recogniseSheets(sheets, choices);
  const reading = emptyReading(choices);
  reading.notRead = recognition.notRead;
  reading.staleSheets = recognition.staleSheets;
  reading.others = recognition.others;
  for (const spec of SHEETS) {
    const pick = recognition.picks[spec.key];
    if (!pick) {
      reading.absent.push(spec.key);
      if (spec.required) {
        const similar = recognition.notRead.find((n) => n.like === spec.key)?.sheet;
        findings.push(
          finding("MISSING_SHEET", "error", placeAt(spec.name, null, null), {
            params: { sheet: spec.name, aliases: spec.aliases.join(", "), ...(similar ? { similar } : {}) },
          }),
        );
      }
      continue;
    }
    const chosen = choices.columns[spec.key] ?? {};
    if (spec.key === "plan") {
      const p = parsePlan(spec, pick.raw, chosen);
      book.plan = p.plan;
      layouts.plan = p.layout;
      findings.push(...p.findings);
      reading.sheets.push({ ...p.reading, how: pick.how });
      continue;
    }
    const t = parseTable(spec, pick.raw, { chosen });
    layouts[spec.key] = t.layout;
    findings.push(...t.findings);
    reading.sheets.push({ ...t.reading, how: pick.how });
    assign(book, spec.key, t.records);
  }
  return { book, layouts, findings, reading };
}

// Sheet keys are the Book's field names; each builder in records.ts makes that field's record type.
function assign(book: Book, key: Exclude<SheetKey, "plan">, records: Record<string, unknown>[]): void {
  (book as unknown as Record<string, unknown>)[key] = records;
}

/**
 * A place on a sheet, as the parser knows it: the header as written with its 0-based worksheet index
 * (no index: the column is absent, so there is no cell). Row 0 or null is no row.
 */
export function placeAt(sheet: string, row: number | null, column: { header: string; index?: number } | null): Place {
  const r = row && row > 0 ? row : null;
  const index = column?.index;
  return {
    sheet,
    row: r,
    column: column?.header ?? null,
    cell: r !== null && index !== undefined ? `${columnLetter(index)}${r}` : null,
  };
}
