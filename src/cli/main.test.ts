import { writeFileSync } from "fs";
import path from "path";
import { main } from "./main";
import { captureIo } from "../../test/fixtures/cliIo";
import { tempBooks } from "../../test/fixtures/tempBooks";

const capture = () => captureIo({ year: 2024, month: 12, day: 10 });

const { dir, book } = tempBooks("tdkt-cli-");

const UNITS = [
  ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
  ["X-TAVAN", "UBND xã Tả Van", "Xã, phường"],
  ["P-SAPA", "UBND phường Sa Pa", "Xã, phường"],
];
const PLAN = [
  ["Mục", "Giá trị"],
  ["Năm", 2024],
  ["Cấp", "Huyện"],
  ["Cơ quan ban hành", "UBND thị xã Sa Pa"],
];

describe("tdkt check on files a clerk might hand it", () => {
  it("a missing file exits 2 with one line naming it", async () => {
    const io = capture();
    expect(await main(["check", path.join(dir, "khong-co.xlsx")], io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/không tìm thấy tệp .*khong-co\.xlsx/);
    expect(io.stdout).toEqual([]);
  });

  it("a damaged .xlsx exits 2 with one line, not a stack trace", async () => {
    const p = path.join(dir, "hong.xlsx");
    writeFileSync(p, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
    const io = capture();
    expect(await main(["check", p], io)).toBe(2);
    expect(io.stderr).toEqual([expect.stringMatching(/bị hỏng/)]);
    expect(io.stderr[0]).not.toMatch(/at .*\.js/);
  });

  it("a CSV file, renamed to .xlsx or not, is named as CSV, not as damaged", async () => {
    const a = path.join(dir, "ghi-chu.xlsx");
    writeFileSync(a, "Mã đơn vị,Tên đơn vị\n");
    const b = path.join(dir, "don-vi.csv");
    writeFileSync(b, "Mã đơn vị,Tên đơn vị\n");
    const io = capture();
    expect(await main(["check", a], io)).toBe(2);
    expect(await main(["check", b, "--lang", "en"], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/ghi-chu\.xlsx” không phải tệp Excel \(\.xlsx\): đây là tệp văn bản CSV/);
    expect(io.stderr[1]).toMatch(/don-vi\.csv” is not an Excel \(\.xlsx\) file: it is a CSV text file/);
  });

  it("a password-protected workbook (an OLE container) exits 2 and says to remove the password", async () => {
    const p = path.join(dir, "mat-khau.xlsx");
    writeFileSync(p, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    const io = capture();
    expect(await main(["check", p], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/mật khẩu/);
  });

  it("a clean book exits 0 and --json prints the public shape", async () => {
    const p = await book("sach.xlsx", { "Kế hoạch": PLAN, "Đơn vị": UNITS });
    const io = capture();
    expect(await main(["check", p, "--json", "--today", "2024-12-10"], io)).toBe(0);
    const report = JSON.parse(io.stdout.join(""));
    // The public shape, then the extension saying which ruleset applied and why.
    expect(Object.keys(report)).toEqual(["file", "findings", "counts", "ruleset"]);
    expect(report.ruleset).toMatchObject({ id: "huyen-2024", level: "district", year: 2024, from: "plan" });
    expect(report.file).toBe(p);
    expect(report.counts.error).toBe(0);
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(["code", "severity", "sheet", "row", "column", "unit", "ref", "message", "cell"]);
      expect(f.severity).not.toBe("error");
    }
  });

  it("a book with a bad date exits 1 and points at the sheet, row, column and cell", async () => {
    const p = await book("loi.xlsx", {
      "Kế hoạch": PLAN,
      "Đơn vị": UNITS,
      "Đề nghị khen thưởng": [
        ["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức", "Ngày đề nghị"],
        [1, "Cá nhân", "Giàng Thị Sùng", "X-TAVAN", "Giấy khen của Chủ tịch UBND thị xã", "31/02/2024"],
      ],
    });
    const io = capture();
    expect(await main(["check", p, "--json"], io)).toBe(1);
    const report = JSON.parse(io.stdout.join(""));
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        code: "INVALID_DATE",
        severity: "error",
        sheet: "Đề nghị khen thưởng",
        row: 2,
        column: "Ngày đề nghị",
        cell: "F2",
      }),
    );
    expect(report.counts.error).toBeGreaterThanOrEqual(1);
  });

  it("--lang en writes the messages in English", async () => {
    const p = await book("thieu.xlsx", { Sheet1: [["a"]] });
    const io = capture();
    expect(await main(["check", p, "--json", "--lang", "en"], io)).toBe(1);
    const report = JSON.parse(io.stdout.join(""));
    const missing = report.findings.find((f: { code: string }) => f.code === "MISSING_SHEET");
    expect(missing).toMatchObject({ severity: "error", sheet: "Đơn vị", row: null });
    expect(missing.message).toMatch(/^Sheet “Đơn vị” is missing/);
  });

  it("the text report groups findings by sheet with their cells", async () => {
    const p = await book("thieu-cot.xlsx", {
      "Đơn vị": [
        ["Mã đơn vị", "Tên đơn vị"],
        ["PNV", "Phòng Nội vụ"],
      ],
    });
    const io = capture();
    expect(await main(["check", p], io)).toBe(1);
    const text = io.stdout.join("\n");
    expect(text).toContain("Lỗi: 1");
    expect(text).toContain("Sheet “Đơn vị” thiếu cột “Loại đơn vị”");
  });
});

describe("tdkt demo", () => {
  it("writes the sample book and the council workbook, and says where", async () => {
    const out = path.join(dir, "demo");
    const io = capture();
    expect(await main(["demo", "--out", out], io)).toBe(0);
    const text = io.stdout.join("\n");
    expect(text).toContain(path.join(out, "so-tdkt-sa-pa-2024.xlsx"));
    expect(text).toContain(path.join(out, "tong-hop-trinh-hoi-dong-2024.xlsx"));
    expect(text).toContain("Lỗi: 42");
    const check = capture();
    expect(
      await main(["check", path.join(out, "so-tdkt-sa-pa-2024.xlsx"), "--json", "--today", "2024-12-10"], check),
    ).toBe(1);
    expect(JSON.parse(check.stdout.join("")).counts).toEqual({ error: 42, warning: 23, info: 5 });
  });

  it("an output folder it cannot write to exits 2 with one line naming it", async () => {
    const blocker = path.join(dir, "la-tep");
    writeFileSync(blocker, "không phải thư mục");
    const io = capture();
    expect(await main(["demo", "--out", path.join(blocker, "ra")], io)).toBe(2);
    expect(io.stderr).toEqual([expect.stringContaining("không ghi được vào")]);
  });
});

describe("tdkt check says what is wrong with the command line", () => {
  it("no arguments: the usage on stderr and exit 2", async () => {
    const io = capture();
    expect(await main([], io)).toBe(2);
    expect(io.stdout).toEqual([]);
    expect(io.stderr.join("\n")).toContain("tdkt check SỔ.xlsx");
  });

  it("an unknown short option such as -j is refused, not ignored", async () => {
    const io = capture();
    expect(await main(["check", "a.xlsx", "-j"], io)).toBe(2);
    expect(io.stderr).toEqual(["tdkt: không có tùy chọn “-j”. Gõ tdkt --help để xem cách dùng."]);
  });

  it("a folder is a folder; a day out of range or not in the calendar says so", async () => {
    for (const [argv, line] of [
      [["check", dir], `tdkt: “${dir}” là một thư mục, không phải tệp sổ Excel (.xlsx).`],
      [
        ["check", "a.xlsx", "--today", "1899-12-31"],
        "tdkt: --today “1899-12-31” nằm ngoài khoảng ngày sổ dùng được (1900-01-01 – 2200-12-31).",
      ],
      [["check", "a.xlsx", "--today", "2024-02-30"], "tdkt: --today “2024-02-30”: không có ngày này trong lịch."],
      [["check", "a.xlsx", "--max-rows", "0"], "tdkt: --max-rows “0” phải là số nguyên dương."],
    ] as const) {
      const io = capture();
      expect(await main(argv, io)).toBe(2);
      expect(io.stderr).toEqual([line]);
    }
  });

  it("several books are all checked, one report each, and the exit code is the worst", async () => {
    const clean = await book("sach-2.xlsx", { "Kế hoạch": PLAN, "Đơn vị": UNITS });
    const bad = await book("thieu-cot-2.xlsx", { "Đơn vị": [["Mã đơn vị", "Tên đơn vị"]] });
    const io = capture();
    expect(await main(["check", clean, bad], io)).toBe(1);
    const text = io.stdout.join("\n");
    expect(text).toContain(`Sổ: ${clean}`);
    expect(text).toContain(`Sổ: ${bad}`);
    const missing = capture();
    expect(await main(["check", clean, path.join(dir, "khong-co-2.xlsx"), bad, "--json"], missing)).toBe(2);
    expect(missing.stderr).toEqual([expect.stringMatching(/không tìm thấy tệp .*khong-co-2\.xlsx/)]);
    // Several books with --json: one report a line.
    const reports = missing.stdout.map((l) => JSON.parse(l));
    expect(reports.map((r) => [r.file, r.counts.error > 0])).toEqual([
      [clean, false],
      [bad, true],
    ]);
  });

  it("a row limit set low by --max-rows or TDKT_MAX_ROWS stops with one line", async () => {
    const p = await book("nhieu-dong.xlsx", {
      "Đơn vị": [...UNITS, ["X-BANKHOANG", "UBND xã Bản Khoang", "Xã, phường"]],
    });
    const io = capture();
    expect(await main(["check", p, "--max-rows", "2"], io)).toBe(2);
    expect(io.stderr).toEqual([
      `tdkt: tệp “${p}”: sheet “Đơn vị” làm số dòng có dữ liệu vượt giới hạn 2 dòng; hãy tách sổ hoặc đặt --max-rows.`,
    ]);
    const env = { ...capture(), env: { TDKT_MAX_ROWS: "3" } };
    expect(await main(["check", p, "--lang", "en"], env)).toBe(2);
    expect(env.stderr).toEqual([expect.stringMatching(/past the limit of 3;/)]);
  });

  it("a real .xlsx named .xls is checked, with a warning on stderr", async () => {
    const p = await book("so-cu.xls", { "Kế hoạch": PLAN, "Đơn vị": UNITS });
    const io = capture();
    expect(await main(["check", p, "--json"], io)).toBe(0);
    expect(JSON.parse(io.stdout.join("")).counts.error).toBe(0);
    expect(io.stderr).toEqual([
      `tdkt: cảnh báo: “${p}” là sổ Excel (.xlsx) nhưng tên có đuôi “.xls”; vẫn đọc như .xlsx.`,
    ]);
  });
});

describe("tdkt command line mistakes", () => {
  it("exit 2 with one line for an unknown option, a bad --today or a missing file name", async () => {
    for (const argv of [
      ["check", "a.xlsx", "--nhanh"],
      ["check", "a.xlsx", "--today", "10/12/2024"],
      ["check"],
      ["lam-gi"],
    ]) {
      const io = capture();
      expect(await main(argv, io)).toBe(2);
      expect(io.stderr).toHaveLength(1);
    }
  });

  it("--help prints the usage in Vietnamese, or English with --lang en", async () => {
    const io = capture();
    expect(await main(["--help"], io)).toBe(0);
    expect(io.stdout[0]).toContain("tdkt check SỔ.xlsx");
    const en = capture();
    expect(await main(["--help", "--lang", "en"], en)).toBe(0);
    expect(en.stdout[0]).toContain("Exit codes: 0 no errors");
  });
});
