/**
 * The parts of an official list that are not data: the column-number row under the header
 * ("(1) (2) (3)…"), a header repeated on a later page, section and group rows ("A. DANH HIỆU THI
 * ĐUA", "I. Lao động tiên tiến (4 cá nhân)"), totals ("Tổng cộng: 8", an Excel Table's totals row),
 * and the signature block or anything else below the data after an empty row that does not look
 * like data. When in doubt, a row holding most of its required cells is data.
 */
import type { CellValue } from "../domain/model";
import type { FormPart } from "../domain/reading";
import { looseKey } from "../domain/text";
import { isEmptyCell } from "./cells";
import { isColumnNumberRow } from "./headers";
import { memoOf, recalled, type RowLook } from "./rowMemo";

export type { FormPart };

export const FORM_PARTS: readonly FormPart[] = ["columnNumbers", "repeatedHeader", "sections", "totals", "signature"];

export interface RowPlan {
  /** 0-based indices into values of the rows read as data, in order. */
  data: number[];
  /** 0-based indices of the rows skipped, by part. */
  skipped: Record<FormPart, number[]>;
}

export interface TableShape {
  /** 0-based positions within a row (worksheet column − colOffset) of the present columns each row must fill. */
  required: number[];
  /** Position within a row → loose key of its header, to know a header repeated further down. */
  headers: Map<number, string>;
  /** Positions of the first two header cells: where a section heading is written. */
  left: number[];
}

// "I.", "II -", "A)", "b.", "IV" alone, or "1. Khối các xã" (a number with its heading in one cell).
const ROMAN_OR_LETTER = /^(?:[IVXLC]{1,6}|[A-ZĐa-zđ])(?:\s*[.):\-–]\s*|\s+|$)/u;
const NUMBERED_HEADING = /^\d{1,2}\s*[.)]\s*\p{L}/u;
const TOTALS = /^(tong cong|tong so|tong|cong|total)(\s+(\d.*|[ivx]+\b.*|ca nhan.*|tap the.*|so .*))?$/;
// A signatory's title opens its cell ("CHỦ TỊCH", "KT. GIÁM ĐỐC", "TM. UBND"); inside a text it is an
// award's name ("Giấy khen của Chủ tịch UBND…", "Giấy khen của Giám đốc Sở…"), which is data.
const SIGNATORY =
  /^(?:tm\s+(?:ubnd|uy ban nhan dan)|(?:(?:tm|kt|q|tl|ttl)\s+)*(?:pho\s+)?(?:nguoi lap|lap bieu|thu truong|chu tich|giam doc|truong phong|xac nhan|noi nhan))\b/;
// The date line and the signing instructions are no award's name wherever they stand.
const SIGNING = /\b(ky ten|ky ghi ro|ky va ghi|ky dong dau|dong dau|ngay \d{1,2} thang \d{1,2} nam|ngay thang nam)\b/;

function text(v: CellValue | undefined): string {
  return typeof v === "string" ? v.trim() : "";
}

/**
 * The filled cells of a row. A title merged across the row reads as its first cell: some readers
 * repeat a merged cell's text in every cell it covers, Excel gives it to the first cell only.
 */
function filledIndices(row: readonly CellValue[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < row.length; i++) if (!isEmptyCell(row[i])) out.push(i);
  if (out.length > 1 && typeof row[out[0]] === "string" && out.every((i) => row[i] === row[out[0]])) return [out[0]];
  return out;
}

function isSectionRow(row: readonly CellValue[], filled: number[], shape: TableShape): boolean {
  if (filled.length === 0 || filled.length > 2) return false;
  const first = filled[0];
  if (shape.left.length > 0 && !shape.left.includes(first) && first > Math.max(...shape.left)) return false;
  const t = text(row[first]);
  if (!t) return false;
  if (NUMBERED_HEADING.test(t)) return true;
  if (!ROMAN_OR_LETTER.test(t)) return false;
  // "I" alone in the STT column, with the heading in the next cell or nothing else.
  return filled.length === 1 || typeof row[filled[1]] === "string";
}

function isTotalsRow(row: readonly CellValue[], filled: number[]): boolean {
  for (const i of filled.slice(0, 3)) {
    const t = text(row[i]);
    if (t && TOTALS.test(looseKey(t))) return true;
  }
  return false;
}

/** A copy of the header row (a printed list repeats it on each page): the same texts under the same headers. */
function isRepeatedHeader(row: readonly CellValue[], filled: number[], shape: TableShape): boolean {
  if (filled.length < 2) return false;
  let same = 0;
  for (const i of filled) {
    const h = shape.headers.get(i);
    const v = row[i];
    if (h !== undefined && typeof v === "string" && v.length >= h.length && h === v.trim().toLowerCase()) same++;
  }
  return same * 2 >= filled.length && same >= 2;
}

/** A short row of the signature block: "Người lập biểu", "TM. UBND", "ngày … tháng … năm". */
function looksSigned(row: readonly CellValue[], filled: number[]): boolean {
  if (filled.length > 3) return false;
  return filled.some((i) => {
    const key = typeof row[i] === "string" ? looseKey(text(row[i])) : "";
    return key !== "" && (SIGNATORY.test(key) || SIGNING.test(key));
  });
}

/**
 * The looks of a table shape, one object for each thing a row can look like: every row of a sheet
 * is one of a few kinds, so 20,000 rows share a handful of objects rather than keep one each. What a
 * row looked like, under which shape, is remembered by the very array of its cells (rowMemo.ts).
 */
const lookTables = new Map<string, RowLook[]>();
function lookTable(shape: string): (part: FormPart | null, sign: boolean, dataLike: boolean) => RowLook {
  let table = lookTables.get(shape);
  if (table === undefined) {
    if (lookTables.size >= 1_000) lookTables.clear();
    lookTables.set(shape, (table = []));
  }
  const looks = table;
  return (part, sign, dataLike) => {
    const at = (FORM_PARTS.indexOf(part as FormPart) + 1) * 4 + (sign ? 2 : 0) + (dataLike ? 1 : 0);
    return (looks[at] ??= { part, sign, dataLike });
  };
}

const keys = new Map<string, string>();

/** The one string object for a key, so comparing it with a row's is comparing references (20,000 rows). */
export function interned(key: string): string {
  const known = keys.get(key);
  if (known !== undefined) return known;
  if (keys.size >= 1_000) keys.clear();
  keys.set(key, key);
  return key;
}

/**
 * Which rows from `start` on are data, and which are parts of the form. `values` rows past the end
 * or fully empty are neither.
 */
export function planRows(values: readonly CellValue[][], start: number, shape: TableShape): RowPlan {
  const skipped: RowPlan["skipped"] = {
    columnNumbers: [],
    repeatedHeader: [],
    sections: [],
    totals: [],
    signature: [],
  };
  const parts: (FormPart | null)[] = [];
  const dataLike: boolean[] = [];
  const signed: boolean[] = [];
  const rows: number[] = [];
  const shapeKey = interned(JSON.stringify([shape.required, [...shape.headers], shape.left]));
  const lookOf = lookTable(shapeKey);
  for (let r = start; r < values.length; r++) {
    const row = values[r];
    if (!row) continue;
    const known = recalled(row);
    if (known && known.shape === shapeKey) {
      if (!known.look) continue;
      rows.push(r);
      parts.push(known.look.part);
      signed.push(known.look.sign);
      dataLike.push(known.look.dataLike);
      continue;
    }
    const memo = memoOf(row);
    memo.shape = shapeKey;
    if (row.every(isEmptyCell)) {
      memo.look = null;
      continue;
    }
    const filled = filledIndices(row);
    // A merged title counts once (filledIndices); otherwise a required cell counts when it is filled.
    let have = 0;
    for (const i of shape.required) if (filled.length === 1 ? filled[0] === i : !isEmptyCell(row[i])) have++;
    const most = shape.required.length === 0 || have * 2 > shape.required.length;
    let part: FormPart | null = null;
    if (isColumnNumberRow(row)) part = "columnNumbers";
    else if (isRepeatedHeader(row, filled, shape)) part = "repeatedHeader";
    else if (!most && isTotalsRow(row, filled)) part = "totals";
    else if (!most && isSectionRow(row, filled, shape)) part = "sections";
    const sign = looksSigned(row, filled);
    const isData = part === null && most && !sign;
    memo.look = lookOf(part, sign, isData);
    rows.push(r);
    parts.push(part);
    signed.push(sign);
    dataLike.push(isData);
  }

  // Where what is below the data starts (`tail`): the first of
  //  - a row that looks signed ("Người lập biểu", "ngày … tháng … năm") with no data after it;
  //  - a block after an empty row that opens with such a row (the signatories' names below it may
  //    look like a row of data: they are still the signature);
  //  - the first empty row after the last row that looks like data (after the first block of rows
  //    when none does): what follows it does not look like data.
  let last = -1;
  for (let i = rows.length - 1; i >= 0; i--) {
    if (dataLike[i]) {
      last = i;
      break;
    }
  }
  const gapBefore = (i: number) => i > 0 && rows[i] > rows[i - 1] + 1;
  let tail = rows.length;
  for (let i = last + 1; i < rows.length; i++) {
    if (signed[i]) {
      tail = i;
      break;
    }
  }
  for (let i = 1; i < tail; i++) {
    if (gapBefore(i) && signed[i]) {
      tail = i;
      break;
    }
  }
  for (let i = Math.max(last, 0) + 1; i < tail; i++) {
    if (gapBefore(i)) {
      tail = i;
      break;
    }
  }
  if (tail < rows.length) last = Math.min(last, tail - 1);

  const data: number[] = [];
  rows.forEach((r, i) => {
    let part = parts[i];
    if (i >= tail) part ??= "signature";
    // Numbers alone just below the data (a totals row without its label).
    else if (part === null && last >= 0 && i > last && onlyNumbers(values[r]) && !dataLike[i]) part = "totals";
    if (part) skipped[part].push(r);
    else data.push(r);
  });
  return { data, skipped };
}

function onlyNumbers(row: readonly CellValue[]): boolean {
  const filled = row.filter((c) => !isEmptyCell(c));
  return filled.length > 0 && filled.every((c) => typeof c === "number");
}
