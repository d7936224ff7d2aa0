import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { contractWorkbook } from "../files/writeBookXlsx";
import { buildSampleSheets } from "../sample";
import { main } from "./main";
import { captureIo } from "../../test/fixtures/cliIo";

const capture = () => captureIo({ year: 2024, month: 12, day: 10 });

const dir = mkdtempSync(path.join(tmpdir(), "tdkt-blocks-"));
const sample = path.join(dir, "so-tdkt-sa-pa-2024.xlsx");

// Writing and reading the whole sample workbook takes seconds on a busy machine: more than jest's 5 s.
jest.setTimeout(60_000);

beforeAll(async () => {
  await contractWorkbook(buildSampleSheets()).xlsx.writeFile(sample);
});

describe("tdkt blocks on the Sa Pa sample", () => {
  it("--json prints the public shape: blocks, each with its leader, reason and ranked units with their criteria", async () => {
    const io = capture();
    // The planted score above its maximum is an error in the score sheets: exit 1, ranking still printed.
    expect(await main(["blocks", sample, "--json"], io)).toBe(1);
    const report = JSON.parse(io.stdout.join(""));
    expect(Object.keys(report)).toEqual(["blocks"]);
    expect(report.blocks.map((b: { block: string }) => b.block)).toEqual(["K2", "K5", "K6"]);
    const k5 = report.blocks[1];
    expect(Object.keys(k5)).toEqual(["block", "leader", "reason", "units"]);
    expect(k5.leader).toBe("P-HAMRONG");
    expect(k5.reason).toMatch(
      /^UBND phường Hàm Rồng \(hạng 2, [\d,]+ điểm\) được đề nghị vì UBND phường Sa Pa \(hạng 1\) chưa đạt chỉ tiêu “Tỷ lệ thu gom/,
    );
    const first = k5.units[0];
    expect(Object.keys(first)).toEqual(["unit", "total", "band", "rank", "tied", "criteria"]);
    expect(first).toMatchObject({ unit: "P-SAPA", rank: 1, tied: false, band: "Xuất sắc" });
    expect(Object.keys(first.criteria[0])).toEqual(["criterion", "score", "source"]);
    expect(first.criteria.find((c: { criterion: string }) => c.criterion === "A.3")).toEqual({
      criterion: "A.3",
      score: 4.98,
      source: "computed",
    });
    const k2 = report.blocks[0];
    expect(k2.units.filter((u: { tied: boolean }) => u.tied).map((u: { unit: string }) => u.unit)).toEqual([
      "PTCKH",
      "PKT",
    ]);
    expect(io.stderr).toEqual([]);
  });

  it("the text report ranks each block, marks ties, names the leader and says the score sheets have an error", async () => {
    const io = capture();
    expect(await main(["blocks", sample, "--lang", "en"], io)).toBe(1);
    const text = io.stdout.join("\n");
    expect(text).toContain("Block K5: Khối các phường");
    expect(text).toMatch(/ 5= +Phòng Tài chính - Kế hoạch \(PTCKH\) +89 +Tốt \(tied\)/);
    expect(text).toContain("Proposed for the province's emulation flag: UBND xã Tả Van (X-TAVAN)");
    expect(text).toContain("The score sheets have 1 errors");
  });

  it("--out writes the ranking workbook, one A4 landscape sheet per block", async () => {
    const out = path.join(dir, "xep-hang-khoi.xlsx");
    const io = capture();
    expect(await main(["blocks", sample, "--out", out], io)).toBe(1);
    expect(io.stdout.join("\n")).toContain(`Đã ghi bảng xếp hạng: ${out}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "K2 - Khối các phòng chuyên môn",
      "K5 - Khối các phường",
      "K6 - Khối các xã vùng cao",
    ]);
    const k5 = wb.worksheets[1];
    expect(k5.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape" });
    expect(k5.getCell("A1").value).toBe("UBND THỊ XÃ SA PA");
    expect(k5.getCell("A2").value).toBe("KHỐI CÁC PHƯỜNG");
    expect(k5.getCell("A10").value).toBe(1);
    expect(k5.getCell("B10").value).toBe("UBND phường Sa Pa");
    const texts: string[] = [];
    k5.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain("Đơn vị đề nghị tặng Cờ thi đua của UBND tỉnh: UBND phường Hàm Rồng (93,24 điểm).");
    expect(texts).toContain("TRƯỞNG KHỐI");
    expect(texts).toContain("UBND phường Sa Pa");
    expect(k5.getCell("A1").font?.name).toBe("Times New Roman");
  });
});

describe("tdkt blocks on books it cannot rank", () => {
  it("a book without a score sheet exits 2 with one line", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Đơn vị").addRows([
      ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Khối thi đua"],
      ["X-TAVAN", "UBND xã Tả Van", "Xã", "K6"],
    ]);
    const p = path.join(dir, "khong-bang-diem.xlsx");
    await wb.xlsx.writeFile(p);
    const io = capture();
    expect(await main(["blocks", p], io)).toBe(2);
    expect(io.stderr).toEqual([expect.stringContaining("chưa có sheet Tiêu chí chấm điểm và Chấm điểm")]);
    expect(io.stdout).toEqual([]);
  });

  it("no file, a missing file, two books or --out that is not .xlsx: exit 2 with one line", async () => {
    for (const argv of [
      ["blocks"],
      ["blocks", path.join(dir, "khong-co.xlsx")],
      ["blocks", sample, sample],
      ["blocks", sample, "--out", "xep-hang.pdf"],
    ]) {
      const io = capture();
      expect(await main(argv, io)).toBe(2);
      expect(io.stderr).toHaveLength(1);
    }
  });
});
