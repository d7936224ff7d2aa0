/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { RawSheet } from "../../sheets/parse";
import { loadTabBar, Pane, PaneRoot } from "../Pane";
import { fakeServices } from "../testing";

/** The tab's code is imported on first opening, and Fluent renders slowly in jsdom: allow for a busy machine. */
const LOADED = { timeout: 10_000 };
jest.setTimeout(30_000);

/** A town's 2024 book: a commune in a difficult area and a ward, in two blocks. */
const SHEETS: RawSheet[] = [
  {
    name: "Kế hoạch",
    values: [
      ["Mục", "Giá trị"],
      ["Năm", 2024],
      ["Cấp", "Huyện"],
      ["Cơ quan ban hành", "UBND thị xã Sa Pa"],
    ],
  },
  {
    name: "Đơn vị",
    values: [
      ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Khối thi đua", "Vùng khó khăn"],
      ["X-TAVAN", "UBND xã Tả Van", "Xã, phường", "K-XA", "Có"],
      ["P-SAPA", "UBND phường Sa Pa", "Xã, phường", "K-PHUONG", ""],
    ],
  },
  {
    name: "Khối thi đua",
    values: [
      ["Mã khối", "Tên khối"],
      ["K-XA", "Khối các xã"],
      ["K-PHUONG", "Khối các phường"],
    ],
  },
  {
    name: "Đề nghị khen thưởng",
    values: [
      ["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức", "Kết quả", "Nữ"],
      [1, "Cá nhân", "Giàng Thị Sùng", "X-TAVAN", "Lao động tiên tiến", "Đề nghị", "x"],
      [2, "Cá nhân", "Lý Thị Hoà", "P-SAPA", "Lao động tiên tiến", "Đề nghị", "x"],
      [3, "Cá nhân", "Sần Văn Lâm", "X-TAVAN", "Lao động tiên tiến", "Đề nghị", ""],
      [4, "Cá nhân", "Vàng Thị Mỷ", "P-SAPA", "Bằng khen của Chủ tịch UBND tỉnh", "Trình cấp trên", "x"],
      [5, "Cá nhân", "Phàn Văn Lở", "X-TAVAN", "Lao động tiên tiến", "Không đồng ý", ""],
    ],
  },
];

function open(services: ReturnType<typeof fakeServices>, lang: "vi" | "en" = "vi") {
  render(
    <PaneRoot services={services} lang={lang} checkOnOpen={false}>
      <Pane />
    </PaneRoot>,
  );
  fireEvent.click(screen.getByRole("tab", { name: lang === "vi" ? "Tổng hợp" : "Summary" }));
}

// The tab bar is a chunk the page fetches as it starts, before the pane is drawn.
beforeAll(() => loadTabBar(), 60_000);

describe("the Tổng hợp tab", () => {
  test("shows the headline figures, the priority shares and a chart by award and by block", async () => {
    const services = fakeServices({ sheets: SHEETS });
    open(services);
    expect((await screen.findByTestId("summary-total", {}, LOADED)).textContent).toBe("4");
    expect(screen.getByTestId("summary-forwarded").textContent).toBe("1");
    expect(screen.getByTestId("summary-rejected").textContent).toBe("1");
    // 3 LĐTT × 710.000 đ this level pays; the Bằng khen is the province's.
    expect(screen.getByTestId("summary-money").textContent).toBe("2.130.000");
    const shares = within(screen.getByTestId("summary-shares"))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(shares).toContain("Nữ: 75,0% (3/4)");
    expect(shares).toContain("Đơn vị vùng khó khăn: 50,0% (2/4)");
    expect(shares).toContain("Đột xuất: 0,0% (0/4)");
    const bars = screen.getAllByTestId("year-bar").map((b) => b.getAttribute("aria-label"));
    expect(bars).toEqual([
      "Lao động tiên tiến: 3",
      "Bằng khen của Chủ tịch UBND tỉnh: 1",
      "Khối các xã: 2",
      "Khối các phường: 2",
    ]);
  });

  test("writes every TH sheet in one undoable batch, replacing its own earlier one, and takes them back", async () => {
    const services = fakeServices({ sheets: SHEETS });
    open(services);
    await screen.findByTestId("summary-total", {}, LOADED);
    fireEvent.click(screen.getByTestId("summary-write"));
    await screen.findByText(/Đã ghi 7 sheet/, {}, LOADED);
    expect(services.calls.batches).toHaveLength(1);
    const [{ edits, label }] = services.calls.batches;
    expect(label).toBe("summary");
    expect(edits.map((e) => e.sheet)).toEqual([
      "TH Tổng hợp",
      "TH Danh sách",
      "TH Tỷ lệ",
      "TH Chỉ tiêu",
      "TH Tiến độ",
      "TH Kinh phí",
      "TH Kiểm tra",
    ]);
    // Only new sheets, every cell fresh: none of the clerk's sheets is touched.
    expect(edits.every((e) => e.create && e.cells.every((c) => c.fresh))).toBe(true);
    const [overview, list] = edits;
    expect(overview.cells.some((c) => c.value === "Lao động tiên tiến")).toBe(true);
    // Nữ: 3 of 4, a number shown as a percentage.
    expect(overview.cells.find((c) => c.value === 0.75)?.format).toMatch(/%$/);
    expect(list.cells.some((c) => c.value === "Giàng Thị Sùng")).toBe(true);

    fireEvent.click(screen.getByTestId("summary-write"));
    await waitFor(() => expect(services.calls.undo).toBe(1), LOADED);
    await waitFor(() => expect(services.calls.batches).toHaveLength(2), LOADED);
    expect(services.calls.edits).toHaveLength(1);

    fireEvent.click(await screen.findByTestId("summary-undo", {}, LOADED));
    await screen.findByText(/Đã gỡ các sheet TH/, {}, LOADED);
    expect(services.calls.undo).toBe(2);
    expect(services.calls.edits).toHaveLength(0);
  });

  test("offers the summary workbook for download", async () => {
    const services = fakeServices({ sheets: SHEETS });
    const created: Blob[] = [];
    URL.createObjectURL = (b: Blob) => (created.push(b), "blob:tong-hop");
    URL.revokeObjectURL = () => undefined;
    open(services, "en");
    await screen.findByTestId("summary-total", {}, LOADED);
    fireEvent.click(screen.getByTestId("summary-download"));
    const link = await screen.findByTestId("summary-file", {}, LOADED);
    expect(link.getAttribute("download")).toBe("tong-hop-trinh-hoi-dong-2024.xlsx");
    expect(created[0].size).toBeGreaterThan(5000);
  });
});
