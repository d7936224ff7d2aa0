/** The large .xlsx files of the read bench, streamed to disk (never whole in memory as XML). */
import type { CellValue } from "../domain/model";
import { generateBook } from "./generate";
import { packageParts, rowXml, SharedStrings, sheetXml, styledEmptyRowXml } from "../files/xlsxWriter";
import { ZipFileWriter } from "./zipWriter";

function* rowsOf(values: readonly CellValue[][], strings: SharedStrings): Iterable<string> {
  for (let r = 0; r < values.length; r++) yield rowXml(r + 1, values[r], strings);
}

/** A book of `n` generated nominations (500 units), as the bench's check timings use. */
export async function writeNominationsBook(file: string, n: number): Promise<void> {
  const sheets = generateBook({ units: 500, nominations: n, targets: 0, history: 0 });
  await writeSheets(
    file,
    sheets.map((s) => ({ name: s.name, rows: (t) => rowsOf(s.values, t) })),
  );
}

/**
 * A year's nominations table pre-formatted down to row 1,048,575: 22 columns of bordered empty cells
 * below 20 real rows (the 59 MB book of issue 9).
 */
export async function writeStyledEmptyBook(file: string): Promise<void> {
  const [plan, units, , , nominations] = generateBook({ units: 50, nominations: 20, targets: 0, history: 0 });
  await writeSheets(file, [
    { name: plan.name, rows: (t) => rowsOf(plan.values, t) },
    { name: units.name, rows: (t) => rowsOf(units.values, t) },
    {
      name: nominations.name,
      rows: function* (t) {
        yield* rowsOf(nominations.values, t);
        for (let r = nominations.values.length + 1; r <= 1_048_575; r++) yield styledEmptyRowXml(r, 22);
      },
    },
  ]);
}

async function writeSheets(
  file: string,
  sheets: { name: string; rows: (strings: SharedStrings) => Iterable<string> }[],
): Promise<void> {
  const zip = new ZipFileWriter(file);
  const strings = new SharedStrings();
  for (const part of packageParts(sheets.map((s) => s.name))) await zip.add(part.name, [part.data as string]);
  for (const [i, s] of sheets.entries()) await zip.add(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s.rows(strings)));
  await zip.add("xl/sharedStrings.xml", strings.xml());
  await zip.close();
}
