import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { PDFDocument, type PDFFont } from "pdf-lib";
import fontkit from "@pdf-lib/fontkit";
import { councilBook } from "../../../test/fixtures/councilBook";
import { pdfPagesText } from "../../../test/fixtures/pdfText";
import { councilDocuments } from "../../domain/documents/councilDocuments";
import type { Book, CertificateField } from "../../domain/model";
import { DEFAULT_LAYOUT, defaultLayoutRows, layoutFor, type FieldBox } from "../../sheets/certificateLayout";
import { createMemoryHost } from "../../excel/memory";
import { unitsSheet } from "../../excel/testBooks";
import { readBook, setupBook } from "../../excel/workbook";
import { parseBook } from "../../sheets/parse";
import { documentFiles } from "../documents/data";
import { loadFonts } from "./fonts";
import { FIELD_LABELS, certificatePages } from "./pages";
import { calibrationPdf, certificatesPdf, fit, stylesUsed } from "./pdf";

jest.setTimeout(30_000);
const TODAY = { year: 2024, month: 12, day: 28 };
const MM = 72 / 25.4;

function pagesOf(book: Book, start = 1) {
  const docs = councilDocuments(book, TODAY);
  return certificatePages(book, TODAY, docs, documentFiles(book, docs), start);
}

/** A council round in which one name was typed with combining marks (NFD), as pasted from some systems. */
function bookWithNfdName(): Book {
  const b = councilBook();
  b.nominations = (b.nominations ?? []).map((n) =>
    n.name === "Lò Thị Hương" && /Lao động/.test(n.award) ? { ...n, name: n.name.normalize("NFD") } : n,
  );
  return b;
}

const row = (r: Partial<CertificateField> & Pick<CertificateField, "field">): CertificateField => ({
  row: 0,
  extra: {},
  award: null,
  x: 0,
  y: 0,
  width: null,
  height: null,
  fontSize: null,
  style: null,
  align: null,
  content: null,
  ...r,
});

describe("certificates on pre-printed blanks", () => {
  it("one page per awardee of this level's decisions, numbered in the register from --start", () => {
    const book = councilBook();
    const { pages, runs } = pagesOf(book, 125);
    const approved = (book.nominations ?? []).filter((n) => n.outcome === "approved");
    expect(pages).toHaveLength(approved.length);
    expect(runs[0]).toMatchObject({ award: "Lao động tiên tiến", from: 1, fromSheet: false });
    expect(runs[runs.length - 1].to).toBe(pages.length);
    expect(pages[0].values).toMatchObject({
      danh_xung: "Ông",
      ho_ten: "Hoàng Văn Tiến",
      so_quyet_dinh: "4150/QĐ-UBND",
      ngay_quyet_dinh: "25/12/2024",
      dia_danh_ngay: "Sa Pa, ngày 25 tháng 12 năm 2024",
      chuc_vu_ky: "CHỦ TỊCH",
      nguoi_ky: "Vàng Văn Thành",
      so_vao_so: "125",
    });
    expect(pages[pages.length - 1].values.so_vao_so).toBe(String(124 + pages.length));
  });

  it("prints every diacritic: the PDF's text reads back with each name whole, NFD input included", async () => {
    const book = bookWithNfdName();
    const all = pagesOf(book);
    // A page of each award, and the name typed with combining marks (the whole run takes long to embed and parse).
    const pages = all.pages.filter(
      (p, i) => all.runs.some((r) => r.from === i + 1) || p.values.ho_ten === "Lò Thị Hương".normalize("NFD"),
    );
    const runs = all.runs;
    expect(pages.length).toBe(runs.length + 1);
    const bytes = await certificatesPdf(pages, await loadFonts(stylesUsed(runs.map((r) => r.layout))));
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(pages.length);
    const { width, height } = doc.getPage(0).getSize();
    expect([width / MM, height / MM].map(Math.round)).toEqual([297, 210]);

    const text = await pdfPagesText(bytes);
    pages.forEach((p, i) => expect(text[i]).toContain(p.values.ho_ten.normalize("NFC")));
    expect(text.join("\n")).toContain("Lò Thị Hương");
    expect(text[0]).toContain("Quyết định số 4150/QĐ-UBND, ngày 25/12/2024");
    expect(text[0]).toContain("Sa Pa, ngày 25 tháng 12 năm 2024");

    if (existsSync("/usr/bin/pdftotext")) {
      const dir = mkdtempSync(path.join(tmpdir(), "tdkt-pdf-"));
      const file = path.join(dir, "giay-khen.pdf");
      writeFileSync(file, bytes);
      const extracted = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"]).toString("utf8").normalize("NFC");
      for (const p of pages) expect(extracted).toContain(p.values.ho_ten.normalize("NFC"));
      for (const word of ["Hoàng Văn Tiến", "Lò Thị Hương", "Vàng Văn Thành", "CHỦ TỊCH", "Quyết định số", "Số vào sổ"])
        expect(extracted).toContain(word);
    }
  });

  it("the office's own blank for Giấy khen (Mẫu in phôi) moves its fields; other awards keep the sheet's general rows", () => {
    const sheet: CertificateField[] = [
      row({ field: "page", width: 210, height: 297 }),
      row({ field: "name", x: 30, y: 120, width: 150, fontSize: 20, style: "bold", align: "center" }),
      row({ award: "Giấy khen của Chủ tịch UBND thị xã", field: "page", width: 250, height: 180 }),
      row({ award: "GKH", field: "name", x: 40, y: 80, width: 170, fontSize: 18, style: "bold" }),
      row({
        award: "GKH",
        field: "text",
        x: 40,
        y: 100,
        width: 170,
        content: "Đã có thành tích trong {hinh_thuc} năm {nam}",
      }),
    ];
    const book = { ...councilBook(), certificateLayout: sheet };
    const { runs, pages } = pagesOf(book);
    const gk = runs.find((r) => r.award === "Giấy khen của Chủ tịch UBND thị xã");
    const ldtt = runs.find((r) => r.award === "Lao động tiên tiến");
    expect(gk?.layout).toMatchObject({ width: 250, height: 180 });
    expect(gk?.layout.fields.map((f) => f.field)).toEqual(["name", "text"]);
    expect(ldtt?.layout).toMatchObject({
      width: 210,
      height: 297,
      fields: [expect.objectContaining({ x: 30, y: 120 })],
    });
    expect(pages[(gk?.from ?? 1) - 1].layout).toBe(gk?.layout);
  });

  it("a long achievement wraps within its box and shrinks rather than spill off the blank", async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const font: PDFFont = await doc.embedFont((await loadFonts(["italic"])).italic as Uint8Array, { subset: false });
    const box: FieldBox = { ...(DEFAULT_LAYOUT.fields.find((f) => f.field === "achievement") as FieldBox) };
    const long =
      "Hoàn thành xuất sắc nhiệm vụ năm 2024; có sáng kiến “Số hóa hồ sơ một cửa” được Hội đồng sáng kiến thị xã công nhận, áp dụng hiệu quả tại 16 xã, phường; tích cực tham gia phong trào thi đua “Sa Pa chung tay xây dựng nông thôn mới”, vận động 120 hộ đồng bào Mông, Dao ở thôn Lao Chải, Tả Van chuyển đổi cây trồng và phát triển du lịch cộng đồng";
    const { size, lines } = fit(long, box, font);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(font.widthOfTextAtSize(l, size)).toBeLessThanOrEqual(box.width * MM);
    expect(lines.length * size * 1.2).toBeLessThanOrEqual(box.height * MM + size * 0.25);
    expect(size).toBeLessThan(box.fontSize);
    expect(lines.join(" ")).toBe(long);
  });

  it("the calibration page prints the grid with each field's box and name", async () => {
    const bytes = await calibrationPdf(
      [{ title: "Trang căn chỉnh phôi: Lao động tiên tiến", layout: DEFAULT_LAYOUT, labels: FIELD_LABELS }],
      await loadFonts([]),
    );
    const [text] = await pdfPagesText(bytes);
    expect(text).toContain("Trang căn chỉnh phôi: Lao động tiên tiến");
    expect(text).toContain("Họ và tên (80; 84 mm)");
    expect(text).toContain("Số vào sổ (25; 180 mm)");
    for (const mm of ["10", "100", "290"]) expect(text.split("\n")).toContain(mm);
  });

  it("setting up a book adds Mẫu in phôi with the default blank, which reads back as the same layout", async () => {
    const host = createMemoryHost([unitsSheet()]);
    await setupBook(host.run, "vi", { today: TODAY });
    const parsed = parseBook((await readBook(host.run)).sheets);
    expect(parsed.book.certificateLayout).toHaveLength(defaultLayoutRows().length);
    expect(layoutFor(parsed.book.certificateLayout, () => false)).toEqual(DEFAULT_LAYOUT);
  });
});
