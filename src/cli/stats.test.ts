import ExcelJS from "exceljs";
import { writeFileSync, existsSync, readdirSync } from "fs";
import path from "path";
import { main } from "./main";
import type { StatsJson } from "./stats";
import { captureIo } from "../../test/fixtures/cliIo";
import { tempBooks } from "../../test/fixtures/tempBooks";

const capture = () => captureIo({ year: 2025, month: 12, day: 5 });

// Real files written and read with exceljs: slow on a busy machine.
jest.setTimeout(30_000);

const { dir, book: write } = tempBooks("tdkt-stats-");

const BK = "Bằng khen của Chủ tịch UBND tỉnh";
const HISTORY_HEADER = [
  "Họ và tên",
  "Mã đơn vị",
  "Hình thức",
  "Năm",
  "Số quyết định",
  "Ngày quyết định",
  "Đối tượng",
  "Loại khen thưởng",
  "Phân loại cán bộ",
  "Doanh nghiệp",
];

/** The ward's 2025 book, dates typed as clerks type them. */
const wardBook = () =>
  write("phuong-sa-pa-2025.xlsx", {
    "Kế hoạch": [
      ["Mục", "Giá trị"],
      ["Năm", 2025],
      ["Cấp", "Phường"],
      ["Cơ quan ban hành", "UBND phường Sa Pa"],
    ],
    "Đơn vị": [
      ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
      ["P-SAPA", "UBND phường Sa Pa", "Xã, phường"],
      ["DN-SAPA", "Công ty Cổ phần Du lịch Sa Pa", "Doanh nghiệp"],
    ],
    "Phong trào": [
      ["Mã phong trào", "Tên phong trào", "Loại", "Phạm vi", "Thời hạn", "Phương thức", "Giai đoạn"],
      ["TX2025", "Phong trào thi đua thường xuyên năm 2025", "Thường xuyên", "Toàn phường", "1 năm", "", "2025"],
      ["CDS", "Thi đua thực hiện chuyển đổi số", "Chuyên đề", "Bộ, ngành, địa phương", "", "", "2021-2025"],
    ],
    "Lịch sử khen thưởng": [
      HISTORY_HEADER,
      // 30/11: the last day of the period.
      ["Giàng A Sử", "P-SAPA", BK, 2025, "101/QĐ-UBND", "30/11/2025", "Cá nhân", "", "Người trực tiếp lao động", ""],
      // 01/12: the next period.
      ["Lý Thị Mỷ", "P-SAPA", BK, 2025, "102/QĐ-UBND", "01/12/2025", "Cá nhân", "", "", ""],
      // 01/12 of the year before: the first day of the period; no tier.
      ["Vàng Seo Chứ", "P-SAPA", BK, 2024, "90/QĐ-UBND", "01/12/2024", "Cá nhân", "", "", ""],
      ["Công ty Cổ phần Du lịch Sa Pa", "DN-SAPA", BK, 2025, "103/QĐ-UBND", "15/06/2025", "Tập thể", "", "", "Có"],
    ],
    "Đề nghị khen thưởng": [
      [
        "STT",
        "Đối tượng",
        "Họ và tên",
        "Mã đơn vị",
        "Hình thức",
        "Loại khen thưởng",
        "Lao động trực tiếp",
        "Kết quả",
        "Số quyết định",
        "Ngày quyết định",
      ],
      [1, "Cá nhân", "Sùng A Páo", "P-SAPA", BK, "Đột xuất", "x", "Đồng ý", "110/QĐ-UBND", "20/11/2025"],
      [2, "Cá nhân", "Giàng Thị Sao", "P-SAPA", BK, "", "", "Đề nghị", "", ""],
    ],
  });

/** The province's book: a state award, and one decision the ward's book also carries. */
const provinceBook = () =>
  write("so-noi-vu-2025.xlsx", {
    "Kế hoạch": [
      ["Mục", "Giá trị"],
      ["Năm", 2025],
      ["Cấp", "Tỉnh"],
      ["Cơ quan ban hành", "Sở Nội vụ tỉnh Lào Cai"],
    ],
    "Đơn vị": [
      ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
      ["SNV", "Sở Nội vụ", "Cơ quan chuyên môn"],
      ["P-SAPA", "UBND phường Sa Pa", "Xã, phường"],
    ],
    "Lịch sử khen thưởng": [
      HISTORY_HEADER,
      [
        "Trần Quốc Khánh",
        "SNV",
        "Huân chương Lao động hạng Ba",
        2025,
        "55/QĐ-CTN",
        "02/09/2025",
        "Cá nhân",
        "Cống hiến",
        "Lãnh đạo cấp vụ, sở",
        "",
      ],
      ["Vàng Seo Chứ", "P-SAPA", BK, 2024, "90/QĐ-UBND", "01/12/2024", "Cá nhân", "", "", ""],
    ],
  });

/** Figure at a row code × column code of a form in the JSON. */
function figure(json: StatsJson, form: string, row: string, column: string): number {
  const f = json.forms.find((x) => x.form === form)!;
  return f.rows.find((r) => r.code === row)!.values[column];
}

/** Figure at a row code × column code of a form's sheet, found by the codes printed in the sheet. */
function sheetFigure(ws: ExcelJS.Worksheet, row: string, column: string): unknown {
  let codeRow = 0;
  ws.eachRow((r, n) => {
    if (!codeRow && r.getCell(1).value === "A" && r.getCell(2).value === "B") codeRow = n;
  });
  let col = 0;
  ws.getRow(codeRow).eachCell((c, i) => {
    if (c.value === column) col = i;
  });
  let value: unknown;
  ws.eachRow((r, n) => {
    if (n > codeRow && r.getCell(2).value === row) value = r.getCell(col).value;
  });
  return value;
}

describe("tdkt stats on a ward's and the province's books", () => {
  let json: StatsJson;
  let out: string;
  let io: ReturnType<typeof capture>;
  let code: number;

  beforeAll(async () => {
    const ward = await wardBook();
    const province = await provinceBook();
    out = path.join(dir, "thong-ke-2025.xlsx");
    io = capture();
    code = await main(["stats", ward, province, "--out", out, "--json"], io);
    json = JSON.parse(io.stdout.join("\n"));
  });

  it("exits 0 and takes the period ending 30/11 of the plan's year", () => {
    expect(code).toBe(0);
    expect(io.stderr).toEqual([]);
    expect(json.period).toEqual({ from: "2024-12-01", to: "2025-11-30" });
  });

  it("fills 0603 with the hand-counted figures: 30/11 in, 01/12 out, the shared decision once", () => {
    const rows: [string, number][] = [
      ["01", 4],
      ["02", 1],
      ["03", 1],
      ["05", 3],
      ["10", 2],
      ["X2", 1],
      ["11", 3],
      ["13", 1],
      ["04", 0],
    ];
    for (const [row, n] of rows)
      expect([row, figure(json, "0603", row, "1"), figure(json, "0603", row, "5")]).toEqual([row, n, n]);
    expect(
      json.trace
        .filter((t) => t.form === "0603")
        .map((t) => t.name)
        .sort(),
    ).toEqual(["Công ty Cổ phần Du lịch Sa Pa", "Giàng A Sử", "Sùng A Páo", "Vàng Seo Chứ"].sort());
  });

  it("fills 0602 with the state award under its tier and kind", () => {
    expect([figure(json, "0602", "01", "2"), figure(json, "0602", "07", "2"), figure(json, "0602", "15", "2")]).toEqual(
      [1, 1, 1],
    );
  });

  it("fills 0601 from the ward's movements, Thời hạn and Phương thức read from Giai đoạn and Loại where empty", () => {
    expect(["01", "07", "10", "11", "12", "X1", "X2", "X3"].map((r) => figure(json, "0601", r, "4"))).toEqual([
      2, 1, 1, 1, 1, 0, 0, 0,
    ]);
  });

  it("lists what was not counted with the book, sheet and row, and what was counted instead", () => {
    expect(json.notCounted).toEqual([
      {
        file: expect.stringMatching(/phuong-sa-pa-2025\.xlsx$/),
        sheet: "Đề nghị khen thưởng",
        row: 3,
        name: "Giàng Thị Sao",
        award: BK,
        reason: "pending",
        counted: null,
      },
      {
        file: expect.stringMatching(/so-noi-vu-2025\.xlsx$/),
        sheet: "Lịch sử khen thưởng",
        row: 3,
        name: "Vàng Seo Chứ",
        award: BK,
        reason: "duplicate",
        counted: { file: expect.stringMatching(/phuong-sa-pa-2025\.xlsx$/), sheet: "Lịch sử khen thưởng", row: 4 },
      },
    ]);
  });

  it("writes each form on its own sheet, laid out with the codes, header and signatures", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "0601.N",
      "0602.N",
      "0603.N",
      "Kiểm tra",
      "Không tính",
      "Theo năm",
      "Chuỗi danh hiệu",
    ]);
    const ws = wb.getWorksheet("0603.N")!;
    expect(sheetFigure(ws, "01", "1")).toBe(4);
    expect(sheetFigure(ws, "X2", "5")).toBe(1);
    expect(sheetFigure(ws, "03", "2")).toBe(0);
    const texts: string[] = [];
    ws.eachRow((r) => r.eachCell((c) => texts.push(String(c.value))));
    for (const t of [
      "Biểu số: 0603.N/BNV-TĐKT",
      "Đơn vị báo cáo:",
      "Sở Nội vụ tỉnh Lào Cai",
      "Đơn vị nhận báo cáo:",
      "Bộ Nội vụ",
      "NGƯỜI LẬP BIỂU",
      "THỦ TRƯỞNG ĐƠN VỊ",
      "(Kỳ báo cáo: từ 01/12/2024 đến 30/11/2025)",
    ])
      expect(texts).toContain(t);
    expect(ws.getCell("A1").font?.name).toBe("Times New Roman");
    expect(ws.pageSetup.paperSize).toBe(9);
    // The trace names the book, sheet and row of each record and the cells it went to.
    const trace = wb.getWorksheet("Kiểm tra")!;
    const lines: string[] = [];
    trace.eachRow((r, n) => {
      if (n > 4) lines.push([3, 4, 5, 8, 9, 10].map((c) => String(r.getCell(c).value)).join("|"));
    });
    expect(lines).toContain("Đề nghị khen thưởng|2|Sùng A Páo|0603|01, 13, 05, 10|1, 5");
    // No temporary file is left beside the output.
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("moves with --period: the 01/12/2025 decision belongs to the next report", async () => {
    const io2 = capture();
    const ward = path.join(dir, "phuong-sa-pa-2025.xlsx");
    expect(await main(["stats", ward, "--period", "2025-12-01..2026-11-30", "--json"], io2)).toBe(0);
    const next: StatsJson = JSON.parse(io2.stdout.join("\n"));
    expect(next.trace.filter((t) => t.form === "0603").map((t) => t.name)).toEqual(["Lý Thị Mỷ"]);
    expect(next.out).toBeNull();
  });

  it("prints a short report with the unclassified figures", async () => {
    const io2 = capture();
    const ward = path.join(dir, "phuong-sa-pa-2025.xlsx");
    expect(await main(["stats", ward, "--out", path.join(dir, "tk.xlsx")], io2)).toBe(0);
    const text = io2.stdout.join("\n");
    expect(text).toMatch(/0603\.N: tổng số 4/);
    expect(text).toMatch(/0603\.N dòng X2 “Chưa phân loại: cá nhân chưa rõ phân loại cán bộ”: 1/);
    expect(text).toMatch(/Chưa có kết quả xét \(Đề nghị\): 1/);
  });
});

describe("tdkt --help", () => {
  it("lists stats and rollup with the other commands, in the clerk's language", async () => {
    for (const [lang, stats] of [
      ["vi", /tdkt rollup SỔ\|THƯ_MỤC\.\.\. --out TỆP\.xlsx/],
      ["en", /tdkt rollup BOOK\|DIR\.\.\. --out FILE\.xlsx/],
    ] as const) {
      const io = capture();
      expect(await main(["--help", "--lang", lang], io)).toBe(0);
      const text = io.stdout.join("\n");
      expect(text).toMatch(stats);
      expect(text.indexOf("tdkt stats")).toBeLessThan(text.indexOf("tdkt --help"));
      expect(text.indexOf("tdkt check")).toBeLessThan(text.indexOf("tdkt stats"));
    }
  });
});

describe("tdkt stats refuses what it cannot do, in one line", () => {
  const run = async (...argv: string[]) => {
    const io = capture();
    const code = await main(["stats", ...argv], io);
    return { code, io };
  };

  it("a wrong period, a missing output, an output that is an input", async () => {
    const ward = path.join(dir, "phuong-sa-pa-2025.xlsx");
    for (const period of ["2025-11-30..2024-12-01", "2025-02-30..2025-11-30", "2025"]) {
      const { code, io } = await run(ward, "--period", period, "--json");
      expect([code, io.stderr.length]).toEqual([2, 1]);
      expect(io.stderr[0]).toMatch(/--period/);
    }
    expect((await run(ward)).io.stderr[0]).toMatch(/--out/);
    const same = await run(ward, "--out", ward);
    expect([same.code, same.io.stderr[0]]).toEqual([2, expect.stringMatching(/sổ đầu vào/)]);
  });

  it("a book that cannot be read stops the statistics: the figures go to the state", async () => {
    const broken = path.join(dir, "hong.xlsx");
    writeFileSync(broken, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]));
    const { code, io } = await run(path.join(dir, "phuong-sa-pa-2025.xlsx"), broken, "--out", path.join(dir, "x.xlsx"));
    expect(code).toBe(2);
    expect(io.stderr).toEqual([expect.stringMatching(/hong\.xlsx.*bị hỏng/)]);
    expect(existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });

  it("takes TT 18/2025/TT-BNV from --forms, marked unconfirmed, and says where a configuration is wrong", async () => {
    const ward = path.join(dir, "phuong-sa-pa-2025.xlsx");
    const good = path.join(dir, "tt18.json");
    writeFileSync(
      good,
      JSON.stringify([{ base: "0603", source: "Thông tư số 18/2025/TT-BNV", validFrom: "2025-07-01" }]),
    );
    const { code, io } = await run(ward, "--forms", good, "--json");
    expect(code).toBe(0);
    const json: StatsJson = JSON.parse(io.stdout.join("\n"));
    expect(json.forms.map((f) => [f.form, f.confirmed])).toEqual([
      ["0601", true],
      ["0602", true],
      ["0603", false],
    ]);
    const bad = path.join(dir, "sai.json");
    writeFileSync(bad, JSON.stringify([{ base: "0603", validFrom: "30/02/2025" }]));
    const wrong = await run(ward, "--forms", bad, "--json");
    expect([wrong.code, wrong.io.stderr]).toEqual([
      2,
      [expect.stringMatching(/sai\.json.*\$\[0\]\.validFrom.*ngày không đúng/)],
    ]);
  });
});
