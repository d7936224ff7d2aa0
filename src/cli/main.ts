/**
 * The `tdkt` command. Exit codes (a public interface): 0 no errors, 1 errors found,
 * 2 the file cannot be used or the command line is wrong — always with one plain line on stderr.
 */
import path from "path";
import { makeDate } from "../domain/dates";
import type { DateOnly } from "../domain/model";
import { localToday } from "../domain/today";
import { t, type Lang } from "../i18n";
import { st } from "../i18n/stats";
import { checkWorkbook } from "../sheets/checkWorkbook";
import { writeCheckOut } from "./checkOut";
import { readXlsxBook, UnusableFileError } from "../files/readXlsx";
import { unusableMessage, warningMessage } from "../files/messages";
import { parseArgs, UsageError } from "./args";
import { incompleteLine, readLine } from "../i18n/readSummary";
import { runDeadlines } from "./deadlines";
import { explainLines, leftUnread } from "./explain";
import { countsLine, jsonReport, rulesetText, textFindings } from "./report";
import { runBlocks } from "./blocks";
import { sampleById, SAMPLES } from "../sample";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The reference day when --today is not given. */
  today: () => DateOnly;
  /** Environment variables (TDKT_MAX_ROWS); none when absent. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Told the file about to be read (the bounded runner names it if memory runs out). */
  reading?: (file: string) => void;
}

export const systemIo: Io = {
  out: (s) => process.stdout.write(s.endsWith("\n") ? s : `${s}\n`),
  err: (s) => process.stderr.write(s.endsWith("\n") ? s : `${s}\n`),
  today: () => localToday(),
  env: process.env,
};

function parseToday(value: string | undefined, io: Io): DateOnly {
  if (value === undefined) return io.today();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) throw new UsageError("cli.badToday", { value });
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!makeDate(year, 1, 1)) {
    throw new UsageError("cli.todayOutOfRange", { value, min: `${MIN_YEAR}-01-01`, max: `${MAX_YEAR}-12-31` });
  }
  const d = makeDate(year, month, day);
  if (!d) throw new UsageError("cli.todayNoSuchDay", { value });
  return d;
}

/** The years a book's dates may take (domain/dates.ts isValidDate). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/** --max-rows, else TDKT_MAX_ROWS, else the default limit (zipLimits.ts). */
function parseMaxRows(value: string | undefined, env: Io["env"]): number | undefined {
  const [raw, key] = value !== undefined ? [value, "cli.badMaxRows"] : [env?.TDKT_MAX_ROWS, "cli.badMaxRowsEnv"];
  if (raw === undefined || raw === "") return undefined;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1) throw new UsageError(key, { value: raw });
  return Number(raw);
}

function parseLang(value: string | undefined): Lang {
  if (value === undefined) return "vi";
  if (value !== "vi" && value !== "en") throw new UsageError("cli.badLang");
  return value;
}

/** Language for messages before the arguments are known to be valid. */
export function guessLang(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const v = i < 0 ? undefined : argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  return v === "en" ? "en" : "vi";
}

export async function main(argv: readonly string[], io: Io = systemIo): Promise<number> {
  const lang0 = guessLang(argv);
  try {
    const args = parseArgs(
      argv,
      ["--help", "--json", "--version", "--reminders", "--calibrate", "--explain"],
      [
        "--out",
        "--today",
        "--lang",
        "--sample",
        "--max-rows",
        "--ics",
        "--template",
        "--start",
        "--period",
        "--forms",
        "--units",
      ],
    );
    const lang = parseLang(args.options.get("--lang"));
    if (args.flags.has("--version")) {
      io.out("tdkt 0.1.0");
      return 0;
    }
    if (args.flags.has("--help") || args.command === "help") {
      io.out(usage(lang));
      return 0;
    }
    if (args.command === null) {
      // Nothing asked: the usage goes where errors go, and the exit says it was not a run.
      io.err(usage(lang));
      return 2;
    }
    const today = parseToday(args.options.get("--today"), io);
    switch (args.command) {
      case "check": {
        const maxRows = parseMaxRows(args.options.get("--max-rows"), io.env);
        return await runCheck(
          args.positional,
          {
            json: args.flags.has("--json"),
            explain: args.flags.has("--explain"),
            today,
            lang,
            maxRows,
            out: args.options.get("--out"),
          },
          io,
        );
      }
      case "deadlines":
        return await runDeadlines(
          args.positional,
          {
            today,
            lang,
            json: args.flags.has("--json"),
            reminders: args.flags.has("--reminders"),
            ics: args.options.get("--ics") ?? null,
            maxRows: parseMaxRows(args.options.get("--max-rows"), io.env),
          },
          io,
        );
      case "blocks":
        return await runBlocks(
          args.positional,
          {
            json: args.flags.has("--json"),
            out: args.options.get("--out"),
            today,
            lang,
            maxRows: parseMaxRows(args.options.get("--max-rows"), io.env),
          },
          io,
        );
      case "demo": {
        const id = args.options.get("--sample");
        const sample = id === undefined ? undefined : sampleById(id);
        if (sample === null)
          throw new UsageError("cli.badSample", { value: id ?? "", samples: SAMPLES.map((s) => s.id).join(", ") });
        // exceljs (to write the sample) is loaded only for the demo.
        const { runDemo } = await import("./demo");
        return await runDemo(
          {
            outDir: args.options.get("--out") ?? "out",
            lang,
            today: args.options.has("--today") ? today : null,
            sample,
          },
          io,
        );
      }
      // The council round (issue 17): exceljs, docx and pdf-lib are loaded only for these commands.
      case "record": {
        const { runRecord } = await import("./record");
        return await runRecord(
          { file: args.positional[0], out: args.options.get("--out"), json: args.flags.has("--json"), today, lang },
          io,
        );
      }
      case "documents": {
        const { runDocuments } = await import("./documents");
        return await runDocuments(
          {
            file: args.positional[0],
            out: args.options.get("--out"),
            template: args.options.get("--template"),
            json: args.flags.has("--json"),
            today,
            lang,
          },
          io,
        );
      }
      case "certificates": {
        const { runCertificates } = await import("./certificates");
        return await runCertificates(
          {
            file: args.positional[0],
            out: args.options.get("--out"),
            calibrate: args.flags.has("--calibrate"),
            start: args.options.get("--start"),
            json: args.flags.has("--json"),
            today,
            lang,
          },
          io,
        );
      }
      case "money": {
        const { runMoney } = await import("./money");
        return await runMoney(
          args.positional,
          {
            json: args.flags.has("--json"),
            today,
            lang,
            maxRows: parseMaxRows(args.options.get("--max-rows"), io.env),
          },
          io,
        );
      }
      // The council's summary workbook (issue 14): exceljs is loaded only for this command.
      case "summary": {
        const { runSummary } = await import("./summary");
        return await runSummary(
          {
            files: args.positional,
            out: args.options.get("--out"),
            json: args.flags.has("--json"),
            today,
            lang,
            maxRows: parseMaxRows(args.options.get("--max-rows"), io.env),
          },
          io,
        );
      }
      // Statistics and the roll-up (issue 19): exceljs is loaded only for these commands.
      case "stats": {
        const { runStats } = await import("./stats");
        return await runStats(
          {
            paths: args.positional,
            out: args.options.get("--out") ?? null,
            period: args.options.get("--period") ?? null,
            forms: args.options.get("--forms") ?? null,
            json: args.flags.has("--json"),
            today,
            lang,
            maxRows: parseMaxRows(args.options.get("--max-rows"), io.env),
          },
          io,
        );
      }
      case "rollup": {
        const { runRollup } = await import("./rollup");
        return await runRollup(
          {
            paths: args.positional,
            out: args.options.get("--out") ?? null,
            json: args.flags.has("--json"),
            today,
            lang,
            maxRows: parseMaxRows(args.options.get("--max-rows"), io.env),
          },
          io,
        );
      }
      // Templates for units and collecting them back (issue 15): exceljs is loaded only for these commands.
      case "templates": {
        const { runTemplates } = await import("./templates");
        return await runTemplates(
          {
            file: args.positional[0],
            out: args.options.get("--out"),
            units: args.options.get("--units"),
            json: args.flags.has("--json"),
            today,
            lang,
          },
          io,
        );
      }
      case "import": {
        const { runImport } = await import("./import");
        return await runImport(
          { paths: args.positional, out: args.options.get("--out"), json: args.flags.has("--json"), today, lang },
          io,
        );
      }
      default:
        throw new UsageError("cli.unknownCommand", { command: args.command });
    }
  } catch (e) {
    if (e instanceof UsageError) {
      // The statistics' own words live apart from the shared tables (src/i18n/stats.ts).
      io.err(st(lang0, e.key, e.params));
      return 2;
    }
    if (e instanceof UnusableFileError) {
      io.err(`tdkt: ${unusableMessage(e, lang0)}`);
      return 2;
    }
    // A file the command writes (demo output) that the system refuses: one line, no stack.
    const sys = e as NodeJS.ErrnoException;
    if (sys && typeof sys.code === "string" && typeof sys.path === "string") {
      io.err(t(lang0, "file.cannotWrite", { file: sys.path, detail: sys.code }));
      return 2;
    }
    throw e;
  }
}

/** The usage text, with the statistics commands (worded in src/i18n/stats.*.ts) before --help. */
function usage(lang: Lang): string {
  const text = t(lang, "cli.usage");
  const at = text.lastIndexOf("\n  tdkt --help");
  const stats = st(lang, "stats.usage");
  return at < 0 ? `${text}\n${stats}` : `${text.slice(0, at)}\n${stats}${text.slice(at)}`;
}

interface CheckOptions {
  json: boolean;
  /** Also say how the book was read (the text report's "Cách đọc sổ", the JSON's `reading`). */
  explain: boolean;
  today: DateOnly;
  lang: Lang;
  maxRows: number | undefined;
  /** --out FILE.xlsx: the findings as the Kết quả kiểm tra sheet (one book only). */
  out?: string;
}

/**
 * Checks each book in turn, one report each; a book that cannot be used gets its one line on stderr
 * and the others are still checked. The exit code is the worst: 2, else 1, else 0. With --json, one
 * book prints its report as before; several print one report per line (JSON Lines).
 */
async function runCheck(files: readonly string[], opts: CheckOptions, io: Io): Promise<number> {
  if (files.length === 0) throw new UsageError("cli.missingFile");
  if (opts.out !== undefined && files.length > 1) throw new UsageError("trust.cli.outOneBook");
  let worst = 0;
  for (const [i, file] of files.entries()) {
    io.reading?.(file);
    let code: number;
    try {
      code = await checkOne(file, opts, files.length > 1, i > 0, io);
    } catch (e) {
      if (!(e instanceof UnusableFileError)) throw e;
      io.err(`tdkt: ${unusableMessage(e, opts.lang)}`);
      code = 2;
    }
    worst = Math.max(worst, code);
  }
  return worst;
}

async function checkOne(
  file: string,
  opts: CheckOptions,
  several: boolean,
  notFirst: boolean,
  io: Io,
): Promise<number> {
  const { lang } = opts;
  const { sheets, warnings, others } = await readXlsxBook(
    file,
    opts.maxRows === undefined ? {} : { maxRows: opts.maxRows },
  );
  // The sheets not read are named all the same, so --explain can list them.
  const check = checkWorkbook(
    [...sheets, ...(others ?? []).map((name) => ({ name, values: [], partial: true }))],
    opts.today,
  );
  for (const w of warnings) io.err(`tdkt: ${warningMessage(w, file, lang)}`);
  if (opts.out !== undefined) await writeCheckOut(file, check, opts.out, lang);
  if (opts.json) {
    const plain = jsonReport(file, check, lang);
    const report = opts.explain ? { ...plain, reading: check.reading } : plain;
    io.out(several ? JSON.stringify(report) : JSON.stringify(report, null, 2));
  } else {
    io.out(
      [
        ...(notFirst ? [""] : []),
        t(lang, "report.book", { file: path.resolve(file) }),
        ...rulesetText(check, lang),
        countsLine(check, lang),
        readLine(check.reading, lang),
        ...(opts.explain ? ["", ...explainLines(check.reading, lang)] : []),
        ...textFindings(check.findings, lang),
      ].join("\n"),
    );
    if (check.counts.error === 0) io.out(incompleteLine(check.reading, lang) ?? t(lang, "report.clean"));
    if (opts.out !== undefined) io.out(t(lang, "trust.cli.wrote", { file: path.resolve(opts.out) }));
  }
  // A sheet that looks like part of the book but was not read: never "no errors".
  return check.counts.error > 0 || leftUnread(check.reading) ? 1 : 0;
}
