/**
 * `tdkt import BOOK FILE|DIR... --out MERGED.xlsx [--json]`: reads the units' returned files, checks
 * them with the same engine, and writes MERGED = BOOK with their rows merged (README, "Collecting the
 * templates back"). BOOK is only read. Exit 0 (every file imported or unchanged), 1 (a file rejected),
 * 2 (BOOK unusable, or the command line).
 */
import { promises as fs } from "fs";
import path from "path";
import type { DateOnly } from "../domain/model";
import { message, t, type Lang } from "../i18n";
import { collect, type FileOutcome, type Returned } from "../sheets/collect";
import { applyEdit, openBook } from "../files/applyEdit";
import { readXlsxBook, UnusableFileError } from "../files/readXlsx";
import { outcomeMessage, RETURNED_LIMITS, unusableReason } from "../files/returned";
import { UsageError } from "./args";
import type { Io } from "./main";
import type { JsonFinding } from "./report";

export interface ImportOptions {
  paths: readonly string[];
  out: string | undefined;
  json: boolean;
  today: DateOnly;
  lang: Lang;
}

export interface ImportJson {
  book: string;
  out: string;
  added: number;
  files: {
    file: string;
    status: FileOutcome["status"];
    added: number;
    replaced: number;
    registered: number;
    template: { unit: string; year: number; version: number } | null;
    message: string;
    findings: (JsonFinding & { source: { file: string; sheet: string; row: number } | null })[];
  }[];
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, "vi"));
  for (const e of entries) {
    // Hidden files and Excel's lock files (~$book.xlsx) are nobody's return; anything else is looked at.
    if (e.name.startsWith(".") || e.name.startsWith("~$")) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) await walk(full, out);
    else if (e.isFile()) out.push(full);
  }
}

/** The files named, each folder's files (every one: a stray .xls or .pdf is rejected by name, not skipped). */
async function returnedFiles(paths: readonly string[], book: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => null);
    if (stat?.isDirectory()) await walk(p, out);
    else out.push(p);
  }
  const seen = new Set([path.resolve(book)]);
  return out.filter((f) => !seen.has(path.resolve(f)) && (seen.add(path.resolve(f)), true));
}

export async function runImport(opts: ImportOptions, io: Io): Promise<number> {
  const { lang } = opts;
  const [book, ...rest] = opts.paths;
  if (!book) throw new UsageError("cli.missingFile");
  if (!opts.out) throw new UsageError("import.missingOut");
  const out = opts.out;
  if (path.resolve(book) === path.resolve(out)) throw new UsageError("import.sameFile", { file: book });
  if (rest.length === 0) throw new UsageError("import.noFiles");

  const { wb, sheets } = await openBook(book);
  const files = await returnedFiles(rest, book);
  const returned: Returned[] = [];
  for (const f of files) {
    const name = path.basename(f);
    io.reading?.(f);
    try {
      const read = await readXlsxBook(f, RETURNED_LIMITS, { anySheet: true });
      returned.push({ file: name, sheets: read.sheets });
    } catch (e) {
      if (!(e instanceof UnusableFileError)) throw e;
      returned.push({ file: name, unusable: unusableReason(e, lang) });
    }
  }

  const merged = collect(sheets, returned, opts.today);
  for (const edit of merged.edits) applyEdit(wb, edit);
  await wb.xlsx.writeFile(out);

  const report: ImportJson = {
    book,
    out,
    added: merged.added,
    files: merged.files.map((o) => ({
      file: o.file,
      status: o.status,
      added: o.added,
      replaced: o.replaced,
      registered: o.registered,
      template: o.template ? { unit: o.template.unit, year: o.template.year, version: o.template.version } : null,
      message: outcomeMessage(o, lang),
      findings: o.findings.map((f, i) => ({
        code: f.code,
        severity: f.severity,
        sheet: f.sheet,
        row: f.row,
        column: f.column,
        unit: f.unit,
        ref: f.ref,
        message: message(f, lang),
        cell: f.cell,
        source: o.origins[i] ?? null,
      })),
    })),
  };
  const rejected = report.files.filter((f) => f.status === "rejected").length;
  if (opts.json) io.out(JSON.stringify(report, null, 2));
  else {
    const lines: string[] = [];
    for (const f of report.files) {
      lines.push(f.message);
      for (const x of f.findings) lines.push(t(lang, "import.file.finding", { message: x.message }));
    }
    lines.push(
      t(lang, "import.summary", {
        added: report.added,
        imported: report.files.filter((f) => f.status === "imported").length,
        unchanged: report.files.filter((f) => f.status === "unchanged").length,
        rejected,
        out: path.resolve(out),
      }),
    );
    io.out(lines.join("\n"));
  }
  // Each rejected file also gets its one line where errors go.
  for (const f of report.files) if (f.status === "rejected") io.err(`tdkt: ${f.message}`);
  return rejected > 0 ? 1 : 0;
}
