import { checkCapabilities, officeSupports } from "./capabilities";

/** An Excel that supports ExcelApi up to 1.`minor`, as Office.context.requirements answers. */
const excelApiUpTo =
  (minor: number) =>
  (set: string, version: string): boolean => {
    const [major, v] = version.split(".").map(Number);
    return set === "ExcelApi" && major === 1 && v <= minor;
  };

describe("what this Excel cannot do", () => {
  test("Microsoft 365 (ExcelApi 1.18) can do everything", () => {
    expect(checkCapabilities(excelApiUpTo(18)).missing).toEqual([]);
  });

  test("Office 2021 (ExcelApi 1.14) lacks notes only: marks are fill only", () => {
    expect(checkCapabilities(excelApiUpTo(14)).missing).toEqual([
      { feature: "notes", set: "ExcelApi", version: "1.18" },
    ]);
  });

  test("Office 2019 (ExcelApi 1.8) reads, checks and goes to a cell; live, marks and set-up need 1.9", () => {
    expect(checkCapabilities(excelApiUpTo(8)).missing.map((m) => m.feature)).toEqual([
      "live",
      "marks",
      "setup",
      "edits",
      "notes",
    ]);
  });

  test("Excel 2016 (ExcelApi 1.2) lacks the pane's base as well", () => {
    expect(checkCapabilities(excelApiUpTo(2)).missing.map((m) => m.feature)).toEqual([
      "base",
      "live",
      "marks",
      "setup",
      "edits",
      "notes",
    ]);
  });

  test("outside Office nobody can say, and the caller decides", () => {
    expect(officeSupports("ExcelApi", "1.18")).toBeNull();
  });
});
