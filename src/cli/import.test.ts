import { createHash } from "crypto";
import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { fillTemplate, masterBook, TAVAN_ROWS, TODAY } from "../../test/fixtures/returnedTemplates";
import { bookParts } from "../files/xlsxWriter";
import { zipBytes } from "../bench/zipWriter";
import { readXlsx } from "../files/readXlsx";
import { contractWorkbook } from "../files/writeBookXlsx";
import { checkWorkbook } from "../sheets/checkWorkbook";
import { parseBook } from "../sheets/parse";
import { writeBook } from "../sheets/write";
import type { ImportJson } from "./import";
import { main, type Io } from "./main";
import type { TemplatesJson } from "./templates";

jest.setTimeout(120_000);

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => stdout.push(s), err: (s) => stderr.push(s), today: () => TODAY };
}

const dir = mkdtempSync(path.join(tmpdir(), "tdkt-import-"));
const at = (...p: string[]) => path.join(dir, ...p);
const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const master = at("so-tdkt-2024.xlsx");
let tavanTemplate = "";

async function runJson(args: string[]): Promise<{ code: number; json: ImportJson; io: ReturnType<typeof capture> }> {
  const io = capture();
  const code = await main([...args, "--json"], io);
  return { code, json: JSON.parse(io.stdout.join("\n")) as ImportJson, io };
}

const ole = (name: string) => {
  const b = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
  Buffer.from(name, "utf16le").copy(b, 1024);
  b.writeUInt16LE((name.length + 1) * 2, 1024 + 64);
  return b;
};

beforeAll(async () => {
  await contractWorkbook(writeBook(masterBook()), { today: TODAY }).xlsx.writeFile(master);
  const io = capture();
  expect(await main(["templates", master, "--out", at("mau"), "--json"], io)).toBe(0);
  const json = JSON.parse(io.stdout.join("\n")) as TemplatesJson;
  tavanTemplate = at("mau", json.templates.find((x) => x.unit === "X-TAVAN")?.file ?? "");
});

describe("tdkt templates", () => {
  it("writes one template per unit, named by its code and name, and only the units asked for", async () => {
    const io = capture();
    expect(await main(["templates", master, "--out", at("mau-2"), "--units", "x-tavan,PNV", "--json"], io)).toBe(0);
    const json = JSON.parse(io.stdout.join("\n")) as TemplatesJson;
    expect(json.templates).toEqual([
      { unit: "X-TAVAN", name: "UBND xã Tả Van", file: "mau-de-nghi-2024-X-TAVAN-ubnd-xa-ta-van.xlsx", targets: 2 },
      { unit: "PNV", name: "Phòng Nội vụ", file: "mau-de-nghi-2024-PNV-phong-noi-vu.xlsx", targets: 0 },
    ]);
  });

  it("an unknown unit code is one plain line and exit 2", async () => {
    const io = capture();
    expect(await main(["templates", master, "--out", at("mau-3"), "--units", "X-KHONGCO"], io)).toBe(2);
    expect(io.stderr).toEqual(["tdkt templates: sổ không có đơn vị mã “X-KHONGCO” (sheet Đơn vị)."]);
  });

  it("the template guides the unit: Hướng dẫn with its deadlines and contact, locked headers, lists, hidden identity", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tavanTemplate);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Hướng dẫn", "visible"],
      ["Đề nghị khen thưởng", "visible"],
      ["Chỉ tiêu", "visible"],
      ["Kế hoạch", "veryHidden"],
      ["_tdkt_lists", "veryHidden"],
    ]);
    const guide = (wb.getWorksheet("Hướng dẫn")?.getColumn(1).values ?? []).map(String).join("\n");
    expect(guide).toContain("Đơn vị: UBND xã Tả Van (mã đơn vị X-TAVAN).");
    expect(guide).toContain("Các đơn vị đăng ký chỉ tiêu thi đua năm 2024 (qua Phòng Nội vụ): hạn 29/02/2024.");
    expect(guide).toContain("Nộp hồ sơ đề nghị khen thưởng tổng kết năm 2024 (qua Phòng Nội vụ): hạn 25/11/2024.");
    expect(guide).not.toContain("Báo cáo sơ kết");
    expect(guide).toContain("Phòng Nội vụ, người liên hệ: Hoàng Văn Tiến, điện thoại: 0214 3871 215");

    const ws = wb.getWorksheet("Đề nghị khen thưởng") as ExcelJS.Worksheet;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers).toContain("Hình thức");
    // The council's own columns are not the unit's to fill.
    expect(headers).not.toContain("Kết quả");
    expect(headers).not.toContain("Số quyết định");
    expect(ws.getCell("A1").protection?.locked).not.toBe(false);
    expect(ws.getCell("C2").protection?.locked).toBe(false);
    const validations = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    const list = (col: string) =>
      Object.entries(validations).find(([range, v]) => range.startsWith(`${col}2`) && v.type === "list")?.[1];
    const column = (header: string) => String.fromCharCode(65 + headers.indexOf(header));
    expect(list(column("Mã đơn vị"))?.formulae).toEqual(['"X-TAVAN"']);
    expect(list(column("Hình thức"))?.formulae?.[0]).toMatch(/^'_tdkt_lists'!\$A\$1:\$A\$\d+$/);
    expect(list(column("Phong trào"))?.formulae?.[0]).toMatch(/^'_tdkt_lists'!\$[A-Z]+\$1:\$[A-Z]+\$2$/);
    expect(list(column("Nữ"))?.formulae).toEqual(['"Có,Không"']);
    expect(validations.E1 ?? validations[`${column("Mã đơn vị")}1`]).toMatchObject({ showInputMessage: true });

    const targets = wb.getWorksheet("Chỉ tiêu") as ExcelJS.Worksheet;
    expect(targets.getCell("F2").value).toBe(2);
    expect(targets.getCell("F2").protection?.locked).not.toBe(false);
    expect(targets.getCell("G2").protection?.locked).toBe(false);
  });
});

describe("tdkt import: a round trip, nothing lost", () => {
  let tavan = "";
  let merged = "";
  let first: ImportJson;

  beforeAll(async () => {
    tavan = at("tra-ve", "X-TAVAN gui lai.xlsx");
    mkdirSync(at("tra-ve"), { recursive: true });
    // Planted: the poverty target registered below its assignment (1.5 of 2).
    await fillTemplate(tavanTemplate, tavan, TAVAN_ROWS, { HN: 1.5, TVH: 6 });
    merged = at("so-gop-1.xlsx");
    const before = hash(master);
    const r = await runJson(["import", master, tavan, "--out", merged]);
    expect(r.code).toBe(0);
    first = r.json;
    expect(hash(master)).toBe(before);
  });

  it("merges the unit's rows and registrations, says where each came from, and reports the planted findings", async () => {
    expect(first.files).toHaveLength(1);
    const f = first.files[0];
    expect(f).toMatchObject({ file: "X-TAVAN gui lai.xlsx", status: "imported", added: 7, replaced: 0, registered: 2 });
    expect(f.template).toEqual({ unit: "X-TAVAN", year: 2024, version: 1 });
    expect(f.findings.map((x) => [x.code, x.source?.row ?? null])).toEqual([
      ["UNIT_MISMATCH", null],
      ["TARGET_BELOW_ASSIGNED", 2],
      ["INVALID_DATE", 5],
      ["UNKNOWN_AWARD", 6],
    ]);
    expect(f.findings[0]).toMatchObject({ sheet: "Đề nghị khen thưởng", row: 7, cell: "E7" });
    expect(first.added).toBe(7);
  });

  it("the merged book re-opens and re-checks with only the findings planted", async () => {
    const before = checkWorkbook(await readXlsx(master), TODAY).findings;
    const after = checkWorkbook(await readXlsx(merged), TODAY).findings;
    const key = (x: { code: string; sheet: string | null; row: number | null }) => `${x.code} ${x.sheet} ${x.row}`;
    const fresh = after.filter((x) => !before.some((b) => key(b) === key(x))).map(key);
    expect(fresh).toEqual([
      "TARGET_BELOW_ASSIGNED Chỉ tiêu 2",
      "INVALID_DATE Đề nghị khen thưởng 5",
      "UNKNOWN_AWARD Đề nghị khen thưởng 6",
    ]);
  });

  it("values only, and the unit's text stays text: no formula, no link reaches the master", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(merged);
    const ws = wb.getWorksheet("Đề nghị khen thưởng") as ExcelJS.Worksheet;
    const col = new Map<string, number>();
    ws.getRow(1).eachCell((c, i) => col.set(String(c.value), i));
    const cell = (row: number, header: string) => ws.getCell(row, col.get(header) as number).value;
    expect(cell(3, "Thành tích")).toBe("=SUM(A1:A3) không phải công thức");
    expect(cell(3, "Chức vụ")).toBe("+ Phó Chủ tịch UBND xã");
    expect(cell(3, "Sáng kiến")).toBe("Báo cáo sáng kiến");
    expect(cell(3, "Họ và tên")).toBe("Sùng A Páo".normalize("NFD"));
    expect(cell(4, "Số thành viên")).toBe(10);
    expect(cell(2, "Mã đơn vị")).toBe("X-TAVAN");
    expect(cell(2, "Nguồn")).toBe("X-TAVAN gui lai.xlsx, dòng 2 (mẫu X-TAVAN năm 2024)");
    ws.eachRow((row) =>
      row.eachCell((c) => {
        expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(c.type).not.toBe(ExcelJS.ValueType.Hyperlink);
      }),
    );
    const { book } = parseBook(await readXlsx(merged));
    expect(book.nominations?.map((n) => n.name)).toEqual([
      "Giàng Thị Sao",
      "Sùng A Páo".normalize("NFD"),
      "Thôn Lồ Lao Chải",
      "Vàng Thị Mỷ",
      "Lý Láo Tả",
    ]);
    expect(book.targets?.map((x) => [x.unit, x.code, x.registered])).toEqual([
      ["X-TAVAN", "HN", 1.5],
      ["X-TAVAN", "TVH", 6],
      ["P-SAPA", "NS", 100],
    ]);
  });

  it("re-importing the same file adds nothing; a corrected copy replaces its earlier rows, never doubles them", async () => {
    const again = await runJson(["import", merged, tavan, "--out", at("so-gop-2.xlsx")]);
    expect(again.code).toBe(0);
    expect(again.json.files[0]).toMatchObject({ status: "unchanged", added: 0 });
    expect(again.json.added).toBe(0);

    // The commune fixes the date, drops the unknown award, renames the file.
    const corrected = at("tra-ve", "mau-X-TAVAN (sua lan 2).xlsx");
    const rows = TAVAN_ROWS.filter((r) => r["Họ và tên"] !== "Lý Láo Tả" && r["Mã đơn vị"] !== "P-SAPA").map((r) =>
      r["Họ và tên"] === "Vàng Thị Mỷ" ? { ...r, "Ngày tuyển dụng": "28/02/2014" } : r,
    );
    await fillTemplate(tavanTemplate, corrected, rows, { HN: 1.5, TVH: 6 });
    const fixed = await runJson(["import", merged, corrected, "--out", at("so-gop-3.xlsx")]);
    expect(fixed.code).toBe(0);
    expect(fixed.json.files[0]).toMatchObject({ status: "imported", added: 4, replaced: 5, registered: 0 });
    expect(fixed.json.files[0].message).toBe(
      "mau-X-TAVAN (sua lan 2).xlsx: bản sửa của mẫu X-TAVAN năm 2024; 5 dòng nhập trước đây được thay bằng 4 dòng của tệp này.",
    );
    const { book } = parseBook(await readXlsx(at("so-gop-3.xlsx")));
    expect(book.nominations?.map((n) => n.name)).toEqual([
      "Giàng Thị Sao",
      "Sùng A Páo".normalize("NFD"),
      "Thôn Lồ Lao Chải",
      "Vàng Thị Mỷ",
    ]);
    const after = checkWorkbook(await readXlsx(at("so-gop-3.xlsx")), TODAY).findings;
    expect(after.filter((x) => x.sheet === "Đề nghị khen thưởng").map((x) => x.code)).toEqual([]);
  });
});

describe("tdkt import: bad files are rejected by name, the others still imported", () => {
  it("rejects what cannot be used, one line each, and exits 1", async () => {
    const box = at("hop-thu");
    mkdirSync(box, { recursive: true });
    const good = path.join(box, "01-ta-van.xlsx");
    await fillTemplate(tavanTemplate, good, TAVAN_ROWS.slice(0, 2));
    writeFileSync(path.join(box, "02-ghi-chu.xlsx"), "Đây là thư, không phải bảng tính.\n");
    const bytes = readFileSync(good);
    writeFileSync(path.join(box, "03-cat-do.xlsx"), bytes.subarray(0, Math.floor(bytes.length / 2)));
    writeFileSync(path.join(box, "04-mat-khau.xlsx"), ole("EncryptedPackage"));
    writeFileSync(path.join(box, "05-excel-cu.xls"), ole("Workbook"));
    await fillTemplate(tavanTemplate, path.join(box, "06-xoa-cot.xlsx"), [], {}, (wb) => {
      const ws = wb.getWorksheet("Đề nghị khen thưởng") as ExcelJS.Worksheet;
      ws.eachRow((row) => row.eachCell((c) => void (c.value === "Hình thức" ? (c.value = null) : null)));
    });
    const bomb = bookParts({ "Đề nghị": [["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức"]] });
    bomb.push({
      name: "xl/media/image1.png",
      data: "x",
      declaredSize: 1_200_000_000,
      declaredCompressedSize: 3_000_000,
    });
    writeFileSync(path.join(box, "07-bom.xlsx"), zipBytes(bomb));
    // A file over the size limit is refused before it is read.
    writeFileSync(path.join(box, "08-qua-lon.xlsx"), Buffer.alloc(21 * 1024 * 1024));

    const r = await runJson(["import", master, box, "--out", at("so-gop-hop-thu.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.json.files.map((f) => [f.file, f.status])).toEqual([
      ["01-ta-van.xlsx", "imported"],
      ["02-ghi-chu.xlsx", "rejected"],
      ["03-cat-do.xlsx", "rejected"],
      ["04-mat-khau.xlsx", "rejected"],
      ["05-excel-cu.xls", "rejected"],
      ["06-xoa-cot.xlsx", "rejected"],
      ["07-bom.xlsx", "rejected"],
      ["08-qua-lon.xlsx", "rejected"],
    ]);
    expect(r.json.files[0].added).toBe(2);
    expect(r.json.files[5].findings.map((f) => [f.code, f.column])).toEqual([["MISSING_COLUMN", "Hình thức"]]);
    expect(r.json.files[5].message).toBe(
      "06-xoa-cot.xlsx: không nhập. Sheet “Đề nghị khen thưởng” thiếu cột: Hình thức.",
    );
    expect(r.io.stderr).toHaveLength(7);
    for (const [line, name] of r.io.stderr.map((l, i) => [l, r.json.files[i + 1].file])) expect(line).toContain(name);
    expect(r.json.files[3].message).toMatch(/mật khẩu/);
    expect(r.json.files[4].message).toMatch(/\.xls/);
    expect(r.json.files[6].message).toMatch(/xl\/media\/image1\.png/);
    expect(r.json.files[7].message).toMatch(/20 MB/);
  });

  it("a unit's own old sheet is read by the contract's aliases, with NOT_TEMPLATE; one without them is refused naming what is missing", async () => {
    const own = new ExcelJS.Workbook();
    const ws = own.addWorksheet("DS khen 2024");
    ws.addRows([
      ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024"],
      [],
      ["TT", "Họ tên", "Đối tượng", "Mã ĐV", "Danh hiệu", "Ghi chú riêng"],
      [1, "Lò Thị Dung", "Cá nhân", "X-TAVAN", "Lao động tiên tiến", "đã họp xét 15/11"],
    ]);
    await own.xlsx.writeFile(at("ds-cu.xlsx"));
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Sheet1").addRows([
      ["Họ tên", "Ghi chú"],
      ["Lò Thị Dung", "—"],
    ]);
    await other.xlsx.writeFile(at("bang-khac.xlsx"));

    const r = await runJson(["import", master, at("ds-cu.xlsx"), at("bang-khac.xlsx"), "--out", at("so-gop-cu.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.json.files[0]).toMatchObject({ status: "imported", added: 1, template: null });
    expect(r.json.files[0].findings[0]).toMatchObject({ code: "NOT_TEMPLATE", severity: "warning" });
    expect(r.json.files[1].status).toBe("rejected");
    expect(r.json.files[1].message).toContain("Đối tượng, Họ và tên, Mã đơn vị, Hình thức");
    const { book } = parseBook(await readXlsx(at("so-gop-cu.xlsx")));
    expect(book.nominations?.[0]).toMatchObject({ name: "Lò Thị Dung", source: "ds-cu.xlsx, dòng 4" });
    expect(book.nominations?.[0].extra).toEqual({ "Ghi chú riêng": "đã họp xét 15/11" });
  });

  it("the master is never the output, and an unusable master is exit 2", async () => {
    const io = capture();
    expect(await main(["import", master, tavanTemplate, "--out", master], io)).toBe(2);
    const broken = at("so-hong.xlsx");
    copyFileSync(tavanTemplate, broken);
    writeFileSync(broken, readFileSync(broken).subarray(0, 100));
    const io2 = capture();
    expect(await main(["import", broken, tavanTemplate, "--out", at("x.xlsx")], io2)).toBe(2);
    expect(io2.stderr).toHaveLength(1);
  });
});
