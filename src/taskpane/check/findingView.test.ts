import { finding, type Finding } from "../../domain/finding";
import { errorsFirst, findingLines, matchesSearch, newFindings, unitsOf } from "./findingView";

const NOMINATIONS = "Đề nghị khen thưởng";

/** A collective nominated for an award only individuals receive, on row `row`. */
function collectiveForIndividualAward(row: number, name = "Tổ Văn phòng"): Finding {
  return finding(
    "AWARD_SUBJECT_MISMATCH",
    "error",
    { sheet: NOMINATIONS, row, column: "Hình thức", cell: `F${row}` },
    {
      unit: "XA-TAVAN",
      params: {
        name,
        award: "Chiến sĩ thi đua cơ sở",
        subject: "collective",
        allowed: ["individual"],
        basis: "Điều 21 Luật Thi đua, khen thưởng 2022",
      },
    },
  );
}

const unknownUnit = (row: number, value: string): Finding =>
  finding(
    "UNKNOWN_UNIT",
    "error",
    { sheet: NOMINATIONS, row, column: "Mã đơn vị", cell: `E${row}` },
    { unit: value, params: { value } },
  );

const blankTitle = (row: number): Finding =>
  finding(
    "REQUIRED_MISSING",
    "warning",
    { sheet: NOMINATIONS, row, column: "Chức vụ", cell: `D${row}` },
    { params: {} },
  );

const planAssumed = (): Finding =>
  finding(
    "PLAN_ASSUMED",
    "info",
    { sheet: null, row: null, column: null, cell: null },
    { params: { year: 2024, level: "district", missing: "noPlanSheet", ruleset: "Cấp huyện/thị xã" } },
  );

describe("a finding in two lines", () => {
  test("the sentence loses 'Dòng 7:' and its legal basis; the grey line says sheet › cell · basis", () => {
    const lines = findingLines(collectiveForIndividualAward(7), "vi");
    expect(lines.text).not.toMatch(/^Dòng 7/);
    expect(lines.text).not.toContain("Điều 21");
    expect(lines.text).toMatch(/^Chiến sĩ thi đua cơ sở chỉ dành cho cá nhân/);
    expect(lines.place).toBe("Đề nghị khen thưởng › Ô F7 · Điều 21 Luật Thi đua, khen thưởng 2022");
  });

  test("in English too", () => {
    const lines = findingLines(collectiveForIndividualAward(7), "en");
    expect(lines.text).not.toMatch(/^Row 7/);
    expect(lines.place).toBe("Đề nghị khen thưởng › Cell F7 · Điều 21 Luật Thi đua, khen thưởng 2022");
  });

  test("'Dòng 5, cột …' keeps the column, capitalised: the cell line says where", () => {
    const lines = findingLines(blankTitle(5), "vi");
    expect(lines.text).toMatch(/^Cột “Chức vụ”/);
    expect(lines.place).toBe("Đề nghị khen thưởng › Ô D5");
  });

  test("a finding about the whole book keeps its sentence and has no place line", () => {
    const lines = findingLines(planAssumed(), "vi");
    expect(lines.text).toContain("Sổ không có sheet Kế hoạch");
    expect(lines.place).toBe("");
  });
});

test("errors come first, then warnings, then notes, each in the checker's order", () => {
  const items = [planAssumed(), blankTitle(4), unknownUnit(9, "X-LAOCHAI"), unknownUnit(3, "XA-BANKHOANG")].map(
    (f, index) => ({ finding: f, index }),
  );
  expect(errorsFirst(items).map((x) => x.index)).toEqual([2, 3, 1, 0]);
});

test("the units of the findings, each with its count and its name from Đơn vị, in the order of their codes", () => {
  const findings = [
    unknownUnit(3, "XA-TAVAN"),
    collectiveForIndividualAward(4),
    unknownUnit(5, " xa-tavan "),
    blankTitle(6),
  ];
  findings.push(unknownUnit(7, "P-SAPA"));
  expect(unitsOf(findings, { "XA-TAVAN": "UBND xã Tả Van" })).toEqual([
    { key: "P-SAPA", code: "P-SAPA", name: null, count: 1 },
    { key: "XA-TAVAN", code: "XA-TAVAN", name: "UBND xã Tả Van", count: 3 },
  ]);
});

describe("searching the findings", () => {
  test("without tone marks or case, every word: 'to van phong' finds “Tổ Văn phòng” (typed in NFD)", () => {
    const f = collectiveForIndividualAward(7, "Tổ Văn phòng".normalize("NFD"));
    expect(matchesSearch(f, "to van phong", "vi")).toBe(true);
    expect(matchesSearch(f, "TỔ VĂN", "vi")).toBe(true);
    expect(matchesSearch(f, "to ke toan", "vi")).toBe(false);
  });

  test("by the unit's name from Đơn vị, and by the cell", () => {
    const f = collectiveForIndividualAward(7);
    expect(matchesSearch(f, "ta van", "vi", { "XA-TAVAN": "UBND xã Tả Van" })).toBe(true);
    expect(matchesSearch(f, "F7", "vi")).toBe(true);
    expect(matchesSearch(f, "F8", "vi")).toBe(false);
  });
});

describe("what a live check has just found", () => {
  test("a new error is new; the ones already there are not", () => {
    const before = [unknownUnit(3, "X-LAOCHAI"), blankTitle(5)];
    const now = [unknownUnit(3, "X-LAOCHAI"), blankTitle(5), unknownUnit(8, "XA-MUONGHOA")];
    expect([...newFindings(before, now)]).toEqual([2]);
  });

  test("a row inserted above moves the findings, and they are not new", () => {
    const before = [unknownUnit(3, "X-LAOCHAI"), blankTitle(5)];
    const now = [unknownUnit(4, "X-LAOCHAI"), blankTitle(6)];
    expect(newFindings(before, now).size).toBe(0);
  });

  test("a second blank Chức vụ, on a row that had none, is new", () => {
    const before = [blankTitle(5)];
    const now = [blankTitle(5), blankTitle(9)];
    expect([...newFindings(before, now)]).toEqual([1]);
  });
});
