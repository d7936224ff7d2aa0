import { message } from "../../i18n";
import { provincialFighterCriteria } from "./provincialFighterCriteria";
import { book, history, nomination, run, TODAY, without } from "./testBook";

const INITIATIVE = { initiative: "Mô hình du lịch cộng đồng bản Cát Cát" };
const pao = (more = {}) =>
  nomination("Giàng A Páo", "X-TAVAN", "Chiến sĩ thi đua cấp tỉnh", { ...INITIATIVE, ...more });
const cstdcs = (year: number, name = "Giàng A Páo", unitCode = "X-TAVAN") => history(name, unitCode, "CSTĐCS", year);

describe("CRITERIA_NOT_MET for Chiến sĩ thi đua cấp tỉnh", () => {
  it("CSTĐCS in 2021, 2022 and 2023 in the history: quiet in 2024", () => {
    expect(
      run(
        provincialFighterCriteria,
        book({ nominations: [pao()], history: [cstdcs(2021), cstdcs(2022), cstdcs(2023)] }),
      ),
    ).toEqual([]);
  });

  it("2022 and 2023 in the history plus this book's CSTĐCS proposal for 2024 also make three years", () => {
    const f = run(
      provincialFighterCriteria,
      book({
        nominations: [nomination("Giàng A Páo", "X-TAVAN", "CSTĐCS"), pao()],
        history: [cstdcs(2022), cstdcs(2023)],
      }),
    );
    expect(f).toEqual([]);
  });

  it("a broken run in a history that keeps this person's record is an error naming the missing year", () => {
    const f = run(provincialFighterCriteria, book({ nominations: [pao()], history: [cstdcs(2021), cstdcs(2023)] }));
    expect(f).toEqual([
      expect.objectContaining({ code: "CRITERIA_NOT_MET", severity: "error", column: "Hình thức", ref: "CSTDT" }),
    ]);
    expect(f[0].params.requirement).toEqual({ kind: "fighterYearsLacking", length: 3, missing: [2022] });
    expect(message(f[0], "vi")).toMatch(/2022/);
    expect(f[0].params.basis).toMatch(/Điều 22/);
  });

  it("without a history sheet the run cannot be seen: a warning", () => {
    const f = run(provincialFighterCriteria, book({ nominations: [pao()] }));
    expect(f.map((x) => x.severity)).toEqual(["warning"]);
    expect(f[0].params.requirement).toMatchObject({ kind: "fighterYearsUnproven", historySheet: false });
    expect(message(f[0], "vi")).toMatch(/không có sheet Lịch sử/);
  });

  it("a kept award history with nothing for this person decides it: an error", () => {
    const f = run(provincialFighterCriteria, book({ nominations: [pao()], history: [cstdcs(2022, "Lý Thị Hòa")] }));
    expect(f.map((x) => x.severity)).toEqual(["error"]);
  });

  it("an empty history sheet proves nothing: a warning", () => {
    const f = run(provincialFighterCriteria, book({ nominations: [pao()], history: [] }));
    expect(f.map((x) => x.severity)).toEqual(["warning"]);
  });

  it("no initiative given is a warning", () => {
    const f = run(
      provincialFighterCriteria,
      book({ nominations: [pao({ initiative: null })], history: [cstdcs(2021), cstdcs(2022), cstdcs(2023)] }),
    );
    expect(f).toEqual([expect.objectContaining({ severity: "warning", column: "Sáng kiến" })]);
  });

  it("an ad-hoc proposal is exempt from the chain", () => {
    expect(run(provincialFighterCriteria, book({ nominations: [pao({ kind: "adHoc" })], history: [] }))).toEqual([]);
  });

  it("without a Sáng kiến column the initiative is said to have no column, not to be blank", () => {
    const b = book({ nominations: [pao({ initiative: null })], history: [2021, 2022, 2023].map((y) => cstdcs(y)) });
    const f = run(provincialFighterCriteria, b, TODAY, without("initiative"));
    expect(f).toEqual([
      expect.objectContaining({
        severity: "warning",
        column: "Hình thức",
        params: expect.objectContaining({
          requirement: expect.objectContaining({ kind: "columnsNotFound", columns: ["initiative"] }),
        }),
      }),
    ]);
  });
});

describe("CSTĐ cấp tỉnh across the 2025 mergers", () => {
  it("CSTĐCS kept under xã Tả Van's old code counts for the ward it was merged into", () => {
    const b = book({
      plan: { ...book().plan!, year: 2026, level: "commune" },
      mergers: [
        {
          row: 2,
          extra: {},
          oldCode: "X-TAVAN",
          oldName: "UBND xã Tả Van",
          newCode: "P-SAPA",
          mergedOn: { year: 2025, month: 7, day: 1 },
          note: null,
        },
      ],
      nominations: [nomination("Giàng A Páo", "P-SAPA", "Chiến sĩ thi đua cấp tỉnh", INITIATIVE)],
      history: [cstdcs(2023), cstdcs(2024), history("Giàng A Páo", "P-SAPA", "CSTĐCS", 2025)],
    });
    expect(run(provincialFighterCriteria, b, { year: 2026, month: 11, day: 25 })).toEqual([]);
    // Without the merger row, the old code's years belong to another unit: the run is broken.
    const unmerged = { ...b, mergers: null };
    expect(run(provincialFighterCriteria, unmerged, { year: 2026, month: 11, day: 25 })).toHaveLength(1);
  });
});
