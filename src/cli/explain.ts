/**
 * `tdkt check --explain`: how the book was read (which sheet as what, which column as which field,
 * which rows were skipped as parts of the form).
 */
import { SHEETS, sheetSpec } from "../sheets/contract";
import { MAP_SHEET, hasChoices } from "../sheets/readingMap";
import type { BookReading } from "../sheets/reading";
import { t, type Lang } from "../i18n";
import { rowRuns } from "../i18n/reading.vi";

/** Whether a sheet of the book that looks like part of it was left unread (then the exit code is never 0). */
export function leftUnread(reading: BookReading): boolean {
  return reading.notRead.length > 0;
}

export function explainLines(reading: BookReading, lang: Lang): string[] {
  const lines = [t(lang, "explain.title")];
  for (const s of reading.sheets) {
    const name = sheetSpec(s.key).name;
    const how = t(lang, `how.sheet.${s.how}`);
    lines.push(
      s.headerRows.length
        ? `  ${t(lang, "explain.sheet", { name, sheet: s.sheet, how, header: rowRuns(s.headerRows), rows: s.dataRows })}`
        : `  ${t(lang, "explain.sheetNoHeader", { name, sheet: s.sheet, how })}`,
    );
    for (const c of s.columns) {
      if (c.how && c.cell && c.header !== null) {
        const column = c.cell.replace(/\d+$/, "");
        lines.push(
          `    ${t(lang, "explain.column", { name: c.name, column, header: c.header, how: t(lang, `how.column.${c.how}`) })}`,
        );
      } else if (c.required) lines.push(`    ${t(lang, "explain.columnMissing", { name: c.name })}`);
    }
    if (s.unused.length)
      lines.push(
        `    ${t(lang, "explain.unused", { columns: s.unused.map((u) => `“${u.header}” (${u.cell})`).join(", ") })}`,
      );
    for (const { part, rows } of s.skipped)
      lines.push(`    ${t(lang, "explain.skipped", { part: t(lang, `part.${part}`), rows: rowRuns(rows) })}`);
  }
  const absent = SHEETS.filter((s) => reading.absent.includes(s.key)).map((s) => s.name);
  if (absent.length) lines.push(`  ${t(lang, "explain.absent", { sheets: absent.join(", ") })}`);
  for (const n of reading.notRead)
    lines.push(`  ${t(lang, "explain.notRead", { sheet: n.sheet, like: sheetSpec(n.like).name })}`);
  if (reading.others.length)
    lines.push(`  ${t(lang, "explain.others", { sheets: reading.others.map((o) => `“${o}”`).join(", ") })}`);
  if (hasChoices(reading.choices)) lines.push(`  ${t(lang, "explain.choices", { store: MAP_SHEET })}`);
  return lines;
}
