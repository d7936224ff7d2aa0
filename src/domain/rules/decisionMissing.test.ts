import { message } from "../../i18n";
import { decisionMissing } from "./decisionMissing";
import { book, codesAt, nomination, plan, run } from "./testBook";

const issuedFrom = (day: number) => ({ ...plan(2024, "district"), decisionsFrom: { year: 2024, month: 12, day } });
const ON_THE_28TH = { year: 2024, month: 12, day: 28 };

describe("DECISION_MISSING", () => {
  it("once the decisions are out (from 25/12), an approved LĐTT without its number is a warning", () => {
    const f = run(
      decisionMissing,
      book({
        plan: issuedFrom(25),
        nominations: [
          nomination("Hoàng Văn Tiến", "PNV", "Lao động tiên tiến", {
            outcome: "approved",
            decisionNumber: "4120/QĐ-UBND",
          }),
          nomination("Đỗ Thị Lan", "VPHDND", "LĐTT", { outcome: "approved" }),
        ],
      }),
      ON_THE_28TH,
    );
    expect(codesAt(f)).toEqual(["DECISION_MISSING@3"]);
    expect(f[0]).toMatchObject({
      severity: "warning",
      column: "Số quyết định",
      ref: "LDTT",
      params: { award: "Lao động tiên tiến", from: { year: 2024, month: 12, day: 25 } },
    });
    expect(message(f[0], "vi")).toBe(
      "Dòng 3: “Đỗ Thị Lan” của đơn vị VPHDND đã được Hội đồng đồng ý Lao động tiên tiến nhưng chưa ghi số quyết định (quyết định khen thưởng ban hành từ 25/12/2024).",
    );
  });

  it("before that day, or when the plan does not say, nothing is asked", () => {
    const n = [nomination("Đỗ Thị Lan", "VPHDND", "LĐTT", { outcome: "approved" })];
    expect(run(decisionMissing, book({ plan: issuedFrom(30), nominations: n }), ON_THE_28TH)).toEqual([]);
    expect(run(decisionMissing, book({ nominations: n }), ON_THE_28TH)).toEqual([]);
  });

  it("asks nothing of what the council rejected or sent up, nor of a Bằng khen the province decides", () => {
    const f = run(
      decisionMissing,
      book({
        plan: issuedFrom(25),
        nominations: [
          nomination("Trần Văn Long", "PTCKH", "LĐTT", { outcome: "rejected" }),
          nomination("Vàng Thị Mỷ", "X-TAVAN", "CSTĐ cấp tỉnh", { outcome: "forwarded" }),
          nomination("Lò Thị Hương", "PNV", "Bằng khen của Chủ tịch UBND tỉnh", { outcome: "approved" }),
          nomination("Phạm Minh Đức", "PNV", "LĐTT", { outcome: "proposed" }),
        ],
      }),
      ON_THE_28TH,
    );
    expect(f).toEqual([]);
  });
});
