import type { CellValue } from "../domain/model";
import { NOMINATIONS_SHEET, UNITS_SHEET, HISTORY_SHEET, BLOCKS_SHEET, PLAN_SHEET } from "./contract";
import type { RawSheet } from "./parse";
import { MAP_SHEET, noChoices } from "./readingMap";
import { nameMatch, recogniseSheets } from "./recognise";

const NOMINATIONS: CellValue[][] = [
  ["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức"],
  [1, "Cá nhân", "Giàng Thị Sùng", "X-TAVAN", "Lao động tiên tiến"],
];
const UNITS: CellValue[][] = [
  ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
  ["X-TAVAN", "UBND xã Tả Van", "Xã, phường"],
];
const sheet = (name: string, values: CellValue[][] = []): RawSheet => ({ name, values });
const how = (name: string, spec = NOMINATIONS_SHEET) => {
  const m = nameMatch(spec, name);
  return m === null || m === "similar" ? m : m.how;
};

describe("a sheet's name, as clerks write it", () => {
  test("the contract's name, an alias, with the year, with the usual abbreviations", () => {
    expect(how("Đề nghị khen thưởng")).toBe("name");
    expect(how("DE NGHI")).toBe("alias");
    expect(how("Đề nghị khen thưởng năm 2026")).toBe("year");
    expect(how("Đơn vị (2024)", UNITS_SHEET)).toBe("year");
    expect(how("Đề nghị KT")).toBe("abbreviation");
    expect(how("DS đề nghị khen thưởng")).toBe("abbreviation");
    expect(how("Danh sách đề nghị khen thưởng")).toBe("words");
    expect(how("ĐV", UNITS_SHEET)).toBe("abbreviation");
    expect(how("Khối TĐ", BLOCKS_SHEET)).toBe("abbreviation");
    expect(how("LS khen thưởng", HISTORY_SHEET)).toBe("abbreviation");
    expect(how("KH 2026", PLAN_SHEET)).toBe("abbreviation");
  });

  test("the name with other words is only like it; other names are nothing to it", () => {
    expect(how("Đề nghị khen thưởng bổ sung")).toBe("similar");
    expect(how("Tổng hợp đề nghị khen thưởng")).toBe("similar");
    expect(how("Sheet1")).toBeNull();
    expect(how("Khen thưởng")).toBeNull();
  });
});

describe("which sheet is which", () => {
  test("a sheet whose name says nothing is taken by its header; unrelated sheets are others", () => {
    const r = recogniseSheets(
      [sheet("ĐV", UNITS), sheet("Sheet1", NOMINATIONS), sheet("Ghi chép", [["Nhắc việc"]]), sheet(MAP_SHEET)],
      noChoices(),
    );
    expect(r.picks.units).toMatchObject({ raw: { name: "ĐV" }, how: "abbreviation" });
    expect(r.picks.nominations).toMatchObject({ raw: { name: "Sheet1" }, how: "headers" });
    expect(r.notRead).toEqual([]);
    expect(r.others).toEqual(["Ghi chép"]);
  });

  test("of two sheets named for the nominations, the exact name is read and the other is said", () => {
    const r = recogniseSheets(
      [sheet("Đơn vị", UNITS), sheet("DS đề nghị 2026", NOMINATIONS), sheet("Đề nghị khen thưởng", NOMINATIONS)],
      noChoices(),
    );
    expect(r.picks.nominations?.raw.name).toBe("Đề nghị khen thưởng");
    expect(r.notRead).toEqual([
      { sheet: "DS đề nghị 2026", like: "nominations", why: "anotherTaken", taken: "Đề nghị khen thưởng" },
    ]);
  });

  test("a second list with the nominations' header is said not to be read, naming the one that is", () => {
    const r = recogniseSheets(
      [sheet("Đơn vị", UNITS), sheet("Đề nghị khen thưởng", NOMINATIONS), sheet("Sheet2", NOMINATIONS)],
      noChoices(),
    );
    expect(r.notRead).toEqual([
      { sheet: "Sheet2", like: "nominations", why: "similarHeaders", taken: "Đề nghị khen thưởng" },
    ]);
  });

  test("the clerk's choice wins over names and headers; an ignored sheet is not mentioned; a gone choice is said", () => {
    const r = recogniseSheets(
      [
        sheet("Đơn vị", UNITS),
        sheet("Đề nghị khen thưởng", NOMINATIONS),
        sheet("Đề nghị khen thưởng bổ sung", NOMINATIONS),
      ],
      {
        sheets: { nominations: "Đề nghị khen thưởng bổ sung", targets: "Chỉ tiêu cũ" },
        columns: {},
        ignored: ["Đề nghị khen thưởng"],
      },
    );
    expect(r.picks.nominations).toMatchObject({ raw: { name: "Đề nghị khen thưởng bổ sung" }, how: "chosen" });
    expect(r.notRead).toEqual([]);
    expect(r.staleSheets).toEqual([{ key: "targets", sheet: "Chỉ tiêu cũ" }]);
  });

  test("a sheet read only in part (its corner) is never taken, only said to be like one", () => {
    const r = recogniseSheets(
      [sheet("Đơn vị", UNITS), { ...sheet("Sheet1", NOMINATIONS), partial: true }],
      noChoices(),
    );
    expect(r.picks.nominations).toBeUndefined();
    expect(r.notRead).toEqual([{ sheet: "Sheet1", like: "nominations", why: "similarHeaders", taken: null }]);
  });
});

describe("a sheet holding data like none of the book's, while the nominations were not read", () => {
  const ODD: CellValue[][] = [
    ["Số TT", "Người được đề nghị", "Nơi công tác", "Khen gì"],
    [1, "Lê Văn Hải", "VP", "Lao động tiên tiến"],
  ];
  const TARGETS: CellValue[][] = [
    ["Mã đơn vị", "Chỉ tiêu", "Giao", "Đăng ký"],
    ["X-TAVAN", "Tỷ lệ hộ nghèo", 5, 4],
  ];

  test("with only the units read, it is said not read, as perhaps the nominations", () => {
    const r = recogniseSheets([sheet("Đơn vị", UNITS), sheet("Khen thưởng 2026", ODD)], noChoices());
    expect(r.notRead).toEqual([{ sheet: "Khen thưởng 2026", like: "nominations", why: "unknownSheet", taken: null }]);
    expect(r.others).toEqual([]);
  });

  test("with the targets read, a sheet of notes stays aside, a sheet speaking of awards is said not read", () => {
    const notes = sheet("Ghi chép", [["Nhắc việc"], ["Họp tổ ngày 5/12"]]);
    const r = recogniseSheets(
      [sheet("Đơn vị", UNITS), sheet("Chỉ tiêu", TARGETS), notes, sheet("Tổng hợp", ODD)],
      noChoices(),
    );
    expect(r.notRead.map((n) => [n.sheet, n.why])).toEqual([["Tổng hợp", "unknownSheet"]]);
    expect(r.others).toEqual(["Ghi chép"]);
  });

  test("once the nominations are read, other sheets are only others", () => {
    const r = recogniseSheets(
      [sheet("Đơn vị", UNITS), sheet("Đề nghị khen thưởng", NOMINATIONS), sheet("Khen thưởng 2026", ODD)],
      noChoices(),
    );
    expect(r.notRead).toEqual([]);
    expect(r.others).toEqual(["Khen thưởng 2026"]);
  });
});
