/**
 * @jest-environment node
 *
 * One "today" for the pane, set-up and the command line: the clerk's calendar day where the computer
 * is (the pane: today.pane.test.tsx), under Vietnam's time zone and under Los Angeles's, and across the night of 30/06 → 01/07/2025
 * when the two-level rules came into force.
 */
import { systemIo } from "../src/cli/main";
import { localToday } from "../src/domain/today";
import { createMemoryHost } from "../src/excel/memory";
import { contractWorkbook } from "../src/files/writeBookXlsx";
import { LISTS_SHEET, setupBook } from "../src/excel/workbook";
import { at, day, restoreClock } from "./support/clock";

afterEach(restoreClock);

describe("the clerk's day, where the clerk is", () => {
  test.each([
    // Sa Pa (UTC+7): the evening and the small hours belong to the local day, not the UTC one.
    ["Asia/Ho_Chi_Minh", "2024-06-15T12:30:00Z", "15/6/2024"], // 19:30 in Sa Pa: still the 15th
    ["Asia/Ho_Chi_Minh", "2024-06-14T18:00:00Z", "15/6/2024"], // 01:00 on the 15th in Sa Pa
    ["Asia/Ho_Chi_Minh", "2025-06-30T16:59:00Z", "30/6/2025"], // 23:59 on 30/06
    ["Asia/Ho_Chi_Minh", "2025-06-30T17:00:00Z", "1/7/2025"], // midnight: 01/07
    // A clerk's laptop set to Los Angeles (UTC−7 in summer).
    ["America/Los_Angeles", "2025-07-01T06:59:00Z", "30/6/2025"],
    ["America/Los_Angeles", "2025-07-01T07:00:00Z", "1/7/2025"],
  ])("in %s at %s it is %s", (zone, utc, expected) => {
    at(zone, utc);
    expect(day(localToday())).toBe(expected);
    // The command line's default --today is the same day.
    expect(day(systemIo.today())).toBe(expected);
  });
});

describe("set-up picks the rules of the clerk's day at the 2025 reform", () => {
  async function awardsOffered(zone: string, utc: string): Promise<string[]> {
    at(zone, utc);
    // A book with units only: no plan, so the day decides the level and the rules.
    const host = createMemoryHost([
      {
        name: "Đơn vị",
        values: [
          ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
          ["P-SAPA", "UBND phường Sa Pa", "Xã, phường"],
        ],
      },
    ]);
    await setupBook(host.run, "vi");
    return host.values(LISTS_SHEET).map((row) => String(row[0]));
  }

  /** The award names the .xlsx writer (templates, the sample) puts in its drop-down list. */
  function awardsWritten(zone: string, utc: string): string[] {
    at(zone, utc);
    const units = [
      ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
      ["P-SAPA", "UBND phường Sa Pa", "Xã, phường"],
    ];
    const wb = contractWorkbook([{ key: "units", name: "Đơn vị", values: units }]);
    const lists = wb.getWorksheet(LISTS_SHEET);
    return (lists?.getColumn(1).values ?? []).map(String);
  }

  test("the .xlsx writer offers the same rules as set-up across the night of 30/06/2025 in Sa Pa", () => {
    expect(awardsWritten("Asia/Ho_Chi_Minh", "2025-06-30T16:30:00Z")).toContain("Giấy khen của Chủ tịch UBND thị xã");
    expect(awardsWritten("Asia/Ho_Chi_Minh", "2025-06-30T17:30:00Z")).toContain(
      "Giấy khen của Chủ tịch UBND xã, phường",
    );
  });

  test.each(["Asia/Ho_Chi_Minh", "America/Los_Angeles"])(
    "in %s, 23:30 on 30/06/2025 offers the town's Giấy khen; 00:30 on 01/07/2025 the commune's",
    async (zone) => {
      const offset = zone === "Asia/Ho_Chi_Minh" ? -7 : 7;
      const utc = (d: number, h: number, m: number) => new Date(Date.UTC(2025, 5, d, h + offset, m)).toISOString();
      const before = await awardsOffered(zone, utc(30, 23, 30));
      expect(before).toContain("Giấy khen của Chủ tịch UBND thị xã");
      expect(before).not.toContain("Giấy khen của Chủ tịch UBND xã, phường");
      const after = await awardsOffered(zone, utc(31, 0, 30));
      expect(after).toContain("Giấy khen của Chủ tịch UBND xã, phường");
      expect(after).not.toContain("Giấy khen của Chủ tịch UBND thị xã");
    },
  );
});
