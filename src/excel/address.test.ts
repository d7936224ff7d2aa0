import fc from "fast-check";
import { boxAddress, cellAddress, columnIndex, MAX_COLUMNS, MAX_ROWS, parseAddress } from "./address";
import { readReference } from "./memory/a1";

describe("the adapter's A1 addresses", () => {
  test("names the cell of a finding as the clerk sees it", () => {
    expect(cellAddress(46, 4)).toBe("E47");
    expect(cellAddress(0, 26)).toBe("AA1");
    expect(cellAddress(MAX_ROWS - 1, MAX_COLUMNS - 1)).toBe("XFD1048576");
    expect(boxAddress({ top: 1, left: 0, bottom: 5000, right: 20 })).toBe("A2:U5001");
    expect(boxAddress({ top: 2, left: 2, bottom: 2, right: 2 })).toBe("C3");
  });

  test("reads column letters in either case", () => {
    expect([columnIndex("A"), columnIndex("z"), columnIndex("AA"), columnIndex("xfd")]).toEqual([0, 25, 26, 16_383]);
  });

  test("reads a cell, a range, whole columns and rows, with $ and a quoted sheet", () => {
    expect(parseAddress("e47")).toEqual({ sheet: null, top: 46, left: 4, bottom: 46, right: 4 });
    expect(parseAddress("$D$9:B3")).toEqual({ sheet: null, top: 2, left: 1, bottom: 8, right: 3 });
    expect(parseAddress("'Đề nghị khen thưởng'!E12")).toMatchObject({ sheet: "Đề nghị khen thưởng", top: 11 });
    expect(parseAddress("'Lịch sử ''cũ'''!A1")?.sheet).toBe("Lịch sử 'cũ'");
    expect(parseAddress("Nop!A:C")).toEqual({ sheet: "Nop", top: 0, left: 0, bottom: MAX_ROWS - 1, right: 2 });
    expect(parseAddress("2:5")).toEqual({ sheet: null, top: 1, left: 0, bottom: 4, right: MAX_COLUMNS - 1 });
  });

  test("refuses what is not one address, so a finding's cell is never guessed", () => {
    for (const wrong of ["", "A1:C", "A0", "XFE1", "A1048577", "A1:B2:C3", "1A", "A-1"]) {
      expect([wrong, parseAddress(wrong)]).toEqual([wrong, null]);
    }
  });

  test("agrees with the in-memory host's own reading of every address it writes", () => {
    const box = fc
      .record({
        top: fc.integer({ min: 0, max: MAX_ROWS - 1 }),
        left: fc.integer({ min: 0, max: MAX_COLUMNS - 1 }),
        height: fc.integer({ min: 0, max: 5000 }),
        width: fc.integer({ min: 0, max: 30 }),
      })
      .map(({ top, left, height, width }) => ({
        top,
        left,
        bottom: Math.min(MAX_ROWS - 1, top + height),
        right: Math.min(MAX_COLUMNS - 1, left + width),
      }));
    fc.assert(
      fc.property(box, (b) => {
        const address = boxAddress(b);
        expect(parseAddress(address)).toEqual({ sheet: null, ...b });
        expect(readReference(address)).toEqual({ sheet: null, box: b });
      }),
    );
  });
});
