import { message } from "../i18n";
import { NOMINATIONS_SHEET } from "./contract";
import { parseBook } from "./parse";
import { readingFindings } from "./reading";
import { decodeChoices, encodeChoices, noChoices } from "./readingMap";

const units = {
  name: "Đơn vị",
  values: [
    ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
    ["X-TAVAN", "UBND xã Tả Van", "Xã, phường"],
  ],
};

describe("what the clerk is told about how the book was read", () => {
  test("each kind once per sheet: unused columns, skipped rows, invisible characters, a duplicate column", () => {
    const { reading } = parseBook([
      units,
      {
        name: "Đề nghị khen thưởng",
        values: [
          ["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Mã đơn vị", "Hình thức", "Ghi chú", "Điện thoại"],
          ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
          ["I", "Lao động tiên tiến"],
          [1, "Cá nhân", "Giàng Thị Sùng", null, "X-TA\u200bVAN", "LĐTT"],
          [2, "Cá nhân", "Lý Thị Hoà\u00ad", null, "X-TAVAN", "LĐTT"],
        ],
      },
    ]);
    const found = readingFindings(reading).filter((f) => f.sheet === "Đề nghị khen thưởng");
    expect(found.map((f) => `${f.code} ${f.severity} ${f.cell}`)).toEqual([
      "DUPLICATE_COLUMN warning D1",
      "COLUMNS_UNUSED info G1",
      "FORM_ROWS_SKIPPED info A2",
      "FORM_ROWS_SKIPPED info A3",
      "INVISIBLE_CHARACTERS warning E4",
    ]);
    expect(found.map((f) => message(f, "vi"))).toEqual([
      "Sheet “Đề nghị khen thưởng” có hai cột “Mã đơn vị”: đọc cột ở ô E1 (cột có điền dữ liệu), bỏ qua cột ở ô D1. Nên xóa hoặc đổi tên một cột.",
      "Sheet “Đề nghị khen thưởng”: 2 cột không thuộc mẫu sổ nên không được kiểm tra (vẫn giữ nguyên): “Ghi chú” (G1), “Điện thoại” (H1).",
      "Dòng 2: bỏ qua dòng đánh số thứ tự cột, không phải dữ liệu.",
      "Dòng 3: bỏ qua dòng tiêu đề phần, nhóm, không phải dữ liệu.",
      "Sheet “Đề nghị khen thưởng”: 2 ô có ký tự ẩn (khoảng trắng không độ rộng, gạch nối mềm…): E4, C5. Khi so mã và tên đã bỏ qua các ký tự này, nhưng công thức Excel (VLOOKUP…) vẫn coi là khác; nên gõ lại các ô đó.",
    ]);
    expect(message(found[1], "en")).toBe(
      "Sheet “Đề nghị khen thưởng”: 2 column(s) the book format does not know were kept as they are and not checked: “Ghi chú” (G1), “Điện thoại” (H1).",
    );
  });

  test("a sheet like the nominations left unread, and choices that no longer apply, are warnings", () => {
    const choices = encodeChoices({
      ...noChoices(),
      sheets: { targets: "Chỉ tiêu 2025" },
      columns: { units: { type: { header: "Phân loại", column: "C" } } },
    });
    const { reading } = parseBook([
      units,
      { name: "Đề nghị khen thưởng bổ sung", values: [NOMINATIONS_SHEET.columns.map((c) => c.header)] },
      { name: "_tdkt_map", values: choices },
    ]);
    const found = readingFindings(reading);
    expect(found.map((f) => `${f.code} ${f.severity} ${f.sheet}`)).toEqual([
      "SHEET_NOT_READ warning Đề nghị khen thưởng bổ sung",
      "READING_CHOICE_NOT_FOUND warning null",
      "READING_CHOICE_NOT_FOUND warning Đơn vị",
    ]);
    expect(message(found[1], "vi")).toBe(
      "Đã chọn đọc sheet “Chỉ tiêu 2025” làm sheet Chỉ tiêu, nhưng sổ không còn sheet đó; sổ được đọc như chưa chọn, hãy chọn lại trong “Cách đọc sổ” (ngăn Thi đua – Khen thưởng).",
    );
    expect(message(found[2], "en")).toBe(
      "Sheet “Đơn vị”: column “Phân loại” was chosen for “Loại đơn vị”, but the header row no longer has it; choose again in “Cách đọc sổ” (How the book is read) in the pane.",
    );
  });

  test("the store of choices survives a damaged row and reads back what was written", () => {
    const choices = { ...noChoices(), sheets: { nominations: "Sheet1" }, ignored: ["Ghi chép"] };
    const cells = encodeChoices(choices);
    expect(decodeChoices([...cells, ["{không phải JSON"], [42]])).toEqual(choices);
  });
});
