/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { buildSampleSheets } from "../../sample";
import { loadTabBar, Pane, PaneRoot } from "../Pane";
import { fakeServices } from "../testing";

const sheets = buildSampleSheets().map((s) => ({ name: s.name, values: s.values }));

function openBlocks(services = fakeServices({ sheets }), lang: "vi" | "en" = "vi") {
  render(
    <PaneRoot services={services} lang={lang} checkOnOpen={false} today={() => ({ year: 2024, month: 12, day: 10 })}>
      <Pane />
    </PaneRoot>,
  );
  fireEvent.click(screen.getByRole("tab", { name: lang === "vi" ? "Khối" : "Blocks" }));
  return services;
}

const units = () => screen.getAllByTestId("block-unit");

// The tab is loaded lazily; compile its module once up front, so the first test measures the tab.
beforeAll(() => import("./BlocksTab"), 60_000);
beforeEach(() => localStorage.clear());

// The tab bar is a chunk the page fetches as it starts, before the pane is drawn.
beforeAll(() => loadTabBar(), 60_000);

describe("the Khối tab on the Sa Pa sample", () => {
  test("loads when opened, reads the book once and ranks the first scored block with a bar per unit", async () => {
    const services = openBlocks();
    // The first drawing of the tab and its Fluent parts can take seconds on a busy machine.
    await screen.findByTestId("blocks-tab", {}, { timeout: 15_000 });
    expect(services.calls.read).toBe(1);
    expect((screen.getByTestId("blocks-select") as HTMLSelectElement).value).toBe("K2");
    expect(units()).toHaveLength(11);
    expect(screen.getAllByTestId("block-bar")).toHaveLength(11);
    // The leader's bar: 104 of 110 points.
    expect(screen.getAllByTestId("block-bar")[0].style.width).toMatch(/^94\.54/);
    const tied = units().filter((u) => u.getAttribute("data-tied") === "true");
    expect(tied.map((u) => [u.getAttribute("data-unit"), u.getAttribute("data-rank")])).toEqual([
      ["PTCKH", "5"],
      ["PKT", "5"],
    ]);
  });

  test("choosing the wards' block shows phường Sa Pa first and Hàm Rồng proposed, with the reason", async () => {
    openBlocks();
    const select = (await screen.findByTestId("blocks-select")) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: "K5" } });
    expect(units().map((u) => u.getAttribute("data-unit"))).toEqual([
      "P-SAPA",
      "P-HAMRONG",
      "P-SAPAA",
      "P-PHANSIPANG",
      "P-OQUYHO",
      "P-CAUMAY",
    ]);
    const leader = screen.getByTestId("block-leader");
    expect(leader.getAttribute("data-leader")).toBe("P-HAMRONG");
    expect(leader.textContent).toContain("Đề nghị Cờ thi đua: UBND phường Hàm Rồng");
    expect(leader.textContent).toContain("chưa đạt chỉ tiêu “Tỷ lệ thu gom, xử lý rác thải sinh hoạt”");
  });

  test("a unit's criteria, and a criterion goes to its Chấm điểm cell (the score that counts)", async () => {
    const services = openBlocks();
    fireEvent.change(await screen.findByTestId("blocks-select"), { target: { value: "K6" } });
    fireEvent.click(units().find((u) => u.getAttribute("data-unit") === "X-NGUCHISON") as HTMLElement);
    const detail = screen.getByTestId("block-unit-detail");
    const c2 = within(detail)
      .getAllByTestId("block-criterion")
      .find((c) => c.getAttribute("data-code") === "C.2") as HTMLElement;
    // The planted 12 on a 10-point criterion counts as 10, and says so.
    expect(c2.textContent).toContain("10/10");
    expect(c2.textContent).toContain("Tự chấm (đã đưa về mức tối đa)");
    fireEvent.click(c2);
    await waitFor(() => expect(services.calls.select).toEqual([["Chấm điểm", "D216"]]));
  });

  test("a criterion scored from the targets, with no Chấm điểm row, goes to its row in Tiêu chí chấm điểm", async () => {
    const services = openBlocks();
    fireEvent.change(await screen.findByTestId("blocks-select"), { target: { value: "K5" } });
    fireEvent.click(units()[0]);
    const a3 = screen
      .getAllByTestId("block-criterion")
      .find((c) => c.getAttribute("data-code") === "A.3") as HTMLElement;
    expect(a3.textContent).toContain("4,98/10");
    expect(a3.textContent).toContain("Tính từ số liệu");
    fireEvent.click(a3);
    await waitFor(() => expect(services.calls.select).toEqual([["Tiêu chí chấm điểm", "A5"]]));
    fireEvent.click(screen.getByTestId("blocks-back"));
    expect(units()).toHaveLength(6);
  });

  test("in English, and for a book without a score sheet it says what to add", async () => {
    openBlocks(fakeServices({ sheets: sheets.filter((s) => s.name !== "Tiêu chí chấm điểm") }), "en");
    expect(await screen.findByText(/has no score sheet criteria for any emulation block/)).toBeTruthy();
  });

  test("a book that cannot be read shows an error, not a crash", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    openBlocks(fakeServices({ sheets, fail: { read: new Error("InvalidObjectPath") } }));
    // In the notice bar (the pane's live region repeats it for screen readers).
    expect(
      await screen.findByText("Không đọc được sổ để tính điểm. Hãy thử lại.", { selector: ".fui-MessageBarBody" }),
    ).toBeTruthy();
  });
});
