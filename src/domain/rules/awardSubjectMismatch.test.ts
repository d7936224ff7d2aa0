import { message } from "../../i18n";
import { awardSubjectMismatch } from "./awardSubjectMismatch";
import { book, codesAt, nomination, run } from "./testBook";

describe("AWARD_SUBJECT_MISMATCH", () => {
  it("a collective nominated for Lao động tiên tiến is flagged", () => {
    const f = run(
      awardSubjectMismatch,
      book({ nominations: [nomination("Trường PTDTBT TH Tả Van", "X-TAVAN", "LĐTT", { subject: "collective" })] }),
    );
    expect(codesAt(f)).toEqual(["AWARD_SUBJECT_MISMATCH@2"]);
    expect(f[0]).toMatchObject({
      severity: "error",
      column: "Hình thức",
      ref: "LDTT",
      params: { subject: "collective", allowed: ["individual"], basis: "Điều 24 Luật Thi đua, khen thưởng 2022" },
    });
    expect(message(f[0], "vi")).toContain(
      "Lao động tiên tiến chỉ dành cho cá nhân, không xét cho tập thể “Trường PTDTBT TH Tả Van”",
    );
    expect(message(f[0], "en")).toContain("is only for individuals, not for collectives such as");
  });

  it("an individual nominated for Tập thể lao động tiên tiến is flagged", () => {
    const f = run(awardSubjectMismatch, book({ nominations: [nomination("Giàng Thị Sùng", "X-TAVAN", "TTLĐTT")] }));
    expect(codesAt(f)).toEqual(["AWARD_SUBJECT_MISMATCH@2"]);
  });

  it("a household for Gia đình văn hóa, a collective for a Giấy khen, an unknown subject: quiet", () => {
    const f = run(
      awardSubjectMismatch,
      book({
        nominations: [
          nomination("Hộ ông Giàng A Lử", "X-TAVAN", "Gia đình văn hoá", { subject: "household" }),
          nomination("Thôn Lồ Lừ Chải", "X-TAVAN", "GKH", { subject: "collective" }),
          nomination("Giàng Thị Sùng", "X-TAVAN", "LĐTT", { subject: null }),
        ],
      }),
    );
    expect(f).toEqual([]);
  });
});
