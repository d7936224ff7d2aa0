import { layoutsFor, layoutsFromConfig, SHIPPED_LAYOUTS } from "./layouts";

const END_2025 = { year: 2025, month: 11, day: 30 };

describe("the forms' layouts as dated data", () => {
  it("gives the three TT 02/2023/TT-BNV forms, confirmed, for the 2025 report", () => {
    const layouts = layoutsFor(END_2025);
    expect(layouts.map((l) => [l.sheet, l.source, l.confirmed])).toEqual([
      ["0601.N", "Thông tư số 02/2023/TT-BNV", true],
      ["0602.N", "Thông tư số 02/2023/TT-BNV", true],
      ["0603.N", "Thông tư số 02/2023/TT-BNV", true],
    ]);
  });

  it("gives no layout for a period before the circular", () => {
    expect(layoutsFor({ year: 2021, month: 11, day: 30 })).toEqual([]);
  });

  it("row and column codes are unique within each form", () => {
    for (const l of SHIPPED_LAYOUTS) {
      const rows = l.rows.flatMap((r) => (r.code ? [r.code] : []));
      const columns = l.columns.map((c) => c.code);
      expect([l.form, new Set(rows).size, new Set(columns).size]).toEqual([l.form, rows.length, columns.length]);
    }
  });

  it("takes TT 18/2025/TT-BNV from configuration, on the old rows, marked unconfirmed, from its date", () => {
    const { layouts, problems } = layoutsFromConfig([
      { base: "0602", source: "Thông tư số 18/2025/TT-BNV", validFrom: "2025-07-01" },
      { base: "0603", source: "Thông tư số 18/2025/TT-BNV", validFrom: "01/07/2025", title: "KHEN THƯỞNG CẤP TỈNH" },
    ]);
    expect(problems).toEqual([]);
    const chosen = layoutsFor(END_2025, layouts);
    expect(chosen.map((l) => [l.form, l.source, l.confirmed])).toEqual([
      ["0601", "Thông tư số 02/2023/TT-BNV", true],
      ["0602", "Thông tư số 18/2025/TT-BNV", false],
      ["0603", "Thông tư số 18/2025/TT-BNV", false],
    ]);
    expect(chosen[2].title).toBe("KHEN THƯỞNG CẤP TỈNH");
    expect(chosen[2].rows).toBe(SHIPPED_LAYOUTS[2].rows);
    // The 2024 report keeps the old layout.
    expect(layoutsFor({ year: 2024, month: 11, day: 30 }, layouts).every((l) => l.confirmed)).toBe(true);
  });

  it("takes a whole new layout with its own rows and columns", () => {
    const { layouts, problems } = layoutsFromConfig({
      layouts: [
        {
          form: "0603",
          code: "0603.N/BNV-TĐKT",
          sheet: "0603.N",
          title: "SỐ LƯỢNG KHEN THƯỞNG CẤP TỈNH",
          source: "Thông tư số 18/2025/TT-BNV",
          validFrom: "2025-07-01",
          rows: [{ code: "01", label: "Tổng số", facet: "total" }],
          columns: [
            { code: "1", label: "Tổng số", match: { all: true } },
            { code: "2", label: "Bằng khen", match: { codes: ["BKT"] } },
          ],
        },
      ],
    });
    expect(problems).toEqual([]);
    expect(layouts[0]).toMatchObject({ confirmed: false, decidingLevels: [], rows: [{ level: 0 }] });
  });

  it("says where a configuration is wrong instead of using it", () => {
    const { layouts, problems } = layoutsFromConfig([
      { base: "0604", validFrom: "2025-07-01" },
      { base: "0602", validFrom: "31/02/2025" },
      { form: "0603", validFrom: "2025-07-01", rows: [{ code: "01", label: "Tổng", facet: "tier:any thing" }] },
      "0601",
      { base: "0602", validFrom: "2025-07-01", sheet: "0602/N" },
    ]);
    expect(layouts).toEqual([]);
    expect(problems).toEqual([
      { path: "$[0].form", problem: "badForm" },
      { path: "$[1].validFrom", problem: "badDate" },
      { path: "$[2].code", problem: "missing" },
      { path: "$[2].sheet", problem: "missing" },
      { path: "$[2].title", problem: "missing" },
      { path: "$[2].source", problem: "missing" },
      { path: "$[2].rows[0].facet", problem: "badFacet" },
      { path: "$[2].columns", problem: "badColumns" },
      { path: "$[3]", problem: "notObject" },
      { path: "$[4].sheet", problem: "badSheet" },
    ]);
    expect(layoutsFromConfig({ nope: true }).problems).toEqual([{ path: "$", problem: "notList" }]);
  });
});
