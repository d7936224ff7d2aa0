/**
 * Plain 2-D cell arrays → the typed model, with structural findings.
 * Both adapters (Office.js and exceljs) hand us the same shape, so both read the book identically.
 */
import { finding, type Finding, type FindingParams, type Place } from "../domain/finding";
import type { Book, CellValue, Plan } from "../domain/model";
import { looseKey } from "../domain/text";
import { PLAN_ITEMS, SHEETS, type ColumnSpec, type SheetKey, type SheetSpec } from "./contract";
import { BUILDERS } from "./records";
import { columnLetter, findSheet } from "./sheetNames";

export { columnLetter, findSheet };
import {
  isEmptyCell,
  readBool,
  readDate,
  readEnum,
  readEnumList,
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
}

/** Where a contract sheet was found and how its columns lie, for pointing at cells and writing back. */
export interface SheetLayout {
  key: SheetKey;
  /** Name as in the workbook. */
  name: string;
  /** 1-based Excel row of the header, 0 when no header row was found. */
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
}

const HEADER_SCAN_ROWS = 15;

function headerKeys(text: string): string[] {
  const k = looseKey(text);
  // "Mã đơn vị (*)", "Hạn (dd/mm/yyyy)": also try without the parenthesised part and stars.
  const bare = looseKey(text.replace(/\([^)]*\)/g, " ").replace(/\*/g, " "));
  return bare && bare !== k ? [k, bare] : [k];
}

function columnMatches(spec: ColumnSpec, header: string): boolean {
  const keys = headerKeys(header);
  return [spec.header, ...spec.aliases].some((name) => keys.includes(looseKey(name)));
}

/** Maps the header row's cells to contract columns. A header matches the first column it fits. */
function mapHeader(spec: SheetSpec, row: CellValue[], colOffset: number) {
  const columns: SheetLayout["columns"] = {};
  const extras: SheetLayout["extras"] = [];
  row.forEach((cell, i) => {
    if (isEmptyCell(cell)) return;
    const header = String(cell).trim();
    // Exact name before alias: "Tên đơn vị" must not be taken by an alias "Tên" of another column.
    const exact = spec.columns.find((c) => !columns[c.key] && headerKeys(header).includes(looseKey(c.header)));
    const match = exact ?? spec.columns.find((c) => !columns[c.key] && columnMatches(c, header));
    if (match) columns[match.key] = { index: i + colOffset, header };
    else extras.push({ index: i + colOffset, header });
  });
  return { columns, extras };
}

/** The header row is the first of the first 15 rows holding at least half of the required headers. */
export function detectHeaderRow(spec: SheetSpec, values: CellValue[][]): number {
  const required = spec.columns.filter((c) => c.required);
  const need = Math.max(1, Math.ceil(required.length / 2));
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, values.length); r++) {
    const row = values[r] ?? [];
    const found = required.filter((c) => row.some((cell) => !isEmptyCell(cell) && columnMatches(c, String(cell))));
    if (found.length >= need) return r;
  }
  return -1;
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
}

/** Parses a list sheet: header detection, then one record per non-empty row. */
export function parseTable(spec: SheetSpec, raw: RawSheet): TableParse {
  const rowOffset = raw.rowOffset ?? 0;
  const colOffset = raw.colOffset ?? 0;
  const findings: Finding[] = [];
  const values = raw.values;
  const h = detectHeaderRow(spec, values);
  if (h < 0) {
    for (const c of spec.columns.filter((c) => c.required)) {
      findings.push(
        finding("MISSING_COLUMN", "error", placeAt(raw.name, null, { header: c.header }), {
          params: missingColumnParams(c),
        }),
      );
    }
    return {
      records: [],
      layout: { key: spec.key, name: raw.name, headerRow: 0, columns: {}, extras: [], lastRow: 0 },
      findings,
    };
  }
  const { columns, extras } = mapHeader(spec, values[h] ?? [], colOffset);
  const headerRow = h + rowOffset + 1;
  for (const c of spec.columns) {
    if (c.required && !columns[c.key]) {
      findings.push(
        finding("MISSING_COLUMN", "error", placeAt(raw.name, headerRow, { header: c.header }), {
          params: missingColumnParams(c),
        }),
      );
    }
  }
  const present = spec.columns
    .map((c, position) => ({ spec: c, position, ...columns[c.key] }))
    .filter((c) => c.index !== undefined);
  const empty = spec.columns.map(emptyValue);
  const build = BUILDERS[spec.key];
  const records: Record<string, unknown>[] = [];
  let lastRow = headerRow;
  for (let r = h + 1; r < values.length; r++) {
    const cells = values[r];
    if (!cells || cells.every(isEmptyCell)) continue;
    const row = r + rowOffset + 1;
    lastRow = row;
    const v = empty.slice();
    for (const { spec: c, position, index, header } of present) {
      const cell = cells[index - colOffset] ?? null;
      const read = readCell(c, cell);
      if (!read.ok) {
        findings.push(unreadable(read.problem, placeAt(raw.name, row, { header, index }), c, cell));
        continue;
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
    // A fresh list for each record: the empty default must not be shared.
    for (let i = 0; i < v.length; i++) if (Array.isArray(v[i]) && v[i] === empty[i]) v[i] = [];
    const extra: Record<string, CellValue> = {};
    for (const e of extras) extra[e.header] = cells[e.index - colOffset] ?? null;
    records.push(build(row, v, extra) as Record<string, unknown>);
  }
  return { records, layout: { key: spec.key, name: raw.name, headerRow, columns, extras, lastRow }, findings };
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

function missingColumnParams(c: ColumnSpec): FindingParams["MISSING_COLUMN"] {
  return { header: c.header, aliases: c.aliases.length ? c.aliases.join(", ") : "—" };
}

/** The plan sheet is key | value rows ("Mục", "Giá trị"). */
export function parsePlan(spec: SheetSpec, raw: RawSheet): { plan: Plan; layout: SheetLayout; findings: Finding[] } {
  const table = parseTable(spec, raw);
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
  return { plan, layout: table.layout, findings: kept };
}

/**
 * Reads every contract sheet present among `sheets`. A missing units sheet is an error;
 * other missing sheets are reported by the checks that need them.
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
  for (const spec of SHEETS) {
    const raw = findSheet(spec, sheets);
    if (!raw) {
      if (spec.required) {
        findings.push(
          finding("MISSING_SHEET", "error", placeAt(spec.name, null, null), {
            params: { sheet: spec.name, aliases: spec.aliases.join(", ") },
          }),
        );
      }
      continue;
    }
    if (spec.key === "plan") {
      const p = parsePlan(spec, raw);
      book.plan = p.plan;
      layouts.plan = p.layout;
      findings.push(...p.findings);
      continue;
    }
    const t = parseTable(spec, raw);
    layouts[spec.key] = t.layout;
    findings.push(...t.findings);
    assign(book, spec.key, t.records);
  }
  return { book, layouts, findings };
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
