/**
 * The live check after one edit, on the in-memory Excel host: a 20,000-nomination book is read and
 * checked once, then the clerk changes one nomination's unit code. The re-check reads the book as the
 * pane does after an edit (the live reader of src/excel/liveBook.ts, fed by watchChanges, as
 * src/taskpane/host.ts wires them: only the changed cells) and checks it; beside it, the same edit
 * re-checked after a full read (what the clerk's button does). Printed for both: the time, split in
 * read and check, the CPU time and the cells read.
 */
import { performance } from "perf_hooks";
import type { DateOnly } from "../domain/model";
import { LiveBook, paneSheets } from "../excel/liveBook";
import { createMemoryHost } from "../excel/memory";
import { watchChanges } from "../excel/watchChanges";
import { checkWorkbook } from "../sheets/checkWorkbook";
import { NOMINATIONS_SHEET } from "../sheets/contract";
import { generateBook } from "./generate";

export interface ReCheckFigures {
  /** Cells the re-check read. */
  cellsRead: number;
  readMs: number;
  checkMs: number;
  totalMs: number;
  /** CPU time of read + check (user + system): what the wall time is when the machine is not shared. */
  cpuMs: number;
  /** The edit's finding appeared (the re-check saw it), on every run. */
  seen: boolean;
}

export interface LiveEditFigures {
  /** Cells of the contract sheets: what a full read reads. */
  bookCells: number;
  /** After an edit, as the pane re-checks: the changed cells only. */
  live: ReCheckFigures;
  /** The same edit re-checked after reading the whole book (the button). */
  full: ReCheckFigures;
  /** The live re-checks ended with what a full re-check finds. */
  same: boolean;
}

// Excel delivers events after the request that raised them; the memory host does it on a timer.
const delivered = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchLiveEdit(nominations: number, today: DateOnly, runs = 7): Promise<LiveEditFigures> {
  const book = generateBook({ units: 100, nominations, targets: 200, history: 1_000 });
  const host = createMemoryHost(book.map((s) => ({ name: s.name, values: s.values })));
  const live = new LiveBook(host.run);
  const stop = await watchChanges(host.run, (change) => live.changed(change));

  const reCheck = async (scope: "all" | "changes", code: string) => {
    const before = host.cellsRead();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const sheets = paneSheets(await live.read(scope));
    const t1 = performance.now();
    const check = checkWorkbook(sheets, today);
    const t2 = performance.now();
    const cpu = process.cpuUsage(c0);
    return {
      figures: {
        cellsRead: host.cellsRead() - before,
        readMs: t1 - t0,
        checkMs: t2 - t1,
        totalMs: t2 - t0,
        cpuMs: (cpu.user + cpu.system) / 1000,
        seen: check.findings.some((f) => f.code === "UNKNOWN_UNIT" && String(f.params.value ?? "") === code),
      },
      findings: JSON.stringify(check.findings),
    };
  };

  const nominationsSheet = book.find((s) => s.name === NOMINATIONS_SHEET.name);
  const unitColumn = nominationsSheet ? nominationsSheet.values[0].indexOf("Mã đơn vị") : -1;
  if (unitColumn < 0) throw new Error("bench: the generated nominations have no unit column");
  const first = await reCheck("all", "");
  const bookCells = first.figures.cellsRead;

  // Edits one after another, as a clerk makes them, each re-checked as the pane does; then the same
  // number of edits each re-checked after a full read. Row 10,000 and its neighbours get a unit the
  // book does not have.
  const edit = async (i: number) => {
    const code = `X-KHONGCO${i}`;
    host.editCell(NOMINATIONS_SHEET.name, Math.floor(nominations / 2) + i, unitColumn, code);
    await delivered();
    return code;
  };
  // The first edits are not counted: a pane open for a while runs warm code (the JIT), as the
  // second half of a run shows.
  const warmUp = 3;
  const light: ReCheckFigures[] = [];
  let last = "";
  for (let i = 0; i < warmUp + runs; i++) {
    const r = await reCheck("changes", await edit(i));
    if (i >= warmUp) light.push(r.figures);
    last = r.findings;
  }
  // The last live re-check found what a full one finds on the same book.
  const same = (await reCheck("all", "")).findings === last;
  const whole: ReCheckFigures[] = [];
  for (let i = warmUp + runs; i < warmUp + 2 * runs; i++) whole.push((await reCheck("all", await edit(i))).figures);
  await stop();
  const summary = (of: ReCheckFigures[]): ReCheckFigures => ({
    cellsRead: Math.max(...of.map((s) => s.cellsRead)),
    readMs: median(of.map((s) => s.readMs)),
    checkMs: median(of.map((s) => s.checkMs)),
    totalMs: median(of.map((s) => s.totalMs)),
    cpuMs: median(of.map((s) => s.cpuMs)),
    seen: of.every((s) => s.seen),
  });
  return { bookCells, live: summary(light), full: summary(whole), same };
}
