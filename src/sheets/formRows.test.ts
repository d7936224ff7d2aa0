import type { CellValue } from "../domain/model";
import { planRows, type TableShape } from "./formRows";

// A nominations list: STT, Họ và tên, Đối tượng, Mã đơn vị, Hình thức; each row must fill columns 1–4.
const SHAPE: TableShape = {
  required: [1, 2, 3, 4],
  headers: new Map([
    [0, "stt"],
    [1, "họ và tên"],
    [2, "đối tượng"],
    [3, "mã đơn vị"],
    [4, "hình thức"],
  ]),
  left: [0, 1],
};

const row = (n: number, name: string, unit = "X-TAVAN", award = "Lao động tiên tiến"): CellValue[] => [
  n,
  name,
  "Cá nhân",
  unit,
  award,
];

/** Excel rows (header on row 1, so index i is row i + 1) by part. */
function plan(values: CellValue[][]) {
  const p = planRows(values, 1, SHAPE);
  const rows = (list: number[]) => list.map((i) => i + 1);
  return {
    data: rows(p.data),
    ...Object.fromEntries(
      Object.entries(p.skipped)
        .filter(([, v]) => v.length)
        .map(([k, v]) => [k, rows(v)]),
    ),
  };
}

describe("the parts of an official list that are not data", () => {
  test("column numbers, section rows, a totals row and the signature block are skipped; the rows of data are kept", () => {
    const values: CellValue[][] = [
      ["STT", "Họ và tên", "Đối tượng", "Mã đơn vị", "Hình thức"],
      ["(1)", "(2)", "(3)", "(4)", "(5)"],
      ["A. DANH HIỆU THI ĐUA"],
      ["I", "Lao động tiên tiến (2 cá nhân)"],
      row(1, "Giàng Thị Sùng"),
      row(2, "Lý Thị Hoà"),
      ["II.", "Chiến sĩ thi đua cơ sở"],
      row(3, "Lý Thị Hoà", "X-TAVAN", "Chiến sĩ thi đua cơ sở"),
      ["Tổng cộng: 3"],
      [],
      [null, "Sa Pa, ngày 10 tháng 12 năm 2024"],
      [null, "NGƯỜI LẬP BIỂU", null, null, "CHỦ TỊCH"],
      [],
      [null, "Vàng A Chu", null, null, "Hoàng Văn Quả"],
    ];
    expect(plan(values)).toEqual({
      data: [5, 6, 8],
      columnNumbers: [2],
      sections: [3, 4, 7],
      totals: [9],
      signature: [11, 12, 14],
    });
  });

  test("a signature right under the totals, with no empty row between, is still no data", () => {
    const values: CellValue[][] = [
      [],
      row(1, "Giàng Thị Sùng"),
      ["Cộng"],
      [null, "Người lập biểu", null, null, "Thủ trưởng đơn vị"],
    ];
    expect(plan(values)).toEqual({ data: [2], totals: [3], signature: [4] });
  });

  test("an Excel Table's totals row without its label: numbers alone below the data", () => {
    const values: CellValue[][] = [[], row(1, "Giàng Thị Sùng"), row(2, "Lý Thị Hoà"), [2, null, null, null, null]];
    expect(plan(values)).toEqual({ data: [2, 3], totals: [4] });
  });

  test("when in doubt it is data: a row with most of its cells, or a broken row among the data, is read", () => {
    const values: CellValue[][] = [
      [],
      row(1, "Giàng Thị Sùng"),
      [2, "Lý Thị Hoà"],
      [],
      row(3, "Vàng A Chu"),
      ["IV", "Thào Seo Chứ", "Cá nhân", "X-TAVAN", "Lao động tiên tiến"],
    ];
    expect(plan(values)).toEqual({ data: [2, 3, 5, 6] });
  });

  test("a header repeated on the next printed page is skipped", () => {
    const values: CellValue[][] = [
      [],
      row(1, "Giàng Thị Sùng"),
      ["STT", "Họ và tên", "Đối tượng", "Mã đơn vị", "Hình thức"],
      row(2, "Lý Thị Hoà"),
    ];
    expect(plan(values)).toEqual({ data: [2, 4], repeatedHeader: [3] });
  });

  test("a title merged across the row, repeated in every cell by some readers, is one heading", () => {
    const title = "B. HÌNH THỨC KHEN THƯỞNG";
    const values: CellValue[][] = [
      [],
      row(1, "Giàng Thị Sùng"),
      [title, title, title, title, title],
      row(2, "Lý Thị Hoà"),
    ];
    expect(plan(values)).toEqual({ data: [2, 4], sections: [3] });
  });
});

describe("an award named after its signer is data, a signer's title under the list is not", () => {
  test("rows of a few cells naming “Giấy khen của Chủ tịch UBND…” or “…của Giám đốc Sở…” are read", () => {
    // A catalogue-like list: Mã, Tên, Đối tượng, all required.
    const shape: TableShape = {
      required: [0, 1, 2],
      headers: new Map([
        [0, "mã"],
        [1, "tên"],
        [2, "đối tượng"],
      ]),
      left: [0, 1],
    };
    const values: CellValue[][] = [
      ["Mã", "Tên", "Đối tượng"],
      ["GKGD", "Giấy khen của Giám đốc Sở Văn hóa", "Cá nhân, Tập thể"],
      ["GKCT", "Giấy khen của Chủ tịch UBND phường Đông Hưng", "Cá nhân"],
      [],
      [null, "KT. GIÁM ĐỐC"],
      [null, "PHÓ GIÁM ĐỐC"],
    ];
    const p = planRows(values, 1, shape);
    expect(p.data.map((i) => i + 1)).toEqual([2, 3]);
    expect(p.skipped.signature.map((i) => i + 1)).toEqual([5, 6]);
  });

  test("a collective named “UBND xã …” with few cells filled is a row of data", () => {
    const values: CellValue[][] = [
      [],
      row(1, "Giàng Thị Sùng"),
      [2, "UBND xã Mường Hoa", null, "X-MUONGHOA", "Tập thể lao động tiên tiến"],
      [null, "TM. UBND XÃ", null, null, null],
    ];
    expect(plan(values)).toEqual({ data: [2, 3], signature: [4] });
  });
});
