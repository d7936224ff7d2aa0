/**
 * Keeps the clerk's choices of how the book is read (src/sheets/readingMap.ts) in the workbook's very
 * hidden sheet `_tdkt_map`, where `readBook` finds them and the parser applies them. The clerk's own
 * sheets are never renamed, moved or written to.
 *
 * 3 syncs: the sheet names and the events flag; the write (events and screen updating off: column A
 * of the store cleared, then the choices); events back on.
 */
import { encodeChoices, MAP_SHEET, type ReadingChoices } from "../sheets/readingMap";
import type { ExcelRun } from "./host";
import { counted, quietly } from "./sync";

export async function saveReadingChoices(run: ExcelRun, choices: ReadingChoices): Promise<{ syncs: number }> {
  return run(async (context) => {
    const counter = counted(context);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    context.runtime.load("enableEvents");
    await counter.sync();

    const exists = worksheets.items.some((w) => w.name.toLocaleLowerCase() === MAP_SHEET);
    const cells = encodeChoices(choices);
    await quietly(context, counter, context.runtime.enableEvents, () => {
      const store = exists ? worksheets.getItem(MAP_SHEET) : worksheets.add(MAP_SHEET);
      if (!exists) store.visibility = "VeryHidden";
      else store.getRange("A:A").clear("Contents");
      store.getRange(`A1:A${cells.length}`).values = cells;
    });
    return { syncs: counter.syncs };
  });
}
