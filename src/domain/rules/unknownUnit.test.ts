import { unknownUnit } from "./unknownUnit";
import {
  block,
  book,
  codesAt,
  milestone,
  movement,
  nomination,
  run,
  score,
  submission,
  target,
  history,
  unit,
} from "./testBook";

describe("UNKNOWN_UNIT", () => {
  it("a nomination from a unit the Đơn vị sheet does not list is flagged", () => {
    const f = run(unknownUnit, book({ nominations: [nomination("Giàng Thị Sùng", "X-LAOCHAI", "LĐTT")] }));
    expect(f).toEqual([
      expect.objectContaining({
        code: "UNKNOWN_UNIT",
        severity: "error",
        sheet: "Đề nghị khen thưởng",
        row: 2,
        column: "Mã đơn vị",
        unit: "X-LAOCHAI",
      }),
    ]);
  });

  it("every reference to units is checked: block head and deputy, standing agency, targets, submissions", () => {
    const f = run(
      unknownUnit,
      book({
        blocks: [block("K1", { head: "PNV", deputy: "P-HAMRONG" })],
        movements: [movement("PT1", "Dân vận khéo", { standingUnit: "BDV" })],
        targets: [target("X-BANHO", "Tỷ lệ hộ nghèo", 5, 5)],
        submissions: [submission("X-NGUCHISON", "BC6T")],
      }),
    );
    expect(f.map((x) => `${x.sheet}.${x.column}=${x.unit}`)).toEqual([
      "Khối thi đua.Phó khối=P-HAMRONG",
      "Phong trào.Cơ quan thường trực=BDV",
      "Chỉ tiêu.Mã đơn vị=X-BANHO",
      "Nộp.Mã đơn vị=X-NGUCHISON",
    ]);
  });

  it("a score in Chấm điểm for a unit the Đơn vị sheet lacks is flagged at its Mã đơn vị", () => {
    const f = run(unknownUnit, book({ scores: [score("X-TAVAN", "A"), score("X-LAOCHAI", "A")] }));
    expect(codesAt(f)).toEqual(["UNKNOWN_UNIT@3"]);
    expect(f[0]).toMatchObject({ sheet: "Chấm điểm", column: "Mã đơn vị", unit: "X-LAOCHAI" });
  });

  it("a milestone may be owed by a unit, a block or “Tất cả”; anything else is flagged", () => {
    const f = run(
      unknownUnit,
      book({
        blocks: [block("K1")],
        milestones: [
          milestone("M1", "p-sapa"),
          milestone("M2", "K1"),
          milestone("M3", "tat ca"),
          milestone("M4", "Tất cả"),
          milestone("M5", "K9"),
        ],
      }),
    );
    expect(codesAt(f)).toEqual(["UNKNOWN_UNIT@6"]);
    expect(f[0]).toMatchObject({ column: "Đơn vị thực hiện", unit: "K9" });
  });

  it("without the blocks sheet a milestone assignee that is not a unit may be a block: quiet", () => {
    expect(run(unknownUnit, book({ milestones: [milestone("M5", "K9")] }))).toEqual([]);
  });

  it("codes compare case-insensitively after trimming, but “Sa Pả” is not “Sa Pa”", () => {
    const units = [unit("P-SAPA", "UBND phường Sa Pa")];
    const f = run(
      unknownUnit,
      book({
        units,
        nominations: [nomination("Lý Thị Hòa", " p-sapa ", "LĐTT"), nomination("Lý Thị Hoà", "P-SAPẢ", "LĐTT")],
      }),
    );
    expect(codesAt(f)).toEqual(["UNKNOWN_UNIT@3"]);
  });

  it("the history may name units merged away in 2025: quiet", () => {
    expect(run(unknownUnit, book({ history: [history("Giàng A Páo", "X-SAPACU", "LĐTT", 2023)] }))).toEqual([]);
  });

  it("a book whose units sheet is missing (no unit codes at all) does not flag every row again", () => {
    expect(
      run(unknownUnit, book({ units: [], nominations: [nomination("Giàng Thị Sùng", "X-TAVAN", "LĐTT")] })),
    ).toEqual([]);
  });

  it("blank references are the parser's concern: quiet", () => {
    expect(
      run(unknownUnit, book({ nominations: [nomination("Giàng Thị Sùng", "", "LĐTT")], units: [unit("X-TAVAN")] })),
    ).toEqual([]);
  });
});
