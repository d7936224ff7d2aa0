/**
 * `tdkt documents BOOK --out DIR [--template FILE.docx] [--json]`: the council's Word documents —
 * the standing office's submission (Tờ trình), a decision (Quyết định) per award this level decides,
 * a submission upward per award decided above — in the built-in NĐ 30/2020 layout or filled into an
 * office's own template. Exit 0 (written), 2 (unusable book or template, or command line).
 */
import { promises as fs } from "fs";
import path from "path";
import { councilDocuments, type SkipReason } from "../domain/documents/councilDocuments";
import type { DateOnly } from "../domain/model";
import { t, type Lang } from "../i18n";
import { parseBook } from "../sheets/parse";
import { documentFiles, type DocumentKind } from "../files/documents/data";
import { councilDocxBytes } from "../files/documents/docx";
import { fillTemplate, TemplateError } from "../files/documents/template";
import { readXlsx, UnusableFileError } from "../files/readXlsx";
import { UsageError } from "./args";
import type { Io } from "./main";

export interface DocumentsOptions {
  file: string | undefined;
  out: string | undefined;
  template: string | undefined;
  json: boolean;
  today: DateOnly;
  lang: Lang;
}

export interface DocumentsJson {
  file: string;
  out: string;
  draft: boolean;
  documents: { file: string; kind: DocumentKind; award: string | null; count: number }[];
  skipped: { row: number; reason: SkipReason }[];
}

async function readTemplate(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch {
    throw new UnusableFileError(file, "missing");
  }
}

export async function runDocuments(opts: DocumentsOptions, io: Io): Promise<number> {
  const { file, out, lang } = opts;
  if (!file) throw new UsageError("cli.missingFile");
  if (!out) throw new UsageError("documents.missingOut");
  const template = opts.template ? await readTemplate(opts.template) : null;
  const parsed = parseBook(await readXlsx(file));
  const docs = councilDocuments(parsed.book, opts.today);
  const files = documentFiles(parsed.book, docs);

  const bytes: Uint8Array[] = [];
  for (const f of files) {
    try {
      bytes.push(template ? fillTemplate(template, f.data) : await councilDocxBytes(f.data));
    } catch (e) {
      if (e instanceof TemplateError)
        throw new UsageError(`documents.template.${e.reason}`, { file: opts.template ?? "", detail: e.detail });
      throw e;
    }
  }
  await fs.mkdir(out, { recursive: true });
  for (let i = 0; i < files.length; i++) await fs.writeFile(path.join(out, files[i].fileName), bytes[i]);

  const report: DocumentsJson = {
    file,
    out,
    draft: docs.draft,
    documents: files.map((f) => ({ file: f.fileName, kind: f.kind, award: f.award, count: f.count })),
    skipped: docs.skipped,
  };
  if (opts.json) {
    io.out(JSON.stringify(report, null, 2));
    return 0;
  }
  const lines = files.length
    ? [
        t(lang, "documents.wrote", { count: files.length, dir: path.resolve(out) }),
        ...files.map((f) =>
          t(lang, `documents.item.${f.kind}`, { file: f.fileName, award: f.award ?? "", count: f.count }),
        ),
      ]
    : [t(lang, "documents.none")];
  if (docs.draft && files.length) lines.push(t(lang, "documents.draft"));
  for (const reason of ["below", "unknownAward", "subjectMismatch"] as const) {
    const rows = docs.skipped.filter((s) => s.reason === reason).map((s) => s.row);
    if (rows.length) lines.push(t(lang, `documents.skipped.${reason}`, { rows: rows.join(", ") }));
  }
  io.out(lines.join("\n"));
  return 0;
}
