/** The task pane's path on the in-memory Excel host: read + check, then mark the error cells. */
import { performance } from "perf_hooks";
import type { DateOnly } from "../domain/model";
import { createMemoryHost } from "../excel/memory";
import { markFindings, readBook } from "../excel/workbook";
import { message } from "../i18n";
import { checkWorkbook } from "../sheets/checkWorkbook";
import { generateBook } from "./generate";

export interface HostFigures {
  checkMs: number;
  checkSyncs: number;
  markMs: number;
  markSyncs: number;
  marked: number;
}

export async function benchExcelHost(nominations: number, today: DateOnly): Promise<HostFigures> {
  const book = generateBook({ units: 100, nominations, targets: 200, history: 1_000 });
  const host = createMemoryHost(book.map((s) => ({ name: s.name, values: s.values })));
  const t0 = performance.now();
  const read = await readBook(host.run);
  const check = checkWorkbook(read.sheets, today);
  const checkMs = performance.now() - t0;
  const marks = check.findings
    .filter((f) => f.severity === "error" && f.sheet && f.cell)
    .map((f) => ({ sheet: f.sheet as string, cell: f.cell as string, note: message(f, "vi") }));
  const t1 = performance.now();
  const mark = await markFindings(host.run, marks);
  return {
    checkMs,
    checkSyncs: read.syncs,
    markMs: performance.now() - t1,
    markSyncs: mark.syncs,
    marked: mark.marked,
  };
}
