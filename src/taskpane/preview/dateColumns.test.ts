import { dateColumns, serialAsDate } from "./dateColumns";

describe("date columns of the preview grid", () => {
  it("are found the way the parser finds headers: below a banner, by alias, in a sheet named loosely", () => {
    const values = [
      ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"],
      ["STT", "Đối tượng", "Họ tên", "Mã ĐV", "Danh hiệu", "Ngày tuyển dụng", "Ghi chú", "Ngày đề nghị"],
      [1, "Cá nhân", "Giàng Thị Sùng", "X-TAVAN", "LĐTT", 43525, "", 45616],
    ];
    expect([...dateColumns("de nghi", values)].sort()).toEqual([5, 7]);
  });

  it("a sheet the contract does not know, or without date columns, has none", () => {
    expect(dateColumns("Ghi chép", [["Ngày đề nghị"]]).size).toBe(0);
    expect(dateColumns("Đơn vị", [["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"]]).size).toBe(0);
  });

  it("shows a serial as dd/mm/yyyy", () => {
    expect(serialAsDate(45616)).toBe("20/11/2024");
    expect(serialAsDate(12)).toBeNull();
  });
});
