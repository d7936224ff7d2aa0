import ExcelJS from "exceljs";
import { councilList } from "../domain/summary/nominationList";
import { buildSampleBook, SAMPLE_TODAY } from "../sample";
import { COUNCIL_SHEET, councilWorkbook } from "./councilWorkbook";

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return again.getWorksheet(COUNCIL_SHEET)!;
}

const texts = (ws: ExcelJS.Worksheet): string[] => {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(String(c.value))));
  return out;
};

describe("the council workbook for the Sa Pa 2024 sample", () => {
  const book = buildSampleBook();
  const list = councilList(book, SAMPLE_TODAY);
  const heading = {
    issuer: "UBND thị xã Sa Pa",
    body: "Hội đồng Thi đua - Khen thưởng",
    place: list.place,
    year: list.year,
  };

  it("groups nominations by title or form in catalogue order, numbered from 1 in each group", () => {
    expect(list.place).toBe("Sa Pa");
    expect(list.year).toBe(2024);
    expect(list.groups[0].title).toBe("Lao động tiên tiến");
    for (const g of list.groups) expect(g.items.map((i) => i.seq)).toEqual(g.items.map((_, k) => k + 1));
    const listed = list.groups.reduce((n, g) => n + g.items.length, 0);
    expect(listed).toBe(book.nominations!.filter((n) => n.outcome !== "rejected").length);
    // An award the catalogue lacks still appears, last, under the name the clerk typed.
    expect(list.groups[list.groups.length - 1]).toMatchObject({
      award: null,
      title: "Giấy khen của Chủ tịch UBND tỉnh",
    });
  });

  it("is laid out in the official style: national heading, place and date, Times New Roman, A4", async () => {
    const ws = await roundTrip(councilWorkbook(list.groups, heading));
    const all = texts(ws);
    expect(all).toEqual(
      expect.arrayContaining([
        "UBND THỊ XÃ SA PA",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
      ]),
    );
    expect(all).toContain("Sa Pa, ngày … tháng … năm 2024");
    expect(all).toContain("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024");
    expect(all.some((t) => /^I\. LAO ĐỘNG TIÊN TIẾN \(\d+ cá nhân/.test(t))).toBe(true);
    expect(all).toContain("TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG");
    expect(ws.getCell("B1").font?.name ?? ws.getCell("A1").font?.name).toBe("Times New Roman");
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.fitToWidth).toBe(1);
  });

  it("marks the rows that still have errors for review, without dropping them", async () => {
    const ltdt = list.groups[0].items[2];
    const ws = await roundTrip(councilWorkbook(list.groups, heading, new Set([ltdt.row])));
    const marked: string[] = [];
    ws.eachRow((row) => {
      if (row.getCell(6).value === "Cần xem lại") marked.push(String(row.getCell(2).value));
    });
    expect(marked).toEqual([ltdt.name]);
  });
});
