/**
 * `tdkt rollup BOOK|DIR... --out FILE.xlsx [--json]`: a province's roll-up of many books. Each book
 * is read, checked and reduced to a digest at once, so memory holds one book at a time plus a few
 * fields per nomination. A book that cannot be used is listed with its reason and the rest are
 * counted.
 *
 * Exit codes: 0 every book rolled up and no person nominated by two books on matching ID number or
 * date of birth; 1 a book could not be used or such a duplicate was found (errors found); 2 the
 * command line is wrong, no book at all could be used, or the output cannot be written.
 * Duplicates found by name alone are warnings: they do not change the exit code.
 */
import path from "path";
import { makeContext } from "../domain/context";
import { countBySeverity, finding, type Finding } from "../domain/finding";
import type { DateOnly } from "../domain/model";
import {
  CrossBookDuplicates,
  digestBook,
  totalAwards,
  type AwardTotal,
  type BookDigest,
  type CrossBookDuplicate,
} from "../domain/stats/rollup";
import { message, type Lang } from "../i18n";
import { st as t } from "../i18n/stats";
import { readXlsx, UnusableFileError } from "../files/readXlsx";
import { writeRollupWorkbook, type RollupBook } from "../files/rollupWorkbook";
import { checkWorkbook } from "../sheets/checkWorkbook";
import { locatorFor } from "../sheets/locate";
import type { SheetLayout } from "../sheets/parse";
import { UsageError } from "./args";
import { expandBooks } from "./books";
import { unusableMessage } from "../files/messages";
import type { Io } from "./main";

export const DUPLICATE_ACROSS_BOOKS = "DUPLICATE_ACROSS_BOOKS";
export const BOOK_UNUSABLE = "BOOK_UNUSABLE";

export interface RollupOptions {
  paths: readonly string[];
  out: string | null;
  json: boolean;
  today: DateOnly;
  lang: Lang;
  /** --max-rows: the reader's row limit a sheet (the default when undefined). */
  maxRows: number | undefined;
}

interface Rolled extends RollupBook {
  layout: SheetLayout | null;
  codes: Record<string, number>;
  reason: string | null;
}

export interface RollupJsonFinding {
  code: string;
  severity: "error" | "warning" | "info";
  file: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  cell: string | null;
  message: string;
  /** DUPLICATE_ACROSS_BOOKS: the other book's row. */
  other?: { file: string; sheet: string | null; row: number; cell: string | null };
  matchedBy?: string;
  /** BOOK_UNUSABLE: the reason code (missing, notXlsx, encrypted, corrupt, tooLarge, unreadable). */
  reason?: string;
}

export interface RollupJson {
  books: (
    | {
        file: string;
        status: "ok";
        ward: string | null;
        level: string | null;
        year: number | null;
        counts: BookDigest["counts"];
        findings: { error: number; warning: number; info: number };
        codes: Record<string, number>;
      }
    | { file: string; status: "unusable"; reason: string; message: string }
  )[];
  totals: { key: string; award: string; bySubject: AwardTotal["bySubject"]; total: number }[];
  findings: RollupJsonFinding[];
  counts: { error: number; warning: number; info: number };
  out: string | null;
}

/** One book: read, check, digest. Never throws for the book's sake: a problem becomes its reason. */
async function rollOne(file: string, opts: RollupOptions, io: Io): Promise<Rolled> {
  const { today, lang } = opts;
  try {
    io.reading?.(file);
    const check = checkWorkbook(
      await readXlsx(file, opts.maxRows === undefined ? {} : { maxRows: opts.maxRows }),
      today,
    );
    const codes: Record<string, number> = {};
    for (const f of check.findings) if (f.severity !== "info") codes[f.code] = (codes[f.code] ?? 0) + 1;
    const layout = check.parsed.layouts.nominations ?? null;
    return {
      file,
      nominationsSheet: layout?.name ?? null,
      layout,
      digest: digestBook(makeContext(check.parsed.book, today)),
      findings: check.counts,
      codes,
      problem: null,
      reason: null,
    };
  } catch (e) {
    // A book that trips anything else is still one book: the others are rolled up, this one says why.
    const unusable =
      e instanceof UnusableFileError
        ? e
        : new UnusableFileError(file, "unreadable", "file.unreadable", { detail: (e as Error)?.message ?? "" });
    return {
      file,
      nominationsSheet: null,
      layout: null,
      digest: null,
      findings: null,
      codes: {},
      problem: unusableMessage(unusable, lang),
      reason: unusable.reason,
    };
  }
}

function duplicateFinding(d: CrossBookDuplicate, books: readonly Rolled[], lang: Lang): RollupJsonFinding {
  const a = books[d.first.book];
  const b = books[d.second.book];
  const at = (book: Rolled, row: number) =>
    locatorFor(book.layout ? { nominations: book.layout } : {})("nominations", row, "name");
  const there = at(a, d.first.row);
  const f = finding("DUPLICATE_ACROSS_BOOKS", d.matchedBy === "name" ? "warning" : "error", at(b, d.second.row), {
    params: {
      name: d.name,
      award: d.award,
      year: d.year,
      otherFile: a.file,
      otherSheet: there.sheet ?? "",
      otherRow: d.first.row,
      matchedBy: d.matchedBy,
    },
  });
  return {
    ...jsonOf(f, b.file, lang),
    other: { file: a.file, sheet: there.sheet, row: d.first.row, cell: there.cell },
    matchedBy: d.matchedBy,
  };
}

function unusableFinding(b: Rolled, lang: Lang): RollupJsonFinding {
  const f = finding(
    "BOOK_UNUSABLE",
    "error",
    { sheet: null, row: null, column: null, cell: null },
    { params: { file: b.file, reason: b.reason ?? "unreadable" } },
  );
  return { ...jsonOf(f, b.file, lang), reason: b.reason ?? "unreadable" };
}

function jsonOf(f: Finding, file: string, lang: Lang): RollupJsonFinding {
  return {
    code: f.code,
    severity: f.severity,
    file,
    sheet: f.sheet,
    row: f.row,
    column: f.column,
    cell: f.cell,
    message: message(f, lang),
  };
}

export async function runRollup(opts: RollupOptions, io: Io): Promise<number> {
  const { lang } = opts;
  const tr = (k: string, p?: Record<string, string | number>) => t(lang, k, p);
  if (opts.paths.length === 0) throw new UsageError("rollup.missingFile");
  if (!opts.out && !opts.json) throw new UsageError("stats.missingOut");
  const files = await expandBooks(opts.paths, opts.out);
  if (opts.out && files.some((f) => path.resolve(f) === path.resolve(opts.out as string)))
    throw new UsageError("stats.outIsInput", { file: opts.out });

  const books: Rolled[] = [];
  const duplicates = new CrossBookDuplicates();
  for (const file of files) {
    const rolled = await rollOne(file, opts, io);
    if (rolled.digest) {
      duplicates.add(books.length, rolled.digest.candidates);
      // The candidates live on in `duplicates`; the digest keeps only what the report prints.
      rolled.digest = { ...rolled.digest, candidates: [] };
    }
    books.push(rolled);
  }
  const ok = books.filter((b) => b.digest);
  const broken = books.filter((b) => !b.digest);
  const totals = totalAwards(ok.map((b) => b.digest as BookDigest));
  const findings = [
    ...broken.map((b) => unusableFinding(b, lang)),
    ...duplicates.found.map((d) => duplicateFinding(d, books, lang)),
  ];
  const counts = countBySeverity(findings);

  if (ok.length > 0 && opts.out) {
    await writeRollupWorkbook(opts.out, { books, totals, duplicates: duplicates.found, lang });
  }
  if (opts.json) {
    const json: RollupJson = {
      books: books.map((b) =>
        b.digest
          ? {
              file: b.file,
              status: "ok" as const,
              ward: b.digest.ward,
              level: b.digest.level,
              year: b.digest.year,
              counts: b.digest.counts,
              findings: b.findings ?? { error: 0, warning: 0, info: 0 },
              codes: b.codes,
            }
          : { file: b.file, status: "unusable" as const, reason: b.reason ?? "unreadable", message: b.problem ?? "" },
      ),
      totals: totals.map((a) => ({ key: a.key, award: a.name, bySubject: a.bySubject, total: a.total })),
      findings,
      counts,
      out: ok.length > 0 ? opts.out : null,
    };
    io.out(JSON.stringify(json, null, 2));
  } else {
    const level = (l: string | null) => (l ? tr(`rollup.level.${l}`) : tr("rollup.unknown"));
    const lines = [
      tr("rollup.title", { books: books.length, ok: ok.length, broken: broken.length }),
      ...books.map((b) =>
        b.digest
          ? tr("rollup.book", {
              file: b.file,
              ward: b.digest.ward ?? tr("stats.unknownWard"),
              level: level(b.digest.level),
              year: b.digest.year ?? tr("rollup.unknown"),
              nominations: b.digest.counts.nominations,
              error: b.findings?.error ?? 0,
              warning: b.findings?.warning ?? 0,
            })
          : tr("rollup.broken", { file: b.file, reason: b.problem ?? "" }),
      ),
      "",
      tr("rollup.totals"),
      ...totals.map((a) => tr("rollup.total", { award: a.name, total: a.total })),
      "",
      tr("rollup.duplicates", { count: duplicates.found.length }),
      ...duplicates.found.slice(0, 20).map((d) =>
        tr("rollup.duplicate", {
          name: d.name,
          award: d.award,
          year: d.year,
          first: books[d.first.book].file,
          firstRow: d.first.row,
          second: books[d.second.book].file,
          secondRow: d.second.row,
          basis: tr(`rollup.matchedBy.${d.matchedBy}`),
        }),
      ),
      ...(duplicates.found.length > 20 ? [tr("report.more", { count: duplicates.found.length - 20 })] : []),
    ];
    if (ok.length > 0 && opts.out) lines.push("", tr("rollup.wrote", { file: path.resolve(opts.out) }));
    io.out(lines.join("\n"));
  }
  if (ok.length === 0) {
    io.err(tr("rollup.noneUsable", { count: books.length }));
    return 2;
  }
  return counts.error > 0 ? 1 : 0;
}
