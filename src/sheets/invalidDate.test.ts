import { message } from "../i18n";
import { checkWorkbook } from "./checkWorkbook";

const TODAY = { year: 2024, month: 12, day: 1 };

/** A ward's units and nominations, with the Ngày đề nghị of each nomination as the clerk typed it. */
function nominationsDated(...dates: (string | Date | number)[]) {
  return checkWorkbook(
    [
      {
        name: "Đơn vị",
        values: [
          ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
          ["X-TAVAN", "UBND xã Tả Van", "Xã, phường"],
        ],
      },
      {
        name: "Đề nghị khen thưởng",
        values: [
          ["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức", "Ngày đề nghị"],
          ...dates.map((d, i) => [
            i + 1,
            "Cá nhân",
            ["Giàng Thị Mỷ", "Sùng A Páo", "Lý Thị Hoà"][i % 3],
            "X-TAVAN",
            "Lao động tiên tiến",
            d,
          ]),
        ],
      },
    ],
    TODAY,
  ).findings;
}

describe("a date the clerk typed as text", () => {
  it("with a two-digit year is read, and a note says which year was taken", () => {
    const findings = nominationsDated("18/11/24");
    const notes = findings.filter((f) => f.code === "TWO_DIGIT_YEAR");
    expect(notes).toEqual([
      expect.objectContaining({
        severity: "info",
        sheet: "Đề nghị khen thưởng",
        row: 2,
        cell: "F2",
        params: { value: "18/11/24", date: { year: 2024, month: 11, day: 18 } },
      }),
    ]);
    expect(findings.filter((f) => f.code === "INVALID_DATE")).toEqual([]);
    expect(message(notes[0], "vi")).toBe(
      "Dòng 2, cột “Ngày đề nghị”: “18/11/24” được đọc là ngày 18/11/2024 (năm chỉ ghi hai chữ số); nếu không đúng, xin ghi đủ năm, ví dụ 18/11/2024.",
    );
  });

  it("with four digits, or a real Excel date, gets no note", () => {
    const findings = nominationsDated("18/11/2024", new Date(Date.UTC(2024, 10, 18)), 45614);
    expect(findings.filter((f) => f.code === "TWO_DIGIT_YEAR" || f.code === "INVALID_DATE")).toEqual([]);
  });

  it("that does not exist says why: February has no 31st, whatever the year's digits", () => {
    const findings = nominationsDated("31/02/2024", "31/02/24", "18/13/2024", "mười tám tháng mười một");
    const said = findings.filter((f) => f.code === "INVALID_DATE").map((f) => message(f, "vi"));
    expect(said).toEqual([
      "Dòng 2, cột “Ngày đề nghị”: “31/02/2024” không phải ngày hợp lệ: tháng 2/2024 không có ngày 31.",
      "Dòng 3, cột “Ngày đề nghị”: “31/02/24” không phải ngày hợp lệ: tháng 2/2024 không có ngày 31.",
      "Dòng 4, cột “Ngày đề nghị”: “18/13/2024” không phải ngày hợp lệ: không có tháng 13.",
      "Dòng 5, cột “Ngày đề nghị”: “mười tám tháng mười một” không phải ngày hợp lệ; hãy viết theo dạng ngày/tháng/năm, ví dụ 18/11/2024.",
    ]);
  });
});

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
