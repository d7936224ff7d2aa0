import { message } from "../../i18n";
import { unknownUnit } from "./unknownUnit";
import { unitDissolved } from "./unitDissolved";
import { book, merger, nomination, plan, run, unit } from "./testBook";

const WARD = [unit("P-SAPA", "UBND phường Sa Pa"), unit("X-TAVAN", "UBND xã Tả Van")];

describe("UNIT_DISSOLVED", () => {
  it("a 2026 nomination for phường Sa Pả, merged into phường Sa Pa on 01/07/2025, names the successor", () => {
    const f = run(
      unitDissolved,
      book({
        plan: plan(2026, "commune"),
        units: WARD,
        mergers: [merger("P-SAPA2", "P-SAPA", { oldName: "UBND phường Sa Pả" })],
        nominations: [
          nomination("Lý Thị Hoà", "P-SAPA2", "Lao động tiên tiến", { proposedOn: { year: 2026, month: 11, day: 2 } }),
          nomination("Vàng Thị Mỷ", "P-SAPA", "Lao động tiên tiến"),
        ],
      }),
      { year: 2026, month: 11, day: 25 },
    );
    expect(f.map((x) => [x.row, x.severity, x.unit, x.ref])).toEqual([[2, "error", "P-SAPA2", "P-SAPA"]]);
    expect(message(f[0], "vi")).toContain("đã sáp nhập vào UBND phường Sa Pa (P-SAPA) từ 01/07/2025");
    expect(message(f[0], "vi")).toContain("Thông tư 15/2025/TT-BNV");
  });

  it("follows a chain to the unit that goes on, and is not also an unknown unit", () => {
    const b = book({
      plan: plan(2026, "commune"),
      units: WARD,
      mergers: [merger("X-TAPHIN", "P-SAPA2"), merger("P-SAPA2", "P-SAPA")],
      nominations: [nomination("Sần Văn Lâm", "X-TAPHIN", "Lao động tiên tiến")],
    });
    const f = run(unitDissolved, b, { year: 2026, month: 3, day: 1 });
    expect(f.map((x) => x.params.successor)).toEqual(["P-SAPA"]);
    expect(run(unknownUnit, b, { year: 2026, month: 3, day: 1 })).toEqual([]);
  });

  it("is quiet for a nomination dated before the merger, and for books without a mergers sheet", () => {
    const before = book({
      plan: plan(2025, "commune"),
      units: WARD,
      mergers: [merger("P-SAPA2", "P-SAPA")],
      nominations: [
        nomination("Lý Thị Hoà", "P-SAPA2", "Lao động tiên tiến", { proposedOn: { year: 2025, month: 5, day: 20 } }),
      ],
    });
    expect(run(unitDissolved, before, { year: 2025, month: 12, day: 1 })).toEqual([]);
    expect(run(unitDissolved, book({ nominations: [nomination("Lý Thị Hoà", "P-SAPA2", "LĐTT")] }))).toEqual([]);
  });
});
