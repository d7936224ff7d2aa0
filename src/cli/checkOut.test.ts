import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import { unzipSync } from "fflate";
import { codeKey } from "../domain/text";
import { checkWorkbook } from "../sheets/checkWorkbook";
import { readXlsx } from "../files/readXlsx";
import { unitFiles } from "../files/unitFiles";
import { main, type Io } from "./main";
import { tempBooks } from "../../test/fixtures/tempBooks";

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (s) => stdout.push(s),
    err: (s) => stderr.push(s),
    today: () => ({ year: 2024, month: 12, day: 10 }),
  };
}

const { dir, book } = tempBooks("tdkt-check-out-");

/** Two wards' nominations: Tả Van names a unit the book lacks and proposes a collective for LĐTT. */
const SHEETS = {
  "Kế hoạch": [
    ["Mục", "Giá trị"],
    ["Năm", 2024],
    ["Cấp", "Huyện"],
  ],
  "Đơn vị": [
    ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
    ["X-TAVAN", "UBND xã Tả Van", "Xã, phường"],
    ["P-SAPA", "UBND phường Sa Pa", "Xã, phường"],
  ],
  "Đề nghị khen thưởng": [
    ["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức"],
    [1, "Cá nhân", "Giàng A Sử", "X-TAVAN", "Lao động tiên tiến"],
    [2, "Tập thể", "Trạm Y tế xã Tả Van", "X-TAVAN", "Lao động tiên tiến"],
    [3, "Cá nhân", "Lý Láo Lở", "X-LAOCHAI", "Lao động tiên tiến"],
    [4, "Cá nhân", "Vàng Thị Mai", "P-SAPA", "Chiến sĩ thi đua cơ sở"],
  ],
};

describe("tdkt check --out", () => {
  it("writes the Kết quả kiểm tra sheet, errors first, each Ô a link into the book; the report and exit code are as without it", async () => {
    const file = await book("so-hai-phuong.xlsx", SHEETS);
    const out = path.join(dir, "ket-qua.xlsx");
    const plain = capture();
    const code0 = await main(["check", file, "--json"], plain);
    const io = capture();
    const code = await main(["check", file, "--json", "--out", out], io);
    expect(code).toBe(code0);
    expect(code).toBe(1);
    expect(io.stdout).toEqual(plain.stdout);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Kết quả kiểm tra");
    expect(ws).toBeDefined();
    const rows = ws!.getSheetValues().slice(1) as unknown[][];
    expect(rows[0].slice(1)).toEqual(["Mức độ", "Sheet", "Ô", "Mã đơn vị", "Tên đơn vị", "Nội dung", "Căn cứ"]);
    const report = JSON.parse(plain.stdout[0]) as { findings: unknown[] };
    expect(rows).toHaveLength(report.findings.length + 1);
    const severities = rows.slice(1).map((r) => r[1]);
    expect(severities.indexOf("Lỗi")).toBe(0);
    expect(severities.lastIndexOf("Lỗi")).toBeLessThan(severities.indexOf("Lưu ý"));
    const subject = rows.find((r) => String(r[6]).includes("Trạm Y tế xã Tả Van"));
    expect(subject?.slice(4, 6)).toEqual(["X-TAVAN", "UBND xã Tả Van"]);
    expect(String(subject?.[6])).not.toMatch(/^Dòng \d+/);
    const unknown = rows.find((r) => String(r[6]).includes("X-LAOCHAI"));
    const cell = ws!.getCell(rows.indexOf(unknown!) + 1, 3);
    expect(cell.value).toEqual({ text: "D4", hyperlink: "so-hai-phuong.xlsx#'Đề nghị khen thưởng'!D4" });
    expect(ws!.pageSetup.orientation).toBe("landscape");
    expect(ws!.pageSetup.printTitlesRow).toBe("1:1");
    // Neither Excel nor LibreOffice grows a generated row for wrapped text: each row is as tall as its
    // longest Nội dung needs, so a printed page never shows sentences over one another.
    const longest = rows.reduce((at, r, i) => (String(r[6]).length > String(rows[at][6]).length ? i : at), 1);
    expect(ws!.getRow(longest + 1).height).toBeGreaterThan(ws!.getRow(1).height);
    expect(ws!.getRow(longest + 1).height).toBeGreaterThanOrEqual(
      Math.ceil(String(rows[longest][6]).length / (70 * 1.15)) * 16,
    );
  });

  it("refuses --out with several books, in one plain line, exit 2", async () => {
    const file = await book("so-mot.xlsx", SHEETS);
    const io = capture();
    expect(await main(["check", file, file, "--out", path.join(dir, "x.xlsx")], io)).toBe(2);
    expect(io.stderr).toEqual(["tdkt: --out chỉ dùng khi kiểm tra một sổ."]);
  });
});

describe("Gửi từng đơn vị", () => {
  it("one short .xlsx per unit with only its findings, read back", async () => {
    const file = await book("so-gui-don-vi.xlsx", SHEETS);
    const sheets = await readXlsx(file);
    const check = checkWorkbook(sheets, { year: 2024, month: 12, day: 10 });
    const unitNames = new Map([
      [codeKey("X-TAVAN"), "UBND xã Tả Van"],
      [codeKey("P-SAPA"), "UBND phường Sa Pa"],
    ]);
    const { zip, units } = unitFiles(check.findings, {
      lang: "vi",
      unitNames,
      bookSheets: sheets.map((s) => s.name),
    });
    const names = Object.keys(unzipSync(zip)).sort();
    expect(units).toBe(names.length);
    expect(names).toContain("X-TAVAN - UBND xã Tả Van.xlsx");
    expect(names).toContain("X-LAOCHAI.xlsx");
    const tavanFile = path.join(dir, "tavan.xlsx");
    writeFileSync(tavanFile, unzipSync(zip)["X-TAVAN - UBND xã Tả Van.xlsx"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tavanFile);
    const rows = (wb.worksheets[0].getSheetValues().slice(1) as unknown[][]).map((r) => r.slice(1));
    expect(rows[0]).toEqual(["Mức độ", "Sheet", "Ô", "Mã đơn vị", "Tên đơn vị", "Nội dung", "Căn cứ"]);
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows.slice(1)) expect(r[3]).toBe("X-TAVAN");
    expect(rows.some((r) => String(r[5]).includes("Trạm Y tế xã Tả Van"))).toBe(true);
    expect(readFileSync(tavanFile).length).toBeGreaterThan(0);
  });
});
