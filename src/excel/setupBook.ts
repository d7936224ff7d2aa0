/**
 * Sets up a book for the clerk: adds the contract sheets it lacks, each drawn from its sheet plan
 * (src/sheets/plan.ts): the header row with an Excel table over it, drop-down lists, input messages,
 * a frozen header, column widths, number formats, and the header locked against a later protection.
 * Sheets already in the book (found loosely, as the parser finds them) are never touched.
 * `Danh mục khen thưởng` comes filled with the catalogue in force (src/sheets/catalogueRows.ts); the
 * first sheet added is opened; the batch is kept in the undo store (writeEdit.ts) as several sheets,
 * so "Hoàn tác" removes exactly what was added and opens again the sheet the clerk was on.
 *
 * 4 syncs: sheet and table names, the active sheet; the sheets the lists come from (plan, catalogue,
 * units, blocks, criteria, movements, milestones), the undo store's extent and the lists as they were;
 * the writes (events and screen updating off); events back on.
 * 1 sync when nothing is missing.
 */
import { fromJsDate, toExcelSerial } from "../domain/dates";
import { makeContext } from "../domain/context";
import { localToday } from "../domain/today";
import type { CellValue, DateOnly, SheetKey } from "../domain/model";
import { t, type Lang } from "../i18n";
import { catalogueRows } from "../sheets/catalogueRows";
import { SHEETS } from "../sheets/contract";
import { columnLetter, findSheet, parseBook } from "../sheets/parse";
import {
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
import { boxAddress, cellAddress, parseAddress } from "./address";
import type { ExcelRun } from "./host";
import { contractSheetNames, loadUsedRanges } from "./readBook";
import { counted, quietly } from "./sync";
import { saveBatch, UNDO_SHEET, type Batch, type SavedCell } from "./writeEdit";

export { LISTS_SHEET };
/** Rows below the header that get drop-downs and formats. */
export const SETUP_ROWS = DATA_ROWS;

export interface SetupOptions {
  /** The reference day for the ruleset when the book has no plan (default: today). */
  today?: DateOnly;
  /** What "Hoàn tác" calls the set-up (default: the language's "Thiết lập sổ"). */
  label?: string;
}

/** The lists sheet's last column set-up clears (A:Z). */
const LIST_LAST_COLUMN = 25;

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

/** What a set-up did: the sheets it added (in the book's spelling), the one it opened, and the round trips. */
export interface SetupResult {
  added: string[];
  /** Their contract keys, in the same order (for the pane to say what each is for). */
  keys: SheetKey[];
  /** The sheet it activated, null when nothing was added. */
  opened: string | null;
  syncs: number;
}

const cellValue = (v: CellValue): string | number | boolean =>
  v === null || v === undefined ? "" : v instanceof Date ? excelSerialOf(v) : v;

function excelSerialOf(d: Date): number {
  const day = fromJsDate(d);
  return day ? toExcelSerial(day) : 0;
}

export async function setupBook(run: ExcelRun, lang: Lang, options: SetupOptions = {}): Promise<SetupResult> {
  const today = options.today ?? localToday();
  return run(async (context) => {
    const counter = counted(context);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const tables = context.workbook.tables;
    tables.load("items/name");
    const active = worksheets.getActiveWorksheet().load("name");
    context.runtime.load("enableEvents");
    await counter.sync();

    // findSheet compares names only.
    const present = worksheets.items.map((w) => ({ name: w.name }));
    const missing = SHEETS.filter((spec) => !findSheet(spec, present));
    if (missing.length === 0) return { added: [], keys: [], opened: null, syncs: counter.syncs };
    const has = (name: string) => present.some((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase());
    const hasLists = has(LISTS_SHEET);
    const hasStore = has(UNDO_SHEET);

    const sources = loadUsedRanges(worksheets, contractSheetNames(present, LIST_SOURCES));
    // What "Hoàn tác" needs: how far the store reaches, and the lists as they were (set-up rewrites them).
    const store = hasStore
      ? worksheets.getItem(UNDO_SHEET).getUsedRangeOrNullObject(true).load("rowIndex,rowCount")
      : null;
    const oldLists = hasLists
      ? worksheets.getItem(LISTS_SHEET).getUsedRangeOrNullObject(true).load("address,values")
      : null;
    await counter.sync();

    const parsed = parseBook(sources());
    const inForce = makeContext(parsed.book, today);
    const awards = inForce.ruleset.awards.map((a) => a.name);
    const locate = bookLocator(
      parsed.layouts,
      missing.map((s) => s.key),
    );
    const plans = missing.map((spec) => {
      const plan = sheetPlan(spec, { lang, awards, locate });
      // The catalogue in force, for the clerk to edit rather than type.
      return spec.key === "catalogue"
        ? { ...plan, values: [...plan.values, ...catalogueRows(inForce.ruleset.awards)] }
        : plan;
    });
    const tableNames = new Set(tables.items.map((t) => t.name.toLocaleLowerCase()));
    const lists = listColumns(awards);

    // The undo record: every cell set-up writes into a sheet it adds, and the lists sheet as it was.
    const saved: SavedCell[] = plans.flatMap((plan) =>
      plan.values.flatMap((row, r) =>
        row.flatMap((v, c) =>
          v === null || v === "" ? [] : [{ s: plan.name, a: cellAddress(r, c), before: "", after: cellValue(v) }],
        ),
      ),
    );
    const listCells = new Map<string, SavedCell>();
    lists.forEach((labels, c) =>
      labels.forEach((l, r) => {
        const a = cellAddress(r, c);
        listCells.set(a, { s: LISTS_SHEET, a, before: "", after: l });
      }),
    );
    if (oldLists && !oldLists.isNullObject) {
      const box = parseAddress(oldLists.address);
      oldLists.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (!box || v === "" || v === null || box.left + c > LIST_LAST_COLUMN) return;
          const a = cellAddress(box.top + r, box.left + c);
          listCells.set(a, {
            s: LISTS_SHEET,
            a,
            before: v as string | number | boolean,
            after: listCells.get(a)?.after ?? "",
          });
        }),
      );
    }
    const addedNames = [...(hasLists ? [] : [LISTS_SHEET]), ...plans.map((p) => p.name)];
    const opened = plans[0].name;
    const batch: Batch = {
      label: options.label ?? t(lang, "setup.undoLabel"),
      sheet: opened,
      created: true,
      at: new Date().toISOString(),
      sheets: addedNames,
      support: hasLists ? [] : [LISTS_SHEET],
      active: active.name,
      newStore: !hasStore,
    };
    const storeRows = store && !store.isNullObject ? store.rowIndex + store.rowCount : 0;

    await quietly(context, counter, context.runtime.enableEvents, () => {
      const listsSheet = hasLists ? worksheets.getItem(LISTS_SHEET) : worksheets.add(LISTS_SHEET);
      if (hasLists) listsSheet.getRange("A:Z").clear("Contents");
      else listsSheet.visibility = "VeryHidden";
      lists.forEach((labels, i) => {
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
      // Open what was added: the clerk sees where to start.
      added[0].sheet.activate();
      saveBatch(worksheets, hasStore, storeRows, batch, [
        ...(hasLists ? [...listCells.values()].filter((c) => c.before !== c.after) : [...listCells.values()]),
        ...saved,
      ]);
    });
    return { added: missing.map((s) => s.name), keys: missing.map((s) => s.key), opened, syncs: counter.syncs };
  });
}
