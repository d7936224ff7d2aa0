import ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { main } from "./main";
import type { RollupJson } from "./rollup";
import { captureIo } from "../../test/fixtures/cliIo";

const capture = () => captureIo({ year: 2025, month: 12, day: 5 });

// Real files written and read with exceljs: slow on a busy machine.
jest.setTimeout(30_000);

const root = mkdtempSync(path.join(tmpdir(), "tdkt-rollup-"));
const wards = path.join(root, "cac-phuong-xa");
mkdirSync(path.join(wards, "dot-2"), { recursive: true });

const LDTT = "Lao động tiên tiến";
const HEADER = [
  "STT",
  "Đối tượng",
  "Họ và tên",
  "Mã đơn vị",
  "Hình thức",
  "Kết quả",
  "Ngày sinh",
  "Số định danh cá nhân",
];

async function ward(file: string, issuer: string, rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Kế hoạch").addRows([
    ["Mục", "Giá trị"],
    ["Năm", 2025],
    ["Cấp", "Xã"],
    ["Cơ quan ban hành", issuer],
  ]);
  wb.addWorksheet("Đơn vị").addRows([
    ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
    ["VP", "Văn phòng HĐND và UBND", "Cơ quan chuyên môn"],
  ]);
  wb.addWorksheet("Đề nghị khen thưởng").addRows([HEADER, ...rows.map((r, i) => [i + 1, ...r])]);
  const p = path.join(wards, file);
  await wb.xlsx.writeFile(p);
  return p;
}

beforeAll(async () => {
  await ward("phuong-sa-pa.xlsx", "UBND phường Sa Pa", [
    ["Cá nhân", "Nguyễn Thị Thu Hoà", "VP", LDTT, "Đề nghị", "", ""],
    ["Cá nhân", "Thào Seo Chứ", "VP", LDTT, "Đề nghị", "", "010190009999"],
    ["Cá nhân", "Vàng A Lử", "VP", LDTT, "Đề nghị", "19/05/1990", ""],
    ["Tập thể", "Văn phòng HĐND và UBND phường", "VP", "Tập thể lao động tiên tiến", "Đồng ý", "", ""],
  ]);
  await ward("xa-ta-van.xlsx", "UBND xã Tả Van", [
    // The same person, her name typed in NFD with the new tone mark: found by name alone.
    ["Cá nhân", "Nguyễn Thị Thu Hòa".normalize("NFD"), "VP", "LĐTT", "Đề nghị", "", ""],
    // Same name, another birthday: another person.
    ["Cá nhân", "Vàng A Lử", "VP", LDTT, "Đề nghị", "20/05/1990", ""],
    // An unknown unit: an open error in this book, counted all the same.
    ["Cá nhân", "Lý Thị Mẩy", "X-KHONGCO", LDTT, "Không đồng ý", "", ""],
  ]);
  // In a sub-folder; the same ID written with spaces: the same person for certain.
  await ward(path.join("dot-2", "xa-ta-phin.xlsx"), "UBND xã Tả Phìn", [
    ["Cá nhân", "Thào Seo Chứ", "VP", LDTT, "Đề nghị", "", "0101 9000 9999"],
  ]);
  writeFileSync(
    path.join(wards, "xa-hong.xlsx"),
    Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 3)]),
  );
  // Excel's lock file of an open book is no book.
  writeFileSync(path.join(wards, "~$phuong-sa-pa.xlsx"), "lock");
});

describe("tdkt rollup of a folder of wards' books", () => {
  let json: RollupJson;
  let code: number;
  let io: ReturnType<typeof capture>;
  const out = path.join(root, "tong-hop.xlsx");

  beforeAll(async () => {
    io = capture();
    code = await main(["rollup", wards, "--out", out, "--json"], io);
    json = JSON.parse(io.stdout.join("\n"));
  });

  it("keeps going past the broken book and lists it with its reason; exit 1", () => {
    expect(code).toBe(1);
    expect(json.books.map((b) => [path.basename(b.file), b.status])).toEqual([
      ["xa-ta-phin.xlsx", "ok"],
      ["phuong-sa-pa.xlsx", "ok"],
      ["xa-hong.xlsx", "unusable"],
      ["xa-ta-van.xlsx", "ok"],
    ]);
    const broken = json.books.find((b) => b.status === "unusable")!;
    expect(broken).toMatchObject({ reason: "corrupt", message: expect.stringMatching(/xa-hong\.xlsx.*bị hỏng/) });
    expect(json.findings.find((f) => f.code === "BOOK_UNUSABLE")).toMatchObject({
      severity: "error",
      file: expect.stringMatching(/xa-hong\.xlsx$/),
      message: expect.stringMatching(/^Không dùng được sổ “.*xa-hong\.xlsx”: tệp bị hỏng, không đọc được\./),
    });
  });

  it("gives each book its ward, level, counts and open findings", () => {
    const taVan = json.books.find((b) => b.file.endsWith("xa-ta-van.xlsx"));
    expect(taVan).toMatchObject({
      status: "ok",
      ward: "UBND xã Tả Van",
      level: "commune",
      year: 2025,
      counts: { nominations: 3, byStatus: { pending: 2, rejected: 1, awarded: 0, forwarded: 0 } },
      codes: { UNKNOWN_UNIT: 1 },
    });
    expect(taVan?.status === "ok" && taVan.findings.error).toBe(1);
  });

  it("adds up the awards by subject, rejected nominations left out", () => {
    expect(json.totals.map((t) => [t.award, t.bySubject.individual, t.bySubject.collective, t.total])).toEqual([
      [LDTT, 6, 0, 6],
      ["Tập thể lao động tiên tiến", 0, 1, 1],
    ]);
  });

  it("finds the planted duplicates across books, with both files and rows", () => {
    const dups = json.findings.filter((f) => f.code === "DUPLICATE_ACROSS_BOOKS");
    expect(
      dups.map((d) => [
        path.basename(d.file),
        d.row,
        d.cell,
        path.basename(d.other!.file),
        d.other!.row,
        d.matchedBy,
        d.severity,
      ]),
    ).toEqual([
      ["phuong-sa-pa.xlsx", 3, "C3", "xa-ta-phin.xlsx", 2, "idNumber", "error"],
      ["xa-ta-van.xlsx", 2, "C2", "phuong-sa-pa.xlsx", 2, "name", "warning"],
    ]);
    expect(dups[1].message).toMatch(
      /^Dòng 2: .* được đề nghị Lao động tiên tiến năm 2025 ở cả sổ .*phuong-sa-pa\.xlsx.*dòng 2.*chỉ so được họ tên/,
    );
    expect(json.counts).toEqual({ error: 2, warning: 1, info: 0 });
  });

  it("writes the roll-up workbook; every list row names its book and row", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Các sổ", "Tổng hợp", "Trùng giữa các sổ", "Danh sách đề nghị"]);
    const list: string[] = [];
    wb.getWorksheet("Danh sách đề nghị")!.eachRow((r, n) => {
      if (n > 3) list.push([2, 4, 6, 11].map((c) => String(r.getCell(c).value).replace(/^.*[\\/]/, "")).join("|"));
    });
    expect(list).toHaveLength(8);
    expect(list).toContain("xa-ta-van.xlsx|4|Lý Thị Mẩy|Không đồng ý");
    const books: string[] = [];
    wb.getWorksheet("Các sổ")!.eachRow((r, n) => {
      if (n > 3) books.push(String(r.getCell(16).value));
    });
    expect(books[2]).toMatch(/bị hỏng/);
  });

  it("prints a short report in English on request", async () => {
    const io2 = capture();
    const a = path.join(wards, "phuong-sa-pa.xlsx");
    const b = path.join(wards, "xa-ta-van.xlsx");
    // Only a name-only duplicate: a warning, exit 0.
    expect(await main(["rollup", a, b, "--out", path.join(root, "hai-so.xlsx"), "--lang", "en"], io2)).toBe(0);
    const text = io2.stdout.join("\n");
    expect(text).toMatch(/Roll-up of 2 books: 2 counted, 0 unusable/);
    expect(text).toMatch(/Same person nominated by two books for the same award and year: 1/);
  });
});

describe("tdkt rollup with nothing usable", () => {
  it("exits 2 with one line and writes nothing", async () => {
    const io = capture();
    const out = path.join(root, "khong-co-gi.xlsx");
    const code = await main(
      ["rollup", path.join(wards, "xa-hong.xlsx"), path.join(root, "khong-co.xlsx"), "--out", out],
      io,
    );
    expect(code).toBe(2);
    expect(io.stderr).toEqual([expect.stringMatching(/không dùng được sổ nào trong 2 sổ/)]);
    expect(io.stdout.join("\n")).toMatch(/khong-co\.xlsx: không tìm thấy tệp/);
    expect(existsSync(out)).toBe(false);
  });

  it("an empty folder and a missing argument are usage errors", async () => {
    const empty = path.join(root, "trong");
    mkdirSync(empty);
    const io = capture();
    expect(await main(["rollup", empty, "--json"], io)).toBe(2);
    expect(await main(["rollup", "--json"], io)).toBe(2);
    expect(io.stderr).toEqual([expect.stringMatching(/không có sổ \.xlsx/), expect.stringMatching(/ít nhất một sổ/)]);
  });
});
