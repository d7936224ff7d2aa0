import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { plainValue, readXlsx } from "./readXlsx";

describe("reading cells from .xlsx files as Office.js would give them", () => {
  it("keeps numbers, text, booleans and dates; formulas give their results; rich text its plain text", () => {
    expect(plainValue(12)).toBe(12);
    expect(plainValue("Tả Van")).toBe("Tả Van");
    expect(plainValue(true)).toBe(true);
    const d = new Date(Date.UTC(2024, 4, 19));
    expect(plainValue(d)).toBe(d);
    expect(plainValue({ formula: "A1+1", result: 13 } as ExcelJS.CellFormulaValue)).toBe(13);
    expect(plainValue({ formula: "A1", result: undefined } as unknown as ExcelJS.CellFormulaValue)).toBeNull();
    expect(plainValue({ richText: [{ text: "Lý Thị " }, { text: "Hòa", font: { bold: true } }] })).toBe("Lý Thị Hòa");
    expect(plainValue({ text: "Cổng TTĐT", hyperlink: "https://sapa.laocai.gov.vn" })).toBe("Cổng TTĐT");
    expect(plainValue({ error: "#N/A" } as ExcelJS.CellErrorValue)).toBe("#N/A");
  });

  it("reads every sheet with its rows where they are, gaps as empty rows", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Đơn vị");
    ws.getCell("A3").value = "Mã đơn vị";
    ws.getCell("C3").value = "Loại đơn vị";
    ws.getCell("A5").value = "X-TAVAN";
    const file = path.join(mkdtempSync(path.join(tmpdir(), "tdkt-read-")), "so.xlsx");
    await wb.xlsx.writeFile(file);
    const [sheet] = await readXlsx(file);
    expect(sheet.name).toBe("Đơn vị");
    expect(sheet.values).toEqual([[], [], ["Mã đơn vị", null, "Loại đơn vị"], [], ["X-TAVAN"]]);
  });
});
