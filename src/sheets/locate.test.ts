import { checkWorkbook } from "./checkWorkbook";
import { locatorFor } from "./locate";
import { parseBook } from "./parse";

const TODAY = { year: 2024, month: 12, day: 10 };

/** A clerk's book: sheets renamed with the year, headers by alias, columns in their own order. */
const UNITS = {
  name: "DON VI 2024",
  values: [
    ["DANH SÁCH ĐƠN VỊ"],
    ["Tên", "Mã ĐV", "Loại", "Khối"],
    ["UBND xã Tả Van", "X-TAVAN", "Xã, phường", "K1"],
    ["UBND phường Sa Pa", "P-SAPA", "Xã, phường", "K9"],
  ],
};
const BLOCKS = {
  name: "Khối thi đua",
  values: [
    ["Mã khối", "Tên khối"],
    ["K1", "Khối các xã vùng cao"],
  ],
};

describe("where a finding points", () => {
  it("a rule's finding names the sheet and header as the clerk wrote them, and the cell", () => {
    const { findings } = checkWorkbook([UNITS, BLOCKS], TODAY);
    const block = findings.find((f) => f.code === "UNKNOWN_BLOCK");
    expect(block).toMatchObject({ sheet: "DON VI 2024", row: 4, column: "Khối", cell: "D4", ref: "K9" });
  });

  it("for a sheet or column the book lacks, the contract's names and no cell", () => {
    const at = locatorFor(parseBook([UNITS]).layouts);
    expect(at("units", 3, "headcount")).toEqual({ sheet: "DON VI 2024", row: 3, column: "Số người", cell: null });
    expect(at("nominations", 5, "award")).toEqual({
      sheet: "Đề nghị khen thưởng",
      row: 5,
      column: "Hình thức",
      cell: null,
    });
    expect(at("units", null)).toEqual({ sheet: "DON VI 2024", row: null, column: null, cell: null });
    // A record made in code (row 0) has no row and so no cell.
    expect(at("units", 0, "code")).toEqual({ sheet: "DON VI 2024", row: null, column: "Mã ĐV", cell: null });
  });

  it("the parser points at the cell it read, in a used range that starts away from A1", () => {
    const values = [
      ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
      ["X-TAVAN", "UBND xã Tả Van", "Nhóm"],
    ];
    const { findings } = parseBook([{ name: "Đơn vị", values, rowOffset: 2, colOffset: 1 }]);
    expect(findings).toEqual([
      expect.objectContaining({ code: "INVALID_VALUE", sheet: "Đơn vị", row: 4, column: "Loại đơn vị", cell: "D4" }),
    ]);
  });
});
