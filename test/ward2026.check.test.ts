import { message } from "../src/i18n";
import { buildWardSheets, WARD_MISTAKES, WARD_SAMPLE_TODAY } from "../src/sample/ward2026";
import { sheetSpec } from "../src/sheets/contract";
import { checkWorkbook } from "../src/sheets/checkWorkbook";

describe("checking the built-in 2026 ward sample (phường Sa Pa, minh họa)", () => {
  const check = checkWorkbook(buildWardSheets(), WARD_SAMPLE_TODAY);
  const key = (code: string, sheet: string | null, row: number | null) => `${code} ${sheet} ${row}`;

  it("finds every planted mistake of the new kinds, and nothing else", () => {
    const found = check.findings.filter((f) => f.severity !== "info").map((f) => key(f.code, f.sheet, f.row));
    const planted = WARD_MISTAKES.map((m) => key(m.code, sheetSpec(m.sheet).name, m.row));
    expect(found.sort()).toEqual(planted.sort());
  });

  it("is checked by the commune/ward rules of 2025, from its plan sheet", () => {
    expect(check.ruleset.ruleset.id).toBe("xa-2025");
    expect(check.ruleset.assumedYear || check.ruleset.assumedLevel).toBe(false);
  });

  it("cites only the texts in force in 2026: never NĐ 98/2023 nor TT 01/2024", () => {
    for (const f of check.findings) {
      const text = message(f, "vi");
      expect(text).not.toMatch(/98\/2023|01\/2024\/TT-BNV/);
    }
    const cited = check.findings.map((f) => message(f, "vi")).join("\n");
    expect(cited).toMatch(/129\/2025\/NĐ-CP/);
    expect(cited).toMatch(/152\/2025\/NĐ-CP/);
    expect(cited).toMatch(/15\/2025\/TT-BNV/);
  });

  it("counts the CSTĐ cấp tỉnh chain kept under xã Tả Van's old code: no criteria finding on that row", () => {
    expect(check.findings.filter((f) => f.row === 4 && f.code === "CRITERIA_NOT_MET")).toEqual([]);
  });
});
