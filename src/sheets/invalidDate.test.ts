import { checkWorkbook } from "./checkWorkbook";

describe("a cell holding an invalid date (a broken date cell)", () => {
  it("is reported as an unreadable value in a text column, never a crash", () => {
    const { findings } = checkWorkbook(
      [
        {
          name: "Đơn vị",
          values: [
            ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
            ["X-TAVAN", "UBND xã Tả Van", "Xã"],
          ],
        },
        {
          name: "Khối thi đua",
          values: [
            ["Mã khối", "Tên khối"],
            ["K6", new Date(NaN)],
          ],
        },
      ],
      { year: 2024, month: 12, day: 1 },
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ code: "INVALID_VALUE", sheet: "Khối thi đua", row: 2, column: "Tên khối" }),
    );
  });
});
