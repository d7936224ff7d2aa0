import { buildSampleSheets, SAMPLE_MISTAKES, SAMPLE_TODAY } from "../src/sample";
import { sheetSpec } from "../src/sheets/contract";
import { checkWorkbook } from "../src/sheets/checkWorkbook";
import { message } from "../src/i18n";

/** The deadline findings are the state of the plan on the demo day, not mistakes in the book. */
const DEADLINE_CODES = new Set(["OVERDUE", "COUNT_SHORT", "SUBMITTED_LATE", "DATE_AFTER_TODAY"]);

/**
 * On 10/12/2024, from the sample's Nộp log (src/sample/submissions.ts): who never handed in a
 * milestone whose deadline has passed, by milestone. BC-NAM (15/12) is only due soon; KN-2212 (22/12)
 * and BCNAM-TINH (31/12) are still open.
 */
const OVERDUE_ON_DEMO_DAY: Record<string, string[]> = {
  "DK-CT": ["DN-THOCAM", "DN-XAYDUNG", "HTX-BANHO"],
  "BC-6T": ["LDLD", "VKS", "TTPTQD", "DN-HAMRONG", "DN-THOCAM", "DN-XAYDUNG", "HTX-BANHO", "HTX-TAPHIN"],
  // K8's head never sent the minutes of either block meeting.
  "SK-K8": ["DN-HAMRONG"],
  "BC-GD": ["MN-TRUNGCHAI"],
  "BC-MTQG": ["X-NGUCHISON", "X-TRUNGCHAI"],
  "HS-KT": [
    "BTCTU",
    "UBKTTU",
    "TTCT",
    "HND",
    "HCCB",
    "VKS",
    "TAND",
    "BQLDL",
    "TTPTQD",
    "DN-THOCAM",
    "DN-XAYDUNG",
    "HTX-BANHO",
  ],
  "TK-K8": ["DN-HAMRONG"],
};

/** Handed in after the deadline, by milestone. */
const LATE_ON_DEMO_DAY: Record<string, string[]> = {
  "DK-CT": ["HND", "TAND", "PTNMT", "DN-HAMRONG", "P-CAUMAY", "HTX-TAPHIN", "X-NGUCHISON"],
  "BC-6T": ["TTCT", "PTNMT", "X-LIENMINH", "MN-TRUNGCHAI", "HND", "X-NGUCHISON", "TAND", "HTX-TAVAN", "X-MUONGBO"],
  "SK-K6": ["X-TAVAN"],
  "BC-GD": ["THCS-BANHO"],
  "BC-MTQG": ["X-MUONGBO"],
  "HS-KT": ["THCS-BANHO", "X-MUONGBO", "HTX-TAPHIN"],
  "TK-K3": ["CATX"],
};

/** The town portal had no news item in April and August (plan IV.5: at least one a month). */
const SHORT_ON_DEMO_DAY = ["TIN-TDKT@2024-04", "TIN-TDKT@2024-08"];

describe("checking the built-in Sa Pa 2024 sample", () => {
  const check = checkWorkbook(buildSampleSheets(), SAMPLE_TODAY);
  const key = (code: string, sheet: string | null, row: number | null) => `${code} ${sheet} ${row}`;

  it("finds every deliberate mistake, at its sheet and row, and nothing else", () => {
    const found = check.findings
      .filter((f) => f.severity !== "info" && !DEADLINE_CODES.has(f.code))
      .map((f) => key(f.code, f.sheet, f.row));
    const planted = SAMPLE_MISTAKES.map((m) => key(m.code, sheetSpec(m.sheet).name, m.row));
    expect(found.sort()).toEqual(planted.sort());
  });

  it("says exactly who is overdue, who handed in late and which months lack a news item on the demo day", () => {
    const found = check.findings.filter((f) => DEADLINE_CODES.has(f.code)).map((f) => `${f.code} ${f.unit} ${f.ref}`);
    const expected = [
      ...Object.entries(OVERDUE_ON_DEMO_DAY).flatMap(([ref, units]) => units.map((u) => `OVERDUE ${u} ${ref}`)),
      ...Object.entries(LATE_ON_DEMO_DAY).flatMap(([ref, units]) => units.map((u) => `SUBMITTED_LATE ${u} ${ref}`)),
      ...SHORT_ON_DEMO_DAY.map((ref) => `COUNT_SHORT TTVHTTTT ${ref}`),
    ];
    expect(found.sort()).toEqual(expected.sort());
  });

  it("puts an overdue unit on its milestone's Hạn cell and a late one on its Nộp row's date", () => {
    const book = check.parsed.book;
    const rowOf = new Map((book.milestones ?? []).map((m) => [m.code, m.row]));
    for (const f of check.findings.filter((x) => x.code === "OVERDUE")) {
      expect(f.cell).toBe(`C${rowOf.get(f.ref ?? "")}`);
    }
    for (const f of check.findings.filter((x) => x.code === "SUBMITTED_LATE")) {
      const row = (book.submissions ?? []).find((s) => s.row === f.row);
      expect([f.sheet, f.column, row?.unit, row?.milestone]).toEqual(["Nộp", "Ngày nộp", f.unit, f.ref]);
    }
  });

  it("finds the self-score of 12 on a 10-point criterion planted in Chấm điểm, at its cell", () => {
    expect(check.findings.filter((f) => f.sheet === "Chấm điểm")).toEqual([
      expect.objectContaining({
        code: "SCORE_ABOVE_MAX",
        severity: "error",
        row: 216,
        column: "Tự chấm",
        cell: "D216",
        unit: "X-NGUCHISON",
        ref: "C.2",
      }),
    ]);
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
