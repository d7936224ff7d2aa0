/**
 * `tdkt summary BOOK --out FILE.xlsx [--json] [--today D] [--max-rows N] [--lang vi|en]`: the
 * council's summary workbook, written with exceljs' streaming writer (a book of 200,000 nominations
 * never sits in memory as a workbook). BOOK is only read. Exit codes: 0 written; 2 the file cannot be
 * used, has no nominations sheet, or the command line is wrong (one line on stderr).
 */
import ExcelJS from "exceljs";
import path from "path";
import type { DateOnly, Subject } from "../domain/model";
import { SHARE_KEYS, type ShareKey, type Summary } from "../domain/summary/summary";
import { warningMessage } from "../files/messages";
import { readXlsxBook } from "../files/readXlsx";
import { prepareSummary } from "../files/summaryBook";
import { dong, fillSummaryBook, fixedTime, type SummaryBookInput } from "../files/summaryWorkbook";
import { t, type Lang } from "../i18n";
import { UsageError } from "./args";
import type { Io } from "./main";

export interface SummaryOptions {
  files: readonly string[];
  out: string | undefined;
  json: boolean;
  today: DateOnly;
  lang: Lang;
  maxRows?: number;
}

/** `tdkt summary --json` (a public interface). */
export interface SummaryJson {
  total: number;
  byAward: ({ award: string | null; name: string } & Record<Subject, number> & {
      total: number;
      decidedHere: boolean | null;
    })[];
  /** Fractions 0–1 over the nominations not rejected; null where the base is zero. */
  shares: Record<ShareKey, number | null>;
  byBlock: { block: string | null; total: number }[];
  byUnit: { unit: string | null; total: number }[];
}

export function summaryJson(s: Summary): SummaryJson {
  return {
    total: s.total,
    byAward: s.byAward.map((a) => ({
      award: a.code,
      name: a.name,
      ...a.bySubject,
      total: a.total,
      decidedHere: a.decidedHere,
    })),
    shares: Object.fromEntries(SHARE_KEYS.map((k) => [k, s.shares[k].value])) as Record<ShareKey, number | null>,
    byBlock: s.byBlock.map((b) => ({ block: b.key, total: b.total })),
    byUnit: s.byUnit.map((u) => ({ unit: u.key, total: u.total })),
  };
}

/** Writes the workbook with the streaming writer; its timestamps are the reference day's. */
export async function writeSummaryFile(file: string, input: SummaryBookInput): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  wb.creator = "TĐKT cho Excel";
  wb.created = wb.modified = fixedTime(input.today);
  fillSummaryBook(wb as unknown as ExcelJS.Workbook, input);
  await wb.commit();
}

function percent(v: number | null, lang: Lang): string {
  if (v === null) return t(lang, "summary.noShare");
  const text = (Math.round(v * 1000) / 10).toFixed(1);
  return `${lang === "vi" ? text.replace(".", ",") : text}%`;
}

export async function runSummary(opts: SummaryOptions, io: Io): Promise<number> {
  const { lang, out } = opts;
  if (opts.files.length === 0) throw new UsageError("cli.missingFile");
  if (opts.files.length > 1) throw new UsageError("summary.oneBook");
  const [file] = opts.files;
  if (!out) throw new UsageError("summary.missingOut");
  if (path.resolve(file) === path.resolve(out)) throw new UsageError("summary.sameFile", { file });

  io.reading?.(file);
  const { sheets, warnings } = await readXlsxBook(file, opts.maxRows === undefined ? {} : { maxRows: opts.maxRows });
  for (const w of warnings) io.err(`tdkt: ${warningMessage(w, file, lang)}`);
  const { check, input } = prepareSummary(sheets, opts.today);
  if (check.parsed.book.nominations === null) {
    io.err(t(lang, "summary.noNominations", { file }));
    return 2;
  }
  await writeSummaryFile(out, input);

  const s = input.summary;
  if (opts.json) {
    io.out(JSON.stringify(summaryJson(s), null, 2));
    return 0;
  }
  const shares = Object.fromEntries(SHARE_KEYS.map((k) => [k, percent(s.shares[k].value, lang)]));
  io.out(
    [
      t(lang, "summary.book", { file: path.resolve(file), year: s.year }),
      t(lang, "summary.total", { total: s.total, rejected: s.rejected }),
      ...s.byAward.map((a) =>
        t(lang, "summary.award", {
          name: a.name,
          total: a.total,
          here: t(lang, a.decidedBy ? `summary.${a.decidedBy}` : "summary.unknown"),
        }),
      ),
      t(lang, "summary.shares", shares),
      t(lang, "summary.money", {
        amount: lang === "vi" ? dong(s.money.total.here.amount) : dong(s.money.total.here.amount).replace(/\./g, ","),
      }),
      t(lang, "summary.wrote", { file: path.resolve(out) }),
    ].join("\n"),
  );
  return 0;
}
