import { message } from "../../i18n";
import { grassrootsFighterCriteria } from "./grassrootsFighterCriteria";
import { book, history, nomination, run, TODAY, without } from "./testBook";

const sung = (more = {}) => nomination("Giàng Thị Sùng", "X-TAVAN", "Chiến sĩ thi đua cơ sở", more);

describe("CRITERIA_NOT_MET for Chiến sĩ thi đua cơ sở", () => {
  it("LĐTT in the book and rated excellent: quiet", () => {
    const f = run(
      grassrootsFighterCriteria,
      book({
        nominations: [nomination("Giàng Thị Sùng", "X-TAVAN", "LĐTT"), sung({ rating: "excellent" })],
        history: [],
      }),
    );
    expect(f).toEqual([]);
  });

  it("LĐTT of the year found in the history (typed in NFD), with an initiative: quiet", () => {
    const f = run(
      grassrootsFighterCriteria,
      book({
        nominations: [sung({ rating: "good", initiative: "Sáng kiến số hóa hồ sơ một cửa" })],
        history: [history("Giàng Thị Sùng".normalize("NFD"), "x-tavan", "Lao động tiên tiến", 2024)],
      }),
    );
    expect(f).toEqual([]);
  });

  it("rated “Hoàn thành tốt nhiệm vụ” with no initiative is an error", () => {
    const f = run(
      grassrootsFighterCriteria,
      book({
        nominations: [nomination("Giàng Thị Sùng", "X-TAVAN", "LĐTT"), sung({ rating: "good", initiative: "Không" })],
      }),
    );
    expect(f).toEqual([
      expect.objectContaining({
        code: "CRITERIA_NOT_MET",
        severity: "error",
        row: 3,
        column: "Xếp loại",
        ref: "CSTDCS",
      }),
    ]);
    expect(f[0].params.basis).toBe("Điều 23 Luật Thi đua, khen thưởng 2022");
  });

  it("no rating and no initiative cannot be proven either way: a warning, not an error", () => {
    const f = run(
      grassrootsFighterCriteria,
      book({ nominations: [nomination("Giàng Thị Sùng", "X-TAVAN", "LĐTT"), sung()] }),
    );
    expect(f).toEqual([expect.objectContaining({ severity: "warning", column: "Xếp loại" })]);
    expect(f[0].params.requirement).toEqual({ kind: "ratingAndInitiativeMissing" });
    expect(message(f[0], "vi")).toMatch(/chưa ghi Xếp loại/);
  });

  it("no LĐTT of the year anywhere in the book is a warning saying where it looked", () => {
    const f = run(grassrootsFighterCriteria, book({ nominations: [sung({ rating: "excellent" })] }));
    expect(f).toEqual([expect.objectContaining({ severity: "warning", column: "Hình thức" })]);
    expect(f[0].params.requirement).toEqual({ kind: "advancedWorkerNotFound", year: 2024, historySheet: false });
    expect(message(f[0], "vi")).toMatch(/không có sheet Lịch sử/);
  });

  it("LĐTT held by a namesake in another unit, or in an earlier year, does not count", () => {
    const f = run(
      grassrootsFighterCriteria,
      book({
        nominations: [nomination("Giàng Thị Sùng", "X-TAPHIN", "LĐTT"), sung({ rating: "excellent" })],
        history: [history("Giàng Thị Sùng", "X-TAVAN", "LĐTT", 2023)],
      }),
    );
    expect(f.map((x) => x.column)).toEqual(["Hình thức"]);
  });

  it("a rejected LĐTT does not count", () => {
    const f = run(
      grassrootsFighterCriteria,
      book({
        nominations: [
          nomination("Giàng Thị Sùng", "X-TAVAN", "LĐTT", { outcome: "rejected" }),
          sung({ rating: "excellent" }),
        ],
      }),
    );
    expect(f.map((x) => x.severity)).toEqual(["warning"]);
  });

  it("a book without a Xếp loại or Sáng kiến column is told the column is not there, never that the row left it blank", () => {
    const b = book({ nominations: [nomination("Giàng Thị Sùng", "X-TAVAN", "LĐTT"), sung()] });
    const none = run(grassrootsFighterCriteria, b, TODAY, without("rating", "initiative"));
    expect(none).toEqual([
      expect.objectContaining({
        severity: "warning",
        column: "Hình thức",
        params: expect.objectContaining({
          requirement: {
            kind: "columnsNotFound",
            columns: ["rating", "initiative"],
            need: "excellentOrInitiative",
            rating: null,
            minShare: null,
          },
        }),
      }),
    ]);
    expect(message(none[0], "vi")).toContain("sổ không có cột Xếp loại và cột Sáng kiến nên chưa xét được");
    expect(message(none[0], "vi")).not.toContain("chưa ghi");
    // Rated "tốt", with no Sáng kiến column to show an initiative: unproven, not an error.
    const rated = run(
      grassrootsFighterCriteria,
      book({ nominations: [nomination("Giàng Thị Sùng", "X-TAVAN", "LĐTT"), sung({ rating: "good" })] }),
      TODAY,
      without("initiative"),
    );
    expect(rated.map((f) => [f.severity, f.column])).toEqual([["warning", "Xếp loại"]]);
    expect(message(rated[0], "en")).toContain(
      "rated “completed duties well”, and the book has no column Sáng kiến (initiative)",
    );
  });
});
