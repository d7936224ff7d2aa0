import { countsText, honorific, headingLines, initials, money, numberWords, placeDateLine } from "./words";

describe("the fixed Vietnamese of official documents", () => {
  it("reads money in words as a decision writes it", () => {
    expect(numberWords(710_000)).toBe("Bảy trăm mười nghìn");
    expect(numberWords(1_880_000)).toBe("Một triệu tám trăm tám mươi nghìn");
    expect(numberWords(17_750_000)).toBe("Mười bảy triệu bảy trăm năm mươi nghìn");
    expect(numberWords(21_060_000)).toBe("Hai mươi mốt triệu không trăm sáu mươi nghìn");
    expect(numberWords(105_000)).toBe("Một trăm linh năm nghìn");
    expect(numberWords(2_004_000)).toBe("Hai triệu không trăm linh bốn nghìn");
    expect(numberWords(45_000)).toBe("Bốn mươi lăm nghìn");
    expect(numberWords(1_000_000_000)).toBe("Một tỷ");
    expect(money(21_060_000)).toBe("21.060.000");
  });

  it("dates with the leading zeros of NĐ 30/2020, and blanks when the day is not known yet", () => {
    expect(placeDateLine("Sa Pa", { year: 2024, month: 12, day: 5 }, 2024)).toBe("Sa Pa, ngày 05 tháng 12 năm 2024");
    expect(placeDateLine("Sa Pa", { year: 2025, month: 2, day: 14 }, 2025)).toBe("Sa Pa, ngày 14 tháng 02 năm 2025");
    expect(placeDateLine("Sa Pa", null, 2024)).toMatch(/^Sa Pa, ngày\s+tháng\s+năm 2024$/);
  });

  it("headings, symbols, counts and honorifics", () => {
    expect(headingLines("UBND thị xã Sa Pa")).toEqual(["ỦY BAN NHÂN DÂN", "THỊ XÃ SA PA"]);
    expect(headingLines("UBND phường Sa Pả")).toEqual(["ỦY BAN NHÂN DÂN", "PHƯỜNG SA PẢ"]);
    expect(initials("Phòng Nội vụ")).toBe("PNV");
    expect(initials("Sở Nội vụ")).toBe("SNV");
    expect(countsText({ individual: 25, collective: 3, household: 0 })).toBe("25 cá nhân và 3 tập thể");
    expect(countsText({ individual: 1, collective: 2, household: 4 })).toBe("1 cá nhân, 2 tập thể và 4 hộ gia đình");
    expect(honorific("individual", true)).toBe("Bà");
    expect(honorific("collective", false)).toBe("");
  });
});
