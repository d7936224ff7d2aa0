import { finding } from "../../domain/finding";
import { message } from "../../i18n";
import { at, sampleFindings } from "../testing";
import { errorMarks, groupBySheet, targetCell } from "./findingTargets";

const BOOK = ["Đơn vị", "Đề nghị khen thưởng"];
const PARAMS = { params: { value: "Xã phường", allowed: "Xã, phường" } };

describe("where a finding takes the clerk", () => {
  test("to its own cell", () => {
    const f = finding("INVALID_VALUE", "error", at({ sheet: "Đơn vị", row: 3, cell: "C3" }), PARAMS);
    expect(targetCell(f, BOOK)).toEqual({ sheet: "Đơn vị", cell: "C3" });
  });
  test("to column A of its row when the column is unknown", () => {
    const f = finding("INVALID_VALUE", "warning", at({ sheet: "Đề nghị khen thưởng", row: 7 }), PARAMS);
    expect(targetCell(f, BOOK)).toEqual({ sheet: "Đề nghị khen thưởng", cell: "A7" });
  });
  test("to A1 for a finding about a whole sheet", () => {
    const f = finding("INVALID_VALUE", "info", at({ sheet: "Đơn vị" }), PARAMS);
    expect(targetCell(f, BOOK)).toEqual({ sheet: "Đơn vị", cell: "A1" });
  });
  test("nowhere for a sheet the book does not have, or the whole book", () => {
    const missing = finding("MISSING_SHEET", "error", at({ sheet: "Tiến độ" }), {
      params: { sheet: "Tiến độ", aliases: "Tien do" },
    });
    expect(targetCell(missing, BOOK)).toBeNull();
    const wholeBook = finding("PLAN_ASSUMED", "info", at(), {
      params: { year: 2024, level: "district", missing: "noPlanSheet", ruleset: "Cấp huyện/thị xã" },
    });
    expect(targetCell(wholeBook, BOOK)).toBeNull();
  });
});

describe("the cells marked for errors", () => {
  test("only errors in the book's cells are marked, each with its message as the note", () => {
    const findings = sampleFindings();
    const marks = errorMarks(findings, BOOK, "vi");
    expect(marks).toEqual([
      { sheet: "Đơn vị", cell: "C3", note: message(findings[1], "vi") },
      { sheet: "Đề nghị khen thưởng", cell: "D3", note: message(findings[2], "vi") },
    ]);
    expect(marks[1].note).toContain("X-LAOCHAI");
  });

  test("two errors in one cell each bring their message (the adapter puts them in one note)", () => {
    const cell = at({ sheet: "Đơn vị", row: 4, column: "Mã đơn vị", cell: "A4" });
    const a = finding("UNKNOWN_UNIT", "error", cell, { params: { value: "X-BANHO" } });
    const b = finding("DUPLICATE_UNIT_CODE", "error", cell, {
      params: { code: "X-BANHO", name: "UBND xã Bản Hồ", firstRow: 2 },
    });
    expect(errorMarks([a, b], BOOK, "en")).toEqual([
      { sheet: "Đơn vị", cell: "A4", note: message(a, "en") },
      { sheet: "Đơn vị", cell: "A4", note: message(b, "en") },
    ]);
  });
});

describe("grouping findings by sheet", () => {
  test("keeps the checker's order and drops hidden severities", () => {
    const groups = groupBySheet(sampleFindings(), { error: true, warning: false, info: true });
    // The missing Tiến độ sheet is to be fixed first: its group leads.
    expect(groups.map((g) => [g.sheet, g.fixFirst ?? false])).toEqual([
      [null, true],
      [null, false],
      ["Đơn vị", false],
      ["Đề nghị khen thưởng", false],
    ]);
    expect(groups[0].items.map((i) => i.finding.code)).toEqual(["MISSING_SHEET"]);
    expect(groups[3].items.map((i) => i.index)).toEqual([2]);
  });
});
