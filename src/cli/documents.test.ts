import { AlignmentType, Document, Packer, Paragraph, TextRun } from "docx";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import PizZip from "pizzip";
import { councilBook } from "../../test/fixtures/councilBook";
import { writeBook } from "../sheets/write";
import { contractWorkbook } from "../files/writeBookXlsx";
import type { CertificatesJson } from "./certificates";
import type { DocumentsJson } from "./documents";
import { main } from "./main";
import { captureIo } from "../../test/fixtures/cliIo";

jest.setTimeout(60_000);

const capture = () => captureIo({ year: 2024, month: 12, day: 28 });

const dir = mkdtempSync(path.join(tmpdir(), "tdkt-docs-"));
let book = "";

beforeAll(async () => {
  book = path.join(dir, "so-2024.xlsx");
  await contractWorkbook(writeBook(councilBook())).xlsx.writeFile(book);
});

const documentXml = (file: string) => new PizZip(readFileSync(file)).file("word/document.xml")?.asText() ?? "";

describe("tdkt documents", () => {
  it("writes the submission, the decisions and what goes up, and says so in JSON", async () => {
    const out = path.join(dir, "van-ban");
    const io = capture();
    expect(await main(["documents", book, "--out", out, "--json"], io)).toBe(0);
    const json = JSON.parse(io.stdout.join("\n")) as DocumentsJson;
    expect(json.draft).toBe(false);
    expect(json.documents.map((d) => d.kind)).toEqual([
      "submission",
      "decision",
      "decision",
      "decision",
      "decision",
      "decision",
      "upward",
      "upward",
    ]);
    expect(readdirSync(out).sort()).toEqual(json.documents.map((d) => d.file).sort());
    expect(documentXml(path.join(out, "quyet-dinh-chien-si-thi-dua-co-so-2024.docx"))).toContain(
      "Về việc tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2024",
    );
    // The council rejected the unknown award and the commune's Gia đình văn hóa: nothing is left out silently.
    expect(json.skipped).toEqual([]);
  });

  it("fills an office's own template, and names a bad one in one line (exit 2)", async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            "{co_quan_ban_hanh}",
            "{ten_van_ban}: {trich_yeu}",
            "{#danh_sach}{so_la_ma}. {ten_nhom}{/danh_sach}",
          ].map((l) => new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun(l)] })),
        },
      ],
    });
    const template = path.join(dir, "mau-cua-phong.docx");
    writeFileSync(template, Buffer.from(await Packer.toArrayBuffer(doc)));
    const out = path.join(dir, "theo-mau");
    const io = capture();
    expect(await main(["documents", book, "--out", out, "--template", template], io)).toBe(0);
    expect(io.stdout[0]).toMatch(/^Đã ghi 8 văn bản vào /);
    expect(documentXml(path.join(out, "quyet-dinh-lao-dong-tien-tien-2024.docx"))).toContain(
      "QUYẾT ĐỊNH: Về việc tặng danh hiệu “Lao động tiên tiến” năm 2024",
    );

    const bad = path.join(dir, "mau-sai.docx");
    writeFileSync(bad, "không phải tệp Word");
    const err = capture();
    expect(await main(["documents", book, "--out", path.join(dir, "x"), "--template", bad], err)).toBe(2);
    expect(err.stderr).toEqual([expect.stringMatching(/mẫu “.*mau-sai\.docx” không phải tệp Word/)]);
    expect(existsSync(path.join(dir, "x"))).toBe(false);
  });

  it("without --out, or on a missing book, exits 2 with one line", async () => {
    const io = capture();
    expect(await main(["documents", book], io)).toBe(2);
    expect(io.stderr).toEqual(["tdkt: cần --out THƯ_MỤC để ghi các văn bản."]);
    const missing = capture();
    expect(await main(["documents", path.join(dir, "khong-co.xlsx"), "--out", dir], missing)).toBe(2);
    expect(missing.stderr).toEqual([expect.stringMatching(/không tìm thấy tệp/)]);
  });
});

describe("tdkt certificates", () => {
  it("writes one page per awardee and the calibration grid, each listed by award", async () => {
    const out = path.join(dir, "phoi.pdf");
    const io = capture();
    expect(await main(["certificates", book, "--out", out, "--start", "101", "--json"], io)).toBe(0);
    const json = JSON.parse(io.stdout.join("\n")) as CertificatesJson;
    const approved = (councilBook().nominations ?? []).filter((n) => n.outcome === "approved").length;
    expect(json.pages).toBe(approved);
    expect(json.awards[0]).toEqual({ award: "Lao động tiên tiến", from: 1, to: expect.any(Number), layout: "default" });

    const calibrate = capture();
    const grid = path.join(dir, "can-chinh.pdf");
    expect(await main(["certificates", book, "--out", grid, "--calibrate"], calibrate)).toBe(0);
    expect(calibrate.stdout[0]).toMatch(/^Đã ghi 1 trang căn chỉnh vào /);
  });

  it("refuses a register number that is not a positive whole number", async () => {
    const io = capture();
    expect(await main(["certificates", book, "--out", path.join(dir, "a.pdf"), "--start", "mười"], io)).toBe(2);
    expect(io.stderr).toEqual([expect.stringMatching(/--start “mười” phải là số nguyên dương/)]);
  });
});
