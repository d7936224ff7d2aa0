/**
 * One measured read in a child process of the bench, so its peak memory is its own:
 *   node dist-cli/bench/measure.js stream FILE   — `tdkt check FILE` as the clerk runs it (bounded worker)
 *   node dist-cli/bench/measure.js exceljs FILE  — exceljs' plain in-memory read, then the same check
 *   node dist-cli/bench/measure.js read|saxes|exceljs-stream FILE — reading only (readers.ts)
 * Prints one JSON line: exit code, wall time, peak RSS (process.resourceUsage().maxRSS, workers included).
 */
import path from "path";
import { performance } from "perf_hooks";
import { runBounded } from "../cli/bounded";
import { readXlsxWithExceljs } from "../files/readXlsx";
import { checkWorkbook } from "../sheets/checkWorkbook";
import { countsLine } from "../cli/report";
import { cellsWithExceljsStream, cellsWithSaxes, cellsWithScanner } from "./readers";

const TODAY = { year: 2024, month: 12, day: 10 };

async function run(mode: string, file: string): Promise<void> {
  const t0 = performance.now();
  let code = 0;
  let stderr: string[] = [];
  let counts = "";
  if (mode === "stream") {
    code = await runBounded(["check", file, "--today", "2024-12-10"], {
      entry: path.join(__dirname, "..", "cli", "worker.js"),
      out: (s) => {
        counts ||= s.split("\n")[1] ?? "";
      },
      err: (s) => stderr.push(s),
    });
  } else if (mode === "read" || mode === "exceljs-stream" || mode === "saxes") {
    const read = { read: cellsWithScanner, "exceljs-stream": cellsWithExceljsStream, saxes: cellsWithSaxes }[mode];
    counts = `${await read(file)} cells`;
  } else {
    const check = checkWorkbook(await readXlsxWithExceljs(file), TODAY);
    counts = countsLine(check, "vi");
    code = check.counts.error > 0 ? 1 : 0;
  }
  stderr = stderr.slice(0, 3);
  const ms = performance.now() - t0;
  const usage = process.resourceUsage();
  const maxRssMB = usage.maxRSS / 1024;
  // CPU time (all threads): on a loaded machine it says more than the wall clock.
  const cpuS = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  process.stdout.write(`${JSON.stringify({ code, ms, cpuS, maxRssMB, counts, stderr })}\n`);
}

run(process.argv[2], process.argv[3]).catch((e) => {
  process.stdout.write(`${JSON.stringify({ code: 99, error: String(e).slice(0, 200) })}\n`);
});
