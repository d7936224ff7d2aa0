/**
 * Sets up a book for the clerk: adds the contract sheets it lacks, each with its header row, an Excel
 * table over it, drop-down lists, a frozen header, column widths and date formats. Sheets already in
 * the book (found loosely, as the parser finds them) are never touched.
 *
 * 4 syncs: sheet and table names; the sheets the lists come from (plan, catalogue, units, blocks,
 * movements, milestones); the writes (events and screen updating off); events back on.
 * 1 sync when nothing is missing.
 */
import { t } from "../i18n";
import { makeContext } from "../domain/context";
import { fromJsDate } from "../domain/dates";
import type { DateOnly } from "../domain/model";
import { PLAN_ITEMS, SHEETS, type ColumnSpec, type SheetKey, type SheetSpec } from "../sheets/contract";
import { columnLetter, findSheet, parseBook, type RawSheet, type SheetLayout } from "../sheets/parse";
import { emptySheet } from "../sheets/write";
import { quoteSheet } from "./address";
import type { ExcelRun } from "./host";
import { counted, quietly } from "./sync";

/** Where long lists live (Excel's inline list source has no commas and at most 255 characters). */
export const LISTS_SHEET = "_tdkt_lists";
/** Rows below the header that get drop-downs and date formats. */
export const SETUP_ROWS = 5000;
/** Excel column width is in points; a character of the default font is about 7. */
const POINTS_PER_CHAR = 7;
const DATE_FORMAT = "dd/mm/yyyy";
const YES_NO = ["Có", "Không"];

// The drop-down's warning, in the clerk's language. A warning (not a stop): the parser also accepts
// aliases and codes ("HTXSNV", "LDTT") that the list does not show.
const alert = (lang: "vi" | "en") => ({ title: t(lang, "setup.alert.title"), message: t(lang, "setup.alert.message") });

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
};
/** Columns whose drop-down is the award names (the book's catalogue over the ruleset's defaults). */
const AWARD_COLUMNS = new Set(["nominations.award", "history.award"]);
/** Sheets read before writing: the plan and catalogue choose the awards; the others are referenced. */
const SOURCES: SheetKey[] = ["plan", "catalogue", "units", "blocks", "movements", "milestones"];

function inline(labels: readonly string[]): string | null {
  const text = labels.join(",");
  return labels.every((l) => !l.includes(",")) && text.length <= 255 ? text : null;
}

/** The lists too long or too comma-ful for an inline source, one column each of the lists sheet. */
function planLists(awards: string[]) {
  const stored: string[][] = [awards];
  const enums = [...SHEETS.flatMap((s) => s.columns), ...PLAN_ITEMS].filter((c) => c.type === "enum");
  for (const c of enums) {
    const labels = (c.options ?? []).map((o) => o.label);
    if (inline(labels) === null && !stored.some((l) => l.join("\n") === labels.join("\n"))) stored.push(labels);
  }
  const source = (labels: string[]): string => {
    const text = inline(labels);
    if (text !== null) return text;
    const at = stored.findIndex((l) => l.join("\n") === labels.join("\n"));
    const letter = columnLetter(at);
    return `=${quoteSheet(LISTS_SHEET)}!$${letter}$1:$${letter}$${labels.length}`;
  };
  return { stored, source };
}

export interface SetupOptions {
  /** The reference day for the ruleset when the book has no plan (default: today). */
  today?: DateOnly;
}

export async function setupBook(
  run: ExcelRun,
  lang: "vi" | "en",
  options: SetupOptions = {},
): Promise<{ added: string[]; syncs: number }> {
  const today = options.today ?? fromJsDate(new Date());
  if (!today) throw new Error("no reference day");
  return run(async (context) => {
    const counter = counted(context);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const tables = context.workbook.tables;
    tables.load("items/name");
    context.runtime.load("enableEvents");
    await counter.sync();

    // findSheet compares names only.
    const present: RawSheet[] = worksheets.items.map((w) => ({ name: w.name, values: [] }));
    const missing = SHEETS.filter((spec) => !findSheet(spec, present));
    if (missing.length === 0) return { added: [], syncs: counter.syncs };

    const sources = SOURCES.map((key) => findSheet(SHEETS.find((s) => s.key === key) as SheetSpec, present))
      .filter((s): s is RawSheet => s !== null)
      .map(({ name }) => ({
        name,
        range: worksheets.getItem(name).getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex"),
      }));
    await counter.sync();

    const raws: RawSheet[] = sources.map(({ name, range }) =>
      range.isNullObject
        ? { name, values: [] }
        : { name, values: range.values, rowOffset: range.rowIndex, colOffset: range.columnIndex },
    );
    const parsed = parseBook(raws);
    const awards = makeContext(parsed.book, today).ruleset.awards.map((a) => a.name);
    const lists = planLists(awards);
    const tableNames = new Set(tables.items.map((t) => t.name.toLocaleLowerCase()));
    const hasLists = present.some((s) => s.name.toLocaleLowerCase() === LISTS_SHEET.toLocaleLowerCase());

    /** Where a referenced code column lies: in the book as it is, or in a sheet being added. */
    const codeColumn = (key: SheetKey, column: string): string | null => {
      const layout: SheetLayout | undefined = parsed.layouts[key];
      const spec = SHEETS.find((s) => s.key === key) as SheetSpec;
      let name: string;
      let index: number;
      let headerRow: number;
      if (layout && layout.headerRow > 0) {
        const col = layout.columns[column];
        if (!col) return null;
        ({ name, headerRow } = layout);
        index = col.index;
      } else if (missing.includes(spec)) {
        name = spec.name;
        index = spec.columns.findIndex((c) => c.key === column);
        headerRow = 1;
      } else return null;
      const letter = columnLetter(index);
      return `=${quoteSheet(name)}!$${letter}$${headerRow + 1}:$${letter}$${headerRow + SETUP_ROWS}`;
    };

    const listFor = (spec: SheetSpec, c: ColumnSpec): string | null => {
      const id = `${spec.key}.${c.key}`;
      if (AWARD_COLUMNS.has(id)) return lists.source(awards);
      const ref = REFERENCES[id];
      if (ref) return codeColumn(ref.sheet, ref.column);
      if (c.type === "bool") return inline(YES_NO);
      if (c.type === "enum") return lists.source((c.options ?? []).map((o) => o.label));
      return null;
    };

    await quietly(context, counter, context.runtime.enableEvents, () => {
      const listsSheet = hasLists ? worksheets.getItem(LISTS_SHEET) : worksheets.add(LISTS_SHEET);
      if (hasLists) listsSheet.getRange("A:Z").clear("Contents");
      else listsSheet.visibility = "VeryHidden";
      lists.stored.forEach((labels, i) => {
        const letter = columnLetter(i);
        listsSheet.getRange(`${letter}1:${letter}${labels.length}`).values = labels.map((l) => [l]);
      });

      // All sheets first: a drop-down may refer to a sheet added after its own (Đơn vị → Khối thi đua).
      const added = missing.map((spec) => {
        const out = emptySheet(spec);
        const sheet = worksheets.add(spec.name);
        const block = `A1:${columnLetter(out.values[0].length - 1)}${out.values.length}`;
        sheet.getRange(block).values = out.values.map((row) =>
          row.map((v) => (v === null || v instanceof Date ? "" : v)),
        );
        const table = sheet.tables.add(block, true);
        let tableName = `tdkt_${spec.key}`;
        for (let n = 2; tableNames.has(tableName.toLocaleLowerCase()); n++) tableName = `tdkt_${spec.key}${n}`;
        tableNames.add(tableName.toLocaleLowerCase());
        table.name = tableName;
        sheet.freezePanes.freezeRows(1);
        out.widths.forEach((w, i) => {
          const letter = columnLetter(i);
          sheet.getRange(`${letter}:${letter}`).format.columnWidth = w * POINTS_PER_CHAR;
        });
        return { spec, sheet };
      });

      for (const { spec, sheet } of added) {
        const validate = (address: string, source: string) => {
          const range = sheet.getRange(address);
          range.dataValidation.rule = { list: { inCellDropDown: true, source } };
          range.dataValidation.errorAlert = { showAlert: true, style: "Warning", ...alert(lang) };
        };
        if (spec.key === "plan") {
          // Key | value rows: the value cell of an item gets the item's list or date format.
          PLAN_ITEMS.forEach((item, i) => {
            const address = `B${i + 2}`;
            if (item.type === "enum") validate(address, lists.source((item.options ?? []).map((o) => o.label)));
            if (item.type === "date") sheet.getRange(address).numberFormat = [[DATE_FORMAT]];
          });
          continue;
        }
        spec.columns.forEach((c, i) => {
          const letter = columnLetter(i);
          const body = `${letter}2:${letter}${SETUP_ROWS + 1}`;
          const source = listFor(spec, c);
          if (source !== null) validate(body, source);
          if (c.type === "date")
            sheet.getRange(body).numberFormat = Array.from({ length: SETUP_ROWS }, () => [DATE_FORMAT]);
        });
      }
    });
    return { added: missing.map((s) => s.name), syncs: counter.syncs };
  });
}
