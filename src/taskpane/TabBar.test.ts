import { tabsInRow } from "./TabBar";

// Tab widths at the pane's real width: Kiểm tra, Tiến độ, Văn bản, Thống kê, Khối, Mẫu biểu, Tổng hợp.
const WIDTHS = [80, 70, 70, 75, 50, 75, 75];

describe("which tabs stay in the row at 320–360 px", () => {
  test("all of them when they fit", () => {
    expect(tabsInRow(WIDTHS, 600, 0)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  test("as many as fit with room left for Thêm ▾; the rest go in the menu", () => {
    // 320 px less 72 for "Thêm ▾": Kiểm tra, Tiến độ and Văn bản (220 px) fit, Thống kê would not.
    expect(tabsInRow(WIDTHS, 320, 0)).toEqual([0, 1, 2]);
  });

  test("the open tab is always in the row, in place of the last that fits", () => {
    expect(tabsInRow(WIDTHS, 320, 6)).toEqual([0, 1, 6]);
  });

  test("before the pane is measured (no room yet) every tab is drawn", () => {
    expect(tabsInRow(WIDTHS, 0, 3)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
