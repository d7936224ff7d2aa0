/**
 * The certificates of a council round: one page per awardee of this level's decisions, in the order
 * of the decisions' annexes, each on its award's blank (Mẫu in phôi), numbered in the register
 * (số vào sổ) from `start`.
 */
import { makeContext } from "../../domain/context";
import type { CouncilDocuments } from "../../domain/documents/councilDocuments";
import type { Book, DateOnly } from "../../domain/model";
import { layoutFor, type BlankLayout } from "../../sheets/certificateLayout";
import { FIELD_OPTIONS } from "../../sheets/contract";
import type { DocumentFile } from "../documents/data";
import type { CertificatePage } from "./pdf";

export interface CertificateRun {
  award: string;
  /** 1-based pages of the PDF. */
  from: number;
  to: number;
  /** The layout came from the book's Mẫu in phôi sheet (else the default A4 landscape blank). */
  fromSheet: boolean;
  layout: BlankLayout;
}

export function certificatePages(
  book: Book,
  today: DateOnly,
  docs: CouncilDocuments,
  files: readonly DocumentFile[],
  start = 1,
): { pages: CertificatePage[]; runs: CertificateRun[] } {
  const ctx = makeContext(book, today);
  const pages: CertificatePage[] = [];
  const runs: CertificateRun[] = [];
  let register = start;
  for (const doc of docs.decisions) {
    const file = files.find((f) => f.kind === "decision" && f.award === doc.award.name);
    if (!file) continue;
    const d = file.data;
    const own = (book.certificateLayout ?? []).some((r) => r.award && ctx.findAward(r.award)?.code === doc.award.code);
    const layout = layoutFor(book.certificateLayout, (typed) => ctx.findAward(typed)?.code === doc.award.code);
    const fromSheet = own || (book.certificateLayout ?? []).some((r) => !r.award && r.field);
    const from = pages.length + 1;
    for (const g of d.danh_sach) {
      for (const p of g.nguoi) {
        pages.push({
          layout,
          values: {
            ...p,
            stt: String(p.stt),
            so_quyet_dinh: p.so_quyet_dinh || d.so_ky_hieu,
            ngay_quyet_dinh: p.ngay_quyet_dinh || d.ngay_quyet_dinh,
            dia_danh_ngay: d.dia_danh_ngay,
            quyen_han_ky: d.quyen_han_ky,
            chuc_vu_ky: d.chuc_vu_ky,
            nguoi_ky: d.nguoi_ky,
            hinh_thuc: d.hinh_thuc,
            nam: String(d.nam),
            so_vao_so: String(register++),
          },
        });
      }
    }
    runs.push({ award: doc.award.name, from, to: pages.length, fromSheet, layout });
  }
  return { pages, runs };
}

/** Field names as the Mẫu in phôi sheet writes them, for the calibration page. */
export const FIELD_LABELS: Record<string, string> = Object.fromEntries(FIELD_OPTIONS.map((o) => [o.value, o.label]));
