import type { CellValue } from "../domain/model";
import { checkWorkbook } from "../sheets/checkWorkbook";
import { parseBook } from "../sheets/parse";
import { decodeChoices, MAP_SHEET, noChoices } from "../sheets/readingMap";
import { createMemoryHost } from "./memory";
import { nominationsSheet, unitsSheet } from "./testBooks";
import { readBook, saveReadingChoices } from "./workbook";

/** A clerk's nominations on "Trang tính1", the title of the award under "Nội dung khen thưởng". */
function trangTinh(): { name: string; values: CellValue[][] } {
  return {
    name: "Trang tính1",
    values: [
      ["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Nội dung khen thưởng"],
      [1, "Cá nhân", "Lò Thị Mai", "SP01", "Lao động tiên tiến"],
      [2, "Cá nhân", "Giàng A Páo", "SP09", "Chiến sĩ thi đua cơ sở"],
    ],
  };
}

describe("reading a book whose sheets are named as the clerk likes", () => {
  it("reads a sheet known only by its header in a third request, and leaves unrelated sheets out", async () => {
    const host = createMemoryHost([
      unitsSheet(),
      { ...nominationsSheet(3), name: "Sheet1" },
      { name: "Ghi chép riêng", values: [["không phải sổ"]] },
    ]);
    const { sheets, syncs } = await readBook(host.run);
    expect(sheets.map((s) => s.name)).toEqual(["Đơn vị", "Sheet1"]);
    expect(sheets[1].values).toEqual(host.values("Sheet1"));
    expect(sheets[1].partial).toBeUndefined();
    // names; whole named sheets and the corners of the others; the sheet its header named.
    expect(syncs).toBe(3);
    expect(host.syncCount()).toBe(3);
    expect(parseBook(sheets).book.nominations).toHaveLength(3);
  });

  it("passes on the corner of a second list it does not read, so the check can say it was not read", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(3), { ...nominationsSheet(2), name: "Sheet2" }]);
    const { sheets, syncs } = await readBook(host.run);
    expect(syncs).toBe(2);
    expect(sheets.map((s) => [s.name, s.partial ?? false])).toEqual([
      ["Đơn vị", false],
      ["Đề nghị khen thưởng", false],
      ["Sheet2", true],
    ]);
    const check = checkWorkbook(sheets, { year: 2024, month: 12, day: 10 });
    expect(check.findings.filter((f) => f.code === "SHEET_NOT_READ")).toEqual([
      expect.objectContaining({
        sheet: "Sheet2",
        severity: "warning",
        params: expect.objectContaining({ why: "similarHeaders", taken: "Đề nghị khen thưởng" }),
      }),
    ]);
  });
});

describe("the clerk's choice of how the book is read, kept in the workbook", () => {
  it("is saved in a very hidden sheet in 3 requests, leaving the clerk's sheets as they were", async () => {
    const host = createMemoryHost([unitsSheet(), trangTinh()]);
    const before = { units: host.values("Đơn vị"), mine: host.values("Trang tính1") };
    const choices = {
      ...noChoices(),
      sheets: { nominations: "Trang tính1" },
      columns: { nominations: { award: { header: "Nội dung khen thưởng", column: "E" } } },
    };
    const { syncs } = await saveReadingChoices(host.run, choices);
    expect(syncs).toBe(3);
    expect(host.allSheetNames()).toEqual(["Đơn vị", "Trang tính1", MAP_SHEET]);
    expect(host.sheetNames()).toEqual(["Đơn vị", "Trang tính1"]);
    expect(host.inspect(MAP_SHEET).visibility).toBe("VeryHidden");
    expect(host.values("Đơn vị")).toEqual(before.units);
    expect(host.values("Trang tính1")).toEqual(before.mine);
    expect(decodeChoices(host.values(MAP_SHEET))).toEqual(choices);
  });

  it("is read back with the book and used by the check: the chosen sheet and column are read", async () => {
    const host = createMemoryHost([unitsSheet(), trangTinh()]);
    const unchosen = checkWorkbook((await readBook(host.run)).sheets, { year: 2024, month: 12, day: 10 });
    // Without the choice, the sheet is read by its header, which lacks Hình thức: no award is read.
    expect(unchosen.findings.filter((f) => f.code === "MISSING_COLUMN")).toEqual([
      expect.objectContaining({
        sheet: "Trang tính1",
        params: expect.objectContaining({ similar: { header: "Nội dung khen thưởng", cell: "E1" } }),
      }),
    ]);
    expect(unchosen.parsed.book.nominations?.map((n) => n.award)).toEqual(["", ""]);

    await saveReadingChoices(host.run, {
      ...noChoices(),
      sheets: { nominations: "Trang tính1" },
      columns: { nominations: { award: { header: "Nội dung khen thưởng", column: "E" } } },
    });
    const read = await readBook(host.run);
    expect(read.syncs).toBe(3);
    expect(read.sheets.map((s) => s.name)).toEqual(["Đơn vị", "Trang tính1", MAP_SHEET]);
    const check = checkWorkbook(read.sheets, { year: 2024, month: 12, day: 10 });
    expect(check.parsed.book.nominations?.map((n) => n.award)).toEqual([
      "Lao động tiên tiến",
      "Chiến sĩ thi đua cơ sở",
    ]);
    expect(check.reading.sheets.find((s) => s.key === "nominations")).toMatchObject({
      sheet: "Trang tính1",
      how: "chosen",
    });
    expect(check.findings.find((f) => f.code === "UNKNOWN_UNIT")).toMatchObject({ sheet: "Trang tính1", cell: "D3" });
  });

  it("is replaced, not added to, when saved again; reading automatically again is saving no choice", async () => {
    const host = createMemoryHost([unitsSheet(), trangTinh()]);
    await saveReadingChoices(host.run, {
      ...noChoices(),
      sheets: { nominations: "Trang tính1" },
      ignored: ["Ghi chú"],
    });
    const { syncs } = await saveReadingChoices(host.run, noChoices());
    expect(syncs).toBe(3);
    expect(decodeChoices(host.values(MAP_SHEET))).toEqual(noChoices());
    expect(host.values(MAP_SHEET)).toHaveLength(1);
  });
});
