import { buildSampleSheets, SAMPLE_TODAY } from "../sample";
import { message } from "../i18n";
import { checkWorkbook } from "./checkWorkbook";
import type { RawSheet } from "./parse";

/** The Sa Pa sample with one header of Đơn vị retyped by the clerk. */
function withUnitsHeader(from: string, to: string): RawSheet[] {
  const sheets = buildSampleSheets().map((s) => ({ name: s.name, values: s.values.map((r) => [...r]) }));
  const units = sheets.find((s) => s.name === "Đơn vị");
  const row = units?.values.find((r) => r.includes(from));
  if (!row) throw new Error(`no header ${from}`);
  row[row.indexOf(from)] = to;
  return sheets;
}

/** The Sa Pa sample with one column of Đơn vị gone (deleted, or pasted without it). */
function withoutUnitsColumn(header: string): RawSheet[] {
  const sheets = buildSampleSheets().map((s) => ({ name: s.name, values: s.values.map((r) => [...r]) }));
  const units = sheets.find((s) => s.name === "Đơn vị");
  const col = units?.values.find((r) => r.includes(header))?.indexOf(header) ?? -1;
  if (!units || col < 0) throw new Error(`no header ${header}`);
  units.values = units.values.map((r) => r.filter((_, i) => i !== col));
  return sheets;
}

const codes = (sheets: RawSheet[]) => checkWorkbook(sheets, SAMPLE_TODAY).findings.map((f) => f.code);

describe("a broken header is fixed first, and the checks that need it wait", () => {
  test("no “Mã đơn vị” column: one missing column, one line saying what waits, no quota or unit errors", () => {
    const { findings } = checkWorkbook(withoutUnitsColumn("Mã đơn vị"), SAMPLE_TODAY);
    const missing = findings.filter((f) => f.code === "MISSING_COLUMN");
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ sheet: "Đơn vị", column: "Mã đơn vị", severity: "error" });
    const blocked = findings.filter((f) => f.code === "CHECKS_BLOCKED");
    expect(blocked).toHaveLength(1);
    expect(message(blocked[0], "vi")).toBe(
      "Vì sheet “Đơn vị” không có cột “Mã đơn vị”, chưa kiểm tra: mã đơn vị trùng, mã đơn vị ở các sheet khác, đơn vị đã sáp nhập, tỷ lệ khen thưởng của từng đơn vị, hạn nộp của các đơn vị, số lượng nộp theo kỳ, nộp muộn, điểm chấm theo khối, đơn vị chưa được chấm điểm. Sửa lỗi này trước rồi kiểm tra lại.",
    );
    for (const code of ["QUOTA_EXCEEDED", "UNKNOWN_UNIT", "OVERDUE", "SCORE_NOT_COUNTED", "BLOCK_UNIT_UNSCORED"])
      expect(findings.map((f) => f.code)).not.toContain(code);
  });

  test("“Số LĐTT” retyped: the quota is not counted from the book alone, and the note says so", () => {
    const found = codes(withUnitsHeader("Số LĐTT", "Số lao động TT năm nay"));
    expect(found).not.toContain("QUOTA_EXCEEDED");
    expect(found.filter((c) => c === "CHECKS_BLOCKED")).toHaveLength(1);
  });

  test("“Khối thi đua” retyped: no flood of unscored units and uncounted scores", () => {
    const found = codes(withUnitsHeader("Khối thi đua", "Thuộc khối"));
    expect(found).not.toContain("SCORE_NOT_COUNTED");
    expect(found.filter((c) => c === "CHECKS_BLOCKED")).toHaveLength(1);
  });

  test("a column nobody depends on (Email) blocks nothing, and the intact sample has no such note", () => {
    expect(codes(withUnitsHeader("Email", "Thư"))).not.toContain("CHECKS_BLOCKED");
    expect(codes(buildSampleSheets())).not.toContain("CHECKS_BLOCKED");
  });

  test("without a units sheet at all, one note on the missing sheet", () => {
    const sheets = buildSampleSheets().filter((s) => s.name !== "Đơn vị");
    const { findings } = checkWorkbook(sheets, SAMPLE_TODAY);
    const blocked = findings.filter((f) => f.code === "CHECKS_BLOCKED");
    expect(blocked).toHaveLength(1);
    expect(message(blocked[0], "en")).toMatch(/^The book has no sheet “Đơn vị”, so these were not checked: /);
    expect(findings.map((f) => f.code)).not.toContain("QUOTA_EXCEEDED");
  });
});
