/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { createMemoryHost } from "../../excel/memory";
import { PaneRoot } from "../Pane";
import { fakeServices } from "../testing";
import { Grid, parseBlock } from "./Grid";

/** The clerk's units sheet in the in-memory host, cursor on A1. */
function setUp() {
  const host = createMemoryHost([
    {
      name: "Đơn vị",
      values: [
        ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
        ["P-SAPA", "UBND phường Sa Pa", "Xã, phường"],
        ["X-TAVAN", "UBND xã Tả Van", "Xã phường"],
      ],
    },
  ]);
  render(
    <PaneRoot services={fakeServices()} lang="vi" checkOnOpen={false}>
      <Grid host={host} />
    </PaneRoot>,
  );
  const grid = screen.getByTestId("grid-scroller");
  const cell = (a: string) => document.querySelector(`td[data-cell="${a}"]`) as HTMLElement;
  const key = (k: string, extra: Partial<KeyboardEventInit> = {}) => fireEvent.keyDown(grid, { key: k, ...extra });
  const nameBox = () => screen.getByTestId("grid-selection").textContent;
  return { host, grid, cell, key, nameBox };
}

describe("editing the book in the grid with the keyboard, as in Excel", () => {
  test("arrows move the cursor; typing replaces the cell; Enter stores it and moves down", () => {
    const { host, cell, key, nameBox } = setUp();
    fireEvent.click(cell("C3"));
    expect(nameBox()).toBe("C3");
    key("ArrowUp");
    expect(nameBox()).toBe("C2");
    key("X");
    const input = screen.getByRole("textbox", { name: "Sửa ô C2" }) as HTMLInputElement;
    expect(input.value).toBe("X");
    fireEvent.change(input, { target: { value: "Xã" } });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(host.values("Đơn vị")[1][2]).toBe("Xã");
    expect(nameBox()).toBe("C3");
  });

  test("F2 edits what the cell holds; Esc leaves it as it was", () => {
    const { host, cell, key } = setUp();
    fireEvent.click(cell("B3"));
    key("F2");
    const input = screen.getByRole("textbox", { name: "Sửa ô B3" }) as HTMLInputElement;
    expect(input.value).toBe("UBND xã Tả Van");
    fireEvent.change(input, { target: { value: "UBND xã Tả Van (cũ)" } });
    fireEvent.keyDown(input, { key: "Escape" });
    expect(host.values("Đơn vị")[2][1]).toBe("UBND xã Tả Van");
  });

  test("Ctrl+Z takes the last edits back, one at a time", () => {
    const { host, cell, key } = setUp();
    fireEvent.click(cell("A2"));
    key("Delete");
    expect(host.values("Đơn vị")[1][0]).toBe("");
    key("ArrowDown");
    key("Q");
    fireEvent.keyDown(screen.getByRole("textbox"), { key: "Enter" });
    expect(host.values("Đơn vị")[2][0]).toBe("Q");
    key("z", { ctrlKey: true });
    expect(host.values("Đơn vị")[2][0]).toBe("X-TAVAN");
    key("z", { ctrlKey: true });
    expect(host.values("Đơn vị")[1][0]).toBe("P-SAPA");
  });

  test("a block pasted from Excel fills the cells from the cursor, numbers as numbers, and undoes as one", () => {
    const { host, grid, cell, key } = setUp();
    fireEvent.click(cell("A4"));
    fireEvent.paste(grid, {
      clipboardData: {
        getData: () => "TRUONG-MN\tTrường Mầm non Hoàng Liên\tĐơn vị sự nghiệp\r\nHTX-BANHO\tHTX Bản Hồ\t12\r\n",
      },
    });
    const values = host.values("Đơn vị");
    expect(values[3]).toEqual(["TRUONG-MN", "Trường Mầm non Hoàng Liên", "Đơn vị sự nghiệp"]);
    expect(values[4]).toEqual(["HTX-BANHO", "HTX Bản Hồ", 12]);
    key("z", { ctrlKey: true });
    expect(host.values("Đơn vị").length).toBe(3);
  });

  test("a text table splits by line and tab, a trailing line break adds no row", () => {
    expect(parseBlock("a\tb\nc\td\n")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(parseBlock("một ô")).toEqual([["một ô"]]);
  });
});
