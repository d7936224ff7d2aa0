/**
 * An Excel workbook in memory, behind the same API the adapter calls in Excel: the real adapter runs
 * on it in jest and in the browser preview (no Node APIs here). `run` behaves like `Excel.run`:
 * queued operations, loads readable only after `context.sync()`, PropertyNotLoaded otherwise,
 * ItemNotFound at sync, null objects, events after the request that raised them, InvalidObjectPath
 * for objects of a run that has finished (unless run again on their context, as `Excel.run(context, …)`),
 * and Excel on the web's 5 MB response limit. It reads addresses with its own code (a1.ts).
 */
import type { CellValue } from "../../domain/model";
import { readReference, writeReference } from "./a1";
import { withCapabilities, type ExcelRun } from "../host";
import { MemBook, MemSheet, toCell, type Prompt, type Validation, type Visibility } from "./book";
import { MemContext, type HostOptions } from "./client";
import { Faults, minorOf } from "./faults";

export { MemoryError } from "./book";

export interface MemoryHost {
  /** Behaves like Excel.run over the in-memory workbook. */
  run: ExcelRun;
  /** Total context.sync() calls so far. */
  syncCount(): number;
  /** Visible sheets, in order. */
  sheetNames(): string[];
  /** The used range (values only) from A1: "" for empty cells, serial numbers for dates. */
  values(sheet: string): CellValue[][];
  /** 0-based; fill null = no fill. */
  cellFormat(sheet: string, row: number, col: number): { fill: string | null; note: string | null };
  /** 0-based; where the cell's hyperlink goes ("'Đơn vị'!C3"), null when it has none. */
  cellLink(sheet: string, row: number, col: number): string | null;
  selection(): { sheet: string; address: string } | null;
  activeSheet(): string;
  setActiveSheet(sheet: string): void;
  /** The clerk types into a cell: onChanged says which sheet and cell (address, RangeEdited). */
  editCell(sheet: string, row: number, col: number, value: CellValue): void;
  /** The clerk pastes a block from row, col: onChanged names only the sheet, as Excel on the web may. */
  pasteCells(sheet: string, row: number, col: number, values: CellValue[][]): void;
  /** The clerk inserts `count` empty rows above `row` (0-based): cells below move down (RowInserted). */
  insertRows(sheet: string, row: number, count: number): void;
  /** The clerk renames a sheet (Excel raises no onChanged for that). */
  renameSheet(from: string, to: string): void;
  /** The clerk deletes a sheet (onDeleted). */
  deleteSheet(name: string): void;
  /** The clerk starts or stops typing in a cell: meanwhile every request fails (InvalidOperationInCellEditMode). */
  setCellEditing(on: boolean): void;
  /** Protects a sheet (its cells and formats cannot change: AccessDenied), or lifts it. */
  protectSheet(name: string, on?: boolean): void;
  /** Protects the workbook's structure (no sheet can be added or hidden: AccessDenied), or lifts it. */
  protectStructure(on?: boolean): void;
  /** The next sync fails with this error code, before any of its operations run. */
  failNextSync(code: string, message?: string): void;
  /** Cells whose values the add-in has read so far. */
  cellsRead(): number;
  /** Re-render hook for a grid: called after any change (sync, edit, selection). Returns unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Office.context.requirements.isSetSupported for this host (ExcelApi up to 1.18, 1.17 without notes). */
  isSetSupported(set: string, version: string): boolean;
  /** Every sheet, hidden ones included, in order. */
  allSheetNames(): string[];
  /** What set-up and marking leave on a sheet, for tests and the preview grid. */
  inspect(sheet: string): SheetInspection;
  /** A copy of everything the host keeps of a sheet (the web page saves it back into the clerk's file). */
  sheetState(sheet: string): SheetState;
}

/** One sheet's cells and formats, copied; keys of the maps are "row,col" (0-based). */
export interface SheetState {
  name: string;
  visibility: Visibility;
  frozenRows: number;
  values: CellValue[][];
  fills: Map<string, { color: string; pattern: string }>;
  notes: Map<string, string>;
  numberFormats: Map<string, string>;
  columnWidths: Map<number, number>;
  validations: { address: string; source: string | null; alert: Validation["errorAlert"]; prompt: Prompt | null }[];
}

export interface SheetInspection {
  visibility: Visibility;
  frozenRows: number;
  tables: { name: string; address: string }[];
  /** In points; undefined = default width. */
  columnWidth(col: number): number | undefined;
  numberFormat(row: number, col: number): string;
  /** The drop-down of a cell: its source as set, and the items it offers now. */
  validation(row: number, col: number): { source: string; items: string[]; alert: Validation["errorAlert"] } | null;
  /** The input message a cell shows when selected. */
  prompt(row: number, col: number): Prompt | null;
  /** Whether the cell is locked (it matters once the sheet is protected). */
  locked(row: number, col: number): boolean;
}

export interface MemoryHostOptions {
  /** Notes API (ExcelApi 1.18) available. Default true; false is an Excel at ExcelApi 1.17. */
  notes?: boolean;
  /** The ExcelApi version this Excel supports ("1.14" for Office 2021, "1.7" for Office 2019). Default 1.18. */
  apiVersion?: string;
  /** Bytes of values a single sync may return before Excel on the web refuses the response. Default 5 MB. */
  responseBytes?: number;
  /** Bytes of values and formats one sync may send before Excel on the web refuses it. Default 5 MB. */
  requestBytes?: number;
  /** A limit in cells instead, for a test that wants one. Default none. */
  cellsPerSync?: number;
  /** What a single sync may send (cells written, plus one per operation) before Excel on the web refuses it. */
  requestCellsPerSync?: number;
}

/** Excel on the web refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded). */
export const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;

export function createMemoryHost(
  sheets: { name: string; values: CellValue[][] }[],
  options: MemoryHostOptions = {},
): MemoryHost {
  const faults = new Faults();
  faults.apiMinor = Math.min(minorOf(options.apiVersion ?? "1.18"), options.notes === false ? 17 : 18);
  faults.requestCellsPerSync = options.requestCellsPerSync ?? Number.POSITIVE_INFINITY;
  const hostOptions: HostOptions = {
    responseBytes: options.responseBytes ?? RESPONSE_LIMIT_BYTES,
    requestBytes: options.requestBytes ?? RESPONSE_LIMIT_BYTES,
    cellsPerSync: options.cellsPerSync,
    faults,
  };
  const book = new MemBook();
  for (const s of sheets) {
    const sheet = book.add(s.name);
    sheet.load(s.values);
  }

  const sheetOf = (name: string): MemSheet => {
    const sheet = book.find(name);
    if (!sheet) throw new Error(`memory host: no sheet "${name}"`);
    return sheet;
  };

  const isSetSupported = (set: string, version: string): boolean =>
    set === "ExcelApi" && minorOf(version) >= 0 && minorOf(version) <= faults.apiMinor;

  const runOn = async <T>(context: MemContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    context.reopen();
    try {
      // The one cast: MemContext implements the part of Excel.RequestContext the adapter uses.
      const result = await batch(context as unknown as Excel.RequestContext);
      // Excel.run sends what the batch queued after its last sync.
      if (context.pending) await context.sync();
      return result;
    } finally {
      context.finish();
    }
  };
  const runBatch: ExcelRun = (batch) => runOn(new MemContext(book, hostOptions), batch);
  // Excel.run(context, batch): a new batch on the context of an earlier run, whose objects live again.
  const resume = <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>) =>
    runOn(context as unknown as MemContext, batch);
  const run = Object.assign(withCapabilities(runBatch, isSetSupported), { resume });

  const listItems = (source: string): string[] => {
    if (!source.startsWith("=")) return source.split(",").map((s) => s.trim());
    const ref = readReference(source.slice(1));
    const sheet = ref?.sheet ? book.find(ref.sheet) : undefined;
    if (!ref || !sheet) return [];
    const used = sheet.usedBox(true);
    if (!used) return [];
    const box = {
      ...ref.box,
      bottom: Math.min(ref.box.bottom, used.bottom),
      right: Math.min(ref.box.right, used.right),
    };
    return box.bottom < box.top
      ? []
      : sheet
          .read(box)
          .flat()
          .filter((v) => v !== "")
          .map(String);
  };

  return {
    run,
    syncCount: () => book.syncs,
    sheetNames: () => book.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name),
    allSheetNames: () => book.sheets.map((s) => s.name),
    values(name) {
      const sheet = sheetOf(name);
      const used = sheet.usedBox(true);
      return used ? sheet.read({ top: 0, left: 0, bottom: used.bottom, right: used.right }) : [];
    },
    cellFormat(name, row, col) {
      const sheet = sheetOf(name);
      const fill = sheet.fill(row, col);
      return { fill: fill && fill.pattern !== "None" ? fill.color : null, note: sheet.note(row, col) ?? null };
    },
    cellLink: (name, row, col) => sheetOf(name).link(row, col) ?? null,
    selection: () =>
      book.selection ? { sheet: book.selection.sheet.name, address: writeReference(book.selection.box) } : null,
    activeSheet: () => book.active?.name ?? "",
    setActiveSheet(name) {
      book.active = sheetOf(name);
      book.notify();
    },
    editCell(name, row, col, value) {
      const sheet = sheetOf(name);
      sheet.set(row, col, toCell(value));
      if (book.enableEvents)
        book.fire("changed", sheet.id, {
          address: writeReference({ top: row, left: col, bottom: row, right: col }),
          changeType: "RangeEdited",
        });
      book.notify();
    },
    pasteCells(name, row, col, values) {
      const sheet = sheetOf(name);
      values.forEach((r, i) => r.forEach((v, j) => sheet.set(row + i, col + j, toCell(v))));
      if (book.enableEvents) book.fire("changed", sheet.id);
      book.notify();
    },
    insertRows(name, row, count) {
      const sheet = sheetOf(name);
      sheet.insertRows(row, count);
      const address = `${row + 1}:${row + count}`;
      if (book.enableEvents) book.fire("changed", sheet.id, { address, changeType: "RowInserted" });
      book.notify();
    },
    renameSheet(from, to) {
      const sheet = sheetOf(from);
      if (book.find(to) && book.find(to) !== sheet) throw new Error(`memory host: "${to}" exists`);
      sheet.name = to;
      book.notify();
    },
    deleteSheet(name) {
      const sheet = sheetOf(name);
      book.sheets.splice(book.sheets.indexOf(sheet), 1);
      if (book.active === sheet) book.active = book.sheets[0] ?? null;
      if (book.selection?.sheet === sheet) book.selection = null;
      if (book.enableEvents) book.fire("deleted", sheet.id);
      book.notify();
    },
    setCellEditing(on) {
      faults.cellEdit = on;
    },
    protectSheet(name, on = true) {
      const sheet = sheetOf(name);
      if (on) faults.protectedSheets.add(sheet.id);
      else faults.protectedSheets.delete(sheet.id);
    },
    protectStructure(on = true) {
      faults.protectedStructure = on;
    },
    failNextSync(code, message = "memory host: a failure the test asked for") {
      faults.pending.push({ code, message });
    },
    cellsRead: () => book.cellsRead,
    subscribe(listener) {
      book.listeners.add(listener);
      return () => book.listeners.delete(listener);
    },
    isSetSupported,
    inspect(name) {
      const sheet = sheetOf(name);
      return {
        visibility: sheet.visibility,
        frozenRows: sheet.frozenRows,
        tables: sheet.tables.map((t) => ({ name: t.name, address: writeReference(t.box) })),
        columnWidth: (col) => sheet.columnWidths.get(col),
        numberFormat: (row, col) => sheet.numberFormat(row, col),
        validation(row, col) {
          const v = sheet.validationAt(row, col);
          const source = v?.rule.list?.source;
          return typeof source === "string" ? { source, items: listItems(source), alert: v?.errorAlert ?? null } : null;
        },
        prompt: (row, col) => sheet.validationAt(row, col)?.prompt ?? null,
        locked: (row, col) => sheet.locked(row, col),
      };
    },
    sheetState(name) {
      const sheet = sheetOf(name);
      const used = sheet.usedBox(true);
      return {
        name: sheet.name,
        visibility: sheet.visibility,
        frozenRows: sheet.frozenRows,
        values: used ? sheet.read({ top: 0, left: 0, bottom: used.bottom, right: used.right }) : [],
        fills: new Map([...sheet.fills].map(([k, f]) => [k, { color: f.color, pattern: f.pattern }])),
        notes: new Map(sheet.notes),
        numberFormats: new Map(sheet.numberFormats),
        columnWidths: new Map(sheet.columnWidths),
        validations: sheet.validations.map((v) => {
          const source = v.rule.list?.source;
          return {
            address: writeReference(v.box),
            source: typeof source === "string" ? source : null,
            alert: v.errorAlert,
            prompt: v.prompt,
          };
        }),
      };
    },
  };
}
