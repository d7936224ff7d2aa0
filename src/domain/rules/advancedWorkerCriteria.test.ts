import { message } from "../../i18n";
import { advancedWorkerCriteria } from "./advancedWorkerCriteria";
import { book, codesAt, nomination, run } from "./testBook";

const d = (day: number, month: number, year: number) => ({ year, month, day });

describe("CRITERIA_NOT_MET for Lao động tiên tiến", () => {
  it("someone recruited in September of the plan's year is flagged: less than six months", () => {
    const f = run(
      advancedWorkerCriteria,
      book({ nominations: [nomination("Thào Thị Dung", "X-TAVAN", "LĐTT", { recruitedOn: d(1, 9, 2024) })] }),
    );
    expect(codesAt(f)).toEqual(["CRITERIA_NOT_MET@2"]);
    expect(f[0]).toMatchObject({ severity: "error", column: "Ngày tuyển dụng", ref: "LDTT" });
    expect(f[0].params.requirement).toEqual({
      kind: "serviceTooShort",
      recruitedOn: { year: 2024, month: 9, day: 1 },
      year: 2024,
      months: 6,
    });
    expect(message(f[0], "vi")).toMatch(/01\/09\/2024.*6 tháng/);
    expect(f[0].params.basis).toMatch(/Thông tư 01\/2024/);
  });

  it("someone recruited on 1 July has six months by the year's end: quiet; on 2 July: flagged", () => {
    const f = run(
      advancedWorkerCriteria,
      book({
        nominations: [
          nomination("Thào Thị Dung", "X-TAVAN", "LĐTT", { recruitedOn: d(1, 7, 2024) }),
          nomination("Sùng A Chư", "X-TAVAN", "LĐTT", { recruitedOn: d(2, 7, 2024) }),
        ],
      }),
    );
    expect(codesAt(f)).toEqual(["CRITERIA_NOT_MET@3"]);
  });

  it("no recruitment date and no rating: nothing to check, quiet", () => {
    expect(
      run(advancedWorkerCriteria, book({ nominations: [nomination("Thào Thị Dung", "X-TAVAN", "LĐTT")] })),
    ).toEqual([]);
  });

  it("rated “Hoàn thành nhiệm vụ” (below “tốt”) is flagged; “tốt” and “xuất sắc” are fine", () => {
    const f = run(
      advancedWorkerCriteria,
      book({
        nominations: [
          nomination("Lò Thị Xuân", "PNV", "LĐTT", { rating: "completed" }),
          nomination("Lò Văn Minh", "PNV", "LĐTT", { rating: "good" }),
          nomination("Lò Thị Thuỷ", "PNV", "LĐTT", { rating: "excellent" }),
        ],
      }),
    );
    expect(f.map((x) => `${x.row}:${x.column}`)).toEqual(["2:Xếp loại"]);
  });

  it("a rejected proposal is not checked", () => {
    expect(
      run(
        advancedWorkerCriteria,
        book({
          nominations: [
            nomination("Thào Thị Dung", "X-TAVAN", "LĐTT", { recruitedOn: d(1, 12, 2024), outcome: "rejected" }),
          ],
        }),
      ),
    ).toEqual([]);
  });
});
