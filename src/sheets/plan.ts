/**
 * How a contract sheet looks when the add-in or the command line makes it: headers, column widths,
 * number formats, drop-down lists, an input message on each header, the frozen header and what
 * protection locks.
 * Pure data, decided once here and drawn by each adapter: exceljs (files/writeBookXlsx.ts), Office.js
 * (excel/setupBook.ts), and the templates for units.
 */
import { makeContext } from "../domain/context";
import type { Book, CellValue, DateOnly } from "../domain/model";
import { t, type Lang } from "../i18n";
import { EVERY_UNIT, PLAN_ITEMS, SHEETS, type ColumnSpec, type SheetKey, type SheetSpec } from "./contract";
import { defaultLayoutRows } from "./certificateLayout";
import { columnLetter, type SheetLayout } from "./parse";
import { writeCell } from "./write";

/** The very hidden sheet holding the lists too long or too comma-ful for an inline drop-down. */
export const LISTS_SHEET = "_tdkt_lists";
/** Rows below the header that get drop-downs, formats and input messages. */
export const DATA_ROWS = 5000;
export const DATE_FORMAT = "dd/mm/yyyy";
export const INTEGER_FORMAT = "0";
/** Width of a column the contract does not know, in characters. */
const EXTRA_WIDTH = 14;
const YES_NO = ["Có", "Không"];

/** Code columns whose drop-down is another sheet's code column. */
const REFERENCES: Record<string, { sheet: SheetKey; column: string }> = {
  "targets.unit": { sheet: "units", column: "code" },
  "nominations.unit": { sheet: "units", column: "code" },
  "history.unit": { sheet: "units", column: "code" },
  "submissions.unit": { sheet: "units", column: "code" },
  "blocks.head": { sheet: "units", column: "code" },
  "blocks.deputy": { sheet: "units", column: "code" },
  "movements.standingUnit": { sheet: "units", column: "code" },
  "units.block": { sheet: "blocks", column: "code" },
  "targets.movement": { sheet: "movements", column: "code" },
  "nominations.movement": { sheet: "movements", column: "code" },
  "submissions.milestone": { sheet: "milestones", column: "code" },
  "scores.unit": { sheet: "units", column: "code" },
  "scores.criterion": { sheet: "criteria", column: "code" },
  "criteria.parent": { sheet: "criteria", column: "code" },
};
/** Columns whose drop-down is the award names (the book's catalogue over the ruleset's defaults). */
const AWARD_COLUMNS = new Set(["nominations.award", "history.award"]);
/** Sheets whose contents choose the lists: the plan and catalogue the awards, the others the codes. */
export const LIST_SOURCES: readonly SheetKey[] = [
  "plan",
  "catalogue",
  "units",
  "blocks",
  "movements",
  "milestones",
  "criteria",
];

/** A title and a message, as Excel shows them in an input message or a drop-down's warning. */
export interface Note {
  title: string;
  message: string;
}

/**
 * Where a drop-down takes its items: inline ("Có,Không": no commas inside, at most 255 characters),
 * or a range, on another sheet or on the lists sheet ("'Đơn vị'!$A$2:$A$5001").
 */
export type ListSource = { kind: "inline"; text: string } | { kind: "range"; reference: string };

export interface CellRules {
  numberFormat: string | null;
  list: ListSource | null;
}

/** A column; its rules apply to the data rows (2 to DATA_ROWS + 1). */
export interface ColumnPlan extends CellRules {
  /** Contract column key; null for a column the contract does not know. */
  key: string | null;
  header: string;
  /** In characters of the default font, Excel's own unit (see columnWidthPoints for Office.js). */
  width: number;
}

/** One cell's rules (0-based), for the key | value plan sheet. */
export interface CellPlan extends CellRules {
  row: number;
  col: number;
}

/**
 * The input message Excel shows when the clerk selects a header (0-based cell): what the column
 * takes. On the header rather than on every data cell, so that typing rows is not interrupted.
 */
export interface PromptPlan extends Note {
  row: number;
  col: number;
}

/** 0-based, inclusive. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetPlan {
  key: SheetKey;
  name: string;
  /** What a new sheet holds: the header row, and for the plan sheet its items' names. */
  values: CellValue[][];
  columns: ColumnPlan[];
  cells: CellPlan[];
  prompts: PromptPlan[];
  frozenRows: number;
  dataRows: number;
  /** The cells the clerk fills in: unlocked, so protecting the sheet locks the header and labels only. */
  open: Box[];
  /** Protect the sheet, allowing these (templates); null leaves it unprotected (a clerk's own book). */
  protect: Allowances | null;
  /** The drop-downs' warning: a warning, not a stop, since the parser also takes aliases and codes the list does not show. */
  alert: Note;
}

/** Where a code column lies in the book: its sheet's name, its 0-based column and 1-based header row. */
export type Locator = (sheet: SheetKey, column: string) => { name: string; index: number; headerRow: number } | null;

/** What the clerk may still do on a protected sheet besides filling the open cells. */
export interface Allowances {
  sort: boolean;
  autoFilter: boolean;
  formatColumns: boolean;
  insertRows: boolean;
}

/** A template's protection: the header is fixed, rows can be added, sorted, filtered and widened. */
export const TEMPLATE_PROTECTION: Allowances = { sort: true, autoFilter: true, formatColumns: true, insertRows: true };

export interface PlanOptions {
  lang: Lang;
  /** The names the award columns offer (see awardNames). */
  awards: readonly string[];
  locate: Locator;
  /** Protect the sheets (default: not protected). */
  protect?: Allowances | null;
  /** Headers of columns the contract does not know, kept after the contract's. */
  extraHeaders?: readonly string[];
}

/** Excel's column width is in characters of the default font (Calibri 11: 7 pixels); Office.js sets it in points. */
export function columnWidthPoints(characters: number): number {
  return characters * 7 * 0.75;
}

/** A sheet name in a reference: always quoted, so spaces and diacritics are safe; quotes doubled inside. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function columnReference(sheet: string, index: number, first: number, last: number): ListSource {
  const letter = columnLetter(index);
  return { kind: "range", reference: `${quoteSheet(sheet)}!$${letter}$${first}:$${letter}$${last}` };
}

function inline(labels: readonly string[]): ListSource | null {
  const text = labels.join(",");
  return labels.every((l) => !l.includes(",")) && text.length <= 255 ? { kind: "inline", text } : null;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.join("\n") === b.join("\n");

/** The lists sheet's columns: the award names, then every contract list that cannot be inline. */
export function listColumns(awards: readonly string[]): string[][] {
  const stored: string[][] = [[...awards]];
  const enums = [...SHEETS.flatMap((s) => s.columns), ...PLAN_ITEMS].filter((c) => c.type === "enum");
  for (const c of enums) {
    const labels = (c.options ?? []).map((o) => o.label);
    if (inline(labels) === null && !stored.some((l) => sameList(l, labels))) stored.push(labels);
  }
  return stored;
}

function listOf(labels: readonly string[], awards: readonly string[]): ListSource {
  const short = inline(labels);
  if (short) return short;
  const at = listColumns(awards).findIndex((l) => sameList(l, labels));
  return columnReference(LISTS_SHEET, at, 1, labels.length);
}

const labelsOf = (c: ColumnSpec) => (c.options ?? []).map((o) => o.label);

function rulesFor(id: string, c: ColumnSpec, options: PlanOptions): CellRules & { prompt: Note | null } {
  const { lang, awards, locate } = options;
  const say = (key: string, params?: Record<string, string>) => t(lang, `plan.prompt.${key}`, params);
  let list: ListSource | null = null;
  let hint: string | null = null;
  const ref = REFERENCES[id];
  if (AWARD_COLUMNS.has(id)) {
    list = listOf(awards, awards);
    hint = say("award");
  } else if (ref) {
    const at = locate(ref.sheet, ref.column);
    if (at) {
      list = columnReference(at.name, at.index, at.headerRow + 1, at.headerRow + DATA_ROWS);
      hint = say("code", { sheet: at.name });
    }
  } else if (id === "milestones.assignee") {
    hint = say("assignee", { every: EVERY_UNIT });
  } else if (c.type === "bool") {
    list = inline(YES_NO);
    hint = say("bool");
  } else if (c.type === "enum") {
    list = listOf(labelsOf(c), awards);
    hint = say("enum");
  } else if (c.type === "enumList") {
    hint = say("enumList", { values: labelsOf(c).join("; ") });
  } else if (c.type === "date" || c.type === "integer" || c.type === "number" || c.type === "measure") {
    hint = say(c.type);
  }
  const parts = [(c.valueRequired ?? c.required) ? say("required") : null, hint].filter((p) => p !== null);
  return {
    numberFormat: c.type === "date" ? DATE_FORMAT : c.type === "integer" ? INTEGER_FORMAT : null,
    list,
    prompt: parts.length ? { title: c.header, message: parts.join(" ") } : null,
  };
}

const NO_RULES: CellRules = { numberFormat: null, list: null };

/** The plan of one contract sheet. */
export function sheetPlan(spec: SheetSpec, options: PlanOptions): SheetPlan {
  const extras = options.extraHeaders ?? [];
  const keyValue = spec.key === "plan";
  // The plan is key | value: its items are the "columns", each item's value cell (column B) gets the
  // item's rules, and the item's name in column A its input message.
  const rules = (keyValue ? PLAN_ITEMS : spec.columns).map((c) => rulesFor(`${spec.key}.${c.key}`, c, options));
  const columns: ColumnPlan[] = [
    ...spec.columns.map((c, i) => {
      const { numberFormat, list } = keyValue ? NO_RULES : rules[i];
      return { key: c.key, header: c.header, width: c.width ?? EXTRA_WIDTH, numberFormat, list };
    }),
    ...extras.map((header) => ({ key: null, header, width: EXTRA_WIDTH, ...NO_RULES })),
  ];
  const header = columns.map((c) => c.header);
  const last = DATA_ROWS;
  const cells: CellPlan[] = keyValue
    ? rules.map(({ numberFormat, list }, i) => ({ row: i + 1, col: 1, numberFormat, list }))
    : [];
  const prompts: PromptPlan[] = rules.flatMap(({ prompt }, i) =>
    prompt ? [keyValue ? { row: i + 1, col: 0, ...prompt } : { row: 0, col: i, ...prompt }] : [],
  );
  return {
    key: spec.key,
    name: spec.name,
    values: keyValue
      ? [header, ...PLAN_ITEMS.map((i) => [i.header, null])]
      : spec.key === "certificateLayout"
        ? // Mẫu in phôi starts from the default A4 blank, for the clerk to measure and adjust.
          [header, ...defaultLayoutRows().map((r) => spec.columns.map((c) => writeCell(c, r[c.key as keyof typeof r])))]
        : [header],
    columns,
    cells,
    prompts,
    frozenRows: 1,
    dataRows: DATA_ROWS,
    open: keyValue
      ? [
          { top: 1, left: 1, bottom: last, right: 1 },
          { top: PLAN_ITEMS.length + 1, left: 0, bottom: last, right: 0 },
        ]
      : [{ top: 1, left: 0, bottom: last, right: columns.length - 1 }],
    protect: options.protect ?? null,
    alert: { title: t(options.lang, "setup.alert.title"), message: t(options.lang, "setup.alert.message") },
  };
}

/** Every cell a plan gives rules to, as boxes: each column's data rows, then the single cells. */
export function ruledAreas(plan: SheetPlan): (Box & CellRules)[] {
  return [
    ...plan.columns.map((c, i) => ({ ...c, top: 1, bottom: plan.dataRows, left: i, right: i })),
    ...plan.cells.map((c) => ({ ...c, top: c.row, bottom: c.row, left: c.col, right: c.col })),
  ];
}

/**
 * Where referenced code columns lie: in the book as the parser found it, else where the plan puts a
 * sheet being added (header in row 1, contract columns first); null for a sheet that is neither.
 */
export function bookLocator(layouts: Partial<Record<SheetKey, SheetLayout>>, planned: readonly SheetKey[]): Locator {
  return (key, column) => {
    const layout = layouts[key];
    if (layout && layout.headerRow > 0) {
      const found = layout.columns[column];
      return found ? { name: layout.name, index: found.index, headerRow: layout.headerRow } : null;
    }
    const spec = SHEETS.find((s) => s.key === key);
    if (!spec || !planned.includes(key)) return null;
    const index = spec.columns.findIndex((c) => c.key === column);
    return index < 0 ? null : { name: spec.name, index, headerRow: 1 };
  };
}

/** The award names the drop-downs offer: the book's catalogue over the ruleset in force for its plan. */
export function awardNames(book: Book, today: DateOnly): string[] {
  return makeContext(book, today).ruleset.awards.map((a) => a.name);
}
