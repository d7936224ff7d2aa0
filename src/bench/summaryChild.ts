/**
 * The summary workbook measured in its own process (`node dist-cli/bench/summaryChild.js N`), so its
 * peak memory is its own. For N generated nominations: the summary from the book's cells to the
 * file (check, figures and the streamed workbook), then — as the yardstick the issue sets — the
 * streaming writer alone writing the same cells without styles. Prints one JSON line.
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

async function run(): Promise<void> {
  const nominations = Number(process.argv[2] ?? 20_000);
  const sheets = generateBook({ units: 500, nominations, targets: 5_000, history: 0 });
  const today = { year: 2024, month: 12, day: 10 };
  const out = path.join(tmpdir(), `tdkt-bench-summary-${process.pid}.xlsx`);
  const plain = path.join(tmpdir(), `tdkt-bench-summary-plain-${process.pid}.xlsx`);

  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const { input } = prepareSummary(sheets, today);
  const prepareMs = performance.now() - t0;
  const prepareCpuMs = cpuMs(c0);
  await writeSummaryFile(out, input);
  const summaryMs = performance.now() - t0;
  const summaryCpuMs = cpuMs(c0);
  const peakRssMB = process.resourceUsage().maxRSS / 1024;

  // The same cells, read back (every sheet, every row: the book reader would keep only the sheets
  // it knows), written by the streaming writer alone (no styles, no layout).
  const written: { name: string; values: unknown[][] }[] = [];
  for await (const ws of new ExcelJS.stream.xlsx.WorkbookReader(out, { worksheets: "emit" })) {
    const sheet = { name: (ws as unknown as { name: string }).name, values: [] as unknown[][] };
    for await (const row of ws) sheet.values.push((row.values as unknown[]).slice(1));
    written.push(sheet);
  }
  const cells = written.reduce((n, s) => n + s.values.reduce((m, r) => m + r.filter((v) => v != null).length, 0), 0);
  const c1 = process.cpuUsage();
  const t1 = performance.now();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: plain, useStyles: false, useSharedStrings: false });
  for (const sheet of written) {
    const ws = wb.addWorksheet(sheet.name);
    for (const values of sheet.values) ws.addRow(values as ExcelJS.CellValue[]).commit();
    ws.commit();
  }
  await wb.commit();
  const streamMs = performance.now() - t1;
  const streamCpuMs = cpuMs(c1);
  rmSync(out, { force: true });
  rmSync(plain, { force: true });
  console.log(
    JSON.stringify({
      nominations,
      prepareMs,
      summaryMs,
      streamMs,
      prepareCpuMs,
      summaryCpuMs,
      streamCpuMs,
      cells,
      peakRssMB,
    }),
  );
}

run().catch((e) => {
  console.error(e);
  process.exit(1);
});
