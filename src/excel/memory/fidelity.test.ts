/**
 * The in-memory host keeps Office.js's rules, so an adapter that breaks them fails here as it would
 * in Excel: a property read without load-and-sync throws, writes wait for sync, missing items fail
 * at sync, objects of a finished run are dead, a response over 5 MB is refused.
 */
import { resume } from "../host";
import { unitsSheet } from "../testBooks";
import { clearMarks, markFindings } from "../workbook";
import { readReference } from "./a1";
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

  it("refuses to delete a very hidden sheet until it is made hidden, as Excel does", async () => {
    const host = createMemoryHost([unitsSheet(), { name: "_tdkt_lists", values: [["Lao động tiên tiến"]] }]);
    await host.run(async (context) => {
      const lists = context.workbook.worksheets.getItem("_tdkt_lists");
      lists.visibility = "VeryHidden";
      await context.sync();
      lists.delete();
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
    await host.run(async (context) => {
      const lists = context.workbook.worksheets.getItem("_tdkt_lists");
      lists.visibility = "Hidden";
      lists.delete();
      await context.sync();
    });
    expect(host.allSheetNames()).toEqual(["Đơn vị"]);
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
      expect(() => context.workbook.worksheets.getItem("Khối thi đua")).not.toThrow();
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
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

  it("refuses the objects of a finished run, as Excel does, yet keeps what they loaded readable", async () => {
    const host = createMemoryHost([unitsSheet()]);
    const range = await host.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Đơn vị").getRange("B3").load("values");
      await context.sync();
      return cell;
    });
    const dead = expect.objectContaining({ code: "InvalidObjectPath" });

    expect(range.values).toEqual([["SP01"]]);
    expect(() => range.load("values")).toThrow(dead);
    expect(() => {
      range.values = [["SP09"]];
    }).toThrow(dead);
    expect(() => range.format.fill.clear()).toThrow(dead);
    await expect(range.context.sync()).rejects.toMatchObject({ code: "InvalidObjectPath" });
    expect(host.values("Đơn vị")[2][1]).toBe("SP01");
  });

  it("lets a later run on a finished run's context use its objects again, as Excel.run(context, …) does", async () => {
    const host = createMemoryHost([unitsSheet()]);
    const range = await host.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Đơn vị").getRange("B3");
      await context.sync();
      return cell;
    });
    await resume(host.run, range.context, async (context) => {
      range.values = [["SP09"]];
      await context.sync();
    });
    expect(host.values("Đơn vị")[2][1]).toBe("SP09");
    expect(() => range.load("values")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });

  it("refuses a response over Excel on the web's 5 MB, counting the bytes the values weigh", async () => {
    // 3,600 achievement summaries of 1,250 characters (1.5 KB in UTF-8): about 5.6 MB of JSON.
    const summary = "Hoàn thành xuất sắc nhiệm vụ được giao, tích cực tham gia phong trào thi đua. ".repeat(16);
    const rows = Array.from({ length: 3_600 }, (_, i) => [`Người thứ ${i + 1}`, summary]);
    const host = createMemoryHost([{ name: "Thành tích", values: rows }]);
    const read = (address: string) =>
      host.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Thành tích").getRange(address).load("values");
        await context.sync();
        return range.values.length;
      });

    await expect(read("A1:B3600")).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(await read("A1:B1800")).toBe(1_800);
    // A cell limit can be set instead, for a test that wants one.
    const tight = createMemoryHost([{ name: "Thành tích", values: rows }], { cellsPerSync: 100 });
    await expect(
      tight.run(async (context) => {
        context.workbook.worksheets.getItem("Thành tích").getRange("A1:B51").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("reads addresses as Excel does, with its own code", () => {
    expect(readReference("E12")).toEqual({ sheet: null, box: { top: 11, left: 4, bottom: 11, right: 4 } });
    expect(readReference("$B$3:$d$9")?.box).toEqual({ top: 2, left: 1, bottom: 8, right: 3 });
    expect(readReference("'Đề nghị khen thưởng'!E12")?.sheet).toBe("Đề nghị khen thưởng");
    expect(readReference("'Hồ sơ của ''Tả Van'''!A1")?.sheet).toBe("Hồ sơ của 'Tả Van'");
    expect(readReference("Sheet1!A:C")).toEqual({
      sheet: "Sheet1",
      box: { top: 0, left: 0, bottom: 1_048_575, right: 2 },
    });
    expect(readReference("3:5")?.box).toEqual({ top: 2, left: 0, bottom: 4, right: 16_383 });
    expect(readReference("XFD1048576")?.box).toEqual({
      top: 1_048_575,
      left: 16_383,
      bottom: 1_048_575,
      right: 16_383,
    });
    for (const wrong of ["A1:C", "A0", "XFE1", "A1048577", "B", "3", "A1:", "Đơn vị!A1", "A1:B2:C3"]) {
      expect([wrong, readReference(wrong)]).toEqual([wrong, null]);
    }
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
