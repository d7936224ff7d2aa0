/**
 * The live check after one edit, on the in-memory Excel host: a 20,000-nomination book is read and
 * checked once, then the clerk changes one nomination's unit code; the re-check reads the book as the
 * pane does (PaneServices.readBook: the reader that knows sheets by name, header and the clerk's
 * choices) and checks it again. Printed: the time of that re-check and the cells it read. (The light
 * re-read of changed cells only, src/excel/liveBook.ts, is not what the pane runs since issue 8.)
 */
import { performance } from "perf_hooks";
import type { DateOnly } from "../domain/model";
import { createMemoryHost } from "../excel/memory";
import { checkWorkbook } from "../sheets/checkWorkbook";
import { servicesFor } from "../taskpane/host";
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
  const services = servicesFor(host.run, "preview");
  const read = async () => {
    const before = host.cellsRead();
    const sheets = await services.readBook();
    return { sheets, cellsRead: host.cellsRead() - before };
  };
  const first = await read();
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
    const again = await read();
    const t1 = performance.now();
    const check = checkWorkbook(again.sheets, today);
    const t2 = performance.now();
    const cpu = process.cpuUsage(c0);
    samples.push({
      cpuMs: (cpu.user + cpu.system) / 1000,
      cellsRead: again.cellsRead,
      readMs: t1 - t0,
      checkMs: t2 - t1,
      totalMs: t2 - t0,
      seen: check.findings.some((f) => f.code === "UNKNOWN_UNIT" && String(f.params.value ?? "") === code),
    });
  }
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
