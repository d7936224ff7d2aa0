/**
 * `tdkt stats BOOK|DIR... --out FILE.xlsx [--period YYYY-MM-DD..YYYY-MM-DD] [--forms FILE.json] [--json]`:
 * the state's forms 0601–0603 filled from the books over the period, the trace of every figure, the
 * years side by side and the chains of consecutive titles. Every book must open: the figures go to
 * the state, so a book that cannot be read stops the command (exit 2) rather than being left out.
 */
import { promises as fs } from "fs";
import path from "path";
import { makeContext, type BookContext } from "../domain/context";
import { makeDate } from "../domain/dates";
import type { DateOnly } from "../domain/model";
import { consecutiveTitles, type Chain } from "../domain/stats/chains";
import { countForms, type FormsResult } from "../domain/stats/forms";
import { layoutsFor, layoutsFromConfig, type FormLayout } from "../domain/stats/layouts";
import { isoDate, reportingPeriod, reportYear, type Period } from "../domain/stats/period";
import { yearsSideBySide, type YearsView } from "../domain/stats/years";
import type { Lang } from "../i18n";
import { st as t } from "../i18n/stats";
import { STATS_FORM } from "../files/officialWords";
import { readXlsx } from "../files/readXlsx";
import { writeStatsWorkbook, type StatsBookInfo, type StatsHeading } from "../files/statsWorkbook";
import { parseBook } from "../sheets/parse";
import { UsageError } from "./args";
import { expandBooks } from "./books";
import type { Io } from "./main";

export interface StatsOptions {
  paths: readonly string[];
  out: string | null;
  period: string | null;
  forms: string | null;
  json: boolean;
  today: DateOnly;
  lang: Lang;
  /** --max-rows: the reader's row limit a sheet (the default when undefined). */
  maxRows: number | undefined;
}

/** "2024-12-01..2025-11-30" → a period; anything else is a usage error. */
export function parsePeriod(text: string): Period {
  const m = /^(\d{4})-(\d{2})-(\d{2})\.\.(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const from = m ? makeDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  const to = m ? makeDate(Number(m[4]), Number(m[5]), Number(m[6])) : null;
  if (!from || !to || isoDate(from) > isoDate(to)) throw new UsageError("stats.badPeriod", { value: text });
  return { from, to };
}

async function configuredLayouts(file: string | null, lang: Lang): Promise<FormLayout[]> {
  if (!file) return [];
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (e) {
    throw new UsageError("stats.formsUnreadable", { file, detail: (e as NodeJS.ErrnoException).code ?? "" });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError("stats.badFormsJson", { file, detail: (e as Error).message });
  }
  const { layouts, problems } = layoutsFromConfig(json);
  if (problems.length) {
    const p = problems[0];
    throw new UsageError("stats.badForms", { file, path: p.path, problem: t(lang, `stats.formsProblem.${p.problem}`) });
  }
  return layouts;
}

export interface LoadedBook {
  file: string;
  ctx: BookContext;
  info: StatsBookInfo;
}

/** Reads and parses every book; the first that cannot be used throws (UnusableFileError). */
export async function loadBooks(
  files: readonly string[],
  today: DateOnly,
  maxRows: number | undefined,
  io: Io,
): Promise<LoadedBook[]> {
  const books: LoadedBook[] = [];
  for (const file of files) {
    io.reading?.(file);
    const parsed = parseBook(await readXlsx(file, maxRows === undefined ? {} : { maxRows }));
    books.push({
      file,
      ctx: makeContext(parsed.book, today),
      info: {
        file,
        sheets: {
          nominations: parsed.layouts.nominations?.name,
          history: parsed.layouts.history?.name,
          movements: parsed.layouts.movements?.name,
        },
      },
    });
  }
  return books;
}

function heading(books: readonly LoadedBook[]): StatsHeading {
  const issuers = [...new Set(books.map((b) => b.ctx.book.plan?.issuer).filter((x): x is string => !!x))];
  const provinces = books.filter((b) => b.ctx.book.plan?.level === "province" && b.ctx.book.plan.issuer);
  const reporting =
    issuers.length === 1 ? issuers[0] : provinces.length === 1 ? (provinces[0].ctx.book.plan?.issuer ?? null) : null;
  const level =
    issuers.length === 1
      ? books.find((b) => b.ctx.book.plan?.issuer === reporting)?.ctx.book.plan?.level
      : provinces.length === 1
        ? "province"
        : undefined;
  // Ministries and provinces file with the Ministry of Home Affairs (TT 02/2023/TT-BNV).
  return { reportingUnit: reporting, receivingUnit: level === "province" ? STATS_FORM.ministry : null };
}

export interface StatsJson {
  period: { from: string; to: string };
  books: { file: string; ward: string | null; level: string | null; year: number | null }[];
  forms: {
    form: string;
    code: string;
    sheet: string;
    title: string;
    source: string;
    confirmed: boolean;
    columns: { code: string; label: string; extension: boolean }[];
    rows: { code: string; label: string; extension: boolean; values: Record<string, number> }[];
  }[];
  trace: {
    file: string;
    sheet: string;
    row: number;
    name: string;
    award: string;
    date: string | null;
    form: string;
    rows: string[];
    columns: string[];
    notes: string[];
  }[];
  notCounted: {
    file: string;
    sheet: string;
    row: number;
    name: string;
    award: string;
    reason: string;
    counted: { file: string; sheet: string; row: number } | null;
  }[];
  years: {
    years: number[];
    totals: { year: number; awarded: number; proposed: number }[];
    byAward: YearsJsonLine[];
    byUnit: YearsJsonLine[];
    byBlock: YearsJsonLine[];
  };
  chains: {
    name: string;
    unit: string;
    unitName: string;
    title: string;
    years: number[];
    lastIsProposal: boolean;
    next: { award: string; code: string; needs: number; has: number; eligibleYear: number; ready: boolean }[];
  }[];
  out: string | null;
}

interface YearsJsonLine {
  key: string;
  label: string | null;
  awarded: number[];
  proposed: number[];
}

export function statsJson(
  books: readonly LoadedBook[],
  result: FormsResult,
  years: YearsView,
  chains: readonly Chain[],
  out: string | null,
): StatsJson {
  const sheetOf = (book: number, sheet: "nominations" | "history" | "movements") =>
    books[book]?.info.sheets[sheet] ?? sheet;
  const yearsLines = (lines: YearsView["byAward"]): YearsJsonLine[] =>
    lines.map((l) => ({
      key: l.key,
      label: l.label,
      awarded: l.counts.map((c) => c.awarded),
      proposed: l.counts.map((c) => c.proposed),
    }));
  return {
    period: { from: isoDate(result.period.from), to: isoDate(result.period.to) },
    books: books.map((b) => ({
      file: b.file,
      ward: b.ctx.book.plan?.issuer ?? null,
      level: b.ctx.book.plan?.level ?? null,
      year: b.ctx.book.plan?.year ?? null,
    })),
    forms: result.forms.map(({ layout, counts }) => ({
      form: layout.form,
      code: layout.code,
      sheet: layout.sheet,
      title: layout.title,
      source: layout.source,
      confirmed: layout.confirmed,
      columns: layout.columns.map((c) => ({ code: c.code, label: c.label, extension: c.extension === true })),
      rows: layout.rows.flatMap((r, ri) =>
        r.code === null
          ? []
          : [
              {
                code: r.code,
                label: r.label,
                extension: r.extension === true,
                values: Object.fromEntries(layout.columns.map((c, ci) => [c.code, counts[ri][ci]])),
              },
            ],
      ),
    })),
    trace: result.trace.map((e) => ({
      file: books[e.book].file,
      sheet: sheetOf(e.book, e.sheet),
      row: e.row,
      name: e.name,
      award: e.what,
      date: e.date ? isoDate(e.date) : null,
      form: e.form,
      rows: e.rows,
      columns: e.columns,
      notes: e.notes,
    })),
    notCounted: result.notCounted.map((e) => ({
      file: books[e.book].file,
      sheet: sheetOf(e.book, e.sheet),
      row: e.row,
      name: e.name,
      award: e.what,
      reason: e.reason,
      counted: e.counted
        ? { file: books[e.counted.book].file, sheet: sheetOf(e.counted.book, e.counted.sheet), row: e.counted.row }
        : null,
    })),
    years: {
      years: years.years,
      totals: years.years.map((year, i) => ({ year, ...years.totals[i] })),
      byAward: yearsLines(years.byAward),
      byUnit: yearsLines(years.byUnit),
      byBlock: yearsLines(years.byBlock),
    },
    chains: chains.map((c) => ({
      name: c.name,
      unit: c.unit,
      unitName: c.unitName,
      title: c.title.name,
      years: c.years,
      lastIsProposal: c.lastIsProposal,
      next: c.next.map((s) => ({
        award: s.award.name,
        code: s.award.code,
        needs: s.needs,
        has: s.has,
        eligibleYear: s.eligibleYear,
        ready: s.ready,
      })),
    })),
    out,
  };
}

function textReport(
  books: readonly LoadedBook[],
  result: FormsResult,
  chains: readonly Chain[],
  out: string | null,
  lang: Lang,
): string[] {
  const tr = (k: string, p?: Record<string, string | number>) => t(lang, k, p);
  const lines = [
    tr("stats.title", { from: isoDate(result.period.from), to: isoDate(result.period.to), books: books.length }),
    ...books.map((b) =>
      tr("stats.book", {
        file: b.file,
        ward: b.ctx.book.plan?.issuer ?? tr("stats.unknownWard"),
        year: b.ctx.year,
      }),
    ),
    "",
  ];
  for (const { layout, counts } of result.forms) {
    lines.push(
      tr(layout.confirmed ? "stats.layout" : "stats.layout.unconfirmed", {
        code: layout.code,
        title: layout.title,
        source: layout.source,
      }),
    );
    const total = layout.rows.findIndex((r) => r.facet === "total");
    lines.push(tr("stats.form", { sheet: layout.sheet, total: total >= 0 ? counts[total][0] : 0 }));
  }
  lines.push("", tr("stats.counted", { count: result.trace.length, sheet: tr("stats.sheet.trace") }));
  if (result.notCounted.length) {
    lines.push(tr("stats.notCounted", { count: result.notCounted.length, sheet: tr("stats.sheet.notCounted") }));
    const reasons = new Map<string, number>();
    for (const n of result.notCounted) reasons.set(n.reason, (reasons.get(n.reason) ?? 0) + 1);
    for (const [reason, count] of reasons)
      lines.push(tr("stats.reasonCount", { reason: tr(`stats.reason.${reason}`), count }));
  }
  const unclassified: string[] = [];
  for (const { layout, counts } of result.forms) {
    layout.rows.forEach((r, ri) => {
      if (r.extension && r.code && counts[ri][0] > 0)
        unclassified.push(
          tr("stats.unclassifiedLine", { sheet: layout.sheet, row: r.code, label: r.label, count: counts[ri][0] }),
        );
    });
    layout.columns.forEach((c, ci) => {
      const total = layout.rows.findIndex((r) => r.facet === "total");
      if (c.extension && total >= 0 && counts[total][ci] > 0)
        unclassified.push(
          tr("stats.unclassifiedLine", {
            sheet: layout.sheet,
            row: `01 × ${c.code}`,
            label: c.label,
            count: counts[total][ci],
          }),
        );
    });
  }
  lines.push(...(unclassified.length ? [tr("stats.unclassified"), ...unclassified] : [tr("stats.unclassifiedNone")]));
  const year = reportYear(result.period);
  const ready = chains.filter((c) => c.next.some((s) => s.ready && s.eligibleYear <= year)).length;
  lines.push(tr("stats.chainsReady", { year, count: ready, sheet: tr("stats.sheet.chains") }));
  if (out) lines.push("", tr("stats.wrote", { file: path.resolve(out) }));
  return lines;
}

export async function runStats(opts: StatsOptions, io: Io): Promise<number> {
  const { lang } = opts;
  if (opts.paths.length === 0) throw new UsageError("stats.missingFile");
  if (!opts.out && !opts.json) throw new UsageError("stats.missingOut");
  const files = await expandBooks(opts.paths, opts.out);
  if (opts.out && files.some((f) => path.resolve(f) === path.resolve(opts.out as string)))
    throw new UsageError("stats.outIsInput", { file: opts.out });
  const period = opts.period ? parsePeriod(opts.period) : null;
  const configured = await configuredLayouts(opts.forms, lang);
  const books = await loadBooks(files, opts.today, opts.maxRows, io);

  const planYears = books.map((b) => b.ctx.book.plan?.year).filter((y): y is number => typeof y === "number");
  const chosen = period ?? reportingPeriod(planYears.length ? Math.max(...planYears) : opts.today.year);
  const layouts = layoutsFor(chosen.to, configured);
  if (layouts.length === 0) throw new UsageError("stats.noLayout", { date: isoDate(chosen.to) });

  const result = countForms(books, chosen, layouts);
  const byYear = [...books].sort((a, b) => a.ctx.year - b.ctx.year).map((b) => b.ctx);
  const years = yearsSideBySide(byYear);
  const chains = consecutiveTitles(byYear, reportYear(chosen));

  if (opts.out) {
    await writeStatsWorkbook(opts.out, {
      period: chosen,
      forms: result.forms,
      trace: result.trace,
      notCounted: result.notCounted,
      books: books.map((b) => b.info),
      years,
      chains,
      heading: heading(books),
      lang,
    });
  }
  if (opts.json) io.out(JSON.stringify(statsJson(books, result, years, chains, opts.out), null, 2));
  else io.out(textReport(books, result, chains, opts.out, lang).join("\n"));
  return 0;
}
