/**
 * `tdkt certificates BOOK --out FILE.pdf [--calibrate] [--start N] [--json]`: one page per awardee of
 * this level's decisions, printed onto the office's blanks as the book's Mẫu in phôi sheet places the
 * fields (else an A4 landscape default); `--calibrate` prints the grid pages to adjust it; `--start`
 * is the first register number (số vào sổ). Exit 0 (written or nothing to print), 2 (unusable book or
 * command line).
 */
import { promises as fs } from "fs";
import path from "path";
import { councilDocuments } from "../domain/documents/councilDocuments";
import type { DateOnly } from "../domain/model";
import { t, type Lang } from "../i18n";
import { parseBook } from "../sheets/parse";
import { documentFiles } from "../files/documents/data";
import { loadFonts } from "../files/certificates/fonts";
import { FIELD_LABELS, certificatePages } from "../files/certificates/pages";
import { calibrationPdf, certificatesPdf, stylesUsed } from "../files/certificates/pdf";
import { readXlsx } from "../files/readXlsx";
import { UsageError } from "./args";
import type { Io } from "./main";

export interface CertificatesOptions {
  file: string | undefined;
  out: string | undefined;
  calibrate: boolean;
  start: string | undefined;
  json: boolean;
  today: DateOnly;
  lang: Lang;
}

export interface CertificatesJson {
  file: string;
  out: string | null;
  calibrate: boolean;
  pages: number;
  awards: { award: string; from: number; to: number; layout: "sheet" | "default" }[];
}

export async function runCertificates(opts: CertificatesOptions, io: Io): Promise<number> {
  const { file, out, lang } = opts;
  if (!file) throw new UsageError("cli.missingFile");
  if (!out) throw new UsageError("certificates.missingOut");
  const start = opts.start === undefined ? 1 : Number(opts.start);
  if (!Number.isInteger(start) || start < 1) throw new UsageError("certificates.badStart", { value: opts.start ?? "" });

  const book = parseBook(await readXlsx(file)).book;
  const docs = councilDocuments(book, opts.today);
  const { pages, runs } = certificatePages(book, opts.today, docs, documentFiles(book, docs), start);
  const report: CertificatesJson = {
    file,
    out: null,
    calibrate: opts.calibrate,
    pages: 0,
    awards: runs.map((r) => ({ award: r.award, from: r.from, to: r.to, layout: r.fromSheet ? "sheet" : "default" })),
  };
  // One calibration page per distinct blank, naming the awards printed on it.
  const blanks = new Map<string, { layout: (typeof runs)[number]["layout"]; awards: string[]; runs: number[] }>();
  runs.forEach((r, i) => {
    const key = JSON.stringify(r.layout);
    const b = blanks.get(key) ?? { layout: r.layout, awards: [], runs: [] };
    b.awards.push(r.award);
    b.runs.push(i);
    blanks.set(key, b);
  });
  if (runs.length) {
    const fonts = await loadFonts(opts.calibrate ? [] : stylesUsed(runs.map((r) => r.layout)));
    const bytes = opts.calibrate
      ? await calibrationPdf(
          [...blanks.values()].map((b) => ({
            title: `${t(lang, "certificates.calibrationTitle")}: ${b.awards.join("; ")}`,
            layout: b.layout,
            labels: FIELD_LABELS,
          })),
          fonts,
        )
      : await certificatesPdf(pages, fonts);
    await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await fs.writeFile(out, bytes);
    report.out = out;
    report.pages = opts.calibrate ? blanks.size : pages.length;
    if (opts.calibrate) {
      [...blanks.values()].forEach((b, page) =>
        b.runs.forEach((i) => (report.awards[i] = { ...report.awards[i], from: page + 1, to: page + 1 })),
      );
    }
  }
  if (opts.json) {
    io.out(JSON.stringify(report, null, 2));
    return 0;
  }
  if (!runs.length) {
    io.out(t(lang, "certificates.none"));
    return 0;
  }
  io.out(
    [
      t(lang, opts.calibrate ? "certificates.wroteCalibration" : "certificates.wrote", {
        pages: report.pages,
        file: path.resolve(out),
      }),
      ...report.awards.map((a) =>
        t(lang, `certificates.run.${a.layout}`, {
          pages: a.from === a.to ? a.from : `${a.from}–${a.to}`,
          award: a.award,
        }),
      ),
      ...(opts.calibrate ? [] : [t(lang, "certificates.print")]),
    ].join("\n"),
  );
  return 0;
}
