/**
 * Certificates printed onto an office's pre-printed blanks: one PDF page per awardee, each field at
 * its position in millimetres, and a calibration page that prints a millimetre grid with the
 * fields' boxes, to hold against a blank and adjust the Mẫu in phôi sheet.
 *
 * Why a PDF (pdf-lib) and not a .docx with positioned frames: a PDF page prints at the size it says
 * ("Actual size"), the same on every printer and in every viewer, and a field lands within a
 * fraction of a millimetre; Word frames move with the printer driver, the default font and the
 * layout engine (LibreOffice and Word disagree), which on a blank that cost money is a wasted blank.
 * The fonts are embedded whole: @pdf-lib/fontkit 1.1.1 drops composite glyphs when subsetting, and
 * every precomposed Vietnamese letter (ầ, ữ, Ủ…) is one; a style adds about 0.5 MB to the file.
 * Text is normalised to NFC so a name typed with combining marks prints as the font's own letters.
 */
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { FontStyle } from "../../domain/model";
import type { BlankLayout, FieldBox } from "../../sheets/certificateLayout";

/** TrueType bytes of each style the layouts use (Noto Serif ships all four). */
export type FontBytes = Partial<Record<FontStyle, Uint8Array>>;

export interface CertificatePage {
  layout: BlankLayout;
  /** Placeholder → text: danh_xung, ho_ten, chuc_vu_don_vi, thanh_tich, so_quyet_dinh… */
  values: Record<string, string>;
}

const PT_PER_MM = 72 / 25.4;
const pt = (mm: number) => mm * PT_PER_MM;
const MIN_SHRINK = 0.6;

/** The styles a set of layouts prints in, for loading only those fonts. */
export function stylesUsed(layouts: readonly BlankLayout[]): FontStyle[] {
  const styles = new Set<FontStyle>(["regular"]);
  for (const l of layouts) for (const f of l.fields) styles.add(f.style);
  return [...styles];
}

async function embedFonts(doc: PDFDocument, fonts: FontBytes): Promise<(style: FontStyle) => PDFFont> {
  doc.registerFontkit(fontkit);
  const embedded = new Map<FontStyle, PDFFont>();
  for (const [style, bytes] of Object.entries(fonts) as [FontStyle, Uint8Array][]) {
    embedded.set(style, await doc.embedFont(bytes, { subset: false }));
  }
  const regular = embedded.get("regular");
  if (!regular) throw new Error("certificates: the regular font is needed");
  return (style) => embedded.get(style) ?? (style === "boldItalic" ? embedded.get("bold") : undefined) ?? regular;
}

export function fill(template: string, values: Record<string, string>): string {
  return template
    .replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? "")
    .normalize("NFC")
    .split("\n")
    .map((l) => l.trim().replace(/\s+/g, " "))
    .filter(Boolean)
    .join("\n");
}

/** Words into lines no wider than `width` points (a word longer than a line stands alone). */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      const next = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(next, size) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
  }
  return lines;
}

/** The size and lines a field prints with: shrunk (to 60% at most) until it fits its box. */
export function fit(text: string, f: FieldBox, font: PDFFont): { size: number; lines: string[] } {
  const width = f.width > 0 ? pt(f.width) : Infinity;
  const height = f.height > 0 ? pt(f.height) : 0;
  for (let size = f.fontSize; ; size -= 0.5) {
    const smallest = size - 0.5 < f.fontSize * MIN_SHRINK;
    const lines = height > 0 ? wrap(text, font, size, width) : text.split("\n");
    const widest = Math.max(...lines.map((l) => font.widthOfTextAtSize(l, size)));
    const tall = lines.length * size * 1.2;
    if ((widest <= width && (height === 0 || tall <= height + size * 0.25)) || smallest) return { size, lines };
  }
}

function drawField(page: PDFPage, layout: BlankLayout, f: FieldBox, text: string, font: PDFFont): void {
  if (!text) return;
  const { size, lines } = fit(text, f, font);
  const top = pt(layout.height - f.y);
  const ascent = font.heightAtSize(size, { descender: false });
  lines.forEach((line, i) => {
    const w = font.widthOfTextAtSize(line, size);
    const left = pt(f.x);
    const span = f.width > 0 ? pt(f.width) : 0;
    const x = f.align === "center" ? left + (span - w) / 2 : f.align === "right" ? left + span - w : left;
    page.drawText(line, { x, y: top - ascent - i * size * 1.2, size, font, color: rgb(0, 0, 0) });
  });
}

export async function certificatesPdf(pages: readonly CertificatePage[], fonts: FontBytes): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle("Giấy khen — in phôi");
  doc.setCreator("TĐKT cho Excel");
  const font = await embedFonts(doc, fonts);
  for (const p of pages) {
    const page = doc.addPage([pt(p.layout.width), pt(p.layout.height)]);
    for (const f of p.layout.fields) drawField(page, p.layout, f, fill(f.content, p.values), font(f.style));
  }
  return doc.save();
}

/** A grid every 5 mm (every 10 mm darker and numbered) with each field's box and name. */
export async function calibrationPdf(
  layouts: readonly { title: string; layout: BlankLayout; labels: Record<string, string> }[],
  fonts: FontBytes,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle("Trang căn chỉnh phôi");
  const font = (await embedFonts(doc, { regular: fonts.regular }))("regular");
  for (const { title, layout, labels } of layouts) {
    const page = doc.addPage([pt(layout.width), pt(layout.height)]);
    const h = pt(layout.height);
    for (let mm = 0; mm <= layout.width; mm += 5) {
      const strong = mm % 10 === 0;
      page.drawLine({
        start: { x: pt(mm), y: 0 },
        end: { x: pt(mm), y: h },
        thickness: strong ? 0.4 : 0.15,
        color: rgb(0.6, 0.6, 0.6),
      });
      if (strong && mm > 0 && mm < layout.width) {
        page.drawText(String(mm), { x: pt(mm) + 1, y: h - 8, size: 6, font, color: rgb(0.3, 0.3, 0.3) });
        page.drawText(String(mm), { x: pt(mm) + 1, y: 3, size: 6, font, color: rgb(0.3, 0.3, 0.3) });
      }
    }
    for (let mm = 0; mm <= layout.height; mm += 5) {
      const strong = mm % 10 === 0;
      const y = h - pt(mm);
      page.drawLine({
        start: { x: 0, y },
        end: { x: pt(layout.width), y },
        thickness: strong ? 0.4 : 0.15,
        color: rgb(0.6, 0.6, 0.6),
      });
      if (strong && mm > 0 && mm < layout.height) {
        page.drawText(String(mm), { x: 2, y: y + 1, size: 6, font, color: rgb(0.3, 0.3, 0.3) });
        page.drawText(String(mm), { x: pt(layout.width) - 12, y: y + 1, size: 6, font, color: rgb(0.3, 0.3, 0.3) });
      }
    }
    for (const f of layout.fields) {
      const width = pt(f.width || 60);
      const height = pt(f.height || (f.fontSize * 1.2) / PT_PER_MM);
      page.drawRectangle({
        x: pt(f.x),
        y: h - pt(f.y) - height,
        width,
        height,
        borderColor: rgb(0.8, 0.1, 0.1),
        borderWidth: 0.8,
      });
      page.drawText(`${labels[f.field] ?? f.field} (${f.x}; ${f.y} mm)`.normalize("NFC"), {
        x: pt(f.x) + 2,
        y: h - pt(f.y) - 8,
        size: 7,
        font,
        color: rgb(0.8, 0.1, 0.1),
      });
    }
    const heading = title.normalize("NFC");
    page.drawRectangle({
      x: pt(12) - 3,
      y: h - pt(12) - 4,
      width: font.widthOfTextAtSize(heading, 10) + 6,
      height: 16,
      color: rgb(1, 1, 1),
    });
    page.drawText(heading, { x: pt(12), y: h - pt(12), size: 10, font, color: rgb(0, 0, 0) });
  }
  return doc.save();
}
