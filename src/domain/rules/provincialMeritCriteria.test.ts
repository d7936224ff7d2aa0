import { message } from "../../i18n";
import { provincialMeritCriteria } from "./provincialMeritCriteria";
import { book, history, nomination, plan, run } from "./testBook";

const my = (more = {}) => nomination("Vàng Thị Mỷ", "X-TAPHIN", "Bằng khen của Chủ tịch UBND tỉnh", more);

describe("CRITERIA_NOT_MET for Bằng khen của Chủ tịch UBND tỉnh", () => {
  it("CSTĐCS in 2022 and 2023: quiet in 2024", () => {
    expect(
      run(
        provincialMeritCriteria,
        book({
          nominations: [my()],
          history: [
            history("Vàng Thị Mỷ", "X-TAPHIN", "CSTĐCS", 2022),
            history("Vàng Thị Mỷ", "X-TAPHIN", "CSTĐCS", 2023),
          ],
        }),
      ),
    ).toEqual([]);
  });

  it("CSTĐCS in 2023 and this book's CSTĐCS for 2024: quiet", () => {
    const f = run(
      provincialMeritCriteria,
      book({
        nominations: [nomination("Vàng Thị Mỷ", "X-TAPHIN", "CSTĐCS"), my()],
        history: [history("Vàng Thị Mỷ", "X-TAPHIN", "CSTĐCS", 2023)],
      }),
    );
    expect(f).toEqual([]);
  });

  it("the chain not shown is a warning naming the evidence to attach, never an error", () => {
    const f = run(
      provincialMeritCriteria,
      book({ nominations: [my()], history: [history("Vàng Thị Mỷ", "X-TAPHIN", "CSTĐCS", 2021)] }),
    );
    expect(f).toEqual([expect.objectContaining({ severity: "warning", column: "Hình thức", ref: "BKT" })]);
    expect(f[0].params.requirement).toEqual({ kind: "meritYearsUnproven", length: 2, missing: [2022, 2023] });
    expect(message(f[0], "vi")).toMatch(/2 sáng kiến/);
    expect(f[0].params.basis).toMatch(/Điều 74/);
  });

  it("ad-hoc and thematic Bằng khen, and collectives, follow other criteria: quiet", () => {
    const f = run(
      provincialMeritCriteria,
      book({
        nominations: [
          my({ kind: "adHoc" }),
          my({ kind: "thematic" }),
          nomination("Hợp tác xã Tả Phìn", "X-TAPHIN", "BKT", { subject: "collective" }),
        ],
      }),
    );
    expect(f).toEqual([]);
  });
});

describe("chains under the 2025 rules leave out ad-hoc and thematic awards (NĐ 152/2025 Điều 4)", () => {
  it("a CSTĐCS recorded as đột xuất does not make a year of the Bằng khen run; the same as thường xuyên does", () => {
    const ward = (kind: "adHoc" | "regular") =>
      book({
        plan: plan(2026, "commune"),
        nominations: [nomination("Lý Thị Hoà", "P-SAPA", "Bằng khen của Chủ tịch UBND tỉnh")],
        history: [
          history("Lý Thị Hoà", "P-SAPA", "CSTĐCS", 2024, { kind: "regular" }),
          history("Lý Thị Hoà", "P-SAPA", "CSTĐCS", 2025, { kind }),
        ],
      });
    const today = { year: 2026, month: 11, day: 25 };
    expect(run(provincialMeritCriteria, ward("regular"), today)).toEqual([]);
    expect(run(provincialMeritCriteria, ward("adHoc"), today)).toHaveLength(1);
  });
});
