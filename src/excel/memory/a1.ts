/**
 * The in-memory host's own reading of A1 references, as Excel reads them. It shares no code with the
 * adapter's address.ts on purpose: an oracle that parsed with the adapter's code would agree with the
 * adapter's mistakes.
 */
import type { Box } from "./book";

const ROWS = 1_048_576;
const COLUMNS = 16_384;

// [sheet!]first[:last]; a part is a column, a row or both, each with an optional "$". A sheet name
// with spaces or punctuation must be quoted.
const REFERENCE =
  /^(?:(?:'(?<quoted>(?:[^']|'')*)'|(?<bare>[\p{L}\p{N}_.]+))!)?(?<c1>\$?[A-Za-z]{1,3})?(?<r1>\$?[0-9]{1,7})?(?<range>:(?<c2>\$?[A-Za-z]{1,3})?(?<r2>\$?[0-9]{1,7})?)?$/u;

const number = (part: string) => Number(part.replace("$", ""));
const column = (letters: string) =>
  [...letters.replace("$", "").toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** A reference → its sheet (null when none is named) and 0-based box; null when Excel would refuse it. */
export function readReference(text: string): { sheet: string | null; box: Box } | null {
  const g = REFERENCE.exec(text.trim())?.groups;
  if (!g) return null;
  const sheet = g.quoted !== undefined ? g.quoted.replace(/''/g, "'") : (g.bare ?? null);
  // 1-based [first, last] rows and columns, by the shape of the reference.
  let rows: [number, number];
  let cols: [number, number];
  if (g.c1 && g.r1 && !g.range) {
    rows = [number(g.r1), number(g.r1)]; // "B3"
    cols = [column(g.c1), column(g.c1)];
  } else if (g.c1 && g.r1 && g.c2 && g.r2) {
    rows = [number(g.r1), number(g.r2)]; // "B3:D9"
    cols = [column(g.c1), column(g.c2)];
  } else if (g.c1 && !g.r1 && g.c2 && !g.r2) {
    rows = [1, ROWS]; // "B:D"
    cols = [column(g.c1), column(g.c2)];
  } else if (!g.c1 && g.r1 && !g.c2 && g.r2) {
    rows = [number(g.r1), number(g.r2)]; // "3:9"
    cols = [1, COLUMNS];
  } else return null;
  const [top, bottom] = rows[0] <= rows[1] ? rows : [rows[1], rows[0]];
  const [left, right] = cols[0] <= cols[1] ? cols : [cols[1], cols[0]];
  if (top < 1 || left < 1 || bottom > ROWS || right > COLUMNS) return null;
  return { sheet, box: { top: top - 1, bottom: bottom - 1, left: left - 1, right: right - 1 } };
}

function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A box as Excel writes an address: "E12", or "A1:C3". */
export function writeReference(box: Box): string {
  const at = (row: number, col: number) => columnName(col) + String(row + 1);
  const first = at(box.top, box.left);
  return box.top === box.bottom && box.left === box.right ? first : `${first}:${at(box.bottom, box.right)}`;
}

/** A sheet as Excel names it in an address: bare when it can be, else quoted. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.split("'").join("''")}'`;
}
