/** Test doubles for the pane: a scripted workbook behind `PaneServices` that records every call. */
import { countBySeverity, finding, type Finding, type Place } from "../domain/finding";
import type { SheetEdit } from "../sheets/historyEdit";
import type { RawSheet } from "../sheets/parse";
import type { ReadingChoices } from "../sheets/readingMap";
import type { CellMark, ColourMark, MissingCapability, PaneServices } from "./services";

export interface FakeServices extends PaneServices {
  calls: {
    select: [string, string][];
    mark: CellMark[][];
    /** Each updateMarks call: the marks the pane asked for. */
    update: CellMark[][];
    clear: number;
    setup: string[];
    read: number;
    colour: ColourMark[][];
    uncolour: number;
    edits: { edit: SheetEdit; label: string }[];
    /** Each writeEdits call, its sheets apart (also listed in `edits` as one). */
    batches: { edits: SheetEdit[]; label: string }[];
    undo: number;
    files: { name: string; data: Uint8Array; type: string }[];
    reading: ReadingChoices[];
  };
  /** Simulates an edit in the book: calls the watcher the pane registered. */
  edit(): void;
  watching(): boolean;
}

export function fakeServices(
  options: {
    sheets?: RawSheet[];
    added?: string[];
    missing?: MissingCapability[];
    fail?: Partial<Record<"read" | "select" | "mark" | "watch" | "colour", Error>>;
  } = {},
): FakeServices {
  const sheets = options.sheets ?? [
    { name: "Đơn vị", values: [["Mã đơn vị"]] },
    { name: "Đề nghị khen thưởng", values: [["STT"]] },
  ];
  let watcher: (() => void) | null = null;
  const calls: FakeServices["calls"] = {
    select: [],
    mark: [],
    update: [],
    clear: 0,
    setup: [],
    read: 0,
    colour: [],
    uncolour: 0,
    edits: [],
    batches: [],
    undo: 0,
    files: [],
    reading: [],
  };
  return {
    mode: "preview",
    calls,
    async readBook() {
      calls.read++;
      if (options.fail?.read) throw options.fail.read;
      return sheets;
    },
    async selectCell(sheet, cell) {
      if (options.fail?.select) throw options.fail.select;
      calls.select.push([sheet, cell]);
    },
    async markFindings(marks) {
      if (options.fail?.mark) throw options.fail.mark;
      calls.mark.push(marks);
      return marks.length;
    },
    async updateMarks(marks) {
      if (options.fail?.mark) throw options.fail.mark;
      const before = new Set(
        (calls.update[calls.update.length - 1] ?? calls.mark.flat()).map((m) => `${m.sheet}!${m.cell}`),
      );
      const now = new Set(marks.map((m) => `${m.sheet}!${m.cell}`));
      calls.update.push(marks);
      return { marked: now.size, unmarked: [...before].filter((k) => !now.has(k)).length };
    },
    async clearMarks() {
      calls.clear++;
      return calls.mark.flat().length;
    },
    async colourProgress(marks) {
      if (options.fail?.colour) throw options.fail.colour;
      calls.colour.push(marks);
      return marks.length;
    },
    async clearProgress() {
      calls.uncolour++;
      return calls.colour.flat().length;
    },
    async saveReadingChoices(choices) {
      calls.reading.push(choices);
    },
    async setupBook(lang) {
      calls.setup.push(lang);
      return options.added ?? [];
    },
    async watchChanges(onChange) {
      if (options.fail?.watch) throw options.fail.watch;
      watcher = onChange;
      return async () => {
        if (watcher === onChange) watcher = null;
      };
    },
    missingCapabilities: () => options.missing ?? [],
    async writeEdit(edit, label) {
      calls.edits.push({ edit, label });
      return edit.cells.length;
    },
    async writeEdits(edits, label) {
      // One batch: undone whole, as the Excel adapter does.
      const all = { sheet: edits.map((e) => e.sheet).join(" + "), create: false, cells: edits.flatMap((e) => e.cells) };
      calls.edits.push({ edit: all, label });
      calls.batches.push({ edits: [...edits], label });
      return all.cells.length;
    },
    async undoEdit() {
      calls.undo++;
      const last = calls.edits.pop();
      return { label: last?.label ?? null, restored: last?.edit.cells.length ?? 0, kept: 0 };
    },
    async lastEdit() {
      const last = calls.edits[calls.edits.length - 1];
      return last ? { label: last.label, cells: last.edit.cells.length } : null;
    },
    async sheetExtent(name) {
      const edits = calls.edits.filter((e) => e.edit.sheet.toLocaleLowerCase() === name.toLocaleLowerCase());
      if (edits.length === 0) return null;
      const cells = edits.flatMap((e) => e.edit.cells);
      return {
        name: edits[0].edit.sheet,
        rows: Math.max(...cells.map((c) => c.row)),
        cols: Math.max(...cells.map((c) => c.col + 1)),
      };
    },
    saveFile(name, data, type) {
      calls.files.push({ name, data, type });
    },
    edit() {
      watcher?.();
    },
    watching: () => watcher !== null,
  };
}

/** A place for a test finding: nothing known unless given. */
export function at(place: Partial<Place> = {}): Place {
  return { sheet: null, row: null, column: null, cell: null, ...place };
}

/** A check of the Sa Pa units and nominations: two errors, a warning and a note about the whole book. */
export function sampleFindings(): Finding[] {
  return [
    finding("PLAN_ASSUMED", "info", at(), {
      params: { year: 2024, level: "district", missing: "noPlanSheet", ruleset: "Cấp huyện/thị xã" },
    }),
    finding("INVALID_VALUE", "error", at({ sheet: "Đơn vị", row: 3, column: "Loại đơn vị", cell: "C3" }), {
      params: { value: "Xã phường", allowed: "Xã, phường" },
    }),
    finding("UNKNOWN_UNIT", "error", at({ sheet: "Đề nghị khen thưởng", row: 3, column: "Mã đơn vị", cell: "D3" }), {
      unit: "X-LAOCHAI",
      params: { value: "X-LAOCHAI" },
    }),
    finding("REQUIRED_MISSING", "warning", at({ sheet: "Đề nghị khen thưởng", row: 5, column: "Chức vụ" }), {
      params: {},
    }),
    finding("MISSING_SHEET", "error", at({ sheet: "Tiến độ" }), { params: { sheet: "Tiến độ", aliases: "Tien do" } }),
  ];
}

export const countsOf = countBySeverity;
