/**
 * Marks findings on the clerk's cells (a fill, and a note with the message) and takes them off again,
 * restoring exactly what was there. What a mark replaced is kept inside the workbook, in a very hidden
 * sheet, so the marks can be cleared after the pane was closed, or the book saved and reopened.
 *
 * markFindings: 4 syncs — sheet names; the cells' fills and notes and the saved originals; the
 * writes (events and screen updating off); events back on; one more with `replace` when cells marked
 * before are no longer errors (their fills and notes are read before they are restored). clearMarks: 5 syncs — the same, plus one
 * to read the saved originals before the cells can be looked at. 1 sync when there is nothing to do.
 */
import { parseAddress, cellAddress } from "./address";
import { officeSupports } from "./capabilities";
import { runSupports, type ExcelRun } from "./host";
import { counted, quietly } from "./sync";

export const MARKS_SHEET = "_tdkt_marks";
/** The store of "Tô màu Tiến độ": deadline colours come off on their own, never with the error marks. */
export const PROGRESS_SHEET = "_tdkt_progress";
export const ERROR_FILL = "#FFC7CE";
const STORE_HEADER = "tdkt marks v1: one JSON record per row; the add-in restores these cells when marks are cleared";

export interface Mark {
  sheet: string;
  cell: string;
  note: string;
  /** Fill colour; ERROR_FILL when absent. */
  fill?: string;
}

export interface MarkOptions {
  /** Write notes (ExcelApi 1.18). Default: what the run's Excel supports (officeRun and the memory host say). */
  notes?: boolean;
  /** The very hidden sheet that keeps what the marks replaced (MARKS_SHEET unless given). */
  store?: string;
  /**
   * The marks given are all the errors there are now: a marked cell not among them (the clerk fixed
   * it) is restored in the same batch, so the red cells never outlive the check that found them.
   */
  replace?: boolean;
}

/** One marked cell: what the clerk had, and what we put there. */
interface Saved {
  sheet: string;
  address: string;
  /** "None" = no fill. */
  pattern: string;
  color: string;
  patternColor: string | null;
  /** The clerk's own note, null when the cell had none. */
  note: string | null;
  markFill: string;
  markNote: string | null;
}

const keyOf = (sheet: string, address: string) => `${sheet.toLocaleLowerCase()}!${address.toUpperCase()}`;

function decode(values: unknown[][]): Saved[] {
  const out: Saved[] = [];
  for (const [cell] of values.slice(1)) {
    if (typeof cell !== "string" || !cell.startsWith("{")) continue;
    try {
      const s = JSON.parse(cell) as Saved;
      if (typeof s.sheet === "string" && typeof s.address === "string") out.push(s);
    } catch {
      // A damaged row restores nothing; the rest still do.
    }
  }
  return out;
}

/** Column A of the store: a header, then JSON (it starts with "{", so Excel never reads it as a number or formula). */
function encode(saved: Saved[]): string[][] {
  return [[STORE_HEADER], ...saved.map((s) => [JSON.stringify(s)])];
}

function sameColour(a: string | null, b: string): boolean {
  return a !== null && a.toUpperCase() === b.toUpperCase();
}

function saveFill(s: Saved, fill: Excel.RangeFill): void {
  s.pattern = fill.pattern ?? "None";
  s.color = fill.color;
  s.patternColor = s.pattern !== "None" && s.pattern !== "Solid" ? fill.patternColor : null;
}

/** The note a marked cell shows: our message, then the clerk's own note, which stays readable. */
function noteText(message: string, own: string | null): string {
  return own ? `${message}\n———\n${own}` : message;
}

function notesWanted(run: ExcelRun, options: MarkOptions): boolean {
  return options.notes ?? runSupports(run, "ExcelApi", "1.18") ?? officeSupports("ExcelApi", "1.18") ?? true;
}

/** Single-cell A1 address in upper case, or null. */
function singleCell(cell: string): string | null {
  const box = parseAddress(cell);
  if (!box || box.sheet !== null || box.top !== box.bottom || box.left !== box.right) return null;
  return cellAddress(box.top, box.left);
}

/** First round trip of both operations: the sheets' names (lower case → as named) and the events flag. */
async function loadSheetNames(
  context: Excel.RequestContext,
  counter: ReturnType<typeof counted>,
): Promise<Map<string, string>> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  context.runtime.load("enableEvents");
  await counter.sync();
  return new Map(worksheets.items.map((w) => [w.name.toLocaleLowerCase(), w.name]));
}

export async function markFindings(
  run: ExcelRun,
  marks: { sheet: string; cell: string; note: string; fill?: string }[],
  options: MarkOptions = {},
): Promise<{ marked: number; unmarked: number; syncs: number }> {
  const withNotes = notesWanted(run, options);
  const storeName = options.store ?? MARKS_SHEET;
  return run(async (context) => {
    const counter = counted(context);
    const worksheets = context.workbook.worksheets;
    const sheetNames = await loadSheetNames(context, counter);
    // One mark per cell; several findings on a cell share its note.
    const cells = new Map<string, { sheet: string; address: string; messages: string[]; fill: string }>();
    for (const m of marks) {
      const sheet = sheetNames.get(m.sheet.toLocaleLowerCase());
      const address = singleCell(m.cell);
      // Never mark the add-in's own hidden sheets.
      if (!sheet || !address || sheet.startsWith("_tdkt_")) continue;
      const key = keyOf(sheet, address);
      const cell = cells.get(key) ?? { sheet, address, messages: [], fill: m.fill ?? ERROR_FILL };
      if (!cell.messages.includes(m.note)) cell.messages.push(m.note);
      cells.set(key, cell);
    }
    const hasStore = sheetNames.has(storeName.toLocaleLowerCase());
    if (cells.size === 0 && !(options.replace && hasStore)) return { marked: 0, unmarked: 0, syncs: counter.syncs };

    const store = hasStore
      ? worksheets.getItem(storeName).getUsedRangeOrNullObject(true).load("values,rowIndex,rowCount")
      : null;
    const targets = [...cells.values()].map((c) => {
      const worksheet = worksheets.getItem(c.sheet);
      const range = worksheet.getRange(c.address);
      range.format.fill.load("color,pattern,patternColor");
      const note = withNotes ? worksheet.notes.getItemOrNullObject(c.address).load("content") : null;
      return { ...c, worksheet, range, note };
    });
    await counter.sync();

    const storeRows = store && !store.isNullObject ? store.rowIndex + store.rowCount : 0;
    let saved = store && !store.isNullObject ? decode(store.values) : [];
    // Marked before but no longer an error: restored below (a sheet deleted since has nothing to restore).
    const stale = options.replace
      ? saved
          .filter((s) => !cells.has(keyOf(s.sheet, s.address)) && sheetNames.has(s.sheet.toLocaleLowerCase()))
          .map((s) => ({ s, ...lookAt(worksheets, s, withNotes) }))
      : [];
    if (options.replace) saved = saved.filter((s) => cells.has(keyOf(s.sheet, s.address)));
    if (stale.length > 0) await counter.sync();
    if (targets.length === 0 && stale.length === 0) return { marked: 0, unmarked: 0, syncs: counter.syncs };

    const byKey = new Map(saved.map((s) => [keyOf(s.sheet, s.address), s]));
    await quietly(context, counter, context.runtime.enableEvents, () => {
      for (const t of stale) restore(t);
      for (const t of targets) {
        const message = t.messages.join("\n");
        const key = keyOf(t.sheet, t.address);
        const fill = t.range.format.fill;
        const note = t.note && !t.note.isNullObject ? t.note.content : null;
        let s = byKey.get(key);
        if (!s) {
          s = {
            sheet: t.sheet,
            address: t.address,
            pattern: "None",
            color: "",
            patternColor: null,
            note,
            markFill: t.fill,
            markNote: null,
          };
          saveFill(s, fill);
          byKey.set(key, s);
          saved.push(s);
        } else {
          // Marked before: while the cell still shows our mark, the originals saved then stand (saving
          // now would save our own colour); what the clerk changed since is the new original.
          if (!(fill.pattern === "Solid" && sameColour(fill.color, s.markFill))) saveFill(s, fill);
          if (t.note && note !== s.markNote) s.note = note;
        }
        t.range.format.fill.pattern = "Solid";
        t.range.format.fill.color = t.fill;
        s.markFill = t.fill;
        if (t.note) {
          const text = noteText(message, s.note);
          if (t.note.isNullObject) t.worksheet.notes.add(t.address, text);
          else t.note.content = text;
          s.markNote = text;
        }
      }
      const storeSheet = hasStore ? worksheets.getItem(storeName) : worksheets.add(storeName);
      if (!hasStore) storeSheet.visibility = "VeryHidden";
      if (storeRows > saved.length + 1) storeSheet.getRange(`A1:A${storeRows}`).clear("Contents");
      storeSheet.getRange(`A1:A${saved.length + 1}`).values = encode(saved);
    });
    return { marked: targets.length, unmarked: stale.length, syncs: counter.syncs };
  });
}

/** Queues the loads needed to restore a saved mark: its fill, and its note where notes are written. */
function lookAt(worksheets: Excel.WorksheetCollection, s: Saved, withNotes: boolean) {
  const worksheet = worksheets.getItem(s.sheet);
  const range = worksheet.getRange(s.address);
  range.format.fill.load("color,pattern");
  const note = withNotes ? worksheet.notes.getItemOrNullObject(s.address).load("content") : null;
  return { range, note };
}

/**
 * Puts back what a mark replaced. A cell the clerk has recoloured since keeps the clerk's colour; a
 * note the clerk has edited since keeps the clerk's text.
 */
function restore({ s, range, note }: { s: Saved; range: Excel.Range; note: Excel.Comment | Excel.Note | null }) {
  const fill = range.format.fill;
  const stillOurs = fill.pattern === "Solid" && sameColour(fill.color, s.markFill);
  if (stillOurs) {
    if (s.pattern === "None") fill.clear();
    else {
      fill.color = s.color;
      fill.pattern = s.pattern as Excel.FillPattern;
      if (s.patternColor) fill.patternColor = s.patternColor;
    }
  }
  if (note && !note.isNullObject && note.content === s.markNote) {
    if (s.note === null) note.delete();
    else note.content = s.note;
  }
}

/**
 * Takes every mark off and restores what the clerk had. A cell the clerk has recoloured since it was
 * marked keeps the clerk's colour; a note the clerk has edited since keeps the clerk's text.
 */
export async function clearMarks(
  run: ExcelRun,
  options: MarkOptions = {},
): Promise<{ restored: number; syncs: number }> {
  const withNotes = notesWanted(run, options);
  const storeName = options.store ?? MARKS_SHEET;
  return run(async (context) => {
    const counter = counted(context);
    const worksheets = context.workbook.worksheets;
    const sheetNames = await loadSheetNames(context, counter);
    if (!sheetNames.has(storeName.toLocaleLowerCase())) return { restored: 0, syncs: counter.syncs };
    const storeSheet = worksheets.getItem(storeName);
    const store = storeSheet.getUsedRangeOrNullObject(true).load("values,rowIndex,rowCount");
    await counter.sync();

    const storeRows = store.isNullObject ? 0 : store.rowIndex + store.rowCount;
    // A sheet renamed or deleted since marking has nothing left to restore.
    const saved = store.isNullObject
      ? []
      : decode(store.values).filter((s) => sheetNames.has(s.sheet.toLocaleLowerCase()));
    const targets = saved.map((s) => ({ s, ...lookAt(worksheets, s, withNotes) }));
    await counter.sync();

    let restored = 0;
    await quietly(context, counter, context.runtime.enableEvents, () => {
      for (const t of targets) {
        restore(t);
        restored++;
      }
      if (storeRows > 0) storeSheet.getRange(`A1:A${storeRows}`).clear("Contents");
    });
    return { restored, syncs: counter.syncs };
  });
}
