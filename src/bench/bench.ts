/**
 * `npm run bench`: generates its own books at the sizes the issues name, measures side by side in one
 * run, prints a readable table and ends with one JSON line of the figures.
 */
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from "fs";
import { loadavg, tmpdir } from "os";
import { gzipSync } from "zlib";
import path from "path";
import { performance } from "perf_hooks";
import { makeContext } from "../domain/context";
import { consecutiveTitles } from "../domain/stats/chains";
import { countForms } from "../domain/stats/forms";
import { layoutsFor } from "../domain/stats/layouts";
import { reportingPeriod } from "../domain/stats/period";
import { yearsSideBySide } from "../domain/stats/years";
import { writeStatsWorkbook } from "../files/statsWorkbook";
import { checkWorkbook } from "../sheets/checkWorkbook";
import { NOMINATIONS_SHEET } from "../sheets/contract";
import { parseBook, parseTable, type RawSheet } from "../sheets/parse";
import { benchDeadlines } from "./deadlines";
import { scoreBlocks } from "../domain/scoring";
import { generateBook, generateStatsBook, generateWardBook } from "./generate";
import { generateScoringBook } from "./generateScores";
import { benchExcelHost } from "./excelHost";
import { writeNominationsBook, writeStyledEmptyBook } from "./bigBooks";
import { benchLiveEdit } from "./liveEdit";
import { benchTemplates } from "./templates";

const TODAY = { year: 2024, month: 12, day: 10 };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(runs: number, fn: () => void): number {
  fn(); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

interface BundleSizes {
  initialJsBytes: number;
  initialGzipBytes: number;
  lazyJsBytes: number;
  exceljsInInitial: boolean;
}

/**
 * The pane's initial JS is every local script taskpane.html loads before the pane can draw (the
 * bundle and the small ES5 checks in static/); the rest are chunks fetched later (the checker and the
 * findings list as the pane opens, writes on first use, other tabs when opened).
 */
function bundleSizes(): BundleSizes | null {
  const dist = path.resolve(__dirname, "..", "..", "dist");
  if (!existsSync(path.join(dist, "taskpane.html"))) return null;
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  // The page is minified: attribute quotes may be gone.
  const initial = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2])
    .filter((src) => !/^[a-z]+:\/\//i.test(src))
    .map((src) => src.replace(/^\.?\//, ""));
  const js = readdirSync(dist).filter((f) => f.endsWith(".js"));
  const size = (fs: string[]) => fs.reduce((n, f) => n + statSync(path.join(dist, f)).size, 0);
  // exceljs carries the OOXML part names; the pane must never load it up front.
  const exceljsInInitial = initial.some((f) => readFileSync(path.join(dist, f), "utf8").includes("xl/workbook.xml"));
  const gzip = initial.reduce((n, f) => n + gzipSync(readFileSync(path.join(dist, f))).length, 0);
  const lazyJsBytes = size(js.filter((f) => !initial.includes(f) && !f.startsWith("commands")));
  return { initialJsBytes: size(initial), initialGzipBytes: gzip, lazyJsBytes, exceljsInInitial };
}

interface Measured {
  code: number;
  ms?: number;
  cpuS?: number;
  maxRssMB?: number;
  counts?: string;
  stderr?: string[];
  error?: string;
}

/** One read in a child process (measure.ts), so its peak RSS is its own; exceljs gets a 3 GB heap. */
function measure(mode: "stream" | "exceljs" | "read" | "saxes" | "exceljs-stream", file: string): Measured {
  const script = path.join(__dirname, "measure.js");
  const args = mode === "exceljs" ? ["--max-old-space-size=3072", script, mode, file] : [script, mode, file];
  const r = spawnSync(process.execPath, args, { encoding: "utf8", timeout: 600_000, maxBuffer: 1 << 20 });
  const line = r.stdout?.trim().split("\n").pop();
  try {
    return JSON.parse(line ?? "") as Measured;
  } catch {
    return { code: r.status ?? -1, error: r.signal ? `killed (${r.signal})` : `exit ${r.status}, no result` };
  }
}

function describe(m: Measured): string {
  if (m.ms === undefined) return `failed: ${m.error}`;
  const answer = m.code === 2 ? `exit 2: ${m.stderr?.[0] ?? ""}` : `exit ${m.code}, ${m.counts}`;
  return `${round(m.ms / 1000)} s (CPU ${round(m.cpuS ?? 0)} s), ${Math.round(m.maxRssMB ?? 0)} MB peak — ${answer}`;
}

/** Issue 9: large .xlsx files read by \`tdkt check\` (streamed, bounded) beside exceljs' in-memory read. */
async function fileReads(rows: [string, string, string][], figures: Record<string, number | null>): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "tdkt-bench-"));
  try {
    const cases: [string, string, () => Promise<void>, string][] = [
      [
        "nominations300k",
        "300,000 nominations",
        () => writeNominationsBook(path.join(dir, "300k.xlsx"), 300_000),
        "< 5 s, < 500 MB",
      ],
      [
        "styledEmpty",
        "1,048,575 styled empty rows × 22 columns",
        () => writeStyledEmptyBook(path.join(dir, "styled.xlsx")),
        "< 10 s, < 300 MB",
      ],
      [
        "nominations1m",
        "1,000,000 nominations",
        () => writeNominationsBook(path.join(dir, "1m.xlsx"), 1_000_000),
        "an answer under 1.5 GB, or the row limit in one line",
      ],
    ];
    const files = ["300k.xlsx", "styled.xlsx", "1m.xlsx"];
    for (const [i, [key, label, write, goal]] of cases.entries()) {
      const file = path.join(dir, files[i]);
      process.stderr.write(`bench: writing ${label}…\n`);
      await write();
      const mb = round(statSync(file).size / 1048576);
      process.stderr.write(`bench: reading ${label} (${mb} MB)…\n`);
      const stream = measure("stream", file);
      const full = measure("exceljs", file);
      figures[`${key}FileMB`] = mb;
      figures[`${key}StreamMs`] = stream.ms === undefined ? null : Math.round(stream.ms);
      figures[`${key}StreamCpuS`] = stream.cpuS === undefined ? null : round(stream.cpuS);
      figures[`${key}StreamExit`] = stream.code;
      figures[`${key}StreamPeakMB`] = stream.maxRssMB === undefined ? null : Math.round(stream.maxRssMB);
      figures[`${key}ExceljsMs`] = full.ms === undefined ? null : Math.round(full.ms);
      figures[`${key}ExceljsCpuS`] = full.cpuS === undefined ? null : round(full.cpuS);
      figures[`${key}ExceljsPeakMB`] = full.maxRssMB === undefined ? null : Math.round(full.maxRssMB);
      rows.push([`tdkt check, ${label} (${mb} MB .xlsx)`, describe(stream), goal]);
      const same = stream.counts && stream.counts === full.counts ? " (same answer)" : "";
      rows.push([`  exceljs in-memory read + check, same file`, describe(full) + same, ""]);
      // Reading alone, and the streaming candidates the reader was chosen from (the smallest file only:
      // exceljs' streaming reader takes minutes on the others).
      const readers = key === "nominations300k" ? (["read", "saxes", "exceljs-stream"] as const) : (["read"] as const);
      for (const mode of readers) {
        const m = measure(mode, file);
        figures[`${key}ReadMs_${mode}`] = m.ms === undefined ? null : Math.round(m.ms);
        figures[`${key}ReadPeakMB_${mode}`] = m.maxRssMB === undefined ? null : Math.round(m.maxRssMB);
        const name = {
          read: "tdkt's byte scanner",
          saxes: "saxes tokenizing",
          "exceljs-stream": "exceljs WorkbookReader",
        }[mode];
        rows.push([`  read only: ${name}`, describe(m), ""]);
      }
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Issue 19: the forms for 200,000 records (under 5 s) and the roll-up of 100 books × 2,000 nominations (under 30 s, 1.5 GB). */
async function statistics(rows: [string, string, string][], figures: Record<string, number | null>): Promise<void> {
  // 5. Statistics forms for 200,000 records (issue 19: under 5 s), counted, and written with their trace.
  {
    const sheets = generateStatsBook(200_000);
    const period = reportingPeriod(2025);
    parseBook(sheets); // warm-up
    const t0 = performance.now();
    const parsed = parseBook(sheets);
    const ctx = makeContext(parsed.book, { year: 2025, month: 12, day: 5 });
    const result = countForms([{ file: "so.xlsx", ctx }], period, layoutsFor(period.to));
    const years = yearsSideBySide([ctx]);
    const chains = consecutiveTitles([ctx], 2025);
    const countMs = performance.now() - t0;
    const traced = result.trace.length;
    const out = path.join(tmpdir(), `tdkt-bench-stats-${process.pid}.xlsx`);
    const t1 = performance.now();
    await writeStatsWorkbook(out, {
      period,
      forms: result.forms,
      trace: result.trace,
      notCounted: result.notCounted,
      books: [{ file: "so.xlsx", sheets: {} }],
      years,
      chains,
      heading: { reportingUnit: null, receivingUnit: null },
      lang: "vi",
    });
    const writeMs = performance.now() - t1;
    rmSync(out, { force: true });
    figures.stats200kCountMs = round(countMs);
    figures.stats200kWriteMs = round(writeMs);
    rows.push([
      "stats: forms 0601–0603, years, chains from 200,000 records (parse + count)",
      `${round(countMs)} ms (${traced.toLocaleString("en")} counted)`,
      "target < 5 s",
    ]);
    rows.push(["stats: write the workbook with the trace of every counted record", `${round(writeMs)} ms`, ""]);
  }

  // 6. Roll-up of 100 books × 2,000 nominations (issue 19: under 30 s, peak under 1.5 GB), in a child process.
  {
    const dir = path.join(tmpdir(), "tdkt-bench-rollup-100x2000-v1");
    if (!existsSync(path.join(dir, "done"))) {
      mkdirSync(dir, { recursive: true });
      for (let i = 1; i <= 100; i++)
        await writeRawBook(path.join(dir, `xa-${String(i).padStart(3, "0")}.xlsx`), generateWardBook(i, 2_000));
      await writeRawBook(path.join(dir, "done"), []);
    }
    const out = path.join(tmpdir(), `tdkt-bench-rollup-${process.pid}.xlsx`);
    const child = spawnSync(process.execPath, [path.join(__dirname, "rollupChild.js"), dir, out], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const line = child.stdout.trim().split("\n").pop() ?? "";
    const r = JSON.parse(line) as {
      ms: number;
      booksPerSecond: number;
      peakRssMB: number;
      books: number;
      duplicates: number;
    };
    rmSync(out, { force: true });
    figures.rollup100BooksMs = round(r.ms);
    figures.rollupBooksPerSecond = round(r.booksPerSecond, 2);
    figures.rollupPeakRssMB = round(r.peakRssMB);
    rows.push([
      "rollup: 100 books × 2,000 nominations (child process)",
      `${round(r.ms / 1000, 2)} s, ${round(r.booksPerSecond, 2)} books/s, ${r.duplicates} duplicates`,
      "target < 30 s",
    ]);
    rows.push(["rollup: peak memory (RSS of the child)", `${round(r.peakRssMB)} MB`, "target < 1,536 MB"]);
  }
}

/**
 * One edit in a 20,000-nomination book on the in-memory host, re-checked as the pane does after an
 * edit (the changed cells only), and beside it after a full read (the button).
 */
async function liveEdit(rows: [string, string, string][], figures: Record<string, number | null>): Promise<void> {
  const edit = await benchLiveEdit(20_000, TODAY);
  const { live, full } = edit;
  figures.liveEdit20kMs = round(live.totalMs);
  figures.liveEdit20kReadMs = round(live.readMs);
  figures.liveEdit20kCheckMs = round(live.checkMs);
  figures.liveEdit20kCpuMs = round(live.cpuMs);
  figures.liveEdit20kCellsRead = live.cellsRead;
  figures.liveEdit20kBookCells = edit.bookCells;
  figures.fullReCheck20kMs = round(full.totalMs);
  figures.fullReCheck20kReadMs = round(full.readMs);
  figures.fullReCheck20kCheckMs = round(full.checkMs);
  figures.fullReCheck20kCpuMs = round(full.cpuMs);
  const line = (f: typeof live) =>
    `${round(f.totalMs)} ms (read ${round(f.readMs)} ms, check ${round(f.checkMs)} ms; CPU ${round(f.cpuMs)} ms), ` +
    `${f.cellsRead.toLocaleString("en")} of ${edit.bookCells.toLocaleString("en")} cells${f.seen ? "" : " EDIT NOT SEEN"}`;
  rows.push([
    "live re-check after one edit, 20,000 nominations (changed cells)",
    line(live) + (edit.same ? "" : " FINDINGS DIFFER FROM A FULL RE-CHECK"),
    "target < 150 ms, not the whole book",
  ]);
  rows.push(["  the same edit after a full read (the button)", line(full), ""]);
}

/** The task pane's first script and its chunks, from the last `npm run build`. */
function paneBundle(rows: [string, string, string][], figures: Record<string, number | null>): void {
  const b = bundleSizes();
  const kb = (bytes: number) => round(bytes / 1024);
  figures.taskpaneInitialJsKB = b && kb(b.initialJsBytes);
  figures.taskpaneInitialJsGzipKB = b && kb(b.initialGzipBytes);
  figures.exceljsInInitialJs = b && Number(b.exceljsInInitial);
  figures.taskpaneLazyJsKB = b && kb(b.lazyJsBytes);
  rows.push([
    "task pane initial JS (dist/, production build)",
    b ? `${kb(b.initialJsBytes)} KB (${kb(b.initialGzipBytes)} KB gzipped)` : "not built (run npm run build)",
    !b
      ? "exceljs only lazily"
      : b.exceljsInInitial
        ? "FAIL: exceljs in the initial JS"
        : "target ≤ 400 KB; exceljs not in it",
  ]);
  if (b)
    rows.push(["  chunks fetched later (words, checker, findings list, writes, tabs)", `${kb(b.lazyJsBytes)} KB`, ""]);
}

/**
 * The council's summary workbook (issue 14), each size in a child process of its own: the summary
 * from cells to file, its two parts, and the plain streaming writer writing the same cells, both
 * in the summary's process after it (warm) and in a fresh process (cold, as the summary's own
 * writing runs). The machine's load beside each figure: it is shared.
 */
function summaries(rows: [string, string, string][], figures: Record<string, number | null>): void {
  const child = path.join(__dirname, "summaryChild.js");
  const dir = mkdtempSync(path.join(tmpdir(), "tdkt-bench-summary-"));
  try {
    for (const n of [20_000, 200_000]) {
      const label = `summary: ${n.toLocaleString("en")} nominations`;
      const kept = path.join(dir, `summary-${n}.xlsx`);
      const load = loadAverage();
      const run = spawnSync(process.execPath, [child, String(n), "--keep", kept], {
        encoding: "utf8",
        maxBuffer: 16 * 1024 * 1024,
      });
      const line = run.stdout.trim().split("\n").pop() ?? "";
      if (run.status !== 0 || !line) {
        rows.push([label, "FAILED", run.stderr.trim().split("\n")[0] ?? ""]);
        continue;
      }
      const r = JSON.parse(line) as {
        summaryMs: number;
        prepareMs: number;
        streamMs: number;
        summaryCpuMs: number;
        prepareCpuMs: number;
        streamCpuMs: number;
        cells: number;
        peakRssMB: number;
      };
      const fresh = spawnSync(process.execPath, [child, "--plain", kept], { encoding: "utf8" });
      rmSync(kept, { force: true });
      const freshLine = fresh.status === 0 ? (fresh.stdout.trim().split("\n").pop() ?? "") : "";
      const cold = freshLine ? (JSON.parse(freshLine) as { coldStreamMs: number; coldStreamCpuMs: number }) : null;

      const k = n === 20_000 ? "summary20k" : "summary200k";
      const writing = r.summaryMs - r.prepareMs;
      figures[`${k}Ms`] = round(r.summaryMs);
      figures[`${k}CpuMs`] = round(r.summaryCpuMs);
      figures[`${k}CheckAndFiguresMs`] = round(r.prepareMs);
      figures[`${k}WorkbookMs`] = round(writing);
      figures[`${k}StreamOnlyMs`] = round(r.streamMs);
      figures[`${k}StreamOnlyColdMs`] = cold && round(cold.coldStreamMs);
      figures[`${k}ToStreamRatio`] = round(r.summaryMs / r.streamMs, 2);
      figures[`${k}WorkbookToStreamRatio`] = round(writing / r.streamMs, 2);
      figures[`${k}PeakRssMB`] = round(r.peakRssMB);
      figures[`${k}Load`] = load;

      const cpu = (ms: number) => `CPU ${round(ms).toLocaleString("en")} ms`;
      const ms = (v: number) => `${round(v).toLocaleString("en")} ms`;
      const x = (a: number, b: number) => `×${round(a / b, 2)}`;
      rows.push([
        `${label}, cells to workbook (child process)`,
        `${ms(r.summaryMs)} (${cpu(r.summaryCpuMs)}), load ${load ?? "?"}`,
        n === 20_000 ? "target < 2 s" : "target < 20 s",
      ]);
      rows.push([
        "  of which check + figures / workbook",
        `${ms(r.prepareMs)} (${cpu(r.prepareCpuMs)}) / ${ms(writing)} (${cpu(r.summaryCpuMs - r.prepareCpuMs)})`,
        "",
      ]);
      rows.push([
        `  the same ${r.cells.toLocaleString("en")} cells, plain streaming writer`,
        `${ms(r.streamMs)} warm (after the summary, same process)` +
          (cold ? `; ${ms(cold.coldStreamMs)} cold (fresh process)` : "; cold: FAILED"),
        "",
      ]);
      rows.push([
        "  whole summary / plain writer",
        `${x(r.summaryMs, r.streamMs)} warm` + (cold ? `, ${x(r.summaryMs, cold.coldStreamMs)} cold` : ""),
        n === 20_000 ? "target ≤ ×1.5" : "",
      ]);
      rows.push([
        "  workbook part alone / plain writer",
        `${x(writing, r.streamMs)} warm` + (cold ? `, ${x(writing, cold.coldStreamMs)} cold` : ""),
        "",
      ]);
      rows.push([`${label}, peak memory (RSS)`, `${round(r.peakRssMB)} MB`, "target < 1,024 MB"]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The machine's load over the last minute (as `uptime` prints it), null where the system has none. */
function loadAverage(): number | null {
  const [one] = loadavg();
  return one > 0 ? round(one, 2) : null;
}

async function main(): Promise<void> {
  const rows: [string, string, string][] = [];
  const figures: Record<string, number | null> = {};
  if (process.argv.includes("--files-only")) {
    await fileReads(rows, figures);
    return print(rows, figures);
  }
  if (process.argv.includes("--pane-only")) {
    await liveEdit(rows, figures);
    paneBundle(rows, figures);
    return print(rows, figures);
  }
  if (process.argv.includes("--templates-only")) {
    await benchTemplates(rows, figures);
    return print(rows, figures);
  }
  if (process.argv.includes("--summary-only")) {
    summaries(rows, figures);
    return print(rows, figures);
  }
  if (process.argv.includes("--stats-only")) {
    await statistics(rows, figures);
    return print(rows, figures);
  }

  // 1. Parse a 20,000-row nominations sheet from 2-D arrays (issue 2: under 100 ms).
  const nom20k = generateBook({ units: 500, nominations: 20_000, targets: 0, history: 0 }).find(
    (s) => s.name === "Đề nghị khen thưởng",
  )!;
  const parse20k = time(9, () => parseTable(NOMINATIONS_SHEET, nom20k));
  figures.parse20kNominationsMs = round(parse20k);
  rows.push(["parse 20,000 nominations (2-D arrays)", `${round(parse20k)} ms`, "target < 100 ms"]);

  // 2. Parse + check a full book (issue 3: under 300 ms; 200k no more than 12× the 20k time).
  const book20k = generateBook({ units: 500, nominations: 20_000, targets: 5_000, history: 50_000 });
  const book200k = generateBook({ units: 500, nominations: 200_000, targets: 5_000, history: 50_000 });
  let findings20k = 0;
  const check20k = time(7, () => {
    findings20k = checkWorkbook(book20k, TODAY).findings.length;
  });
  let findings200k = 0;
  const check200k = time(3, () => {
    findings200k = checkWorkbook(book200k, TODAY).findings.length;
  });
  figures.check20kMs = round(check20k);
  figures.check200kMs = round(check200k);
  figures.check200kTo20kRatio = round(check200k / check20k, 2);
  rows.push([
    "parse + check: 20k nominations, 500 units, 5k targets, 50k history",
    `${round(check20k)} ms (${findings20k} findings)`,
    "target < 300 ms",
  ]);
  rows.push([
    "parse + check: 200k nominations, same otherwise",
    `${round(check200k)} ms (${findings200k} findings)`,
    "",
  ]);
  rows.push(["ratio 200k / 20k", `${round(check200k / check20k, 2)}×`, "target ≤ 12×"]);

  // 3. The task pane's path on the in-memory Excel host (issue 4: syncs must not grow with rows).
  for (const n of [1_000, 20_000]) {
    const r = await benchExcelHost(n, TODAY);
    figures[`host${n / 1000}kCheckMs`] = round(r.checkMs);
    figures[`host${n / 1000}kCheckSyncs`] = r.checkSyncs;
    figures[`host${n / 1000}kMarkMs`] = round(r.markMs);
    figures[`host${n / 1000}kMarkSyncs`] = r.markSyncs;
    rows.push([
      `in-memory host, ${n.toLocaleString("en")} nominations: read + check`,
      `${round(r.checkMs)} ms, ${r.checkSyncs} syncs`,
      "syncs constant",
    ]);
    rows.push([
      `in-memory host, ${n.toLocaleString("en")} nominations: mark ${r.marked} cells`,
      `${round(r.markMs)} ms, ${r.markSyncs} syncs`,
      "syncs constant",
    ]);
  }

  // 4. Deadline tracker (issue 13: under 150 ms from parsed model to statuses).
  const dl = benchDeadlines(TODAY);
  figures.deadlines500x40Ms = round(dl.ms);
  figures.deadlines500x40Obligations = dl.obligations;
  rows.push([
    "deadlines: 500 units × 40 milestones (12 monthly), 50k Nộp rows",
    `${round(dl.ms)} ms (${dl.obligations.toLocaleString("en")} obligations, ${dl.overdue.toLocaleString("en")} overdue)`,
    "target < 150 ms",
  ]);

  // 5. Live mode: one edit in a 20,000-nomination book (issue 11: under 150 ms, not the whole book).
  await liveEdit(rows, figures);

  // 6–7. Statistics forms for 200,000 records; the roll-up of 100 books (issue 19).
  await statistics(rows, figures);

  // 8. Scoring emulation blocks (issue 18: 500 units × 120 criteria = 60,000 Chấm điểm rows, under 200 ms).
  const scoring = generateScoringBook({ units: 500, criteria: 120, blocks: 8 });
  let ranked = 0;
  const score500 = time(7, () => {
    ranked = scoreBlocks(scoring).blocks.reduce((n, b) => n + b.units.filter((u) => u.rank !== null).length, 0);
  });
  figures.score500x120Ms = round(score500);
  rows.push([
    `score blocks: 500 units × 120 criteria (${(scoring.scores ?? []).length.toLocaleString("en")} score rows), model to ranking`,
    `${round(score500)} ms (${ranked} units ranked)`,
    "target < 200 ms",
  ]);

  // 9. The council's summary workbook for 20,000 and 200,000 nominations (issue 14).
  summaries(rows, figures);

  // 9b. Bundle size of the task pane (from the last `npm run build`).
  paneBundle(rows, figures);

  // 10. Large .xlsx files, streamed and bounded, beside exceljs (issue 9).
  await fileReads(rows, figures);
  // 10. Templates for units and the import of what they send back (issue 15).
  await benchTemplates(rows, figures);
  print(rows, figures);
}

function print(rows: [string, string, string][], figures: Record<string, number | null>): void {
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  console.log(`${"measure".padEnd(w0)}  ${"figure".padEnd(w1)}  goal`);
  console.log(`${"-".repeat(w0)}  ${"-".repeat(w1)}  ----`);
  for (const [a, c, g] of rows) console.log(`${a.padEnd(w0)}  ${c.padEnd(w1)}  ${g}`);
  console.log(JSON.stringify(figures));
}

/** Writes generated sheets as a plain .xlsx (streamed: the roll-up's hundred books are written once and kept). */
async function writeRawBook(file: string, sheets: readonly RawSheet[]): Promise<void> {
  const tmp = `${file}.tmp`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: false, useSharedStrings: false });
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const values of sheet.values) ws.addRow(values).commit();
    ws.commit();
  }
  if (sheets.length === 0) wb.addWorksheet("x").commit();
  await wb.commit();
  renameSync(tmp, file);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
