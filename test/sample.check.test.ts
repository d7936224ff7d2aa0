import { buildSampleSheets, SAMPLE_MISTAKES, SAMPLE_TODAY } from "../src/sample";
import { sheetSpec } from "../src/sheets/contract";
import { checkWorkbook } from "../src/sheets/checkWorkbook";
import { message } from "../src/i18n";

describe("checking the built-in Sa Pa 2024 sample", () => {
  const check = checkWorkbook(buildSampleSheets(), SAMPLE_TODAY);
  const key = (code: string, sheet: string | null, row: number | null) => `${code} ${sheet} ${row}`;

  it("finds every deliberate mistake, at its sheet and row, and nothing else", () => {
    const found = check.findings.filter((f) => f.severity !== "info").map((f) => key(f.code, f.sheet, f.row));
    const planted = SAMPLE_MISTAKES.map((m) => key(m.code, sheetSpec(m.sheet).name, m.row));
    expect(found.sort()).toEqual(planted.sort());
  });

  it("only notes awards that go up to the province, which is not a mistake", () => {
    const infos = check.findings.filter((f) => f.severity === "info");
    expect(infos.length).toBeGreaterThan(0);
    expect(new Set(infos.map((f) => f.code))).toEqual(new Set(["AWARD_FORWARDED"]));
  });

  it("every finding points at a cell and reads as a full Vietnamese sentence", () => {
    for (const f of check.findings) {
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      const text = message(f, "vi");
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).toMatch(/^Dòng \d+/);
    }
  });
});
