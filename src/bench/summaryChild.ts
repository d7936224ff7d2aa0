/**
 * The summary workbook measured in its own process (`node dist-cli/bench/summaryChild.js N`), so its
 * peak memory is its own. For N generated nominations: the summary from the book's cells to the
 * file (check, figures and the streamed workbook), then — as the yardstick the issue sets — the
 * streaming writer alone writing the same cells without styles. Prints one JSON line.
 *
 * The yardstick runs after the summary, in a process whose exceljs code is already compiled and
 * warm, while the summary's writing ran cold. So it is also measured cold:
 * `summaryChild.js N --keep FILE` keeps the summary's workbook, and `summaryChild.js --plain FILE`
 * reads its cells in a fresh process and writes them once with the plain streaming writer.
 */
import ExcelJS from "exceljs";
import { rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { performance } from "perf_hooks";
import { writeSummaryFile } from "../cli/summary";
import { prepareSummary } from "../files/summaryBook";
import { generateBook } from "./generate";

/** CPU time (user + system, every thread of the process) since `from`, in ms: steadier than the clock on a shared machine. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
}

interface SheetCells {
  name: string;
  values: unknown[][];
}

/**
 * The cells of a written workbook (every sheet, every row: the book reader would keep only the
 * sheets it knows), and how many are filled.
 */
async function readCells(file: string): Promise<{ sheets: SheetCells[]; cells: number }> {
  const sheets: SheetCells[] = [];
  for await (const ws of new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: "emit" })) {
    const sheet = { name: (ws as unknown as { name: string }).name, values: [] as unknown[][] };
    for await (const row of ws) sheet.values.push((row.values as unknown[]).slice(1));
    sheets.push(sheet);
  }
  const cells = sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.filter((v) => v != null).length, 0), 0);
  return { sheets, cells };
}

/** The streaming writer alone (no styles, no layout) writing these cells; its time and CPU time. */
async function writePlain(sheets: readonly SheetCells[], file: string): Promise<{ ms: number; cpuMs: number }> {
  const c = process.cpuUsage();
  const t = performance.now();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const values of sheet.values) ws.addRow(values as ExcelJS.CellValue[]).commit();
    ws.commit();
  }
  await wb.commit();
  const ms = performance.now() - t;
  const used = cpuMs(c);
  rmSync(file, { force: true });
  return { ms, cpuMs: used };
}

async function run(): Promise<void> {
  const at = process.argv.indexOf("--plain");
  if (at >= 0) {
    const file = process.argv[at + 1];
    const { sheets, cells } = await readCells(file);
    const { ms, cpuMs: used } = await writePlain(sheets, path.join(tmpdir(), `tdkt-bench-plain-${process.pid}.xlsx`));
    console.log(JSON.stringify({ coldStreamMs: ms, coldStreamCpuMs: used, cells }));
    return;
  }
  const nominations = Number(process.argv[2] ?? 20_000);
  const keep = process.argv.indexOf("--keep");
  const sheets = generateBook({ units: 500, nominations, targets: 5_000, history: 0 });
  const today = { year: 2024, month: 12, day: 10 };
  const out = keep >= 0 ? process.argv[keep + 1] : path.join(tmpdir(), `tdkt-bench-summary-${process.pid}.xlsx`);

  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const { input } = prepareSummary(sheets, today);
  const prepareMs = performance.now() - t0;
  const prepareCpuMs = cpuMs(c0);
  await writeSummaryFile(out, input);
  const summaryMs = performance.now() - t0;
  const summaryCpuMs = cpuMs(c0);
  const peakRssMB = process.resourceUsage().maxRSS / 1024;

  const { sheets: written, cells } = await readCells(out);
  const plain = await writePlain(written, path.join(tmpdir(), `tdkt-bench-summary-plain-${process.pid}.xlsx`));
  if (keep < 0) rmSync(out, { force: true });
  console.log(
    JSON.stringify({
      nominations,
      prepareMs,
      summaryMs,
      streamMs: plain.ms,
      prepareCpuMs,
      summaryCpuMs,
      streamCpuMs: plain.cpuMs,
      cells,
      peakRssMB,
    }),
  );
}

run().catch((e) => {
  console.error(e);
  process.exit(1);
});
