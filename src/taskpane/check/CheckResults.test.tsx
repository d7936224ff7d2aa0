/** @jest-environment jsdom */
import { act, configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { finding, type Finding } from "../../domain/finding";
import { NOTICE_CLOSE_MS } from "../state";

import { at, countsOf, fakeServices, type FakeServices } from "../testing";
import { loadChecker, type Checker } from "../usePane";
import { loadResults } from "./CheckTab";
import { FRESH_MS } from "./CheckResults";
import { renderTestPane } from "../testPane";

// Fluent draws the search box and the unit combobox slowly in jsdom on a busy 2-core machine.
configure({ asyncUtilTimeout: 5000 });

const NOMINATIONS = "Đề nghị khen thưởng";

const unknownUnit = (row: number, value: string): Finding =>
  finding("UNKNOWN_UNIT", "error", at({ sheet: NOMINATIONS, row, column: "Mã đơn vị", cell: `E${row}` }), {
    unit: value,
    params: { value },
  });

const blankTitle = (row: number, unit: string): Finding =>
  finding("REQUIRED_MISSING", "warning", at({ sheet: NOMINATIONS, row, column: "Chức vụ", cell: `D${row}` }), {
    unit,
    params: {},
  });

const mergedUnit = (row: number): Finding =>
  finding("UNIT_DISSOLVED", "info", at({ sheet: NOMINATIONS, row, column: "Mã đơn vị", cell: `E${row}` }), {
    unit: "XA-LAOCHAI",
    params: {
      value: "XA-LAOCHAI",
      successor: "XA-TAVAN",
      successorName: "UBND xã Tả Van",
      mergedOn: null,
      basis: "Nghị quyết 1293/NQ-UBTVQH15",
    },
  });

/** The Sa Pa nominations: a note first (the checker's order), then two errors and a warning. */
function sapaFindings(): Finding[] {
  return [mergedUnit(4), unknownUnit(6, "XA-BANKHOANG"), blankTitle(7, "XA-TAVAN"), unknownUnit(9, "X-LAOCHAI")];
}

let current: Finding[] = sapaFindings();
const checker: Checker = () => ({ findings: current, counts: countsOf(current) });

function open(services: FakeServices = fakeServices()) {
  renderTestPane({ services, checker });
  return services;
}

async function check() {
  fireEvent.click(screen.getByTestId("run-check"));
  await screen.findByTestId("findings");
}

const listed = () => screen.queryAllByTestId("finding").map((el) => el.getAttribute("data-cell"));

beforeAll(() => Promise.all([loadChecker(), loadResults()]));
beforeEach(() => {
  current = sapaFindings();
  localStorage.clear();
});
afterEach(() => jest.useRealTimers());

describe("the list reads short", () => {
  test("errors first, the warning next, the note folded until asked for", async () => {
    open();
    await check();
    expect(listed()).toEqual(["E6", "E9", "D7"]);
    const fold = screen.getByTestId("fold-notes");
    expect(fold.textContent).toBe("▸ Hiện 1 lưu ý");
    expect(fold.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(fold);
    expect(listed()).toEqual(["E6", "E9", "D7", "E4"]);
    expect(screen.getByTestId("fold-notes").getAttribute("aria-expanded")).toBe("true");
  });

  test("each finding: the problem without 'Dòng 6', a grey line with the sheet and cell, a chevron that says 'click me'", async () => {
    open();
    await check();
    const first = screen.getAllByTestId("finding")[0];
    expect(first.textContent).not.toContain("Dòng 6");
    expect(first.textContent).toContain("Cột “Mã đơn vị”: đơn vị “XA-BANKHOANG” không có trong sheet Đơn vị.");
    expect(first.textContent).toContain("Đề nghị khen thưởng › Ô E6");
    expect(first.querySelector('[aria-hidden="true"]')?.textContent).toBe("›");
  });

  test("the count chips hide a severity with nothing in it", async () => {
    current = [unknownUnit(6, "XA-BANKHOANG")];
    open();
    await check();
    expect(screen.getByTestId("filter-error").textContent).toBe("✓1 lỗi");
    expect(screen.queryByTestId("filter-warning")).toBeNull();
    expect(screen.queryByTestId("filter-info")).toBeNull();
  });
});

describe("finding what to send each unit", () => {
  test("the unit combobox lists the units of the findings; choosing one keeps only its findings", async () => {
    open();
    await check();
    const box = screen.getByRole("combobox", { name: "Đơn vị" });
    fireEvent.click(box);
    const options = (await screen.findAllByRole("option")).map((o) => o.textContent);
    expect(options).toEqual(["X-LAOCHAI (1)", "XA-BANKHOANG (1)", "XA-LAOCHAI (1)", "XA-TAVAN (1)"]);
    fireEvent.click(screen.getByRole("option", { name: "XA-TAVAN (1)" }));
    expect(listed()).toEqual(["D7"]);
    // The chips now count that unit's findings, out of the whole book's.
    expect(screen.getByTestId("filter-error").textContent).toBe("✓0/2 lỗi");
    expect(screen.getByTestId("filter-warning").textContent).toBe("✓1/1 cảnh báo");
    expect(screen.getByTestId("filter-info").textContent).toBe("✓0/1 lưu ý");
  });

  test("search without tone marks finds the unit's findings; nothing found offers Bỏ lọc", async () => {
    open();
    await check();
    const search = screen.getByRole("searchbox", { name: "Tìm trong kết quả" });
    fireEvent.change(search, { target: { value: "bankhoang" } });
    expect(listed()).toEqual(["E6"]);
    // While searching, notes are not folded: the note about the merged XA-LAOCHAI is found too.
    fireEvent.change(search, { target: { value: "lao chai" } });
    expect(listed()).toEqual(["E9", "E4"]);
    fireEvent.change(search, { target: { value: "Mường Hoa" } });
    expect(listed()).toEqual([]);
    expect(screen.getByText("Không có phát hiện nào khớp bộ lọc.")).toBeTruthy();
    fireEvent.click(screen.getByText("Bỏ lọc"));
    expect(listed()).toEqual(["E6", "E9", "D7"]);
  });
});

describe("the keyboard", () => {
  test("the findings list is one Tab stop; the arrow keys, Home and End move inside it", async () => {
    open();
    await check();
    const items = screen.getAllByTestId("finding");
    expect(items.map((el) => el.tabIndex)).toEqual([0, -1, -1]);
    items[0].focus();
    fireEvent.keyDown(items[0], { key: "ArrowDown" });
    expect(document.activeElement).toBe(items[1]);
    // The Tab key comes back to where the clerk was.
    expect(items.map((el) => el.tabIndex)).toEqual([-1, 0, -1]);
    fireEvent.keyDown(items[1], { key: "End" });
    expect(document.activeElement).toBe(items[2]);
    fireEvent.keyDown(items[2], { key: "ArrowDown" });
    expect(document.activeElement).toBe(items[2]);
    fireEvent.keyDown(items[2], { key: "Home" });
    expect(document.activeElement).toBe(items[0]);
  });

  test("headings go in order: the pane's h1, then an h2 for each group of findings", async () => {
    open();
    await check();
    const levels = [...document.querySelectorAll("h1, h2, h3, h4")].map((h) => h.tagName);
    expect(levels[0]).toBe("H1");
    expect(levels.slice(1).every((h) => h === "H2")).toBe(true);
  });
});

describe("after a live check", () => {
  test("a new error is marked Mới for a moment; a check the clerk asked for marks nothing", async () => {
    jest.useFakeTimers({ advanceTimers: true });
    const services = open();
    await check();
    expect(screen.queryAllByTestId("fresh")).toHaveLength(0);
    current = [...sapaFindings(), unknownUnit(11, "XA-MUONGHOA")];
    act(() => services.edit());
    await waitFor(() => expect(screen.getAllByTestId("fresh")).toHaveLength(1));
    const fresh = screen.getAllByTestId("finding").filter((el) => el.getAttribute("data-fresh") === "true");
    expect(fresh.map((el) => el.getAttribute("data-cell"))).toEqual(["E11"]);
    expect(within(fresh[0]).getByText("Mới")).toBeTruthy();
    act(() => jest.advanceTimersByTime(FRESH_MS));
    expect(screen.queryAllByTestId("fresh")).toHaveLength(0);

    current = [...current, unknownUnit(12, "XA-SAPA")];
    await check();
    await waitFor(() => expect(listed()).toContain("E12"));
    expect(screen.queryAllByTestId("fresh")).toHaveLength(0);
  });
});

describe("notices", () => {
  test("a success closes by itself after a few seconds, and is spoken", async () => {
    jest.useFakeTimers({ advanceTimers: true });
    open();
    await check();
    fireEvent.click(screen.getByTestId("mark"));
    await waitFor(() => expect(screen.getByTestId("notice").textContent).toContain("Đã đánh dấu 2 ô có lỗi."));
    expect(screen.getByTestId("spoken").textContent).toContain("Đã đánh dấu 2 ô có lỗi.");
    act(() => jest.advanceTimersByTime(NOTICE_CLOSE_MS));
    expect(screen.queryByTestId("notice")).toBeNull();
    // What was said stays in the live region (and the accessibility tree) until the next words.
    expect(screen.getByTestId("spoken").textContent).toContain("Đã đánh dấu 2 ô có lỗi.");
  });

  test("an error stays until the clerk closes it, and is spoken as an alert", async () => {
    jest.useFakeTimers({ advanceTimers: true });
    open(fakeServices({ fail: { read: new Error("GeneralException") } }));
    fireEvent.click(screen.getByTestId("run-check"));
    await screen.findByTestId("notice");
    await waitFor(() => expect(screen.getByTestId("spoken-alert").textContent).not.toBe(""));
    act(() => jest.advanceTimersByTime(3 * NOTICE_CLOSE_MS));
    expect(screen.getByTestId("notice")).toBeTruthy();
  });

  test("the language button's accessible name starts with the word on it", () => {
    open();
    const button = screen.getByTestId("language");
    expect(button.getAttribute("aria-label")?.startsWith(button.textContent ?? "\u0000")).toBe(true);
  });
});
