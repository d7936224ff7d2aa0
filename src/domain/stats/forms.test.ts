import { makeContext } from "../context";
import type { Book, DateOnly } from "../model";
import { book, history, movement, nomination, plan, unit } from "../rules/testBook";
import { countForms, type FormsResult } from "./forms";
import { layoutsFor, type FormId } from "./layouts";
import { reportingPeriod } from "./period";

const TODAY: DateOnly = { year: 2025, month: 12, day: 5 };
const day = (d: number, m: number, y: number): DateOnly => ({ year: y, month: m, day: d });
const BK = "Bằng khen của Chủ tịch UBND tỉnh";
const PERIOD_2025 = reportingPeriod(2025);

const UNITS = [
  unit("X-TAVAN", "UBND xã Tả Van"),
  unit("HTX-TAVAN", "Hợp tác xã Dệt may thổ cẩm Tả Van", { type: "cooperative" }),
  unit("DN-SAPA", "Công ty Cổ phần Du lịch Sa Pa", { type: "enterprise" }),
  unit("PNV", "Sở Nội vụ", { type: "agency" }),
];

/** The province's 2025 book: the history of decisions and this year's nominations. */
function provinceBook(): Book {
  return book({
    plan: plan(2025, "province"),
    units: UNITS,
    history: [
      // 30/11 is the last day of the period: in.
      history("Giàng A Sử", "X-TAVAN", BK, 2025, {
        decisionNumber: "1520/QĐ-UBND",
        decisionDate: day(30, 11, 2025),
        staffTier: "directWorker",
      }),
      // 01/12 opens the next period: out, and not even listed.
      history("Lý Thị Mỷ", "X-TAVAN", BK, 2025, { decisionDate: day(1, 12, 2025), staffTier: "directWorker" }),
      // 01/12 of the year before opens this period: in. No tier: Chưa phân loại.
      history("Vàng Seo Chứ", "X-TAVAN", BK, 2024, {
        subject: "individual",
        decisionNumber: "2001/QĐ-UBND",
        decisionDate: day(1, 12, 2024),
      }),
      history("Hợp tác xã Dệt may thổ cẩm Tả Van", "HTX-TAVAN", BK, 2025, {
        subject: "collective",
        decisionDate: day(15, 6, 2025),
      }),
      // No Đối tượng: the flag goes only to collectives. The unit is an enterprise.
      history("Công ty Cổ phần Du lịch Sa Pa", "DN-SAPA", "Cờ thi đua của UBND tỉnh", 2024, {
        decisionDate: day(20, 1, 2025),
      }),
      // No decision date: cannot be placed in a period.
      history("Phàn Thị Dua", "X-TAVAN", "Chiến sĩ thi đua cấp tỉnh", 2025),
      history("Trần Quốc Khánh", "PNV", "Huân chương Lao động hạng Ba", 2025, {
        subject: "individual",
        staffTier: "otherLeader",
        kind: "dedication",
        decisionDate: day(10, 10, 2025),
      }),
      // Not an award of these forms.
      history("Lò Thị Hương", "X-TAVAN", "Lao động tiên tiến", 2024, { decisionDate: day(20, 12, 2024) }),
    ],
    nominations: [
      nomination("Sùng A Páo", "X-TAVAN", BK, {
        outcome: "approved",
        directWorker: true,
        kind: "adHoc",
        decisionDate: day(25, 11, 2025),
      }),
      nomination("Giàng Thị Sao", "X-TAVAN", BK, { outcome: "proposed" }),
      nomination("Chảo Láo Chỉn", "X-TAVAN", BK, { outcome: "forwarded" }),
      // Already in the history under the same decision.
      nomination("Giàng A Sử", "X-TAVAN", BK, {
        outcome: "approved",
        decisionNumber: "1520/QĐ-UBND",
        decisionDate: day(30, 11, 2025),
      }),
      nomination("Hộ ông Lý Láo San", "X-TAVAN", BK, {
        subject: "household",
        outcome: "approved",
        decisionDate: day(5, 5, 2025),
      }),
      nomination("Ma Thị Lan", "X-TAVAN", "Huy hiệu Tuổi trẻ sáng tạo", { outcome: "approved" }),
      // Its unit is not in the units sheet: enterprise or not, nobody says.
      nomination("Đội Thanh niên tình nguyện", "X-KHONGRO", BK, {
        subject: "collective",
        outcome: "approved",
        decisionDate: day(1, 3, 2025),
      }),
      nomination("Hoàng Văn Tiến", "X-TAVAN", BK, {
        subject: null,
        outcome: "approved",
        decisionDate: day(2, 3, 2025),
      }),
    ],
  });
}

/** A ward's book that carries one of the same decisions in its own history. */
function wardBook(): Book {
  return book({
    plan: plan(2025, "commune"),
    units: [unit("X-TAVAN", "UBND xã Tả Van")],
    history: [
      history("Vàng Seo Chứ", "X-TAVAN", BK, 2024, { decisionNumber: "2001/QĐ-UBND", decisionDate: day(1, 12, 2024) }),
    ],
  });
}

function count(books: Book[], period = PERIOD_2025): FormsResult {
  return countForms(
    books.map((b, i) => ({ file: `so-${i}.xlsx`, ctx: makeContext(b, TODAY) })),
    period,
    layoutsFor(period.to),
  );
}

/** The figure at a row code and column code of a form. */
function cell(result: FormsResult, form: FormId, rowCode: string, columnCode: string): number {
  const f = result.forms.find((x) => x.layout.form === form)!;
  const r = f.layout.rows.findIndex((x) => x.code === rowCode);
  const c = f.layout.columns.findIndex((x) => x.code === columnCode);
  if (r < 0 || c < 0) throw new Error(`no cell ${rowCode}/${columnCode} in ${form}`);
  return f.counts[r][c];
}

describe("forms 0602 and 0603 from a province's book", () => {
  const result = count([provinceBook(), wardBook()]);

  it("counts the provincial awards decided in the period by subject, hand-counted", () => {
    // Counted: Giàng A Sử, Vàng Seo Chứ, the cooperative, the company (flag), Sùng A Páo, the household,
    // the volunteers' team, Hoàng Văn Tiến.
    const rows: [string, number, number, number][] = [
      // row, total, Cờ thi đua (2), Bằng khen (5)
      ["01", 8, 1, 7],
      ["02", 3, 1, 2],
      ["03", 1, 1, 0],
      ["X1", 1, 0, 1],
      ["04", 1, 0, 1],
      ["05", 3, 0, 3],
      ["06", 0, 0, 0],
      ["09", 0, 0, 0],
      ["10", 2, 0, 2],
      ["X2", 1, 0, 1],
      ["X3", 1, 0, 1],
      ["11", 7, 1, 6],
      ["13", 1, 0, 1],
    ];
    for (const [code, total, flag, merit] of rows) {
      expect([
        code,
        cell(result, "0603", code, "1"),
        cell(result, "0603", code, "2"),
        cell(result, "0603", code, "5"),
      ]).toEqual([code, total, flag, merit]);
    }
    expect(cell(result, "0603", "01", "3")).toBe(0);
  });

  it("puts a state award (Huân chương) in 0602 under its tier and kind", () => {
    expect(cell(result, "0602", "01", "1")).toBe(1);
    expect(cell(result, "0602", "01", "2")).toBe(1);
    expect(cell(result, "0602", "09", "2")).toBe(1);
    expect(cell(result, "0602", "15", "2")).toBe(1);
    expect(cell(result, "0602", "11", "1")).toBe(0);
  });

  it("keeps each section adding up to the total", () => {
    for (const form of ["0602", "0603"] as const) {
      const total = cell(result, form, "01", "1");
      const subjects = ["02", "04", "05", "X3"].reduce((n, c) => n + cell(result, form, c, "1"), 0);
      const tiers = ["06", "07", "08", "09", "10", "X2"].reduce((n, c) => n + cell(result, form, c, "1"), 0);
      const kinds = ["11", "12", "13", "14", "15", "16", "17"].reduce((n, c) => n + cell(result, form, c, "1"), 0);
      expect([subjects, kinds, tiers]).toEqual([total, total, cell(result, form, "05", "1")]);
    }
  });

  it("traces every figure to its rows: the 0603 Bằng khen total is these seven rows", () => {
    const merit = result.trace.filter((t) => t.form === "0603" && t.rows.includes("01") && t.columns.includes("5"));
    expect(merit.map((t) => `${t.book}:${t.sheet}:${t.name}`).sort()).toEqual(
      [
        "0:history:Giàng A Sử",
        "0:history:Vàng Seo Chứ",
        "0:history:Hợp tác xã Dệt may thổ cẩm Tả Van",
        "0:nominations:Sùng A Páo",
        "0:nominations:Hộ ông Lý Láo San",
        "0:nominations:Đội Thanh niên tình nguyện",
        "0:nominations:Hoàng Văn Tiến",
      ].sort(),
    );
    const pao = result.trace.find((t) => t.name === "Sùng A Páo")!;
    expect(pao).toMatchObject({ rows: ["01", "13", "05", "10"], columns: ["1", "5"], notes: ["tierFromDirectWorker"] });
  });

  it("says why each record in scope was not counted, and which record was counted instead", () => {
    const why = result.notCounted.map((n) => `${n.book}:${n.name}:${n.reason}`);
    expect(why.sort()).toEqual(
      [
        "0:Phàn Thị Dua:noDate",
        "0:Giàng Thị Sao:pending",
        "0:Chảo Láo Chỉn:forwarded",
        "0:Giàng A Sử:inHistory",
        "0:Ma Thị Lan:unknownAward",
        "1:Vàng Seo Chứ:duplicate",
      ].sort(),
    );
    const su = result.notCounted.find((n) => n.reason === "inHistory")!;
    expect(su.counted).toEqual({ book: 0, sheet: "history", row: 2 });
    const chu = result.notCounted.find((n) => n.reason === "duplicate")!;
    expect(chu.counted).toEqual({ book: 0, sheet: "history", row: 4 });
    expect(result.notCounted.some((n) => n.name === "Lý Thị Mỷ" || n.name === "Lò Thị Hương")).toBe(false);
  });

  it("moves with the period: the 01/12/2025 decision is next year's", () => {
    const next = count([provinceBook()], reportingPeriod(2026));
    expect(cell(next, "0603", "01", "5")).toBe(1);
    expect(next.trace.map((t) => t.name)).toEqual(["Lý Thị Mỷ"]);
  });
});

describe("form 0601 from the books' movements", () => {
  const movements = [
    movement("THUONGXUYEN", "Phong trào thi đua thường xuyên năm 2025", {
      type: "regular",
      scope: "sectorOrLocality",
      duration: "oneYear",
    }),
    // Thời hạn from Giai đoạn (5 years), Phương thức from Loại.
    movement("CDS", "Thi đua thực hiện chuyển đổi số", { scope: "sectorOrLocality", period: "2021-2025" }),
    movement("VNN", "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", {
      scope: "national",
      period: "2021 – 2025",
      method: "thematic",
    }),
    // Nothing said: Chưa phân loại in each section.
    movement("DVK", "Thi đua “Dân vận khéo”", { type: null }),
  ];
  const ward = (name: string, year = 2025) =>
    book({ plan: { ...plan(year, "commune"), issuer: name }, units: [unit("X-TAVAN")], movements });

  it("counts each movement once per section, by who launched it", () => {
    const r = count([ward("UBND xã Tả Van")]);
    const expected: [string, number, number, number, number][] = [
      // row, total, TW (2), tỉnh (3), cơ quan, đơn vị (4)
      ["01", 4, 1, 0, 3],
      ["02", 1, 1, 0, 0],
      ["03", 2, 0, 0, 2],
      ["X1", 1, 0, 0, 1],
      ["07", 1, 0, 0, 1],
      ["10", 2, 1, 0, 1],
      ["X2", 1, 0, 0, 1],
      ["11", 2, 1, 0, 1],
      ["12", 1, 0, 0, 1],
      ["X3", 1, 0, 0, 1],
    ];
    for (const [code, ...figures] of expected) {
      expect([code, ...["1", "2", "3", "4"].map((c) => cell(r, "0601", code, c))]).toEqual([code, ...figures]);
    }
    const cds = r.trace.find((t) => t.what === "CDS")!;
    expect(cds.notes).toEqual(["durationFromPeriod", "methodFromType"]);
  });

  it("counts a nationwide movement once across wards, and a past year's book not at all", () => {
    const r = count([ward("UBND xã Tả Van"), ward("UBND phường Sa Pa"), ward("UBND xã Tả Phìn", 2024)]);
    expect(cell(r, "0601", "02", "2")).toBe(1);
    expect(cell(r, "0601", "01", "4")).toBe(6);
    expect(r.notCounted.filter((n) => n.reason === "duplicate").map((n) => `${n.book}:${n.what}`)).toEqual(["1:VNN"]);
  });

  it("cannot say who launched a movement when the plan gives no level", () => {
    const r = count([book({ plan: plan(2025, null), units: [unit("X-TAVAN")], movements: movements.slice(0, 1) })]);
    expect(cell(r, "0601", "01", "X")).toBe(1);
  });
});
