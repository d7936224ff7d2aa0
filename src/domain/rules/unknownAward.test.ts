import { message } from "../../i18n";
import { unknownAward } from "./unknownAward";
import { book, catalogueEntry, codesAt, history, nomination, plan, run } from "./testBook";

describe("UNKNOWN_AWARD", () => {
  it("a form the catalogue in force does not know is flagged, naming the ruleset", () => {
    const f = run(unknownAward, book({ nominations: [nomination("Giàng Thị Sùng", "X-TAVAN", "Huy hiệu thi đua")] }));
    expect(codesAt(f)).toEqual(["UNKNOWN_AWARD@2"]);
    expect(f[0]).toMatchObject({ severity: "error", column: "Hình thức", ref: "Huy hiệu thi đua", unit: "X-TAVAN" });
    expect(String(f[0].params.ruleset)).toMatch(/huyện/);
  });

  it("awards are recognised by code, name or alias, in any case, NFD or old tone marks", () => {
    const typed = [
      "LDTT",
      "lao động tiên tiến".normalize("NFD"),
      "CSTĐ cơ sở",
      "Giấy khen của Chủ tịch UBND thị xã",
      "Bằng khen UBND tỉnh",
    ];
    const f = run(unknownAward, book({ nominations: typed.map((a, i) => nomination(`Người ${i}`, "X-TAVAN", a)) }));
    expect(f).toEqual([]);
  });

  it("for a ward in 2026 the town's Giấy khen is not unknown but discontinued (AWARD_DISCONTINUED), a made-up one is unknown", () => {
    const f = run(
      unknownAward,
      book({
        plan: plan(2026, "commune"),
        nominations: [
          nomination("Lý Thị Hòa", "P-SAPA", "Giấy khen của Chủ tịch UBND thị xã"),
          nomination("Lý Thị Hòa", "P-SAPA", "Giấy khen của Chủ tịch UBND phường"),
          nomination("Lý Thị Hòa", "P-SAPA", "Giấy khen của Giám đốc Trung tâm"),
        ],
      }),
    );
    expect(codesAt(f)).toEqual(["UNKNOWN_AWARD@4"]);
  });

  it("a catalogue row counting its quota on an unknown title is flagged; a known one is quiet", () => {
    const f = run(
      unknownAward,
      book({
        catalogue: [
          catalogueEntry("CSTDCS", "Chiến sĩ thi đua cơ sở", { maxRatio: 15, ratioBase: "LDTT" }),
          catalogueEntry("X1", "Danh hiệu khác", { maxRatio: 10, ratioBase: "LDTT9" }),
        ],
      }),
    );
    expect(f).toEqual([
      expect.objectContaining({ sheet: "Danh mục khen thưởng", row: 3, column: "Tính trên", ref: "LDTT9" }),
    ]);
  });

  it("a catalogue sheet may add a title of the book's own, which is then known", () => {
    const f = run(
      unknownAward,
      book({
        catalogue: [catalogueEntry("LDSX", "Lao động sáng tạo")],
        nominations: [nomination("Giàng A Páo", "X-TAVAN", "Lao động sáng tạo")],
      }),
    );
    expect(f).toEqual([]);
  });

  it("history rows naming medals or older titles are left alone", () => {
    expect(
      run(unknownAward, book({ history: [history("Giàng A Páo", "X-TAVAN", "Huân chương Lao động hạng Ba", 2015)] })),
    ).toEqual([]);
  });

  it("names as decisions write them are known; a name that is none asks “có phải …?” the closest award", () => {
    const written = [
      "Giấy khen của Chủ tịch UBND phường Đông Hưng",
      "Bằng khen của Chủ tịch UBND tỉnh Hưng Yên",
      "Lao động tiên tiến năm 2026",
      "Danh hiệu Chiến sĩ thi đua cơ sở năm 2026",
      "Tổ dân phố văn hóa năm 2026",
      "Lao đông xuất sắc",
    ];
    const f = run(
      unknownAward,
      book({ plan: plan(2026, "commune"), nominations: written.map((a, i) => nomination(`Người ${i}`, "P-SAPA", a)) }),
    );
    expect(codesAt(f)).toEqual(["UNKNOWN_AWARD@7"]);
    expect(f[0].params.suggestions).toEqual(["Tập thể lao động xuất sắc", "Lao động tiên tiến"]);
    expect(f[0].ref).toBe("Lao đông xuất sắc");
    expect(message(f[0], "vi")).toMatch(
      /“Lao đông xuất sắc” \(đề nghị của UBND phường Sa Pa\) không có trong danh mục khen thưởng đang áp dụng\. Có phải: “Tập thể lao động xuất sắc” hay “Lao động tiên tiến”\?$/,
    );
    expect(message(f[0], "en")).toMatch(/Did you mean: “Tập thể lao động xuất sắc” or “Lao động tiên tiến”\?$/);
  });
});
