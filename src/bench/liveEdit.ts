/**
 * The live check after one edit, on the in-memory Excel host: a 20,000-nomination book is read and
 * checked once, then the clerk changes one nomination's unit code; the re-check reads what changed
 * (LiveBook) and checks the book again. Printed: the time of that re-check and the cells it read.
 */
import { performance } from "perf_hooks";
import type { DateOnly } from "../domain/model";
import { LiveBook } from "../excel/liveBook";
import { createMemoryHost } from "../excel/memory";
import { watchChanges } from "../excel/watchChanges";
import { checkWorkbook } from "../sheets/checkWorkbook";
import { NOMINATIONS_SHEET } from "../sheets/contract";
import { generateBook } from "./generate";

export interface LiveEditFigures {
  /** Cells of the contract sheets: what a full read reads. */
  bookCells: number;
  /** Cells the re-check read after the edit. */
  cellsRead: number;
  readMs: number;
  checkMs: number;
  totalMs: number;
  /** CPU time of read + check (user + system): what the wall time is when the machine is not shared. */
  cpuMs: number;
  /** The edit's finding appeared (the re-check saw it). */
  seen: boolean;
}

const delivered = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

export async function benchLiveEdit(nominations: number, today: DateOnly, runs = 5): Promise<LiveEditFigures> {
  const book = generateBook({ units: 100, nominations, targets: 200, history: 1_000 });
  const host = createMemoryHost(book.map((s) => ({ name: s.name, values: s.values })));
  const live = new LiveBook(host.run);
  const stop = await watchChanges(host.run, (change) => live.changed(change));
  const first = await live.read("all");
  const bookCells = first.cellsRead;
  const nominationsSheet = book.find((s) => s.name === NOMINATIONS_SHEET.name);
  const unitColumn = nominationsSheet ? nominationsSheet.values[0].indexOf("Mã đơn vị") : -1;
  if (unitColumn < 0) throw new Error("bench: the generated nominations have no unit column");
  checkWorkbook(first.sheets, today);

  const samples: Omit<LiveEditFigures, "bookCells">[] = [];
  for (let i = 0; i < runs; i++) {
    // Row 10,000 (and its neighbours on later runs) gets a unit the book does not have.
    const code = `X-KHONGCO${i}`;
    host.editCell(NOMINATIONS_SHEET.name, Math.floor(nominations / 2) + i, unitColumn, code);
    await delivered();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const read = await live.read("changes");
    const t1 = performance.now();
    const check = checkWorkbook(read.sheets, today);
    const t2 = performance.now();
    const cpu = process.cpuUsage(c0);
    samples.push({
      cpuMs: (cpu.user + cpu.system) / 1000,
      cellsRead: read.cellsRead,
      readMs: t1 - t0,
      checkMs: t2 - t1,
      totalMs: t2 - t0,
      seen: check.findings.some((f) => f.code === "UNKNOWN_UNIT" && String(f.params.value ?? "") === code),
    });
  }
  await stop();
  const median = <K extends "readMs" | "checkMs" | "totalMs" | "cpuMs">(k: K) =>
    [...samples].sort((a, b) => a[k] - b[k])[Math.floor(samples.length / 2)][k];
  return {
    bookCells,
    cellsRead: Math.max(...samples.map((s) => s.cellsRead)),
    readMs: median("readMs"),
    checkMs: median("checkMs"),
    totalMs: median("totalMs"),
    cpuMs: median("cpuMs"),
    seen: samples.every((s) => s.seen),
  };
}
