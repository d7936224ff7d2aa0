/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { RawSheet } from "../../sheets/parse";
import { loadTabBar, Pane, PaneRoot } from "../Pane";
import { fakeServices } from "../testing";
import { MAX_BARS, statsView } from "./statsView";

/** The tab's code is imported on first opening, and Fluent renders slowly in jsdom: allow for a busy machine. */
const LOADED = { timeout: 10_000 };
jest.setTimeout(20_000);

const LDTT = "Lao động tiên tiến";
const CSTDCS = "Chiến sĩ thi đua cơ sở";

/** A town's 2024 book: three years of history and this year's nominations. */
const SHEETS: RawSheet[] = [
  {
    name: "Kế hoạch",
    values: [
      ["Mục", "Giá trị"],
      ["Năm", 2024],
      ["Cấp", "Huyện"],
    ],
  },
  {
    name: "Đơn vị",
    values: [
      ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
      ["TTYT", "Trung tâm Y tế thị xã", "Đơn vị sự nghiệp"],
      ["X-TAVAN", "UBND xã Tả Van", "Xã, phường"],
    ],
  },
  {
    name: "Lịch sử khen thưởng",
    values: [
      ["Họ và tên", "Mã đơn vị", "Hình thức", "Năm"],
      ["Trần Quốc Khánh", "TTYT", CSTDCS, 2022],
      ["Trần Quốc Khánh", "TTYT", CSTDCS, 2023],
      ["Giàng A Sử", "X-TAVAN", LDTT, 2022],
      ["Giàng A Sử", "X-TAVAN", LDTT, 2023],
      ["Lý Thị Mẩy", "X-TAVAN", LDTT, 2023],
    ],
  },
  {
    name: "Đề nghị khen thưởng",
    values: [
      ["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức", "Kết quả"],
      [1, "Cá nhân", "Trần Quốc Khánh", "TTYT", CSTDCS, "Đề nghị"],
      [2, "Cá nhân", "Giàng A Sử", "X-TAVAN", LDTT, "Đồng ý"],
    ],
  },
];

// The tab bar is a chunk the page fetches as it starts, before the pane is drawn.
beforeAll(() => loadTabBar(), 60_000);

describe("the Thống kê tab", () => {
  test("opens lazily and shows each year with a chart of its awards, newest first", async () => {
    const services = fakeServices({ sheets: SHEETS });
    render(
      <PaneRoot services={services} lang="vi" checkOnOpen={false}>
        <Pane />
      </PaneRoot>,
    );
    fireEvent.click(screen.getByRole("tab", { name: "Thống kê" }));
    const years = await screen.findAllByTestId("stats-year", {}, LOADED);
    expect(years.map((y) => within(y).getByRole("heading").textContent)).toEqual(["Năm 2024", "Năm 2023", "Năm 2022"]);
    expect(within(years[0]).getByText("1 khen thưởng · 1 đang đề nghị")).toBeTruthy();
    const bars = within(years[1])
      .getAllByTestId("year-bar")
      .map((b) => b.getAttribute("aria-label"));
    expect(bars).toEqual([
      "Lao động tiên tiến: 2 khen thưởng, 0 đang đề nghị",
      "Chiến sĩ thi đua cơ sở: 1 khen thưởng, 0 đang đề nghị",
    ]);
    expect(within(years[0]).getByRole("img", { name: "Năm 2024: số khen thưởng theo hình thức" })).toBeTruthy();
    expect(screen.getByTestId("stats-chains").textContent).toBe(
      "Trần Quốc Khánh (Trung tâm Y tế thị xã): Chiến sĩ thi đua cơ sở 2022–2024 → Chiến sĩ thi đua cấp tỉnh năm 2024",
    );
    expect(services.calls.read).toBe(1);
  });

  test("reads the book again on request, and says so when it cannot", async () => {
    const services = fakeServices({ sheets: SHEETS });
    render(
      <PaneRoot services={services} lang="en" checkOnOpen={false}>
        <Pane />
      </PaneRoot>,
    );
    fireEvent.click(screen.getByRole("tab", { name: "Statistics" }));
    await screen.findAllByTestId("stats-year", {}, LOADED);
    services.readBook = async () => {
      throw new Error("the workbook is busy");
    };
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole("button", { name: "Show statistics" }));
    await waitFor(() =>
      expect(
        screen.getByText(/could not be read for the statistics/, { selector: ".fui-MessageBarBody" }),
      ).toBeTruthy(),
    );
  });

  test("a book without history or nominations says there is nothing to count", async () => {
    const services = fakeServices({ sheets: SHEETS.slice(0, 2) });
    render(
      <PaneRoot services={services} lang="vi" checkOnOpen={false}>
        <Pane />
      </PaneRoot>,
    );
    fireEvent.click(screen.getByRole("tab", { name: "Thống kê" }));
    expect((await screen.findByTestId("stats-empty", {}, LOADED)).textContent).toMatch(/chưa có lịch sử/);
  });
});

describe("the chart of a year", () => {
  test("shows the largest awards and gathers the rest into one bar", () => {
    const awards = ["A", "B", "C", "D", "E", "F", "G"].map((x, i) => [
      `Người ${x}`,
      "TTYT",
      `Giấy khen loại ${x}`,
      2023,
      i,
    ]);
    const rows = awards.flatMap(([name, unit, award, year, n]) =>
      Array.from({ length: (n as number) + 1 }, (_, k) => [`${name} ${k}`, unit, award, year]),
    );
    const view = statsView(
      [
        SHEETS[0],
        SHEETS[1],
        { name: "Lịch sử khen thưởng", values: [["Họ và tên", "Mã đơn vị", "Hình thức", "Năm"], ...rows] },
      ],
      { year: 2024, month: 12, day: 1 },
    );
    const bars = view.years[0].bars;
    expect(bars).toHaveLength(MAX_BARS);
    expect(bars.map((b) => [b.label, b.awarded])).toEqual([
      ["Giấy khen loại G", 7],
      ["Giấy khen loại F", 6],
      ["Giấy khen loại E", 5],
      ["Giấy khen loại D", 4],
      [null, 3 + 2 + 1],
    ]);
  });
});
