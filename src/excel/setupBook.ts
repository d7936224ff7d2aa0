/**
 * Sets up a book for the clerk: adds the contract sheets it lacks, each drawn from its sheet plan
 * (src/sheets/plan.ts): the header row with an Excel table over it, drop-down lists, input messages,
 * a frozen header, column widths, number formats, and the header locked against a later protection.
 * Sheets already in the book (found loosely, as the parser finds them) are never touched.
 *
 * 4 syncs: sheet and table names; the sheets the lists come from (plan, catalogue, units, blocks, criteria,
 * movements, milestones); the writes (events and screen updating off); events back on.
 * 1 sync when nothing is missing.
 */
import { localToday } from "../domain/today";
import type { DateOnly } from "../domain/model";
import type { Lang } from "../i18n";
import { SHEETS } from "../sheets/contract";
import { columnLetter, findSheet, parseBook } from "../sheets/parse";
import {
  awardNames,
  bookLocator,
  columnWidthPoints,
  DATA_ROWS,
  listColumns,
  LIST_SOURCES,
  LISTS_SHEET,
  ruledAreas,
  sheetPlan,
  type SheetPlan,
} from "../sheets/plan";
import { boxAddress } from "./address";
import type { ExcelRun } from "./host";
import { contractSheetNames, loadUsedRanges } from "./readBook";
import { counted, quietly } from "./sync";

export { LISTS_SHEET };
/** Rows below the header that get drop-downs and formats. */
export const SETUP_ROWS = DATA_ROWS;

export interface SetupOptions {
  /** The reference day for the ruleset when the book has no plan (default: today). */
  today?: DateOnly;
}

/** Draws a plan's rules on a sheet queued for adding: formats, drop-downs, input messages, locks. */
function drawRules(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const area of ruledAreas(plan)) {
    const { numberFormat, list } = area;
    if (!numberFormat && !list) continue;
    const range = sheet.getRange(boxAddress(area));
    if (numberFormat) {
      const row = Array.from({ length: area.right - area.left + 1 }, () => numberFormat);
      range.numberFormat = Array.from({ length: area.bottom - area.top + 1 }, () => row);
    }
    if (list) {
      const source = list.kind === "inline" ? list.text : `=${list.reference}`;
      range.dataValidation.rule = { list: { inCellDropDown: true, source } };
      range.dataValidation.errorAlert = { showAlert: true, style: "Warning", ...plan.alert };
    }
  }
  for (const { row, col, title, message } of plan.prompts) {
    const cell = sheet.getRange(boxAddress({ top: row, left: col, bottom: row, right: col }));
    cell.dataValidation.prompt = { showPrompt: true, title, message };
  }
  // New cells are locked; the cells the clerk fills are opened, so that protecting the sheet later locks
  // the header only. Set-up itself never protects the clerk's own book (plan.protect is for templates).
  for (const box of plan.open) sheet.getRange(boxAddress(box)).format.protection.locked = false;
}

export async function setupBook(
  run: ExcelRun,
  lang: Lang,
  options: SetupOptions = {},
): Promise<{ added: string[]; syncs: number }> {
  const today = options.today ?? localToday();
  return run(async (context) => {
    const counter = counted(context);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const tables = context.workbook.tables;
    tables.load("items/name");
    context.runtime.load("enableEvents");
    await counter.sync();

    // findSheet compares names only.
    const present = worksheets.items.map((w) => ({ name: w.name }));
    const missing = SHEETS.filter((spec) => !findSheet(spec, present));
    if (missing.length === 0) return { added: [], syncs: counter.syncs };

    const sources = loadUsedRanges(worksheets, contractSheetNames(present, LIST_SOURCES));
    await counter.sync();

    const parsed = parseBook(sources());
    const awards = awardNames(parsed.book, today);
    const locate = bookLocator(
      parsed.layouts,
      missing.map((s) => s.key),
    );
    const plans = missing.map((spec) => sheetPlan(spec, { lang, awards, locate }));
    const tableNames = new Set(tables.items.map((t) => t.name.toLocaleLowerCase()));
    const hasLists = present.some((s) => s.name.toLocaleLowerCase() === LISTS_SHEET.toLocaleLowerCase());

    await quietly(context, counter, context.runtime.enableEvents, () => {
      const listsSheet = hasLists ? worksheets.getItem(LISTS_SHEET) : worksheets.add(LISTS_SHEET);
      if (hasLists) listsSheet.getRange("A:Z").clear("Contents");
      else listsSheet.visibility = "VeryHidden";
      listColumns(awards).forEach((labels, i) => {
        const letter = columnLetter(i);
        listsSheet.getRange(`${letter}1:${letter}${labels.length}`).values = labels.map((l) => [l]);
      });

      // All sheets first: a drop-down may refer to a sheet added after its own (Đơn vị → Khối thi đua).
      const added = plans.map((plan) => {
        const sheet = worksheets.add(plan.name);
        const block = `A1:${columnLetter(plan.values[0].length - 1)}${plan.values.length}`;
        sheet.getRange(block).values = plan.values.map((row) => row.map((v) => v ?? ""));
        const table = sheet.tables.add(block, true);
        let tableName = `tdkt_${plan.key}`;
        for (let n = 2; tableNames.has(tableName.toLocaleLowerCase()); n++) tableName = `tdkt_${plan.key}${n}`;
        tableNames.add(tableName.toLocaleLowerCase());
        table.name = tableName;
        sheet.freezePanes.freezeRows(plan.frozenRows);
        plan.columns.forEach((c, i) => {
          const letter = columnLetter(i);
          sheet.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(c.width);
        });
        return { plan, sheet };
      });
      for (const { plan, sheet } of added) drawRules(sheet, plan);
    });
    return { added: missing.map((s) => s.name), syncs: counter.syncs };
  });
}
