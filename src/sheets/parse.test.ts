import { parseBook, parseTable } from "./parse";
import { NOMINATIONS_SHEET, UNITS_SHEET } from "./contract";

const banner = [
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["Độc lập - Tự do - Hạnh phúc"],
  [],
  ["DANH SÁCH ĐƠN VỊ THUỘC THỊ XÃ SA PA"],
];

describe("reading the units sheet as clerks keep it", () => {
  it("finds the header row below banner rows, by aliases, in any column order", () => {
    const values = [
      ...banner,
      ["Tên", "Mã ĐV", "Loại", "Vùng cao, vùng khó khăn", "Ghi chú riêng"],
      ["UBND xã Tả Van", "X-TAVAN", "Xã, phường", "x", "Đã cập nhật"],
      ["Phòng Nội vụ", "PNV", "Cơ quan chuyên môn", "", null],
    ];
    const t = parseTable(UNITS_SHEET, { name: "DON VI", values });
    expect(t.findings).toEqual([]);
    expect(t.layout.headerRow).toBe(5);
    expect(t.records).toHaveLength(2);
    expect(t.records[0]).toMatchObject({
      row: 6,
      code: "X-TAVAN",
      name: "UBND xã Tả Van",
      type: "communeWard",
      difficultArea: true,
    });
    expect(t.records[1]).toMatchObject({ row: 7, code: "PNV", type: "agency", difficultArea: false });
    expect(t.records[0].extra).toEqual({ "Ghi chú riêng": "Đã cập nhật" });
  });

  it("skips fully empty rows inside the data but keeps the Excel row numbers", () => {
    const values = [
      ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
      ["PNV", "Phòng Nội vụ", "Cơ quan chuyên môn"],
      [null, "", "  "],
      ["P-SAPA", "UBND phường Sa Pa", "Xã, phường"],
    ];
    const t = parseTable(UNITS_SHEET, { name: "Đơn vị", values });
    expect(t.records.map((r) => r.row)).toEqual([2, 4]);
    expect(t.layout.lastRow).toBe(4);
  });

  it("counts rows from where the used range starts", () => {
    const values = [
      ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
      ["PNV", "Phòng Nội vụ", "Cơ quan chuyên môn"],
    ];
    const t = parseTable(UNITS_SHEET, { name: "Đơn vị", values, rowOffset: 2, colOffset: 1 });
    expect(t.layout.headerRow).toBe(3);
    expect(t.layout.columns.code.index).toBe(1);
    expect(t.records[0].row).toBe(4);
  });

  it("reports a missing required header, naming the aliases it tried", () => {
    const values = [
      ["Mã đơn vị", "Tên đơn vị"],
      ["PNV", "Phòng Nội vụ"],
    ];
    const t = parseTable(UNITS_SHEET, { name: "Đơn vị", values });
    expect(t.findings).toEqual([
      expect.objectContaining({
        code: "MISSING_COLUMN",
        sheet: "Đơn vị",
        row: 1,
        column: "Loại đơn vị",
        params: { header: "Loại đơn vị", aliases: "Loại" },
      }),
    ]);
  });

  it("reports every required header when no header row is found in the first 15 rows", () => {
    const values = Array.from({ length: 20 }, () => ["ghi chép"]);
    const t = parseTable(UNITS_SHEET, { name: "Đơn vị", values });
    expect(t.findings.map((f) => f.column)).toEqual(["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"]);
    expect(t.records).toEqual([]);
  });
});

describe("reading cells of the nominations sheet", () => {
  const header = ["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức", "Ngày đề nghị", "Nữ", "Số thành viên"];
  const parse = (row: unknown[]) => parseTable(NOMINATIONS_SHEET, { name: "Đề nghị", values: [header, row as never] });

  it("reads dates as Excel serials, JS dates and text", () => {
    expect(parse([1, "Cá nhân", "Giàng A Sử", "X-TAVAN", "LĐTT", 45616, "", ""]).records[0].proposedOn).toEqual({
      year: 2024,
      month: 11,
      day: 20,
    });
    expect(
      parse([1, "Cá nhân", "Giàng A Sử", "X-TAVAN", "LĐTT", new Date(Date.UTC(2024, 10, 20)), "", ""]).records[0]
        .proposedOn,
    ).toEqual({ year: 2024, month: 11, day: 20 });
    expect(parse([1, "Cá nhân", "Giàng A Sử", "X-TAVAN", "LĐTT", "20/11/2024", "", ""]).records[0].proposedOn).toEqual({
      year: 2024,
      month: 11,
      day: 20,
    });
  });

  it("flags 31/02/2024 in a date column with the row and header, and keeps going", () => {
    const t = parse([1, "Cá nhân", "Giàng A Sử", "X-TAVAN", "LĐTT", "31/02/2024", "", ""]);
    expect(t.findings).toEqual([
      expect.objectContaining({
        code: "INVALID_DATE",
        row: 2,
        column: "Ngày đề nghị",
        params: { value: "31/02/2024" },
      }),
    ]);
    expect(t.records[0].proposedOn).toBeNull();
  });

  it("flags a broken date object in a text or date column instead of throwing", () => {
    const broken = new Date(Number.NaN);
    const t = parse([1, "Cá nhân", broken, "X-TAVAN", "LĐTT", broken, "", ""]);
    expect(t.findings.map((f) => [f.code, f.column])).toEqual([
      ["INVALID_VALUE", "Họ và tên"],
      ["INVALID_DATE", "Ngày đề nghị"],
    ]);
    expect(t.records[0].proposedOn).toBeNull();
  });

  it("flags a value outside the allowed list, naming the allowed values", () => {
    const t = parse([1, "Nhóm", "Tổ Y tế", "X-TAVAN", "LĐTT", "", "", ""]);
    expect(t.findings[0]).toMatchObject({ code: "INVALID_VALUE", column: "Đối tượng", params: { value: "Nhóm" } });
    expect(t.findings[0]).toMatchObject({ params: { allowed: expect.stringContaining("Cá nhân") } });
  });

  it("reads yes/no the ways clerks write them", () => {
    for (const yes of ["Có", "x", "X", "✓", "1", "yes", "TRUE", true, 1])
      expect(parse([1, "Cá nhân", "A", "B", "C", "", yes, ""]).records[0].female).toBe(true);
    for (const no of ["", "Không", "0", "no", "false", false, 0, null])
      expect(parse([1, "Cá nhân", "A", "B", "C", "", no, ""]).records[0].female).toBe(false);
    expect(parse([1, "Cá nhân", "A", "B", "C", "", "có lẽ", ""]).findings[0].code).toBe("INVALID_VALUE");
  });

  it("reads numbers written with a decimal comma, and flags words in a number column", () => {
    expect(parse([1, "Tập thể", "Tổ", "B", "C", "", "", "20"]).records[0].memberCount).toBe(20);
    expect(parse([1, "Tập thể", "Tổ", "B", "C", "", "", "hai mươi"]).findings[0]).toMatchObject({
      code: "INVALID_NUMBER",
      column: "Số thành viên",
    });
    expect(parse([1, "Tập thể", "Tổ", "B", "C", "", "", 20.5]).findings[0]).toMatchObject({ code: "INVALID_NUMBER" });
  });

  it("flags an empty required cell", () => {
    const t = parse([1, "Cá nhân", "", "X-TAVAN", "LĐTT", "", "", ""]);
    expect(t.findings).toEqual([expect.objectContaining({ code: "REQUIRED_MISSING", row: 2, column: "Họ và tên" })]);
  });
});

describe("reading a whole book", () => {
  it("a book without the units sheet gets MISSING_SHEET naming the aliases", () => {
    const p = parseBook([{ name: "Sheet1", values: [["a"]] }]);
    expect(p.findings).toEqual([
      expect.objectContaining({ code: "MISSING_SHEET", severity: "error", sheet: "Đơn vị", row: null }),
    ]);
  });

  it("finds sheets by name without diacritics or case, and the plan's year and level", () => {
    const p = parseBook([
      { name: "DON VI", values: [["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"]] },
      {
        name: "ke hoach",
        values: [
          ["Mục", "Giá trị"],
          ["Năm", 2024],
          ["Cấp", "Thị xã"],
          ["Ngày ban hành", "25/01/2024"],
          ["Người soạn", "CV Hùng"],
        ],
      },
    ]);
    expect(p.findings).toEqual([]);
    expect(p.book.plan).toMatchObject({ year: 2024, level: "district", issuedOn: { year: 2024, month: 1, day: 25 } });
    expect(p.book.plan?.extraItems).toEqual([{ key: "Người soạn", value: "CV Hùng", row: 5 }]);
    expect(p.book.nominations).toBeNull();
    expect(p.book.units).toEqual([]);
  });

  it("finds a sheet whose name carries the year, but not one that merely starts alike", () => {
    const units = [
      ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
      ["X-TAVAN", "UBND xã Tả Van", "UBND xã"],
    ];
    const p = parseBook([
      { name: "Đơn vị 2024", values: units },
      { name: "Đề nghị khen thưởng bổ sung", values: [["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức"]] },
    ]);
    expect(p.findings).toEqual([]);
    expect(p.book.units[0]).toMatchObject({ code: "X-TAVAN", type: "communeWard" });
    expect(p.book.nominations).toBeNull();
  });

  it("a plan without its year is flagged", () => {
    const p = parseBook([
      { name: "Đơn vị", values: [["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"]] },
      {
        name: "Kế hoạch",
        values: [
          ["Mục", "Giá trị"],
          ["Năm", ""],
          ["Cấp", "Huyện"],
        ],
      },
    ]);
    expect(p.findings).toEqual([expect.objectContaining({ code: "REQUIRED_MISSING", sheet: "Kế hoạch", row: 2 })]);
  });
});

describe("a required column headed in the clerk's own words", () => {
  it("“Cá nhân/Tập thể” is read as Đối tượng", () => {
    const values = [
      ["STT", "Họ và tên", "Cá nhân/Tập thể", "Mã ĐV", "Hình thức"],
      [1, "Giàng Thị Sùng", "Cá nhân", "X-TAVAN", "Lao động tiên tiến"],
    ];
    const t = parseTable(NOMINATIONS_SHEET, { name: "Đề nghị khen thưởng", values });
    expect(t.findings.filter((f) => f.code === "MISSING_COLUMN")).toEqual([]);
  });

  it("a column with no word of the field, holding its values, is named: “có phải cột …?”", () => {
    const values = [
      ["STT", "Họ và tên", "Khen cho", "Mã ĐV", "Hình thức"],
      [1, "Giàng Thị Sùng", "Cá nhân", "X-TAVAN", "Lao động tiên tiến"],
      [2, "UBND xã Tả Van", "Tập thể", "X-TAVAN", "Tập thể lao động tiên tiến"],
      [3, "Lý Thị Hoà", "Cá nhân", "X-TAVAN", "Lao động tiên tiến"],
    ];
    const t = parseTable(NOMINATIONS_SHEET, { name: "Đề nghị khen thưởng", values });
    expect(t.findings.filter((f) => f.code === "MISSING_COLUMN")).toEqual([
      expect.objectContaining({
        column: "Đối tượng",
        params: expect.objectContaining({ similar: { header: "Khen cho", cell: "C1" } }),
      }),
    ]);
  });

  it("a column of names is not offered for Đối tượng", () => {
    const values = [
      ["STT", "Người được khen", "Mã ĐV", "Hình thức"],
      [1, "Giàng Thị Sùng", "X-TAVAN", "Lao động tiên tiến"],
      [2, "Lý Thị Hoà", "X-TAVAN", "Lao động tiên tiến"],
    ];
    const t = parseTable(NOMINATIONS_SHEET, { name: "Đề nghị khen thưởng", values });
    const subject = t.findings.find((f) => f.code === "MISSING_COLUMN" && f.column === "Đối tượng");
    expect(subject?.params).not.toHaveProperty("similar");
  });
});

describe("rows parsed before (the live check hands the parser the same row arrays after an edit)", () => {
  const header = ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"];
  const taVan = ["X-TAVAN", "UBND xã Tả Van", "Xã, phường"];
  const noiVu = ["PNV", "Phòng Nội vụ", "Cơ quan chuyên môn"];

  it("a row kept as it was gives the same record, and a row typed anew is read again", () => {
    const first = parseTable(UNITS_SHEET, { name: "Đơn vị", values: [header, taVan, noiVu] });
    const edited = ["PNV", "Phòng Nội vụ thị xã Sa Pa", "Cơ quan chuyên môn"];
    const again = parseTable(UNITS_SHEET, { name: "Đơn vị", values: [header, taVan, edited] });
    expect(again.records[0]).toBe(first.records[0]);
    expect(again.records[1]).toMatchObject({ code: "PNV", name: "Phòng Nội vụ thị xã Sa Pa" });
  });

  it("the same row arrays under another header, at another row or on another sheet are read again", () => {
    parseTable(UNITS_SHEET, { name: "Đơn vị", values: [header, taVan, noiVu] });
    // The clerk swapped the first two headers: the cells now mean the other field.
    const swapped = parseTable(UNITS_SHEET, {
      name: "Đơn vị",
      values: [["Tên đơn vị", "Mã đơn vị", "Loại đơn vị"], taVan, noiVu],
    });
    expect(swapped.records[0]).toMatchObject({ code: "UBND xã Tả Van", name: "X-TAVAN" });
    // A row inserted above: the same cells are row 4 now.
    const moved = parseTable(UNITS_SHEET, { name: "Đơn vị", values: [header, [], taVan, noiVu] });
    expect(moved.records.map((r) => r.row)).toEqual([3, 4]);
    const elsewhere = parseTable(UNITS_SHEET, { name: "DON VI 2025", values: [header, taVan, noiVu] });
    expect(elsewhere.layout.name).toBe("DON VI 2025");
    expect(parseBook([{ name: "DON VI 2025", values: [header, taVan, noiVu] }]).book.units).toHaveLength(2);
  });

  it("a row with an unreadable cell says so again each time it is parsed", () => {
    const bad = ["X-BANKHOANG", "UBND xã Bản Khoang", "Xã, phường", "nhiều"];
    const values = [[...header, "Số người"], bad];
    const first = parseTable(UNITS_SHEET, { name: "Đơn vị", values });
    const again = parseTable(UNITS_SHEET, { name: "Đơn vị", values: [values[0], bad] });
    expect(first.findings.map((f) => f.code)).toContain("INVALID_NUMBER");
    expect(again.findings).toEqual(first.findings);
    // The sheet renamed: the finding names it as it is now.
    const renamed = parseTable(UNITS_SHEET, { name: "DON VI 2025", values });
    expect(renamed.findings.map((f) => f.sheet)).toEqual(first.findings.map(() => "DON VI 2025"));
  });
});
