import { NOMINATIONS_SHEET, PLAN_SHEET, SHEETS, SUBJECT_OPTIONS, UNITS_SHEET } from "./contract";
import { parseBook } from "./parse";
import {
  bookLocator,
  columnWidthPoints,
  DATA_ROWS,
  listColumns,
  LISTS_SHEET,
  ruledAreas,
  sheetPlan,
  TEMPLATE_PROTECTION,
  type ListSource,
  type PlanOptions,
  type SheetPlan,
} from "./plan";

// One name with a comma, as the ruleset has: the award names cannot be an inline list.
const AWARDS = ["Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Thôn, tổ dân phố văn hóa"];
/** A book about to be set up from nothing: every sheet laid out by the plan. */
const options: PlanOptions = {
  lang: "vi",
  awards: AWARDS,
  locate: bookLocator(
    {},
    SHEETS.map((s) => s.key),
  ),
};

const column = (plan: SheetPlan, header: string) => {
  const found = plan.columns.find((c) => c.header === header);
  if (!found) throw new Error(`no column ${header}`);
  return found;
};

/** The items a range list offers, read from the lists sheet's columns. */
function listedOn(source: ListSource | null, lists: string[][]): string[] | null {
  if (source?.kind !== "range") return null;
  const m = /^'_tdkt_lists'!\$([A-Z])\$1:\$\1\$(\d+)$/.exec(source.reference);
  return m ? lists[m[1].charCodeAt(0) - 65].slice(0, Number(m[2])) : null;
}

describe("the sheet plan", () => {
  test("lays out the nominations sheet: contract columns then the clerk's own, widths in characters", () => {
    const plan = sheetPlan(NOMINATIONS_SHEET, { ...options, extraHeaders: ["Ghi chú của phòng"] });
    expect(plan.values).toEqual([[...NOMINATIONS_SHEET.columns.map((c) => c.header), "Ghi chú của phòng"]]);
    expect(column(plan, "Họ và tên").width).toBe(28);
    expect(column(plan, "Ghi chú của phòng")).toMatchObject({ key: null, width: 14, numberFormat: null, list: null });
    expect(plan.frozenRows).toBe(1);
  });

  test("formats dates as dd/mm/yyyy and whole numbers as whole numbers, nothing else", () => {
    const plan = sheetPlan(NOMINATIONS_SHEET, options);
    expect(column(plan, "Ngày tuyển dụng").numberFormat).toBe("dd/mm/yyyy");
    expect(column(plan, "Số thành viên").numberFormat).toBe("0");
    expect(column(plan, "STT").numberFormat).toBe("0");
    expect(column(plan, "Họ và tên").numberFormat).toBeNull();
  });

  test("offers yes/no inline, long or comma-ful lists from the very hidden lists sheet, codes from their sheet", () => {
    const plan = sheetPlan(NOMINATIONS_SHEET, options);
    const lists = listColumns(AWARDS);
    expect(column(plan, "Nữ").list).toEqual({ kind: "inline", text: "Có,Không" });
    // "Thôn, tổ dân phố" has a comma: the subjects cannot be an inline list.
    expect(listedOn(column(plan, "Đối tượng").list, lists)).toEqual(SUBJECT_OPTIONS.map((o) => o.label));
    expect(listedOn(column(plan, "Hình thức").list, lists)).toEqual(AWARDS);
    expect(column(plan, "Mã đơn vị").list).toEqual({ kind: "range", reference: `'Đơn vị'!$A$2:$A$${DATA_ROWS + 1}` });
    expect(column(plan, "Họ và tên").list).toBeNull();
  });

  test("follows the clerk's units where they are, and offers no codes from a sheet the book will not have", () => {
    const units = {
      name: "DON VI 2024",
      values: [["DANH SÁCH ĐƠN VỊ"], [null, "Mã đơn vị", "Tên đơn vị", "Loại đơn vị"]],
    };
    const parsed = parseBook([units]);
    const plan = sheetPlan(NOMINATIONS_SHEET, { ...options, locate: bookLocator(parsed.layouts, ["nominations"]) });
    expect(column(plan, "Mã đơn vị").list).toEqual({
      kind: "range",
      reference: `'DON VI 2024'!$B$3:$B$${DATA_ROWS + 2}`,
    });
    expect(column(plan, "Phong trào").list).toBeNull();
  });

  test("tells the clerk on each header what the column takes, within Excel's limits, in both languages", () => {
    for (const lang of ["vi", "en"] as const) {
      for (const spec of SHEETS) {
        for (const p of sheetPlan(spec, { ...options, lang }).prompts) {
          expect(p.title.length).toBeLessThanOrEqual(32);
          expect(p.message.length).toBeLessThanOrEqual(255);
        }
      }
    }
    const prompts = sheetPlan(NOMINATIONS_SHEET, options).prompts;
    const at = (header: string) =>
      prompts.find((p) => p.row === 0 && p.col === NOMINATIONS_SHEET.columns.findIndex((c) => c.header === header));
    expect(at("Mã đơn vị")?.message).toBe("Bắt buộc. Mã có trong sheet “Đơn vị”.");
    expect(at("Ngày tuyển dụng")?.message).toBe("Ngày dạng dd/mm/yyyy, ví dụ 15/03/2024.");
    expect(at("STT")?.message).toBe("Số nguyên.");
    expect(at("Chức vụ")).toBeUndefined();
    const en = sheetPlan(NOMINATIONS_SHEET, { ...options, lang: "en" }).prompts;
    expect(en.find((p) => p.title === "Mã đơn vị")?.message).toBe("Required. A code from the “Đơn vị” sheet.");
  });

  test("lays the plan sheet out as key | value: rules on the value cells, input messages on the items' names", () => {
    const plan = sheetPlan(PLAN_SHEET, options);
    expect(plan.values.map((r) => r[0])).toEqual([
      "Mục",
      "Năm",
      "Cơ quan ban hành",
      "Cấp",
      "Số hiệu",
      "Ngày ban hành",
      "Cơ quan thường trực",
      // The council's documents (issue 17).
      "Ngày ban hành QĐ khen thưởng",
      "Số thành viên Hội đồng",
      "Địa danh",
      "Người ký quyết định",
      "Chức vụ người ký",
      "Thủ trưởng cơ quan thường trực",
      "Cơ quan cấp trên",
      "Mức lương cơ sở",
    ]);
    expect(plan.columns.every((c) => c.list === null && c.numberFormat === null)).toBe(true);
    const cell = (row: number) => plan.cells.find((c) => c.row === row && c.col === 1);
    expect(cell(1)?.numberFormat).toBe("0");
    expect(cell(3)?.list).toEqual({ kind: "inline", text: "Tỉnh,Huyện,Xã" });
    expect(cell(5)?.numberFormat).toBe("dd/mm/yyyy");
    expect(plan.prompts.find((p) => p.row === 1)).toMatchObject({
      col: 0,
      title: "Năm",
      message: "Bắt buộc. Số nguyên.",
    });
  });

  test("opens the data rows and keeps the header locked; protects only a template", () => {
    const plan = sheetPlan(UNITS_SHEET, options);
    expect(plan.open).toEqual([{ top: 1, left: 0, bottom: DATA_ROWS, right: UNITS_SHEET.columns.length - 1 }]);
    expect(plan.protect).toBeNull();
    expect(sheetPlan(UNITS_SHEET, { ...options, protect: TEMPLATE_PROTECTION }).protect).toEqual(TEMPLATE_PROTECTION);
  });

  test("gives every ruled area inside the sheet's data rows", () => {
    for (const spec of SHEETS) {
      for (const area of ruledAreas(sheetPlan(spec, options))) {
        expect(area.top).toBeGreaterThanOrEqual(1);
        expect(area.bottom).toBeLessThanOrEqual(DATA_ROWS);
      }
    }
  });

  test("keeps the award names first on the lists sheet, and each long list once", () => {
    const lists = listColumns(AWARDS);
    expect(lists[0]).toEqual(AWARDS);
    expect(new Set(lists.map((l) => l.join("\n"))).size).toBe(lists.length);
    expect(LISTS_SHEET.startsWith("_tdkt_")).toBe(true);
  });

  test("converts characters to Office.js points: 7 pixels a character, 0.75 points a pixel", () => {
    expect(columnWidthPoints(28)).toBe(147);
    expect(columnWidthPoints(8)).toBe(42);
  });
});
