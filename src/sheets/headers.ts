/**
 * Finding a sheet's header row and which column holds which field, the way a clerk would read it:
 * the contract's header or one of its aliases first, then the same words in another order
 * ("Xếp loại, đánh giá"), then a header that holds a field's words among others ("Danh hiệu đề nghị"
 * holds "Danh hiệu") when that is clearly the best reading. A merged group header above
 * sub-headers (two header rows) is read as one header.
 */
import type { CellValue } from "../domain/model";
import { looseKey } from "../domain/text";
import { isEmptyCell } from "./cells";
import type { ColumnSpec, SheetSpec } from "./contract";
import { containsAll, headerWords, overlap, sameWords } from "./words";

/** How a column was recognised (shown to the clerk by `tdkt check --explain` and the pane). */
export type ColumnHow = "exact" | "alias" | "words" | "chosen";

/** A non-empty cell of the header, after the two header rows are read as one. */
export interface HeaderCell {
  /** 0-based worksheet column. */
  index: number;
  /** The header as written (the sub-header under a merged group header). */
  header: string;
  /** 0-based index into the sheet's values of the row holding this text. */
  at: number;
}

export interface MatchedColumn extends HeaderCell {
  how: ColumnHow;
}

/** The clerk's choice of a column for a field: the header as written and its column letter. */
export interface ColumnChoice {
  header: string;
  column: string;
}

export interface HeaderReading {
  /** 0-based index into values of the (first) header row. */
  top: number;
  /** 0-based index of the last header row: top, or top + 1 under a merged group header. */
  bottom: number;
  /** Every non-empty header cell, left to right. */
  cells: HeaderCell[];
  columns: Record<string, MatchedColumn>;
  /** Header cells no field took. */
  extras: HeaderCell[];
  /** A second column with the same header as a field's column (which one is used is decided on the data). */
  duplicates: { key: string; cell: HeaderCell }[];
  /** Fields the clerk chose a column for that is no longer there. */
  staleChoices: string[];
}

/** Rows searched for the header: banners and titles above it are usual, a header below row 15 is not. */
export const HEADER_SCAN_ROWS = 15;
/** How far past the scanned rows we look, only to say where a header seems to be. */
const BEYOND_SCAN_ROWS = 200;
/** A header holding a field's words among others is taken when it is at least this close… */
const MIN_WORDS_SCORE = 0.3;
/** …and better than any other field's reading by this much. */
const CLEAR_MARGIN = 0.1;

interface Phrase {
  key: string;
  words: string[];
  alias: boolean;
}

const phraseCache = new WeakMap<ColumnSpec, Phrase[]>();

function phrases(c: ColumnSpec): Phrase[] {
  let list = phraseCache.get(c);
  if (!list) {
    list = [c.header, ...c.aliases].map((name, i) => ({ key: looseKey(name), words: headerWords(name), alias: i > 0 }));
    phraseCache.set(c, list);
  }
  return list;
}

/** "Mã đơn vị (*)", "Hạn (dd/mm/yyyy)": the header and the header without its note. */
function headerKeys(text: string): string[] {
  const k = looseKey(text);
  const bare = looseKey(text.replace(/\([^)]*\)/g, " ").replace(/\*/g, " "));
  return bare && bare !== k ? [k, bare] : [k];
}

interface Candidate {
  column: number;
  tier: number;
  score: number;
}

/** How well a header cell reads as a column: tier 0 exact header, 1 alias, 2 same words, 3 holds the words. */
function candidate(c: ColumnSpec, column: number, keys: string[], words: string[]): Candidate | null {
  let best: Candidate | null = null;
  for (const p of phrases(c)) {
    let found: Candidate | null = null;
    if (keys.includes(p.key)) found = { column, tier: p.alias ? 1 : 0, score: 1 };
    else if (p.words.length > 0 && sameWords(words, p.words)) found = { column, tier: 2, score: 1 };
    // A one-word name only ever matches whole ("Tên" is not "Tên đơn vị").
    else if (p.words.length >= 2 && containsAll(words, p.words)) {
      const score = overlap(words, p.words);
      if (score >= MIN_WORDS_SCORE) found = { column, tier: 3, score };
    }
    if (found && (!best || found.tier < best.tier || (found.tier === best.tier && found.score > best.score)))
      best = found;
  }
  return best;
}

/**
 * `candidate` for a column and a header text, remembered: the same headers come back in every file
 * of an import (200 returned templates) and on every row tried as the header, and normalising them
 * again each time was most of an import's reading.
 */
const candidates = new WeakMap<ColumnSpec, Map<string, Omit<Candidate, "column"> | null>>();
const CANDIDATES_KEPT = 5_000;
/** A header text's keys and words, once for every column tried on it. */
const texts = new Map<string, { keys: string[]; words: string[] }>();
function candidateOf(c: ColumnSpec, header: string): Omit<Candidate, "column"> | null {
  let known = candidates.get(c);
  if (!known) candidates.set(c, (known = new Map()));
  const hit = known.get(header);
  if (hit !== undefined) return hit;
  let text = texts.get(header);
  if (!text) {
    if (texts.size >= CANDIDATES_KEPT) texts.clear();
    texts.set(header, (text = { keys: headerKeys(header), words: headerWords(header) }));
  }
  const found = candidate(c, 0, text.keys, text.words);
  if (known.size >= CANDIDATES_KEPT) known.clear();
  const result = found ? { tier: found.tier, score: found.score } : null;
  known.set(header, result);
  return result;
}

const HOW: readonly ColumnHow[] = ["exact", "alias", "words", "words"];

/**
 * Which header cell is which field. Exact headers first, then aliases, then the same words, then
 * headers holding a field's words: each cell to one field, each field to one cell, best first.
 */
export function matchColumns(
  spec: SheetSpec,
  cells: readonly HeaderCell[],
  chosen: Readonly<Record<string, ColumnChoice>> = {},
): Pick<HeaderReading, "columns" | "extras" | "duplicates" | "staleChoices"> {
  const columns: Record<string, MatchedColumn> = {};
  const used = new Set<HeaderCell>();
  const staleChoices: string[] = [];

  // The clerk's choices first: the same header in the same column, else the same header anywhere.
  for (const [key, choice] of Object.entries(chosen)) {
    if (!spec.columns.some((c) => c.key === key)) continue;
    const want = looseKey(choice.header);
    const same = cells.filter((cell) => !used.has(cell) && looseKey(cell.header) === want);
    const pick =
      same.find((cell) => columnLetter(cell.index) === choice.column) ?? (same.length === 1 ? same[0] : null);
    if (!pick) {
      staleChoices.push(key);
      continue;
    }
    columns[key] = { ...pick, how: "chosen" };
    used.add(pick);
  }

  const pairs: { cell: HeaderCell; cand: Candidate; all: Candidate[] }[] = [];
  for (const cell of cells) {
    if (used.has(cell)) continue;
    const all: Candidate[] = [];
    spec.columns.forEach((c, i) => {
      const found = candidateOf(c, cell.header);
      if (found) all.push({ column: i, tier: found.tier, score: found.score });
    });
    for (const cand of all) pairs.push({ cell, cand, all });
  }
  pairs.sort(
    (a, b) =>
      a.cand.tier - b.cand.tier ||
      b.cand.score - a.cand.score ||
      a.cell.index - b.cell.index ||
      a.cand.column - b.cand.column,
  );

  const duplicates: HeaderReading["duplicates"] = [];
  for (const { cell, cand, all } of pairs) {
    if (used.has(cell)) continue;
    const c = spec.columns[cand.column];
    const taken = columns[c.key];
    if (taken) {
      // The same header written twice: one of the two columns is used, the other is reported.
      if (cand.tier <= 1 && taken.how !== "chosen" && looseKey(taken.header) === looseKey(cell.header)) {
        duplicates.push({ key: c.key, cell });
        used.add(cell);
      }
      continue;
    }
    if (cand.tier === 3) {
      // Only a clear reading: no other free field reads nearly as well.
      const rival = all.some(
        (o) => o.column !== cand.column && !columns[spec.columns[o.column].key] && o.score > cand.score - CLEAR_MARGIN,
      );
      if (rival) continue;
    }
    columns[c.key] = { ...cell, how: HOW[cand.tier] };
    used.add(cell);
  }
  const extras = cells.filter((cell) => !used.has(cell));
  return { columns, extras, duplicates, staleChoices };
}

function rowCells(row: readonly CellValue[] | undefined, colOffset: number, at: number): HeaderCell[] {
  const out: HeaderCell[] = [];
  (row ?? []).forEach((cell, i) => {
    if (isEmptyCell(cell)) return;
    out.push({ index: i + colOffset, header: String(cell).trim(), at });
  });
  return out;
}

function requiredFound(spec: SheetSpec, columns: Record<string, MatchedColumn>): number {
  return spec.columns.filter((c) => c.required && columns[c.key]).length;
}

function requiredNeeded(spec: SheetSpec): number {
  return Math.max(1, Math.ceil(spec.columns.filter((c) => c.required).length / 2));
}

/** "(1)", "2", "A", "(IV)": a cell of the column-number row under a header. */
const COLUMN_NUMBER = /^\(?\s*(\d{1,3}|[A-Za-z]|[IVXLC]{1,6})\s*\)?\s*(=.*)?$/;

/** The row numbers the columns: "(1) (2) (3)…", "1 2 3…", "A B C…" (three cells or more). */
export function isColumnNumberRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return false;
  const tokens: string[] = [];
  for (const c of row) {
    if (c === null || c === undefined || c === "") continue;
    if (typeof c === "number") {
      if (!Number.isInteger(c)) return false;
      tokens.push(String(c));
      continue;
    }
    // A name or any longer text ends it at once: most rows are data.
    if (typeof c !== "string" || c.length > 24) return false;
    const t = c.trim();
    if (!t) continue;
    const m = COLUMN_NUMBER.exec(t);
    if (!m) return false;
    tokens.push(m[1]);
  }
  if (tokens.length < 3) return false;
  // Increasing: numbers, or letters (A B C), or Roman numerals read as letters is not needed.
  if (tokens.every((t) => /^\d+$/.test(t))) {
    const n = tokens.map(Number);
    return n.every((v, i) => i === 0 || v > n[i - 1]);
  }
  if (tokens.every((t) => /^[A-Za-z]$/.test(t))) {
    const n = tokens.map((t) => t.toUpperCase().charCodeAt(0));
    return n.every((v, i) => i === 0 || v > n[i - 1]);
  }
  return false;
}

/**
 * The row under a header row is a second header row when the first row holds fields (else it is a
 * title over the header), it is text only, adds fields the first row lacks, and each of its cells
 * sits under an empty cell, a merged group title no field took, or the same text (a cell merged
 * down): a data row would write under a recognised header.
 */
function subHeader(
  spec: SheetSpec,
  values: readonly CellValue[][],
  top: number,
  colOffset: number,
  chosen: Readonly<Record<string, ColumnChoice>>,
  first: HeaderCell[],
  alone: Pick<HeaderReading, "columns">,
): HeaderCell[] | null {
  const next = values[top + 1];
  if (!next || next.every(isEmptyCell) || isColumnNumberRow(next)) return null;
  if (next.some((c) => !isEmptyCell(c) && typeof c !== "string")) return null;
  const taken = Object.keys(alone.columns).length;
  if (taken === 0) return null;
  const below = rowCells(next, colOffset, top + 1);
  const takenAt = new Set(Object.values(alone.columns).map((c) => c.index));
  const above = new Map(first.map((c) => [c.index, c]));
  for (const cell of below) {
    const over = above.get(cell.index);
    if (over && takenAt.has(cell.index) && looseKey(over.header) !== looseKey(cell.header)) return null;
  }
  const merged = new Map(first.map((c) => [c.index, c]));
  for (const cell of below) {
    const over = above.get(cell.index);
    // A cell merged down repeats the text above it: the header is the upper cell.
    if (!over || looseKey(over.header) !== looseKey(cell.header)) merged.set(cell.index, cell);
  }
  const cells = [...merged.values()].sort((a, b) => a.index - b.index);
  const both = matchColumns(spec, cells, chosen);
  return Object.keys(both.columns).length > taken ? cells : null;
}

/**
 * The header: the first of the first 15 rows holding at least half of the sheet's required headers
 * (read by words), with the row under it when that is a second header row. Null when none; then
 * `beyond` is a later row that seems to be the header (0-based), for the message.
 */
export function readHeader(
  spec: SheetSpec,
  values: readonly CellValue[][],
  colOffset = 0,
  chosen: Readonly<Record<string, ColumnChoice>> = {},
): { header: HeaderReading | null; beyond: number | null } {
  const need = requiredNeeded(spec);
  const rows = Math.min(HEADER_SCAN_ROWS, values.length);
  for (let r = 0; r < rows; r++) {
    const row = values[r];
    if (!row || row.every(isEmptyCell)) continue;
    const cells = rowCells(row, colOffset, r);
    const alone = matchColumns(spec, cells, chosen);
    const sub = subHeader(spec, values, r, colOffset, chosen, cells, alone);
    const all = sub ?? cells;
    const matched = sub ? matchColumns(spec, sub, chosen) : alone;
    if (requiredFound(spec, matched.columns) < need) continue;
    return { header: { top: r, bottom: sub ? r + 1 : r, cells: all, ...matched }, beyond: null };
  }
  const last = Math.min(values.length, HEADER_SCAN_ROWS + BEYOND_SCAN_ROWS);
  for (let r = HEADER_SCAN_ROWS; r < last; r++) {
    const row = values[r];
    if (!row || row.every(isEmptyCell)) continue;
    if (requiredFound(spec, matchColumns(spec, rowCells(row, colOffset, r)).columns) >= need)
      return { header: null, beyond: r };
  }
  return { header: null, beyond: null };
}

/** How many required and optional fields a sheet's header gives a contract sheet (0 when no header). */
export function headerScore(
  spec: SheetSpec,
  values: readonly CellValue[][],
): { required: number; optional: number; ofRequired: number } {
  const ofRequired = spec.columns.filter((c) => c.required).length;
  const { header } = readHeader(spec, values);
  if (!header) return { required: 0, optional: 0, ofRequired };
  const required = requiredFound(spec, header.columns);
  return { required, optional: Object.keys(header.columns).length - required, ofRequired };
}

/**
 * The unused header cell most like a missing field (shared words), for "có phải cột …?".
 * Null when no unused header shares a word with the field's names.
 */
export function similarColumn(c: ColumnSpec, extras: readonly HeaderCell[]): HeaderCell | null {
  let best: HeaderCell | null = null;
  let bestScore = 0;
  for (const cell of extras) {
    const words = headerWords(cell.header);
    const score = Math.max(...phrases(c).map((p) => overlap(words, p.words)));
    if (score > bestScore) {
      best = cell;
      bestScore = score;
    }
  }
  return best;
}

/** "A", "B", …, "AA": the column letters of a 0-based index. */
export function columnLetter(index: number): string {
  let s = "";
  let n = index + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
