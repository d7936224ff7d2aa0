import { awardKey, writtenAwards } from "./awardNames";
import { rulesetFor } from "./ruleset";

const ward2026 = rulesetFor("commune", { year: 2026, month: 12, day: 31 });
const town2024 = rulesetFor("district", { year: 2024, month: 12, day: 31 });
const ward = writtenAwards(ward2026.awards, "commune");
const town = writtenAwards(town2024.awards, "district");
const code = (found: { code: string } | null) => found?.code ?? null;

describe("award names as decisions and clerks write them", () => {
  test("with the issuer's place, a year, the Danh hiệu prefix, quotes", () => {
    expect(code(ward.find("Giấy khen của Chủ tịch UBND phường Đông Hưng"))).toBe("GKX");
    expect(code(ward.find("Bằng khen của Chủ tịch UBND tỉnh Hưng Yên"))).toBe("BKT");
    expect(code(ward.find("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên"))).toBe("BKT");
    expect(code(ward.find("Lao động tiên tiến năm 2026"))).toBe("LDTT");
    expect(code(ward.find("Danh hiệu Chiến sĩ thi đua cơ sở năm 2026"))).toBe("CSTDCS");
    expect(code(ward.find("Tổ dân phố văn hóa năm 2026"))).toBe("TDPVH");
    expect(code(ward.find("Danh hiệu “Lao động tiên tiến”"))).toBe("LDTT");
    expect(code(town.find("Giấy khen của Chủ tịch UBND thị xã Sa Pa"))).toBe("GKH");
    expect(code(town.find("Cờ thi đua của UBND tỉnh Lào Cai"))).toBe("CTDT");
  });

  test("the usual abbreviations and spellings: LĐTT, CSTĐCS, TTLĐTT, “Chiến sỹ”, CSTĐ cấp cơ sở", () => {
    expect(code(ward.find("LĐTT năm 2026"))).toBe("LDTT");
    expect(code(ward.find("CSTĐCS"))).toBe("CSTDCS");
    expect(code(ward.find("TTLĐTT"))).toBe("TTLDTT");
    expect(code(ward.find("Chiến sỹ thi đua cơ sở"))).toBe("CSTDCS");
    expect(code(ward.find("Chiến sĩ thi đua cấp cơ sở"))).toBe("CSTDCS");
  });

  test("GK and BK mean the Giấy khen and Bằng khen decided nearest above the book's level", () => {
    expect(code(ward.find("GK"))).toBe("GKX");
    expect(code(town.find("Giấy khen"))).toBe("GKH");
    expect(code(ward.find("BK"))).toBe("BKT");
  });

  test("a name that is no award is none, with the two closest awards to ask about", () => {
    expect(ward.find("Lao động xuất sắc năm 2026")).toBeNull();
    expect(ward.suggest("Lao động xuất sắc năm 2026").map((a) => a.name)).toEqual([
      "Tập thể lao động xuất sắc",
      "Lao động tiên tiến",
    ]);
    // Misspelt (a letter dropped, one doubled): the nearest by spelling.
    expect(ward.suggest("Chiến sĩ thi đu cơ sở").map((a) => a.name)[0]).toBe("Chiến sĩ thi đua cơ sở");
    expect(ward.suggest("Tập thể lao độngg tiên tiến").map((a) => a.name)[0]).toBe("Tập thể lao động tiên tiến");
    expect(ward.find("Huy chương Vì thế hệ trẻ")).toBeNull();
    expect(ward.suggest("Huy chương Vì thế hệ trẻ")).toEqual([]);
  });

  test("the key keeps the award's own words only, so the same unknown award written twice is one", () => {
    expect(awardKey("Giấy khen của Hội Nông dân năm 2026")).toBe(awardKey("giấy khen Hội Nông dân"));
    expect(awardKey("Giấy khen của Hội Nông dân")).not.toBe(awardKey("Giấy khen của Hội Phụ nữ"));
  });
});
