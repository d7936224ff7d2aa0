/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import type { CellValue } from "../../domain/model";
import { Pane, PaneRoot } from "../Pane";
import { fakeServices } from "../testing";
import { Grid, parseTyped, plainAddress, type GridHost } from "./Grid";

/** A two-sheet book with one marked cell, selected on Đơn vị!C3. */
function fakeHost() {
  const sheets: Record<string, CellValue[][]> = {
    "Đơn vị": [
      ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
      ["P-SAPA", "UBND phường Sa Pa", "Xã, phường"],
      ["X-TAVAN", "UBND xã Tả Van", "Xã phường"],
    ],
    "Đề nghị khen thưởng": [
      ["STT", "Họ và tên"],
      [1, "Giàng Thị Mỷ"],
    ],
  };
  let active = "Đơn vị";
  const listeners = new Set<() => void>();
  const edits: [string, number, number, CellValue][] = [];
  const host: GridHost = {
    sheetNames: () => Object.keys(sheets),
    values: (s) => sheets[s],
    cellFormat: (s, r, c) =>
      s === "Đơn vị" && r === 2 && c === 2
        ? { fill: "#FFC7CE", note: "Loại đơn vị không hợp lệ" }
        : { fill: null, note: null },
    selection: () => ({ sheet: "Đơn vị", address: "'Đơn vị'!C3" }),
    activeSheet: () => active,
    setActiveSheet: (s) => {
      active = s;
      listeners.forEach((l) => l());
    },
    editCell: (s, r, c, v) => {
      edits.push([s, r, c, v]);
      sheets[s][r][c] = v;
      listeners.forEach((l) => l());
    },
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  return { host, edits };
}

function renderGrid(host: GridHost, services = fakeServices()) {
  return render(
    <PaneRoot services={services} lang="vi" checkOnOpen={false}>
      <Grid host={host} />
      <Pane />
    </PaneRoot>,
  );
}

describe("the preview grid", () => {
  test("shows the active sheet with column letters, row numbers, fills and note markers", () => {
    const { host } = fakeHost();
    const { container } = renderGrid(host);
    expect(screen.getByRole("columnheader", { name: "C" })).toBeTruthy();
    expect(screen.getByRole("rowheader", { name: "3" })).toBeTruthy();
    const marked = container.querySelector('td[data-cell="C3"]') as HTMLElement;
    expect(marked.textContent).toBe("Xã phường");
    expect(marked.getAttribute("data-fill")).toBe("#FFC7CE");
    expect(marked.style.backgroundColor).toBe("rgb(255, 199, 206)");
    expect(marked.getAttribute("title")).toBe("Loại đơn vị không hợp lệ");
    expect(container.querySelector('td[data-cell="B3"]')?.getAttribute("data-fill")).toBe("");
  });

  test("highlights the selected cell and names it in the name box", () => {
    const { host } = fakeHost();
    const { container } = renderGrid(host);
    expect(screen.getByTestId("grid-selection").textContent).toBe("C3");
    expect(container.querySelector('td[aria-selected="true"]')?.getAttribute("data-cell")).toBe("C3");
  });

  test("the sheet tabs switch the sheet shown", () => {
    const { host } = fakeHost();
    renderGrid(host);
    fireEvent.click(screen.getByRole("tab", { name: "Đề nghị khen thưởng" }));
    expect(screen.getByTestId("grid-table").getAttribute("data-sheet")).toBe("Đề nghị khen thưởng");
    expect(screen.getByText("Giàng Thị Mỷ")).toBeTruthy();
    // the selection is on another sheet: nothing highlighted here
    expect(screen.getByTestId("grid-selection").textContent).toBe("");
  });

  test("double-click edits a cell; Enter stores numbers as numbers", () => {
    const { host, edits } = fakeHost();
    const { container } = renderGrid(host);
    fireEvent.doubleClick(container.querySelector('td[data-cell="A2"]')!);
    const input = screen.getByRole("textbox", { name: "Sửa ô A2" });
    fireEvent.change(input, { target: { value: "42" } });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(edits).toEqual([["Đơn vị", 1, 0, 42]]);
    expect(container.querySelector('td[data-cell="A2"]')?.textContent).toBe("42");
  });

  test("Escape leaves the cell as it was", () => {
    const { host, edits } = fakeHost();
    const { container } = renderGrid(host);
    fireEvent.doubleClick(container.querySelector('td[data-cell="B2"]')!);
    const input = screen.getByRole("textbox", { name: "Sửa ô B2" });
    fireEvent.change(input, { target: { value: "xoá" } });
    fireEvent.keyDown(input, { key: "Escape" });
    expect(edits).toEqual([]);
    expect(container.querySelector('td[data-cell="B2"]')?.textContent).toBe("UBND phường Sa Pa");
  });
});

describe("grid helpers", () => {
  test("addresses lose their sheet, dollars and range end", () => {
    expect(plainAddress("'Đề nghị khen thưởng'!$D$7")).toBe("D7");
    expect(plainAddress("Đơn vị!e12:f13")).toBe("E12");
    expect(plainAddress("A1")).toBe("A1");
  });
  test("typed text becomes a number only when it is one", () => {
    expect(parseTyped("12")).toBe(12);
    expect(parseTyped(" ")).toBeNull();
    expect(parseTyped("0912 345 678")).toBe("0912 345 678");
    expect(parseTyped("0912345678")).toBe("0912345678");
    expect(parseTyped("-3.5")).toBe(-3.5);
    expect(parseTyped("15/03/2024")).toBe("15/03/2024");
  });

  test("one click selects a cell, as in Excel: the name box says it", () => {
    const { host } = fakeHost();
    renderGrid(host);
    fireEvent.click(screen.getByTestId("grid-table").querySelector('td[data-cell="B2"]')!);
    expect(screen.getByTestId("grid-selection").textContent).toBe("B2");
  });

  test("row 1 stays in view and a cell scrolled to clears the sticky headers", () => {
    const { host } = fakeHost();
    renderGrid(host);
    const table = screen.getByTestId("grid-table");
    const header = table.querySelector('td[data-cell="A1"]')!;
    const data = table.querySelector('td[data-cell="A3"]')!;
    expect(getComputedStyle(header).position).toBe("sticky");
    expect(getComputedStyle(data).position).not.toBe("sticky");
    expect(getComputedStyle(data).scrollMarginTop).toBe("44px");
  });
});

describe("a long sheet: only the rows in view are drawn, and every row can be reached", () => {
  function longHost(selected: string) {
    const noms: CellValue[][] = [["STT", "Họ và tên", "Mã đơn vị"]];
    for (let i = 1; i <= 20_000; i++) noms.push([i, `Lù Thị Sính ${i}`, i === 15_000 ? "X-LAOCHAI" : "X-TAVAN"]);
    const host: GridHost = {
      sheetNames: () => ["Đề nghị khen thưởng"],
      values: () => noms,
      cellFormat: () => ({ fill: null, note: null }),
      selection: () => ({ sheet: "Đề nghị khen thưởng", address: selected }),
      activeSheet: () => "Đề nghị khen thưởng",
      setActiveSheet: () => undefined,
      editCell: () => undefined,
      subscribe: () => () => undefined,
    };
    return host;
  }

  test("20,000 nominations draw the header row and a screenful, with the rest as space to scroll", () => {
    const { container } = renderGrid(longHost("A1"));
    const rows = container.querySelectorAll('[data-testid="grid-table"] tbody tr[aria-rowindex]');
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.length).toBeLessThan(100);
    expect(container.querySelector('td[data-cell="C2"]')?.textContent).toBe("X-TAVAN");
    expect(container.querySelector('td[data-cell="C15001"]')).toBeNull();
    const below = container.querySelector('[data-testid="rows-below"]') as HTMLElement;
    expect(parseInt(below.style.height, 10)).toBeGreaterThan(19_000 * 21);
  });

  test("a finding far down (row 15,001) is drawn, with the frozen header row still there", () => {
    const { container } = renderGrid(longHost("'Đề nghị khen thưởng'!C15001"));
    const cell = container.querySelector('td[data-cell="C15001"]');
    expect(cell?.textContent).toBe("X-LAOCHAI");
    expect(cell?.getAttribute("aria-selected")).toBe("true");
    expect(container.querySelector('td[data-cell="A1"]')?.textContent).toBe("STT");
    expect(container.querySelector('[data-testid="rows-above"]')).not.toBeNull();
  });
});
