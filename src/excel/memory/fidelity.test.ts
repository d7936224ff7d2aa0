/**
 * The in-memory host keeps Office.js's rules, so an adapter that breaks them fails here as it would
 * in Excel: a property read without load-and-sync throws, writes wait for sync, missing items fail
 * at sync.
 */
import { unitsSheet } from "../testBooks";
import { clearMarks, markFindings } from "../workbook";
import { createMemoryHost } from ".";

describe("the in-memory host keeps Excel's request rules", () => {
  it("throws PropertyNotLoaded for a property read without load, or before the sync", async () => {
    const host = createMemoryHost([unitsSheet()]);
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Đơn vị").getRange("B2:C3");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["Mã đơn vị", "Tên đơn vị"],
        ["SP01", "Phòng Văn hoá và Thông tin"],
      ]);
      expect(() => range.rowCount).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => range.format.fill.color).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("applies writes only at sync, and counts every sync", async () => {
    const host = createMemoryHost([unitsSheet()]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Đơn vị").getRange("B3").values = [["SP09"]];
      expect(host.values("Đơn vị")[2][1]).toBe("SP01");
      await context.sync();
      expect(host.values("Đơn vị")[2][1]).toBe("SP09");
    });
    expect(host.syncCount()).toBe(1);
  });

  it("fails getItem of a missing sheet at sync, not at the call; getItemOrNullObject gives a null object", async () => {
    const host = createMemoryHost([unitsSheet()]);
    await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItem("Khối thi đua");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      expect(missing).toBeDefined();
      const maybe = context.workbook.worksheets.getItemOrNullObject("khối thi đua");
      const units = context.workbook.worksheets.getItemOrNullObject("ĐƠN VỊ");
      expect(() => maybe.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(maybe.isNullObject).toBe(true);
      expect(units.isNullObject).toBe(false);
    });
  });

  it('reads empty cells as "" and dates as serial numbers, as Office.js does', async () => {
    const host = createMemoryHost([
      {
        name: "Nộp",
        values: [
          ["Ngày nộp", null],
          [new Date(Date.UTC(2024, 2, 15)), "x"],
        ],
      },
    ]);
    await host.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Nộp").getUsedRangeOrNullObject(true).load("values,address");
      await context.sync();
      expect(used.values).toEqual([
        ["Ngày nộp", ""],
        [45366, "x"],
      ]);
      expect(used.address).toBe("'Nộp'!A1:B2");
    });
  });

  it("rejects a values array that does not fit the range", async () => {
    const host = createMemoryHost([unitsSheet()]);
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Đơn vị").getRange("A1:B1").values = [["một"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("keeps a hatched fill's pattern and colours through mark and clear", async () => {
    const host = createMemoryHost([unitsSheet()]);
    await host.run(async (context) => {
      const fill = context.workbook.worksheets.getItem("Đơn vị").getRange("F4").format.fill;
      fill.color = "#DDEBF7";
      fill.pattern = "LightDown";
      fill.patternColor = "#1F4E78";
      await context.sync();
    });
    await markFindings(host.run, [{ sheet: "Đơn vị", cell: "F4", note: "Số người phải là số nguyên" }]);
    await clearMarks(host.run);
    await host.run(async (context) => {
      const fill = context.workbook.worksheets
        .getItem("Đơn vị")
        .getRange("F4")
        .format.fill.load("color,pattern,patternColor");
      await context.sync();
      expect([fill.color, fill.pattern, fill.patternColor]).toEqual(["#DDEBF7", "LightDown", "#1F4E78"]);
    });
  });
});
