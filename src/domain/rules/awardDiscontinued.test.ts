import { message } from "../../i18n";
import { awardDiscontinued } from "./awardDiscontinued";
import { unknownAward } from "./unknownAward";
import { book, history, nomination, plan, run } from "./testBook";

const ward2026 = (awards: string[]) =>
  book({
    plan: plan(2026, "commune"),
    nominations: awards.map((a, i) => nomination(`Người thứ ${i + 1}`, "P-SAPA", a)),
    history: [history("Lý Thị Hoà", "P-SAPA", "Giấy khen của Chủ tịch UBND thị xã", 2024)],
  });

describe("AWARD_DISCONTINUED", () => {
  it("a 2026 ward book proposing the town chairman's Giấy khen is told it ended on 01/07/2025, and what replaces it", () => {
    const f = run(awardDiscontinued, ward2026(["Giấy khen của Chủ tịch UBND thị xã", "Cờ thi đua của UBND huyện"]));
    expect(f.map((x) => [x.row, x.severity, x.ref])).toEqual([
      [2, "error", "GKH"],
      [3, "error", "CTDH"],
    ]);
    expect(f[0].params.replacement).toBe("Giấy khen của Chủ tịch UBND xã, phường");
    expect(f[1].params.replacement).toBeNull();
    expect(message(f[0], "vi")).toContain("không còn được xét tặng từ 01/07/2025");
    expect(message(f[0], "vi")).toContain("Điều 59 Nghị định 129/2025/NĐ-CP");
    // Not also an unknown award, and the history's old Giấy khen is the past, left alone.
    expect(run(unknownAward, ward2026(["Giấy khen của Chủ tịch UBND thị xã"]))).toEqual([]);
  });

  it("is quiet for the same Giấy khen in the 2024 town book, and for the ward chairman's Giấy khen in 2026", () => {
    const town = book({ nominations: [nomination("Lý Thị Hoà", "P-SAPA", "Giấy khen của Chủ tịch UBND thị xã")] });
    expect(run(awardDiscontinued, town)).toEqual([]);
    expect(run(awardDiscontinued, ward2026(["Giấy khen của Chủ tịch UBND phường"]))).toEqual([]);
  });
});
