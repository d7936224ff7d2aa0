/**
 * A1 addresses, as the adapter writes and reads them (the in-memory host has its own reader, a1.ts):
 * "E12", "A1:C3", "A:A", "Sheet1!A1", "'Đề nghị khen thưởng'!E12" (quotes doubled inside).
 */
import { columnLetter } from "../sheets/headers";
import type { Box } from "../sheets/plan";

/** 0-based, inclusive; the sheet when the address names one. */
export interface CellBox extends Box {
  sheet: string | null;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 0-based column index of letters "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "E12" for 0-based row 11, column 4. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "A1:C3", or "A1" for a single cell. */
export function boxAddress(box: Box): string {
  const first = cellAddress(box.top, box.left);
  return box.top === box.bottom && box.left === box.right ? first : `${first}:${cellAddress(box.bottom, box.right)}`;
}

const PART = /^(\$?[A-Za-z]{1,3})?(\$?\d{1,7})?$/;

function parsePart(part: string): { row: number | null; col: number | null } | null {
  const m = PART.exec(part);
  if (!m || (!m[1] && !m[2])) return null;
  return {
    col: m[1] ? columnIndex(m[1].replace("$", "")) : null,
    row: m[2] ? Number(m[2].replace("$", "")) - 1 : null,
  };
}

/** Parses an A1 address; null when it is not one. Whole columns ("A:C") and rows ("2:5") are allowed. */
export function parseAddress(address: string): CellBox | null {
  let sheet: string | null = null;
  let rest = address.trim();
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    const raw = rest.slice(0, bang);
    sheet = raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2 ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    rest = rest.slice(bang + 1);
  }
  const [a, b = a, extra] = rest.split(":");
  if (extra !== undefined) return null;
  const p = parsePart(a);
  const q = parsePart(b);
  if (!p || !q) return null;
  // "A:C" is whole columns, "2:5" whole rows; "A1:C" is not an address.
  if ((p.row === null) !== (q.row === null) || (p.col === null) !== (q.col === null)) return null;
  const top = p.row ?? 0;
  const bottom = q.row ?? MAX_ROWS - 1;
  const left = p.col ?? 0;
  const right = q.col ?? MAX_COLUMNS - 1;
  if (top < 0 || left < 0 || bottom >= MAX_ROWS || right >= MAX_COLUMNS) return null;
  return {
    sheet,
    top: Math.min(top, bottom),
    bottom: Math.max(top, bottom),
    left: Math.min(left, right),
    right: Math.max(left, right),
  };
}
