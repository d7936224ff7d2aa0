import type { CellValue } from "../domain/model";
import { NOMINATIONS_SHEET, TARGETS_SHEET, UNITS_SHEET } from "./contract";
import { isColumnNumberRow, matchColumns, readHeader, similarColumn, type HeaderCell } from "./headers";

const cells = (...headers: string[]): HeaderCell[] => headers.map((header, index) => ({ index, header, at: 0 }));
const fields = (headers: string[]) =>
  Object.fromEntries(
    Object.entries(matchColumns(NOMINATIONS_SHEET, cells(...headers)).columns).map(([k, c]) => [
      c.header,
      `${k}/${c.how}`,
    ]),
  );

describe("headers a clerk writes, read by their words", () => {
  test("the contract's header, an alias, the same words in another order, and a header holding a field's words", () => {
    expect(
      fields(["STT", "Họ tên", "Xếp loại, đánh giá", "Đánh giá, xếp loại", "Danh hiệu thi đua đề nghị", "Mã ĐV (*)"]),
    ).toEqual({
      STT: "seq/exact",
      "Họ tên": "name/alias",
      "Xếp loại, đánh giá": "rating/alias",
      "Danh hiệu thi đua đề nghị": "award/words",
      "Mã ĐV (*)": "unit/alias",
    });
  });

  test("“Đánh giá, xếp loại” is Xếp loại, and “Danh hiệu đề nghị” is Hình thức", () => {
    expect(fields(["Đánh giá, xếp loại", "Danh hiệu đề nghị", "Ngày đề nghị"])).toEqual({
      "Đánh giá, xếp loại": "rating/words",
      "Danh hiệu đề nghị": "award/words",
      "Ngày đề nghị": "proposedOn/exact",
    });
  });

  test("a one-word name only matches whole: “Tên đơn vị” is not the nominee's name", () => {
    expect(fields(["Tên đơn vị", "Đơn vị công tác"])).toEqual({});
  });

  test("of two fields a header holds, the closer one takes it: “Số thành viên đạt LĐTT” is Số LĐTT", () => {
    expect(fields(["Số thành viên đạt LĐTT"])).toEqual({ "Số thành viên đạt LĐTT": "advancedWorkerCount/words" });
  });

  test("the same header twice is a duplicate, and the second is not read as another field", () => {
    const m = matchColumns(UNITS_SHEET, cells("Mã đơn vị", "Tên đơn vị", "Mã đơn vị", "Loại đơn vị"));
    expect(m.columns.code.index).toBe(0);
    expect(m.duplicates).toEqual([{ key: "code", cell: { index: 2, header: "Mã đơn vị", at: 0 } }]);
    expect(m.extras).toEqual([]);
  });

  test("the clerk's choice of a column comes first; a choice whose column is gone is said to be stale", () => {
    const m = matchColumns(NOMINATIONS_SHEET, cells("Họ và tên", "Nội dung khen thưởng", "Hình thức"), {
      award: { header: "Nội dung khen thưởng", column: "B" },
      rating: { header: "Đánh giá", column: "D" },
    });
    expect(m.columns.award).toMatchObject({ index: 1, how: "chosen" });
    expect(m.extras.map((c) => c.header)).toEqual(["Hình thức"]);
    expect(m.staleChoices).toEqual(["rating"]);
  });

  test("a missing field names the unused column most like it", () => {
    const extras = cells("Ghi chú", "Đơn vị công tác");
    expect(similarColumn(NOMINATIONS_SHEET.columns[4], extras)?.header).toBe("Đơn vị công tác");
    expect(similarColumn(NOMINATIONS_SHEET.columns[4], cells("Ghi chú"))).toBeNull();
  });
});

describe("finding the header row", () => {
  const banner: CellValue[][] = [
    ["UBND PHƯỜNG ĐÔNG HƯNG", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2026"],
  ];

  test("a merged group title above sub-headers: two header rows read as one (Excel gives the title once)", () => {
    const values: CellValue[][] = [
      ...banner,
      ["STT", "Họ và tên", "Đối tượng", "Đơn vị", null, "Danh hiệu đề nghị"],
      [null, null, null, "Mã đơn vị", "Tên đơn vị", null],
      [1, "Trần Thị Lan", "Cá nhân", "MN-DH", "Trường Mầm non", "LĐTT"],
    ];
    const { header } = readHeader(NOMINATIONS_SHEET, values);
    expect(header).toMatchObject({ top: 2, bottom: 3 });
    expect(header?.columns.unit).toMatchObject({ index: 3, header: "Mã đơn vị", at: 3 });
    expect(header?.extras.map((c) => c.header)).toEqual(["Tên đơn vị"]);
  });

  test("the same, read by a tool that repeats merged text in every covered cell", () => {
    const values: CellValue[][] = [
      ["STT", "Họ và tên", "Đối tượng", "Đơn vị", "Đơn vị", "Danh hiệu đề nghị"],
      ["STT", "Họ và tên", "Đối tượng", "Mã đơn vị", "Tên đơn vị", "Danh hiệu đề nghị"],
    ];
    const { header } = readHeader(NOMINATIONS_SHEET, values);
    expect(header).toMatchObject({ top: 0, bottom: 1 });
    expect(header?.columns.seq).toMatchObject({ at: 0 });
    expect(header?.columns.unit).toMatchObject({ index: 3, at: 1 });
  });

  test("a title row above a whole header is no group row, and a data row under the header is no sub-header", () => {
    const values: CellValue[][] = [
      ["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức"],
      ["1", "Cá nhân", "Giàng Thị Sùng", "X-TAVAN", "Lao động tiên tiến"],
    ];
    expect(readHeader(NOMINATIONS_SHEET, [["DANH SÁCH"], ...values]).header).toMatchObject({ top: 1, bottom: 1 });
    expect(readHeader(NOMINATIONS_SHEET, values).header).toMatchObject({ top: 0, bottom: 0 });
  });

  test("a header below the rows searched is not taken, but where it seems to be is said", () => {
    const values: CellValue[][] = [
      ["BẢNG ĐĂNG KÝ CHỈ TIÊU"],
      ...Array.from({ length: 19 }, () => []),
      ["Mã đơn vị", "Chỉ tiêu", "Giao", "Đăng ký"],
    ];
    expect(readHeader(TARGETS_SHEET, values)).toEqual({ header: null, beyond: 20 });
  });

  test("the column-number row: (1) (2) (3), 1 2 3, A B C — not numbers out of order or a row of data", () => {
    expect(isColumnNumberRow(["(1)", "(2)", "(3)", "(4)"])).toBe(true);
    expect(isColumnNumberRow([1, 2, 3, 4, 5])).toBe(true);
    expect(isColumnNumberRow(["A", "B", "C", null, "D"])).toBe(true);
    expect(isColumnNumberRow(["(1)", "(2)", "(4)=(2)+(3)"])).toBe(true);
    expect(isColumnNumberRow([3, 1, 2])).toBe(false);
    expect(isColumnNumberRow([1, "Cá nhân", "Giàng Thị Sùng"])).toBe(false);
    expect(isColumnNumberRow([1, 2])).toBe(false);
  });
});
