/**
 * The `tdkt` command. Exit codes (a public interface): 0 no errors, 1 errors found,
 * 2 the file cannot be used or the command line is wrong — always with one plain line on stderr.
 */
import path from "path";
import { makeDate } from "../domain/dates";
import type { DateOnly } from "../domain/model";
import { t, type Lang } from "../i18n";
import { checkWorkbook } from "../sheets/checkWorkbook";
import { readXlsx, UnusableFileError } from "../files/readXlsx";
import { parseArgs, UsageError } from "./args";
import { countsLine, jsonReport, textFindings } from "./report";
import { runDeadlines } from "./deadlines";
import { runDemo } from "./demo";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The reference day when --today is not given. */
  today: () => DateOnly;
}

const systemIo: Io = {
  out: (s) => process.stdout.write(s.endsWith("\n") ? s : `${s}\n`),
  err: (s) => process.stderr.write(s.endsWith("\n") ? s : `${s}\n`),
  today: () => {
    const d = new Date();
    return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
  },
};

function parseToday(value: string | undefined, io: Io): DateOnly {
  if (value === undefined) return io.today();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? makeDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (!d) throw new UsageError("cli.badToday", { value });
  return d;
}

function parseLang(value: string | undefined): Lang {
  if (value === undefined) return "vi";
  if (value !== "vi" && value !== "en") throw new UsageError("cli.badLang");
  return value;
}

/** Language for messages before the arguments are known to be valid. */
function guessLang(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const v = i < 0 ? undefined : argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  return v === "en" ? "en" : "vi";
}

export async function main(argv: readonly string[], io: Io = systemIo): Promise<number> {
  const lang0 = guessLang(argv);
  try {
    const args = parseArgs(
      argv,
      ["--help", "--json", "--version", "--reminders"],
      ["--out", "--today", "--lang", "--ics"],
    );
    const lang = parseLang(args.options.get("--lang"));
    if (args.flags.has("--version")) {
      io.out("tdkt 0.1.0");
      return 0;
    }
    if (args.flags.has("--help") || args.command === null || args.command === "help") {
      io.out(t(lang, "cli.usage"));
      return args.command === null && !args.flags.has("--help") ? 2 : 0;
    }
    const today = parseToday(args.options.get("--today"), io);
    switch (args.command) {
      case "check":
        return await runCheck(args.positional[0], args.flags.has("--json"), today, lang, io);
      case "deadlines":
        return await runDeadlines(
          args.positional[0],
          {
            today,
            lang,
            json: args.flags.has("--json"),
            reminders: args.flags.has("--reminders"),
            ics: args.options.get("--ics") ?? null,
          },
          io,
        );
      case "demo":
        return await runDemo(
          { outDir: args.options.get("--out") ?? "out", lang, today: args.options.has("--today") ? today : null },
          io,
        );
      default:
        throw new UsageError("cli.unknownCommand", { command: args.command });
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(t(lang0, e.key, e.params));
      return 2;
    }
    if (e instanceof UnusableFileError) {
      io.err(fileProblem(e, lang0));
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

export function fileProblem(e: UnusableFileError, lang: Lang): string {
  const detail = e.message.match(/\((.*)\)$/)?.[1] ?? "";
  return t(lang, `file.${e.reason}`, { file: e.file, detail });
}

async function runCheck(file: string | undefined, json: boolean, today: DateOnly, lang: Lang, io: Io): Promise<number> {
  if (!file) throw new UsageError("cli.missingFile");
  const sheets = await readXlsx(file);
  const check = checkWorkbook(sheets, today);
  if (json) {
    io.out(JSON.stringify(jsonReport(file, check, lang), null, 2));
  } else {
    io.out(
      [
        t(lang, "report.book", { file: path.resolve(file) }),
        countsLine(check, lang),
        ...textFindings(check.findings, lang),
      ].join("\n"),
    );
    if (check.counts.error === 0) io.out(t(lang, "report.clean"));
  }
  return check.counts.error > 0 ? 1 : 0;
}
