import { addMonths, formatDate, fromExcelSerial, fromJsDate, parseDateText, toExcelSerial } from "./dates";

describe("dates as clerks write them", () => {
  it("reads dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy and yyyy-mm-dd", () => {
    expect(parseDateText("18/12/2023")).toEqual({ year: 2023, month: 12, day: 18 });
    expect(parseDateText("3/2/2024")).toEqual({ year: 2024, month: 2, day: 3 });
    expect(parseDateText("19-05-2024")).toEqual({ year: 2024, month: 5, day: 19 });
    expect(parseDateText("2024-05-07")).toEqual({ year: 2024, month: 5, day: 7 });
  });

  it("reads a two-digit year as Excel does: 18/11/24 is 2024, a birth date 05/03/78 is 1978", () => {
    expect(parseDateText("18/11/24")).toEqual({ year: 2024, month: 11, day: 18 });
    expect(parseDateText("5-3-78")).toEqual({ year: 1978, month: 3, day: 5 });
    expect(parseDateText("01/01/29")?.year).toBe(2029);
    expect(parseDateText("01/01/30")?.year).toBe(1930);
    expect(parseDateText("31/02/24")).toBeNull();
    // Three digits are no year.
    expect(parseDateText("18/11/224")).toBeNull();
  });

  it("refuses dates that do not exist: 31/02 is not a date, 29/02 only in leap years", () => {
    expect(parseDateText("31/02/2024")).toBeNull();
    expect(parseDateText("29/02/2023")).toBeNull();
    expect(parseDateText("29/02/2024")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseDateText("12/13/2024")).toBeNull();
    expect(parseDateText("ngày 5 tháng 3")).toBeNull();
  });

  it("converts Excel serial numbers both ways (45292 is 01/01/2024)", () => {
    expect(fromExcelSerial(45292)).toEqual({ year: 2024, month: 1, day: 1 });
    expect(toExcelSerial({ year: 2024, month: 12, day: 22 })).toBe(45648);
    expect(fromExcelSerial(45648.75)).toEqual({ year: 2024, month: 12, day: 22 });
  });

  it("reads a JS date of a cell as its calendar day, even a few hours off UTC midnight", () => {
    expect(fromJsDate(new Date(Date.UTC(2024, 4, 19)))).toEqual({ year: 2024, month: 5, day: 19 });
    expect(fromJsDate(new Date(Date.UTC(2024, 4, 18, 17)))).toEqual({ year: 2024, month: 5, day: 19 });
  });

  it("writes dd/mm/yyyy and adds months without overflowing", () => {
    expect(formatDate({ year: 2024, month: 2, day: 3 })).toBe("03/02/2024");
    expect(addMonths({ year: 2024, month: 1, day: 31 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addMonths({ year: 2024, month: 11, day: 30 }, 3)).toEqual({ year: 2025, month: 2, day: 28 });
  });
});
