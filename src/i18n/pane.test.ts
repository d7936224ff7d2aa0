import { finding } from "../domain/finding";
import { message } from ".";

const dateIn = (value: string) =>
  finding(
    "INVALID_DATE",
    "error",
    { sheet: "Đề nghị khen thưởng", row: 12, column: "Ngày tuyển dụng", cell: "H12" },
    { params: { value } },
  );

describe("a date the calendar does not have is explained, not blamed on the format", () => {
  test("31/02/2024: February 2024 has no 31st", () => {
    expect(message(dateIn("31/02/2024"), "vi")).toBe(
      "Dòng 12, cột “Ngày tuyển dụng”: “31/02/2024” không phải ngày hợp lệ: tháng 2/2024 không có ngày 31.",
    );
    expect(message(dateIn("31/02/2024"), "en")).toContain("2/2024 has no day 31");
  });

  test("29/02/2023 is impossible, 29/02/2024 (a leap year) would not be", () => {
    expect(message(dateIn("29/02/2023"), "vi")).toContain("tháng 2/2023 không có ngày 29");
  });

  test("a thirteenth month is said as such", () => {
    expect(message(dateIn("12/13/2024"), "vi")).toContain("không có tháng 13");
  });

  test("text that is no date gets the pattern with an example", () => {
    expect(message(dateIn("tháng Mười"), "vi")).toContain("ngày/tháng/năm, ví dụ 18/11/2024");
  });
});
