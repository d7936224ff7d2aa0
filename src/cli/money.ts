/**
 * `tdkt money BOOK [--json] [--today D] [--max-rows N] [--lang vi|en]`: the award money of a book's
 * nominations — by award (this level's and the level above's), by unit, the total, and what is not
 * paid and why. Exit codes: 0 printed; 2 the file cannot be used (or has no nominations sheet) or the
 * command line is wrong, with one line on stderr.
 */
import path from "path";
import { makeContext } from "../domain/context";
import type { DateOnly, Level, Subject } from "../domain/model";
import { moneyReport, type MoneyLine, type MoneyReport } from "../domain/moneyReport";
import { warningMessage } from "../files/messages";
import { readXlsxBook } from "../files/readXlsx";
import { fill, type Lang } from "../i18n";
import { moneyEn } from "../i18n/money.en";
import { moneyVi } from "../i18n/money.vi";
import { parseBook } from "../sheets/parse";
import { UsageError } from "./args";
import { columns } from "./columns";
import type { Io } from "./main";
import { groupDigits } from "../i18n/numbers";

const TABLES: Record<Lang, Record<string, string>> = { vi: moneyVi, en: moneyEn };
type MoneyKey = keyof typeof moneyVi;
const mt = (lang: Lang, key: MoneyKey, params: Record<string, string | number> = {}) => fill(TABLES[lang][key], params);

export interface MoneyOptions {
  today: DateOnly;
  lang: Lang;
  json: boolean;
  maxRows?: number;
}

/** One nomination in `tdkt money --json` (a public interface). */
export interface JsonMoneyLine {
  row: number;
  name: string;
  unit: string;
  /** The catalogue's name of the award, or the text typed when the catalogue lacks it. */
  award: string;
  /** Catalogue code; null when unknown. */
  code: string | null;
  subject: Subject | null;
  status: MoneyLine["status"];
  payer: MoneyLine["payer"];
  /** Đồng, rounded up to 10,000; null when not priced. */
  amount: number | null;
  factor: number | null;
  baseSalary: number | null;
  /** ISO date whose base salary applies. */
  payDay: string;
  factorFrom: "book" | "law" | null;
  factorBasis: string | null;
  confirmed: boolean | null;
  supersededBy: number | null;
}

export interface JsonMoney {
  file: string;
  year: number;
  level: Level;
  baseSalaries: MoneyReport["baseSalaries"];
  total: MoneyReport["total"];
  byAward: MoneyReport["byAward"];
  byUnit: MoneyReport["byUnit"];
  lines: JsonMoneyLine[];
  unconfirmed: string[];
}

const iso = (d: DateOnly) =>
  `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

const amount = groupDigits;

function jsonLine(l: MoneyLine): JsonMoneyLine {
  return {
    row: l.row,
    name: l.name,
    unit: l.unit,
    award: l.award?.name ?? l.typed.trim(),
    code: l.award?.code ?? null,
    subject: l.subject,
    status: l.status,
    payer: l.payer,
    amount: l.money?.amount ?? null,
    factor: l.money?.factor ?? null,
    baseSalary: l.money?.baseSalary ?? null,
    payDay: iso(l.payDay),
    factorFrom: l.money?.factorFrom ?? null,
    factorBasis: l.money?.factorBasis ?? null,
    confirmed: l.money?.confirmed ?? null,
    supersededBy: l.supersededBy,
  };
}

function awardTable(report: MoneyReport, payer: "here" | "above", lang: Lang): string[] {
  const rows = report.byAward.filter((a) => a.payer === payer);
  if (rows.length === 0) return [mt(lang, "money.none")];
  const table = [[mt(lang, "money.col.award"), mt(lang, "money.col.count"), mt(lang, "money.col.amount")]];
  for (const a of rows) table.push([a.name, String(a.count), amount(a.amount, lang)]);
  const sum = report.total[payer];
  table.push([mt(lang, "money.sum"), String(sum.count), amount(sum.amount, lang)]);
  return columns(table, new Set([1, 2])).map((l) => `  ${l}`);
}

const subjectWord = (subject: Subject | null, lang: Lang) =>
  mt(lang, subject ? (`subject.${subject}` as MoneyKey) : "subject.unknown");

function notPaid(l: MoneyLine, lang: Lang, report: MoneyReport): string | null {
  const base = { row: l.row, name: l.name, award: l.award?.name ?? l.typed.trim() };
  switch (l.status) {
    case "superseded": {
      const other = report.lines.find((o) => o.row === l.supersededBy);
      const same = other?.award?.code === l.award?.code;
      return mt(lang, same ? "money.duplicate" : "money.superseded", { ...base, other: l.supersededBy ?? "" });
    }
    case "rejected":
      return mt(lang, "money.rejected", base);
    case "unknownAward":
      return mt(lang, "money.unknownAward", base);
    case "wrongSubject":
      return mt(lang, "money.wrongSubject", { ...base, subject: subjectWord(l.subject, lang) });
    case "unknownAmount":
      return mt(lang, "money.unknownAmount", {
        ...base,
        subject: subjectWord(l.subject, lang),
      });
    default:
      return null;
  }
}

function text(file: string, report: MoneyReport, level: Level, lang: Lang): string {
  const lines = [
    mt(lang, "money.book", {
      file: path.resolve(file),
      year: report.year,
      level: mt(lang, `level.${level}` as MoneyKey),
    }),
  ];
  for (const s of report.baseSalaries) {
    lines.push(
      s.from === "book"
        ? mt(lang, "money.salaryBook", { amount: amount(s.amount, lang) })
        : mt(lang, "money.salary", { amount: amount(s.amount, lang), basis: s.basis ?? "" }),
    );
  }
  lines.push("", mt(lang, "money.here"), ...awardTable(report, "here", lang));
  if (report.byAward.some((a) => a.payer === "above")) {
    lines.push("", mt(lang, "money.above"), ...awardTable(report, "above", lang));
  }
  if (report.byUnit.length) {
    const units = [
      [
        "",
        mt(lang, "money.col.unit"),
        mt(lang, "money.col.count"),
        mt(lang, "money.col.here"),
        mt(lang, "money.col.above"),
      ],
      ...report.byUnit.map((u) => [u.unit, u.unitName, String(u.count), amount(u.here, lang), amount(u.above, lang)]),
    ];
    lines.push("", mt(lang, "money.byUnit"), ...columns(units, new Set([2, 3, 4])).map((l) => `  ${l}`));
  }
  lines.push(
    "",
    mt(lang, "money.total", {
      here: amount(report.total.here.amount, lang),
      hereCount: report.total.here.count,
      above: amount(report.total.above.amount, lang),
      aboveCount: report.total.above.count,
    }),
  );
  const unpaid = report.lines.map((l) => notPaid(l, lang, report)).filter((l): l is string => l !== null);
  if (unpaid.length) lines.push("", mt(lang, "money.notCounted"), ...unpaid);
  if (report.unconfirmed.length)
    lines.push("", mt(lang, "money.unconfirmed", { awards: report.unconfirmed.join(", ") }));
  return lines.join("\n");
}

export async function runMoney(files: readonly string[], opts: MoneyOptions, io: Io): Promise<number> {
  if (files.length === 0) throw new UsageError("cli.money.missingFile");
  if (files.length > 1) throw new UsageError("cli.money.oneBook");
  const [file] = files;
  const { lang } = opts;
  io.reading?.(file);
  const { sheets, warnings } = await readXlsxBook(file, opts.maxRows === undefined ? {} : { maxRows: opts.maxRows });
  for (const w of warnings) io.err(`tdkt: ${warningMessage(w, file, lang)}`);
  const { book } = parseBook(sheets);
  if (book.nominations === null) {
    io.err(mt(lang, "money.noNominations", { file }));
    return 2;
  }
  const ctx = makeContext(book, opts.today);
  const report = moneyReport(ctx);
  if (opts.json) {
    const json: JsonMoney = {
      file,
      year: report.year,
      level: ctx.level,
      baseSalaries: report.baseSalaries,
      total: report.total,
      byAward: report.byAward,
      byUnit: report.byUnit,
      lines: report.lines.map(jsonLine),
      unconfirmed: report.unconfirmed,
    };
    io.out(JSON.stringify(json, null, 2));
  } else {
    io.out(text(file, report, ctx.level, lang));
  }
  return 0;
}
