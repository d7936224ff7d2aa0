/**
 * What the Văn bản tab makes from the book's cells, without React: the council's Word documents,
 * the history edit, and the certificate PDF (whose library and fonts load only when asked for).
 */
import { councilDocuments } from "../../domain/documents/councilDocuments";
import type { DateOnly } from "../../domain/model";
import { recordHistory, type HistoryPlan } from "../../domain/recordHistory";
import { historyEdit, sourceCodec, type HistoryEdit } from "../../sheets/historyEdit";
import { parseBook, type RawSheet } from "../../sheets/parse";
import { documentFiles, type DocumentKind } from "../../files/documents/data";
import { councilDocxBytes } from "../../files/documents/docx";
import type { FontBytes } from "../../files/certificates/pdf";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface MadeFile {
  name: string;
  kind: DocumentKind | "pdf";
  award: string | null;
  count: number;
  blob: Blob;
}

export interface MadeDocuments {
  files: MadeFile[];
  draft: boolean;
  skipped: number[];
}

export async function makeDocuments(
  sheets: readonly RawSheet[],
  today: DateOnly,
  template: Uint8Array | null = null,
): Promise<MadeDocuments> {
  const { book } = parseBook(sheets);
  const docs = councilDocuments(book, today);
  const files = documentFiles(book, docs);
  const fill = template ? (await import("../../files/documents/template")).fillTemplate : null;
  const made: MadeFile[] = [];
  for (const f of files) {
    const bytes = fill && template ? fill(template, f.data) : await councilDocxBytes(f.data);
    made.push({
      name: f.fileName,
      kind: f.kind,
      award: f.award,
      count: f.count,
      blob: new Blob([bytes as BlobPart], { type: DOCX_TYPE }),
    });
  }
  return { files: made, draft: docs.draft, skipped: docs.skipped.map((s) => s.row) };
}

export function planRecord(sheets: readonly RawSheet[], today: DateOnly): { plan: HistoryPlan; edit: HistoryEdit } {
  const parsed = parseBook(sheets);
  const plan = recordHistory(parsed.book, today, sourceCodec(parsed.layouts.nominations?.name));
  return { plan, edit: historyEdit(parsed, plan) };
}

export async function makeCertificates(
  sheets: readonly RawSheet[],
  today: DateOnly,
  options: { calibrate: boolean; start: number; fonts: (styles: string[]) => Promise<FontBytes> },
): Promise<MadeFile | null> {
  const { book } = parseBook(sheets);
  const docs = councilDocuments(book, today);
  const [{ certificatePages, FIELD_LABELS }, pdf] = await Promise.all([
    import("../../files/certificates/pages"),
    import("../../files/certificates/pdf"),
  ]);
  const { pages, runs } = certificatePages(book, today, docs, documentFiles(book, docs), options.start);
  if (!runs.length) return null;
  const layouts = [...new Map(runs.map((r) => [JSON.stringify(r.layout), r])).values()];
  const bytes = options.calibrate
    ? await pdf.calibrationPdf(
        layouts.map((r) => ({
          title: runs
            .filter((x) => JSON.stringify(x.layout) === JSON.stringify(r.layout))
            .map((x) => x.award)
            .join("; "),
          layout: r.layout,
          labels: FIELD_LABELS,
        })),
        await options.fonts([]),
      )
    : await pdf.certificatesPdf(pages, await options.fonts(pdf.stylesUsed(runs.map((r) => r.layout))));
  return {
    name: options.calibrate ? `can-chinh-phoi-${docs.year}.pdf` : `in-phoi-${docs.year}.pdf`,
    kind: "pdf",
    award: null,
    count: options.calibrate ? layouts.length : pages.length,
    blob: new Blob([bytes as BlobPart], { type: "application/pdf" }),
  };
}
