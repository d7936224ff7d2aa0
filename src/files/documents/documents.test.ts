import { AlignmentType, Document, Packer, Paragraph, TextRun } from "docx";
import PizZip from "pizzip";
import { councilBook, DECISION_NUMBERS } from "../../../test/fixtures/councilBook";
import { councilDocuments } from "../../domain/documents/councilDocuments";
import { AWARD, indexAwards, rulesetFor } from "../../domain/ruleset";
import { nameKey } from "../../domain/text";

const AWARDS = indexAwards(rulesetFor("district", { year: 2024, month: 12, day: 31 }).awards);
import type { Book } from "../../domain/model";
import { buildSampleBook } from "../../sample";
import { documentFiles, type DocumentFile } from "./data";
import { councilDocxBytes } from "./docx";
import { fillTemplate, TemplateError } from "./template";

const TODAY = { year: 2024, month: 12, day: 28 };

/** The text of a .docx as Word stores it: word/document.xml, one line per paragraph. */
function docxText(bytes: Uint8Array): string {
  const xml = new PizZip(bytes).file("word/document.xml")?.asText() ?? "";
  return xml
    .split(/<\/w:p>/)
    .map((p) =>
      [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1])
        .join("")
        .replace(/&amp;/g, "&")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"'),
    )
    .filter(Boolean)
    .join("\n");
}

const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

function files(book: Book): DocumentFile[] {
  return documentFiles(book, councilDocuments(book, TODAY));
}

const byName = (all: DocumentFile[], fileName: string) => {
  const f = all.find((x) => x.fileName === fileName);
  if (!f) throw new Error(`no ${fileName} among ${all.map((x) => x.fileName).join(", ")}`);
  return f;
};

describe("the council's Word documents, opened back", () => {
  const book = councilBook();
  const all = files(book);
  const approved = (book.nominations ?? []).filter((n) => n.outcome === "approved");

  it("one decision per award this town decides, one submission upward per award above, and the office's submission", () => {
    expect(all.map((f) => f.fileName)).toEqual([
      "to-trinh-khen-thuong-2024.docx",
      "quyet-dinh-lao-dong-tien-tien-2024.docx",
      "quyet-dinh-chien-si-thi-dua-co-so-2024.docx",
      "quyet-dinh-tap-the-lao-dong-tien-tien-2024.docx",
      "quyet-dinh-giay-khen-cua-chu-tich-ubnd-thi-xa-2024.docx",
      "quyet-dinh-thon-to-dan-pho-van-hoa-2024.docx",
      "to-trinh-cap-tren-chien-si-thi-dua-cap-tinh-2024.docx",
      "to-trinh-cap-tren-bang-khen-cua-chu-tich-ubnd-tinh-2024.docx",
    ]);
    const decided = all.filter((f) => f.kind === "decision").reduce((n, f) => n + f.count, 0);
    expect(decided).toBe(approved.length);
  });

  it("the LĐTT decision lists every awardee once, with the count, the money and the decision number", async () => {
    const f = byName(all, "quyet-dinh-lao-dong-tien-tien-2024.docx");
    const text = docxText(await councilDocxBytes(f.data));
    const ldtt = approved.filter((n) => /^(Lao động tiên tiến|LĐTT)$/.test(n.award));

    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toContain(`Số: ${DECISION_NUMBERS.LDTT}`);
    expect(text).toContain("Sa Pa, ngày 25 tháng 12 năm 2024");
    expect(text).toContain("Về việc tặng danh hiệu “Lao động tiên tiến” năm 2024");
    expect(text).toMatch(/^Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;$/m);
    expect(text).toContain(`Điều 1. Tặng danh hiệu “Lao động tiên tiến” năm 2024 cho ${ldtt.length} cá nhân`);
    // Those also approved for CSTĐCS this year are paid that title's money instead (only the highest).
    const fighters = new Set(
      approved
        .filter((n) => AWARDS.find(n.award)?.code === AWARD.grassrootsEmulationFighter)
        .map((n) => nameKey(n.name)),
    );
    const paidElsewhere = ldtt.filter((n) => fighters.has(nameKey(n.name))).length;
    expect(paidElsewhere).toBeGreaterThan(0);
    const paid = ldtt.length - paidElsewhere;
    expect(text).toContain(`tổng số tiền thưởng là ${(paid * 710).toLocaleString("de-DE")}.000 đồng`);
    expect(occurrences(text, "(*)")).toBe(paidElsewhere + 1);
    expect(text).toContain(
      "(*) Được đề nghị danh hiệu cao hơn trong cùng thời điểm: chỉ nhận tiền thưởng của danh hiệu cao nhất.",
    );
    expect(text).toContain("Nơi nhận:");
    expect(text).toContain("Vàng Văn Thành");
    for (const n of ldtt) expect(occurrences(text, `${n.name},`)).toBe(1);
    expect(occurrences(text, "710.000")).toBe(paid);
    // Individuals only: "I. CÁ NHÂN", and no "II." heading.
    expect(text).toContain(`I. CÁ NHÂN (${ldtt.length})`);
    expect(text).not.toMatch(/^II\. /m);
  });

  it("Roman numerals only for the groups a decision has: a Giấy khen's three, a TTLĐTT's one", async () => {
    const gk = docxText(
      await councilDocxBytes(byName(all, "quyet-dinh-giay-khen-cua-chu-tich-ubnd-thi-xa-2024.docx").data),
    );
    expect(gk).toMatch(/^I\. CÁ NHÂN \(\d+\)$/m);
    expect(gk).toMatch(/^II\. TẬP THỂ \(\d+\)$/m);
    expect(gk).toMatch(/^III\. HỘ GIA ĐÌNH \(1\)$/m);
    const tt = docxText(await councilDocxBytes(byName(all, "quyet-dinh-tap-the-lao-dong-tien-tien-2024.docx").data));
    expect(tt).toMatch(/^I\. TẬP THỂ \(\d+\)$/m);
    expect(tt).not.toMatch(/CÁ NHÂN \(/);
  });

  it("the office's submission counts by form and subject, and the totals add up", async () => {
    const f = byName(all, "to-trinh-khen-thuong-2024.docx");
    const text = docxText(await councilDocxBytes(f.data));
    const d = f.data;
    expect(text).toContain("TỜ TRÌNH");
    expect(text).toContain("PHÒNG NỘI VỤ");
    expect(text).toContain("Kính gửi: Chủ tịch Ủy ban nhân dân thị xã Sa Pa.");
    expect(d.bang_so_luong.map((r) => [r.hinh_thuc, r.cong])).toEqual(
      all.filter((x) => x.kind === "decision").map((x) => [x.award, x.count]),
    );
    expect(d.tong_cong).toBe(all.filter((x) => x.kind !== "submission").reduce((n, x) => n + x.count, 0));
    const ldtt = d.bang_so_luong[0];
    expect(text).toContain(`1\nLao động tiên tiến\n${ldtt.ca_nhan}\n0\n0\n${ldtt.cong}`);
    expect(text).toContain("Nguyễn Văn Bình");
  });

  it("what goes up: a submission to the province listing each name with its achievement", async () => {
    const f = byName(all, "to-trinh-cap-tren-bang-khen-cua-chu-tich-ubnd-tinh-2024.docx");
    const text = docxText(await councilDocxBytes(f.data));
    const up = (book.nominations ?? []).filter((n) => n.outcome === "forwarded" && /Bằng khen/.test(n.award));
    expect(text).toContain("Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Lào Cai (qua Sở Nội vụ).");
    expect(text).toContain("TM. ỦY BAN NHÂN DÂN");
    for (const n of up) expect(occurrences(text, n.name)).toBe(1);
    expect(text).not.toContain("Tiền thưởng");
  });

  it("keeps Vietnamese intact: NFD and old-style names come out as typed, every diacritic there", async () => {
    const b = councilBook();
    const nfd = "Lò Thị Hương".normalize("NFD");
    b.nominations = (b.nominations ?? []).map((n) => (n.name === "Lò Thị Hương" ? { ...n, name: nfd } : n));
    const f = byName(files(b), "quyet-dinh-chien-si-thi-dua-co-so-2024.docx");
    const text = docxText(await councilDocxBytes(f.data));
    expect(text).toContain(nfd);
    expect(text).toContain("Chiến sĩ thi đua cơ sở");
    expect(text).toContain("Ủy ban nhân dân thị xã Sa Pa");
  });

  it("a book the council has not decided yet gives drafts marked DỰ THẢO, numbers and dates left blank", async () => {
    const drafts = files(buildSampleBook());
    const text = docxText(await councilDocxBytes(byName(drafts, "quyet-dinh-lao-dong-tien-tien-2024.docx").data));
    expect(text).toMatch(/^DỰ THẢO$/m);
    expect(text).toMatch(/Số: \u00a0+\/QĐ-UBND/);
    expect(text).toMatch(/Sa Pa, ngày\u00a0+tháng\u00a0+năm 2024/);
  });
});

describe("an office's own template", () => {
  async function template(lines: string[]): Promise<Uint8Array> {
    const doc = new Document({
      sections: [
        { children: lines.map((l) => new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun(l)] })) },
      ],
    });
    return new Uint8Array(await Packer.toArrayBuffer(doc));
  }

  it("fills placeholders and loops from the same data as the built-in layout", async () => {
    const f = byName(files(councilBook()), "quyet-dinh-giay-khen-cua-chu-tich-ubnd-thi-xa-2024.docx");
    const t = await template([
      "{co_quan_ban_hanh}",
      "{ten_van_ban} số {so_ky_hieu}",
      "{trich_yeu}",
      "{#danh_sach}",
      "{so_la_ma}. {ten_nhom}",
      "{#nguoi}",
      "{stt}. {dong}: {tien_thuong} đồng",
      "{/nguoi}",
      "{/danh_sach}",
      "Tổng: {tong_tien} đồng ({tong_tien_bang_chu})",
    ]);
    const text = docxText(fillTemplate(t, f.data));
    expect(text).toContain(`QUYẾT ĐỊNH số ${DECISION_NUMBERS.GKH}`);
    expect(text).toMatch(/^III\. HỘ GIA ĐÌNH$/m);
    for (const g of f.data.danh_sach) for (const p of g.nguoi) expect(occurrences(text, `${p.dong}:`)).toBe(1);
    expect(text).toContain(`Tổng: ${f.data.tong_tien} đồng`);
  });

  it("a mistyped placeholder is named, never printed blank", async () => {
    const f = files(councilBook())[1];
    const t = await template(["{ho_tenn}", "{trich_yeu}"]);
    expect(() => fillTemplate(t, f.data)).toThrow(TemplateError);
    expect(() => fillTemplate(t, f.data)).toThrow(/\{ho_tenn\}/);
    expect(() => fillTemplate(new Uint8Array([1, 2, 3]), f.data)).toThrow(/notDocx/);
  });
});
