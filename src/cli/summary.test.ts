import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import path from "path";
import { buildSampleSheets } from "../sample";
import { contractWorkbook } from "../files/writeBookXlsx";
import { readXlsx } from "../files/readXlsx";
import { parseBook } from "../sheets/parse";
import { main } from "./main";
import type { JsonMoney } from "./money";
import type { SummaryJson } from "./summary";
import { captureIo } from "../../test/fixtures/cliIo";
import { tempBooks } from "../../test/fixtures/tempBooks";

const capture = () => captureIo({ year: 2024, month: 12, day: 10 });

const { dir, book } = tempBooks("tdkt-summary-");

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The row whose column B reads `text` (first match), as values by column number. */
function rowOf(ws: ExcelJS.Worksheet, text: string): ExcelJS.CellValue[] {
  let found: ExcelJS.CellValue[] | null = null;
  ws.eachRow((row) => {
    if (!found && row.getCell(2).value === text) found = row.values as ExcelJS.CellValue[];
  });
  if (!found) throw new Error(`no row “${text}” in ${ws.name}`);
  return found;
}

function column(ws: ExcelJS.Worksheet, col: number): ExcelJS.CellValue[] {
  const out: ExcelJS.CellValue[] = [];
  ws.eachRow((row) => out.push(row.getCell(col).value));
  return out;
}

const PLAN = [
  ["Mục", "Giá trị"],
  ["Năm", 2024],
  ["Cấp", "Huyện"],
  ["Cơ quan ban hành", "UBND thị xã Sa Pa"],
];
const UNITS = [
  ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Khối thi đua", "Vùng khó khăn"],
  ["X-TAVAN", "UBND xã Tả Van", "Xã, phường", "K-XA", "Có"],
  ["P-SAPA", "UBND phường Sa Pa", "Xã, phường", "K-PHUONG", ""],
];
const BLOCKS = [
  ["Mã khối", "Tên khối"],
  ["K-XA", "Khối các xã"],
  ["K-PHUONG", "Khối các phường"],
];
const HEAD = ["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức", "Kết quả", "Nữ", "Loại khen thưởng"];

/**
 * Collectives only (no individual), a rejected row, an award the catalogue lacks and
 * one the province decides. By hand: 4 nominations counted (the rejected one is not); TTLĐTT 2
 * collectives decided here; Bằng khen tỉnh 1 collective forwarded; the unknown one 1 collective;
 * from the difficult-area commune 3 of 4; 1 ad hoc of 4; no individual, so those shares are null.
 */
const NOMINATIONS = [
  HEAD,
  [1, "Tập thể", "Trạm Y tế xã Tả Van", "X-TAVAN", "Tập thể lao động tiên tiến", "Đề nghị", "", ""],
  [2, "Tập thể", "Trường Mầm non Tả Van", "X-TAVAN", "Tập thể lao động tiên tiến", "Đồng ý", "", "Đột xuất"],
  [3, "Tập thể", "Tổ dân phố số 1", "P-SAPA", "Bằng khen của Chủ tịch UBND tỉnh", "Trình cấp trên", "", ""],
  [4, "Tập thể", "Hội Nông dân xã Tả Van", "X-TAVAN", "Huy hiệu tự đặt", "Đề nghị", "", ""],
  [5, "Tập thể", "Đội văn nghệ phường Sa Pa", "P-SAPA", "Tập thể lao động tiên tiến", "Không đồng ý", "", ""],
];

describe("tdkt summary", () => {
  it("on a book without individuals, with a rejected row, an unknown and a forwarded award: JSON and sheets agree with the book", async () => {
    const file = await book("so-tap-the.xlsx", {
      "Kế hoạch": PLAN,
      "Đơn vị": UNITS,
      "Khối thi đua": BLOCKS,
      "Đề nghị khen thưởng": NOMINATIONS,
    });
    const out = path.join(dir, "tong-hop-tap-the.xlsx");
    const io = capture();
    expect(await main(["summary", file, "--out", out, "--json", "--today", "2024-12-10"], io)).toBe(0);
    const json = JSON.parse(io.stdout.join("")) as SummaryJson;
    expect(json.total).toBe(4);
    expect(json.byAward).toEqual([
      {
        award: "TTLDTT",
        name: "Tập thể lao động tiên tiến",
        individual: 0,
        collective: 2,
        household: 0,
        village: 0,
        total: 2,
        decidedHere: true,
      },
      {
        award: "BKT",
        name: "Bằng khen của Chủ tịch UBND tỉnh",
        individual: 0,
        collective: 1,
        household: 0,
        village: 0,
        total: 1,
        decidedHere: false,
      },
      {
        award: null,
        name: "Huy hiệu tự đặt",
        individual: 0,
        collective: 1,
        household: 0,
        village: 0,
        total: 1,
        decidedHere: null,
      },
    ]);
    expect(json.shares).toEqual({
      directWorkers: null,
      women: null,
      ethnicMinorities: null,
      difficultAreaUnits: 0.75,
      adHoc: 0.25,
    });
    expect(json.byBlock).toEqual([
      { block: "K-XA", total: 3 },
      { block: "K-PHUONG", total: 1 },
    ]);
    expect(json.byUnit).toEqual([
      { unit: "X-TAVAN", total: 3 },
      { unit: "P-SAPA", total: 1 },
    ]);

    const wb = await open(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Tổng hợp",
      "Danh sách",
      "Tỷ lệ",
      "Chỉ tiêu",
      "Tiến độ",
      "Kinh phí",
      "Kiểm tra",
    ]);
    const overview = wb.getWorksheet("Tổng hợp")!;
    // Counts are numbers, shares real fractions with a percent format, never text.
    expect(rowOf(overview, "Tập thể lao động tiên tiến").slice(3, 9)).toEqual([0, 2, 0, 0, 2, "Cấp này"]);
    expect(rowOf(overview, "Bằng khen của Chủ tịch UBND tỉnh").slice(3, 9)).toEqual([0, 1, 0, 0, 1, "Cấp trên"]);
    expect(rowOf(overview, "Tổng cộng").slice(3, 8)).toEqual([0, 4, 0, 0, 4]);
    const women = rowOf(overview, "Nữ (trên số cá nhân)");
    expect(women.slice(6, 9)).toEqual([0, 0, "Không có"]);
    const difficult = rowOf(overview, "Đề nghị của đơn vị vùng cao, vùng khó khăn (trên tổng số đề nghị)");
    expect(difficult.slice(6, 9)).toEqual([4, 3, 0.75]);
    let shareFormat = "";
    overview.eachRow((row) => {
      if (row.getCell(2).value === difficult[2]) shareFormat = row.getCell(8).numFmt;
    });
    expect(shareFormat).toBe("0.0%");
    expect(rowOf(overview, "Khối các xã").slice(7, 9)).toEqual([3, 0.75]);

    // The list: what this level decides, what goes up, what is not this council's; the rejected row is absent.
    const list = wb.getWorksheet("Danh sách")!;
    const names = column(list, 2);
    const at = (name: string) => names.indexOf(name);
    expect(at("Đội văn nghệ phường Sa Pa")).toBe(-1);
    const a = column(list, 1).findIndex((v) => String(v).startsWith("A. THUỘC THẨM QUYỀN"));
    const b = column(list, 1).findIndex((v) => String(v).startsWith("B. ĐỀ NGHỊ CẤP TRÊN"));
    const c = column(list, 1).findIndex((v) => String(v).startsWith("C. "));
    expect(a).toBeGreaterThan(0);
    expect([a < at("Trạm Y tế xã Tả Van"), at("Trường Mầm non Tả Van") < b]).toEqual([true, true]);
    expect([b < at("Tổ dân phố số 1"), at("Tổ dân phố số 1") < c, c < at("Hội Nông dân xã Tả Van")]).toEqual([
      true,
      true,
      true,
    ]);
    // The unknown award is an error in the book: its row is marked for the council.
    expect(column(list, 6)[at("Hội Nông dân xã Tả Van")]).toBe("Cần xem lại");

    // Every sheet prints on A4, fitted to the width, in Times New Roman, with the national heading.
    for (const ws of wb.worksheets) {
      expect([ws.name, ws.pageSetup.paperSize, ws.pageSetup.fitToPage, ws.pageSetup.fitToWidth]).toEqual([
        ws.name,
        9,
        true,
        1,
      ]);
      const motto = column(ws, 1)
        .concat(column(ws, 2), column(ws, 3), column(ws, 4), column(ws, 5))
        .some((v) => v === "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect([ws.name, motto]).toEqual([ws.name, true]);
      expect(ws.getRow(1).getCell(1).font?.name).toBe("Times New Roman");
    }
    const checks = wb.getWorksheet("Kiểm tra")!;
    expect(column(checks, 5).some((v) => String(v).includes("Huy hiệu tự đặt"))).toBe(true);
  });

  it("the Sa Pa sample: the figures are those of the book's own rows, and money is this level's total", async () => {
    const sample = path.join(dir, "so-sa-pa.xlsx");
    await contractWorkbook(buildSampleSheets(), { today: { year: 2024, month: 12, day: 10 } }).xlsx.writeFile(sample);
    const out = path.join(dir, "tong-hop-sa-pa.xlsx");
    const io = capture();
    expect(await main(["summary", sample, "--out", out, "--json", "--today", "2024-12-10"], io)).toBe(0);
    const json = JSON.parse(io.stdout.join("")) as SummaryJson;

    // Counted again from the raw rows: every nomination the council did not reject.
    const { book: parsed } = parseBook(await readXlsx(sample));
    const live = (parsed.nominations ?? []).filter((n) => n.outcome !== "rejected");
    expect(json.total).toBe(live.length);
    expect(json.byAward.reduce((n, a) => n + a.total, 0)).toBe(live.length);
    expect(json.byUnit.reduce((n, u) => n + u.total, 0)).toBe(live.length);
    const women = live.filter((n) => n.subject === "individual" && n.female).length;
    const individuals = live.filter((n) => n.subject === "individual").length;
    expect(json.shares.women).toBeCloseTo(women / individuals, 10);

    const wb = await open(out);
    const list = wb.getWorksheet("Danh sách")!;
    const listed = column(list, 1).filter((v) => typeof v === "number").length;
    expect(listed).toBe(live.length);
    const money = wb.getWorksheet("Kinh phí")!;
    const total = rowOf(money, "Tổng kinh phí");
    const priced = capture();
    expect(await main(["money", sample, "--json", "--today", "2024-12-10"], priced)).toBe(0);
    const report = JSON.parse(priced.stdout.join("")) as JsonMoney;
    expect(total.slice(4, 6)).toEqual([report.total.here.amount, report.total.above.amount]);
    expect(report.total.here.amount).toBeGreaterThan(0);
  });

  it("the same book and reference day give byte-identical workbooks", async () => {
    const file = await book("so-lap-lai.xlsx", {
      "Kế hoạch": PLAN,
      "Đơn vị": UNITS,
      "Đề nghị khen thưởng": NOMINATIONS,
    });
    const outs = [path.join(dir, "lan-1.xlsx"), path.join(dir, "lan-2.xlsx")];
    // The zip's entries carry the clock's time: fix it, and only it.
    jest.useFakeTimers({
      now: new Date("2024-12-10T08:00:00Z"),
      doNotFake: [
        "nextTick",
        "setImmediate",
        "clearImmediate",
        "setTimeout",
        "clearTimeout",
        "setInterval",
        "clearInterval",
        "queueMicrotask",
        "hrtime",
        "performance",
      ],
    });
    try {
      for (const out of outs)
        expect(await main(["summary", file, "--out", out, "--today", "2024-12-10"], capture())).toBe(0);
    } finally {
      jest.useRealTimers();
    }
    expect(readFileSync(outs[0]).equals(readFileSync(outs[1]))).toBe(true);
  });

  it("refuses a missing --out, --out naming the book itself, and a book without nominations, with one line and exit 2", async () => {
    const file = await book("so-khong-de-nghi.xlsx", { "Đơn vị": UNITS });
    const cases: [string[], RegExp][] = [
      [["summary", file], /--out/],
      [["summary", file, "--out", file], /trùng với sổ/],
      [["summary", file, "--out", path.join(dir, "x.xlsx")], /không có sheet Đề nghị khen thưởng/],
    ];
    for (const [argv, message] of cases) {
      const io = capture();
      expect(await main(argv, io)).toBe(2);
      expect(io.stderr).toHaveLength(1);
      expect(io.stderr[0]).toMatch(message);
    }
  });
});
