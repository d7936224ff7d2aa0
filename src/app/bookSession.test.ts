import ExcelJS from "exceljs";
import { markFindings, clearMarks, setupBook } from "../excel/workbook";
import { writeEdit } from "../excel/writeEdit";
import { diff, snapshot } from "./bookChanges";
import { BookSession, OpenError } from "./bookSession";
import { memoryBook } from "./memoryBook";

/** `dataValidations.model` is in exceljs 4.4 but not in its typings. */
type Validations = { dataValidations: { model: Record<string, unknown>; add(a: string, v: unknown): void } };

/**
 * A ward's book as a clerk keeps it: banner rows, a styled header, widths, a drop-down, a formula
 * counting the units, a date, a merged title, a note, a sheet of their own and a hidden sheet.
 */
async function richBook(): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  const units = wb.addWorksheet("Đơn vị", { views: [{ state: "frozen", ySplit: 3 }] });
  units.mergeCells("A1:D1");
  units.getCell("A1").value = "DANH SÁCH ĐƠN VỊ PHƯỜNG SA PA";
  units.getCell("A1").font = { name: "Times New Roman", size: 14, bold: true };
  units.getRow(3).values = ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Ngày thành lập"];
  units.getRow(3).eachCell((c) => {
    c.font = { bold: true, color: { argb: "FF1F4E79" } };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    c.border = { bottom: { style: "thin" } };
  });
  units.getRow(4).values = ["P-SAPA", "UBND phường Sa Pa", "Xã, phường", new Date(Date.UTC(2025, 6, 1))];
  units.getRow(5).values = ["X-TAVAN", "UBND xã Tả Van", "Xã, phường", new Date(Date.UTC(2025, 6, 1))];
  units.getRow(6).values = ["TRUONG-MN", "Trường Mầm non Hoàng Liên", "Đơn vị sự nghiệp", null];
  units.getCell("D4").numFmt = "dd/mm/yyyy";
  units.getCell("D5").numFmt = "dd/mm/yyyy";
  units.getCell("B5").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  units.getCell("B4").note = "Hợp nhất từ phường Sa Pa và phường Sa Pả";
  units.getCell("F3").value = "Số đơn vị";
  units.getCell("G3").value = { formula: "COUNTA(A4:A6)", result: 3 };
  units.getColumn(1).width = 14;
  units.getColumn(2).width = 38;
  (units as unknown as Validations).dataValidations.add("C4:C50", {
    type: "list",
    allowBlank: true,
    formulae: ['"Xã, phường,Đơn vị sự nghiệp,Doanh nghiệp"'],
  });
  units.addConditionalFormatting({
    ref: "C4:C50",
    rules: [
      {
        type: "containsText",
        operator: "containsText",
        text: "Doanh nghiệp",
        priority: 1,
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
      },
    ],
  });
  wb.definedNames.add("'Đơn vị'!$A$4:$A$6", "MaDonVi");
  const own = wb.addWorksheet("Ghi chú của tôi");
  own.getCell("A1").value = { richText: [{ text: "Việc cần làm ", font: { bold: true } }, { text: "tuần này" }] };
  own.getCell("A2").value = { text: "Hướng dẫn của Sở", hyperlink: "https://sonoivu.laocai.gov.vn" };
  own.getCell("B2").value = { formula: "LEN(A1)", result: 21 };
  const hidden = wb.addWorksheet("Danh mục ẩn", { state: "hidden" });
  hidden.getCell("A1").value = "Xã, phường";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function openRich() {
  const session = new BookSession();
  const opened = await session.open(new Blob([await richBook()]), "so-phuong-sa-pa.xlsx", "vi");
  const host = await memoryBook(opened.sheets);
  return { session, opened, host, saved: snapshot(host) };
}

async function reread(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

/** Every cell's value and style, the merges, widths, views, validations and state of a sheet. */
function sheetPicture(ws: ExcelJS.Worksheet, skip: string[] = []) {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) => {
      if (!skip.includes(c.address)) cells[c.address] = { value: c.value, style: c.style, note: c.note ?? null };
    }),
  );
  return JSON.parse(
    JSON.stringify({
      cells,
      merges: (ws.model as { merges?: string[] }).merges,
      widths: (ws.columns ?? []).map((c) => c.width ?? null),
      views: (ws.views ?? []).map((v) => ({ state: v.state, ySplit: (v as { ySplit?: number }).ySplit })),
      validations: (ws as unknown as Validations).dataValidations.model,
      conditionalFormatting: (ws as unknown as { conditionalFormattings: unknown }).conditionalFormattings,
      state: ws.state,
    }),
  );
}

describe("the web page opens the clerk's own file and saves it back", () => {
  test("every sheet is shown with its values; formulas show their result, hidden sheets stay hidden", async () => {
    const { opened, host } = await openRich();
    expect(opened.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Đơn vị", "Visible"],
      ["Ghi chú của tôi", "Visible"],
      ["Danh mục ẩn", "Hidden"],
    ]);
    const units = host.values("Đơn vị");
    expect(units[0][0]).toBe("DANH SÁCH ĐƠN VỊ PHƯỜNG SA PA");
    // The merged title's other cells are empty, not copies of the title.
    expect(units[0][1]).toBe("");
    expect(units[2][6]).toBe(3);
    expect(units[4][1]).toBe("UBND xã Tả Van");
    // 01/07/2025 as Excel's serial number, as Office.js reports a date.
    expect(units[3][3]).toBe(45839);
    expect(host.values("Ghi chú của tôi")[0][0]).toBe("Việc cần làm tuần này");
    expect(host.values("Ghi chú của tôi")[1][0]).toBe("Hướng dẫn của Sở");
    expect(host.sheetNames()).toEqual(["Đơn vị", "Ghi chú của tôi"]);
  });

  test("editing one cell and saving changes that cell only: styles, widths, formulas, drop-downs and other sheets are kept", async () => {
    const { session, host, saved } = await openRich();
    const original = await reread(await richBook());
    host.editCell("Đơn vị", 4, 1, "UBND xã Tả Van (mới)");
    const bytes = await session.write(diff(saved, snapshot(host)));
    const back = await reread(bytes);

    const edited = back.getWorksheet("Đơn vị")!.getCell("B5");
    expect(edited.value).toBe("UBND xã Tả Van (mới)");
    // The cell keeps its own fill.
    expect(edited.style).toEqual(original.getWorksheet("Đơn vị")!.getCell("B5").style);
    expect(sheetPicture(back.getWorksheet("Đơn vị")!, ["B5"])).toEqual(
      sheetPicture(original.getWorksheet("Đơn vị")!, ["B5"]),
    );
    expect(back.getWorksheet("Đơn vị")!.getCell("G3").value).toEqual({ formula: "COUNTA(A4:A6)", result: 3 });
    for (const name of ["Ghi chú của tôi", "Danh mục ẩn"])
      expect(sheetPicture(back.getWorksheet(name)!)).toEqual(sheetPicture(original.getWorksheet(name)!));
    expect(back.worksheets.map((w) => w.name)).toEqual(["Đơn vị", "Ghi chú của tôi", "Danh mục ẩn"]);
    expect(back.definedNames.model).toEqual(original.definedNames.model);
    expect(JSON.stringify(sheetPicture(back.getWorksheet("Đơn vị")!).conditionalFormatting)).toContain("Doanh nghiệp");
  });

  test("a number typed over a formula replaces it, as in Excel; an emptied cell is empty", async () => {
    const { session, host, saved } = await openRich();
    host.editCell("Đơn vị", 2, 6, 4);
    host.editCell("Đơn vị", 5, 2, null);
    const back = await reread(await session.write(diff(saved, snapshot(host))));
    expect(back.getWorksheet("Đơn vị")!.getCell("G3").value).toBe(4);
    expect(back.getWorksheet("Đơn vị")!.getCell("C6").value).toBeNull();
  });

  test("a mark's fill and note are saved, and taking the mark off brings back the file's own fill and note", async () => {
    const { session, host, saved } = await openRich();
    const mark = [{ sheet: "Đơn vị", cell: "B4", note: "Tên đơn vị trùng" }];
    await markFindings(host.run, mark);
    const marked = snapshot(host);
    const once = await reread(await session.write(diff(saved, marked)));
    const b4 = once.getWorksheet("Đơn vị")!.getCell("B4");
    expect(b4.fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(JSON.stringify(b4.note)).toContain("Tên đơn vị trùng");

    await clearMarks(host.run);
    const back = await reread(await session.write(diff(saved, snapshot(host))));
    const original = await reread(await richBook());
    expect(back.getWorksheet("Đơn vị")!.getCell("B4").style).toEqual(
      original.getWorksheet("Đơn vị")!.getCell("B4").style,
    );
    expect(back.getWorksheet("Đơn vị")!.getCell("B4").note).toBe("Hợp nhất từ phường Sa Pa và phường Sa Pả");
  });

  test("sheets the set-up adds are saved with their headers, frozen row, widths and drop-downs", async () => {
    const { session, host, saved } = await openRich();
    const added = (await setupBook(host.run, "vi")).added;
    expect(added).toContain("Đề nghị khen thưởng");
    const back = await reread(await session.write(diff(saved, snapshot(host))));
    const ws = back.getWorksheet("Đề nghị khen thưởng")!;
    expect(ws.getRow(1).values).toEqual(expect.arrayContaining(["STT", "Họ và tên", "Hình thức"]));
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(Object.keys((ws as unknown as Validations).dataValidations.model).length).toBeGreaterThan(0);
    expect(ws.getColumn(3).width).toBeGreaterThan(8.43);
  });

  test("Ghi vào lịch sử's undo store is saved very hidden, so Hoàn tác still works in Excel later", async () => {
    const { session, host, saved } = await openRich();
    await writeEdit(
      host.run,
      { sheet: "Đơn vị", create: false, cells: [{ row: 8, col: 0, value: "TRUONG-TH", fresh: true }] },
      "Thêm đơn vị",
    );
    const back = await reread(await session.write(diff(saved, snapshot(host))));
    expect(back.getWorksheet("Đơn vị")!.getCell("A8").value).toBe("TRUONG-TH");
    const store = back.worksheets.find((w) => w.name.startsWith("_tdkt"));
    expect(store?.state).toBe("veryHidden");
  });

  test("a file that is not a workbook gets one plain sentence naming it", async () => {
    const session = new BookSession();
    const csv = new Blob(["Mã đơn vị,Tên đơn vị\nP-SAPA,UBND phường Sa Pa\n"]);
    await expect(session.open(csv, "don-vi.csv", "vi")).rejects.toThrow(OpenError);
    await expect(session.open(csv, "don-vi.csv", "vi")).rejects.toThrow(/“don-vi\.csv”/);
  });

  test("the built-in sample opens as the .xlsx tdkt demo writes", async () => {
    const session = new BookSession();
    const opened = await session.openSample("sa-pa-2024", "vi");
    expect(opened.name).toBe("so-tdkt-sa-pa-2024.xlsx");
    expect(opened.sheets.map((s) => s.name)).toContain("Đề nghị khen thưởng");
  });
});
