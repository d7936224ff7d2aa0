/** Plain-text tables for the terminal: columns padded by characters (Vietnamese letters in NFC are one each). */

export const width = (text: string) => Array.from(text.normalize("NFC")).length;

/** Pads each column to its widest cell; the last column is not padded. `right` columns align right. */
export function columns(rows: string[][], right: ReadonlySet<number> = new Set()): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ""))));
  return rows.map((r) =>
    r
      .map((cell, c) => {
        const pad = " ".repeat(widths[c] - width(cell));
        if (right.has(c)) return pad + cell;
        return c === r.length - 1 ? cell : cell + pad;
      })
      .join("  ")
      .trimEnd(),
  );
}
