/**
 * The clerk's sheets in the in-memory Excel host the pane runs on (the preview's host), hidden
 * sheets hidden, so the pane's adapter code sees the book as Excel would show it. No Excel on the
 * web stands between the page and its book: reads and writes have no 5 MB limit to keep under.
 */
import { createMemoryHost, type MemoryHost } from "../excel/memory";
import type { OpenedSheet } from "./workbookValues";

export async function memoryBook(sheets: readonly OpenedSheet[]): Promise<MemoryHost> {
  const host = createMemoryHost(
    sheets.map((s) => ({ name: s.name, values: s.values })),
    { responseBytes: Infinity, requestBytes: Infinity },
  );
  const hidden = sheets.filter((s) => s.visibility !== "Visible");
  if (hidden.length && hidden.length < sheets.length) {
    await host.run(async (context) => {
      for (const s of hidden) context.workbook.worksheets.getItem(s.name).visibility = s.visibility;
      await context.sync();
    });
  }
  const first = sheets.find((s) => s.visibility === "Visible");
  if (first) host.setActiveSheet(first.name);
  return host;
}
