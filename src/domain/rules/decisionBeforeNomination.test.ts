import { message } from "../../i18n";
import { decisionBeforeNomination } from "./decisionBeforeNomination";
import { book, codesAt, nomination, run } from "./testBook";

const day = (d: number, m: number) => ({ year: 2024, month: m, day: d });

describe("DECISION_BEFORE_NOMINATION", () => {
  it("a decision dated 05/11 for a proposal of 20/11 is an error on the decision date", () => {
    const f = run(
      decisionBeforeNomination,
      book({
        nominations: [
          nomination("Giàng Thị Sùng", "X-TAVAN", "LĐTT", {
            outcome: "approved",
            proposedOn: day(20, 11),
            decisionNumber: "4120/QĐ-UBND",
            decisionDate: day(25, 12),
          }),
          nomination("Sần Văn Lâm", "X-TAVAN", "LĐTT", {
            outcome: "approved",
            proposedOn: day(20, 11),
            decisionNumber: "4120/QĐ-UBND",
            decisionDate: day(5, 11),
          }),
        ],
      }),
    );
    expect(codesAt(f)).toEqual(["DECISION_BEFORE_NOMINATION@3"]);
    expect(f[0]).toMatchObject({
      severity: "error",
      column: "Ngày quyết định",
      params: { decisionDate: day(5, 11), proposedOn: day(20, 11), decision: "4120/QĐ-UBND" },
    });
    expect(message(f[0], "vi")).toBe(
      "Dòng 3: ngày quyết định 05/11/2024 (số 4120/QĐ-UBND) của “Sần Văn Lâm” (đề nghị của UBND xã Tả Van) trước ngày đề nghị 20/11/2024; xin xem lại một trong hai ngày.",
    );
  });

  it("the same day, or a row missing either date, is quiet", () => {
    const b = book({
      nominations: [
        nomination("Giàng Thị Sùng", "X-TAVAN", "LĐTT", { proposedOn: day(20, 12), decisionDate: day(20, 12) }),
        nomination("Sần Văn Lâm", "X-TAVAN", "LĐTT", { proposedOn: null, decisionDate: day(5, 11) }),
        nomination("Vàng Thị Mỷ", "X-TAVAN", "LĐTT", { proposedOn: day(20, 11), decisionDate: null }),
      ],
    });
    expect(run(decisionBeforeNomination, b)).toEqual([]);
  });
});
