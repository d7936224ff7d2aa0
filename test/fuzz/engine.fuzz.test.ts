/**
 * Whatever a clerk's workbook holds, the check must not crash, and every finding must point at a
 * sheet that exists (or the missing required one) and at a row inside that sheet.
 */
import fc from "fast-check";
import type { CellValue, DateOnly } from "../../src/domain/model";
import { RULES } from "../../src/domain/rules";
import { looseKey } from "../../src/domain/text";
import { message } from "../../src/i18n";
import { checkWorkbook } from "../../src/sheets/checkWorkbook";
import { EVERY_UNIT, PLAN_ITEMS, SHEETS, type SheetSpec } from "../../src/sheets/contract";
import type { RawSheet } from "../../src/sheets/parse";

/** Values that mean something to some column, so the generated books reach the rules. */
const MEANINGFUL = [
  "Cá nhân",
  "Tập thể",
  "Hộ gia đình",
  "Thôn, tổ dân phố",
  "LĐTT",
  "Lao động tiên tiến",
  "CSTĐCS",
  "CSTDT",
  "TTLĐTT",
  "GKH",
  "GKX",
  "BKT",
  "Bằng khen của Chủ tịch UBND tỉnh",
  "X-TAVAN",
  "x-tavan ",
  "P-SAPA",
  "K1",
  "PT1",
  "M1",
  EVERY_UNIT,
  "Giàng Thị Sùng",
  "Lý Thị Hoà",
  "Lý Thị Hòa".normalize("NFD"),
  "Đột xuất",
  "Thường xuyên",
  "Chuyên đề",
  "Hoàn thành xuất sắc nhiệm vụ",
  "Tốt",
  "Cảnh cáo",
  "Không",
  "Có",
  "x",
  "Tăng",
  "Giảm",
  "15%",
  "01/07/2024",
  "31/02/2024",
  "2024-12-31",
  "Xã",
  "Huyện",
  "Tỉnh",
  "Phường",
  "Đồng ý",
  "Không đồng ý",
  "Sáng kiến A",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<CellValue>(...MEANINGFUL) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 50_000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ min: new Date(-1e13), max: new Date(1e13) }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.integer({ min: 2020, max: 2027 }) },
);

function headerArb(spec: SheetSpec): fc.Arbitrary<CellValue[]> {
  const names = spec.columns.map((c) =>
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(c.header, ...c.aliases, c.header.toUpperCase(), `${c.header} (*)`) },
      { weight: 1, arbitrary: fc.constant(null) },
    ),
  );
  return fc
    .tuple(fc.tuple(...names), fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constant(null)), { maxLength: 2 }))
    .chain(([known, junk]) => fc.shuffledSubarray([...known, ...junk], { minLength: 0 }));
}

function tableArb(spec: SheetSpec): fc.Arbitrary<CellValue[][]> {
  return fc
    .tuple(
      fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 2 }),
      headerArb(spec),
      fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 10 }),
    )
    .map(([title, header, rows]) => [...title, header, ...rows]);
}

function planArb(): fc.Arbitrary<CellValue[][]> {
  const item = fc.constantFrom<CellValue>(...PLAN_ITEMS.flatMap((c) => [c.header, ...c.aliases]), "Ghi chú", null);
  return fc
    .array(fc.tuple(item, cell), { maxLength: 8 })
    .map((rows) => [["Mục", "Giá trị"], ...rows.map(([k, v]) => [k, v])]);
}

const sheetArb: fc.Arbitrary<RawSheet> = fc
  .tuple(
    fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...SHEETS) }, { weight: 1, arbitrary: fc.constant(null) }),
    fc.string({ maxLength: 10 }),
    fc.nat({ max: 3 }),
    fc.nat({ max: 2 }),
  )
  .chain(([spec, junkName, rowOffset, colOffset]) => {
    const name = spec
      ? fc.constantFrom(spec.name, ...spec.aliases, spec.name.toUpperCase())
      : fc.constant(junkName || "Sheet1");
    const values = spec === null ? tableArb(SHEETS[1]) : spec.key === "plan" ? planArb() : tableArb(spec);
    return fc.record({ name, values, rowOffset: fc.constant(rowOffset), colOffset: fc.constant(colOffset) });
  });

const bookArb = fc.uniqueArray(sheetArb, { maxLength: 10, selector: (s) => looseKey(s.name) });

const todayArb: fc.Arbitrary<DateOnly> = fc.record({
  year: fc.integer({ min: 2023, max: 2027 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
});

/** Books with the contract's headers and plausible values per column, so the rules see real rows. */
const CODES = [
  "X-TAVAN",
  "x-tavan",
  "P-SAPA",
  "P-SAPA2",
  "K1",
  "K2",
  "PT1",
  "M1",
  "LDTT",
  "CSTDCS",
  "X-LAOCHAI",
  EVERY_UNIT,
];
const NAMES = [
  "Giàng Thị Sùng",
  "Lý Thị Hòa",
  "Lý Thị Hoà".normalize("NFD"),
  "LÝ THỊ HOÀ",
  "Đặng Thị Thuỷ",
  "Trường PTDTBT Tả Van",
];
const AWARDS = ["LĐTT", "CSTĐCS", "CSTĐ cấp tỉnh", "TTLĐTT", "GKH", "GKX", "BKT", "Gia đình văn hóa", "Huy chương"];

function plausible(spec: SheetSpec, key: string): fc.Arbitrary<CellValue> {
  const c = spec.columns.find((x) => x.key === key);
  if (!c) return cell;
  const pick = (values: CellValue[]) =>
    fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: cell });
  if (key === "award" || key === "ratioBase") return pick(AWARDS);
  if (key === "name") return pick(NAMES);
  if (key === "year") return pick([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  switch (c.type) {
    case "enum":
    case "enumList":
      return pick((c.options ?? []).map((o) => o.label));
    case "code":
      return pick(CODES);
    case "date":
      return pick(["01/07/2024", "02/07/2024", "15/03/2020", 45000, new Date(Date.UTC(2024, 8, 1))]);
    case "number":
    case "integer":
      return pick([0, 1, 3, 7, 10, 14, 20]);
    case "bool":
      return pick(["Có", "Không", null]);
    default:
      return pick([...NAMES, ...CODES, "Không", "Cảnh cáo", null]);
  }
}

const wellFormedBookArb: fc.Arbitrary<RawSheet[]> = fc
  .subarray(SHEETS.filter((s) => s.key !== "plan"))
  .chain((specs) =>
    fc.tuple(
      fc.tuple(
        ...specs.map((spec) =>
          fc
            .array(fc.tuple(...spec.columns.map((c) => plausible(spec, c.key))), { maxLength: 12 })
            .map((rows): RawSheet => ({ name: spec.name, values: [spec.columns.map((c) => c.header), ...rows] })),
        ),
      ),
      fc.option(
        fc.tuple(
          fc.constantFrom<CellValue>(2024, 2026, "abc"),
          fc.constantFrom<CellValue>("Xã", "Huyện", "Tỉnh", null),
        ),
      ),
    ),
  )
  .map(([tables, plan]) =>
    plan
      ? [
          ...tables,
          {
            name: "Kế hoạch",
            values: [
              ["Mục", "Giá trị"],
              ["Năm", plan[0]],
              ["Cấp", plan[1]],
            ],
          },
        ]
      : tables,
  );

const DOMAIN_CODES = new Set(RULES.flatMap((r) => r.codes));

function assertSound(sheets: RawSheet[], today: DateOnly): void {
  const { findings, parsed } = checkWorkbook(sheets, today);
  const layouts = Object.values(parsed.layouts);
  for (const f of findings) {
    expect(f.code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
    expect(["error", "warning", "info"]).toContain(f.severity);
    if (f.sheet === null || f.row === null) continue;
    const layout = layouts.find((l) => l?.name === f.sheet);
    expect(layout).toBeDefined();
    if (!layout) continue;
    expect(f.row).toBeGreaterThanOrEqual(layout.headerRow);
    expect(f.row).toBeLessThanOrEqual(layout.lastRow);
    const raw = sheets.find((s) => s.name === f.sheet);
    expect(raw).toBeDefined();
  }
  // Domain messages fill every parameter, in both languages.
  for (const f of findings.filter((x) => DOMAIN_CODES.has(x.code))) {
    for (const lang of ["vi", "en"] as const) {
      const text = message(f, lang);
      expect(text).not.toBe(f.code);
      // What the clerk typed may itself hold braces ("{0}"): only the template's own must be gone.
      let own = text;
      for (const v of Object.values(f.params ?? {})) if (typeof v === "string" && v) own = own.split(v).join("");
      expect(own).not.toMatch(/\{\w+\}/);
    }
  }
}

/**
 * CI replays fixed seeds so a red build always means a change broke something; elsewhere each run
 * explores new books (FUZZ_SEED replays one, FUZZ_RUNS runs more). A failure prints its seed.
 */
const FUZZ = {
  numRuns: Number(process.env.FUZZ_RUNS ?? 250),
  ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : process.env.CI ? { seed: 20261125 } : {}),
};

describe("the checker on random workbooks", () => {
  it("never crashes, and every finding points at an existing sheet and a row within its data", () => {
    fc.assert(fc.property(bookArb, todayArb, assertSound), FUZZ);
  });

  it("holds on well-formed books with plausible values, which reach every rule", () => {
    fc.assert(fc.property(wellFormedBookArb, todayArb, assertSound), FUZZ);
  });
});
