/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { Lang } from "../../i18n";
import { buildSampleSheets } from "../../sample";
import { Pane, PaneRoot } from "../Pane";
import { fakeServices, type FakeServices } from "../testing";
import { STATUS_FILL } from "./colours";
import { DeadlinesTabLazy } from "./lazy";

// Rendering the Sa Pa matrix (64 units × 34 milestones) in jsdom is slow on a busy machine.
jest.setTimeout(30_000);
const SLOW = { timeout: 10_000 };

// Load the lazy tab's module once up front, so each test waits for rendering only.
beforeAll(() => import("./DeadlinesTab"));

function renderTab(services: FakeServices, lang: Lang = "vi") {
  return render(
    <PaneRoot services={services} lang={lang} checkOnOpen={false}>
      <DeadlinesTabLazy />
    </PaneRoot>,
  );
}

/** Opens the tab on the Sa Pa book and picks 10/07/2024 as the reference day. */
async function onJuly10(services: FakeServices, lang: Lang = "vi") {
  renderTab(services, lang);
  const day = await screen.findByTestId("ref-day", {}, SLOW);
  fireEvent.change(day, { target: { value: "2024-07-10" } });
  await waitFor(
    () =>
      expect(screen.getByTestId("status-counts").querySelector('[data-status="overdue"]')).toHaveProperty(
        "dataset.count",
        "12",
      ),
    SLOW,
  );
}

const count = (status: string) =>
  screen.getByTestId("status-counts").querySelector(`[data-status="${status}"]`)?.getAttribute("data-count");

let writeText: jest.Mock;
beforeEach(() => {
  localStorage.clear();
  writeText = jest.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
});

describe("the Tiến độ tab on the Sa Pa sample", () => {
  test("counts each status on the reference day the clerk picks", async () => {
    const services = fakeServices({ sheets: buildSampleSheets() });
    await onJuly10(services);
    expect([count("overdue"), count("due_soon"), count("late"), count("done"), count("open")]).toEqual([
      "12",
      "0",
      "16",
      "115",
      "168",
    ]);
    // The date box shows the browser's format; the day is also said plainly.
    expect(screen.getByText("Thứ Tư, 10/07/2024")).toBeTruthy();
    fireEvent.change(screen.getByTestId("ref-day"), { target: { value: "2024-12-10" } });
    await waitFor(() => expect(count("due_soon")).toBe("59"), SLOW);
    expect(count("overdue")).toBe("30");
    // The book was read once: another day is worked out from what was read.
    expect(services.calls.read).toBe(1);
  });

  test("lists who is overdue by unit; a click goes to the milestone's row in Tiến độ", async () => {
    const services = fakeServices({ sheets: buildSampleSheets() });
    await onJuly10(services);
    const overdue = screen.getByTestId("overdue-list");
    expect(within(overdue).getByRole("heading").textContent).toBe("Quá hạn (12)");
    const units = within(overdue)
      .getAllByTestId("owed-unit")
      .map((u) => u.getAttribute("data-unit"));
    expect(units).toEqual([
      "LDLD",
      "VKS",
      "TTVHTTTT",
      "TTPTQD",
      "DN-HAMRONG",
      "DN-THOCAM",
      "DN-XAYDUNG",
      "HTX-BANHO",
      "HTX-TAPHIN",
    ]);
    const news = within(overdue).getAllByTestId("owed-item")[2];
    expect(news.textContent).toContain("TIN-TDKT tháng 04/2024 · có 0/1, hạn 30/04/2024, đã quá hạn 71 ngày");
    fireEvent.click(within(overdue).getAllByTestId("owed-item")[0]);
    await waitFor(() => expect(services.calls.select).toEqual([["Tiến độ", "C11"]]), SLOW);
    expect(within(screen.getByTestId("due-soon-list")).getByText("Không có.")).toBeTruthy();
  });

  test("the matrix shows every unit's status by symbol as well as colour", async () => {
    const services = fakeServices({ sheets: buildSampleSheets() });
    await onJuly10(services);
    const matrix = screen.getByTestId("status-matrix");
    const banHo = within(matrix)
      .getAllByTestId("matrix-row")
      .find((r) => r.getAttribute("data-unit") === "HTX-BANHO");
    // What every unit owes (DK-CT, BC-6T, HS-KT, BC-NAM); the block meetings are for K8's head only.
    const cells = [...(banHo?.querySelectorAll("td[data-status]") ?? [])];
    expect(cells.map((c) => [c.getAttribute("data-status"), c.textContent])).toEqual([
      ["overdue", "✗"],
      ["overdue", "✗"],
      ["open", "○"],
      ["open", "○"],
    ]);
    expect(cells[0].getAttribute("aria-label")).toBe("HTX-BANHO, DK-CT: Quá hạn");
    const rows = () => within(matrix).getAllByTestId("matrix-row").length;
    expect(rows()).toBe(64);
    fireEvent.click(within(matrix).getByRole("switch"));
    expect(rows()).toBe(9);
  });

  test("Tô màu Tiến độ sends one mark per milestone row; Bỏ tô màu takes them off", async () => {
    const services = fakeServices({ sheets: buildSampleSheets() });
    await onJuly10(services);
    fireEvent.click(screen.getByTestId("colour"));
    await screen.findByText("Đã tô màu 34 mốc trong sheet Tiến độ.", {}, SLOW);
    const [marks] = services.calls.colour;
    expect(marks).toHaveLength(34);
    expect(marks[0]).toMatchObject({ sheet: "Tiến độ", cell: "A2", fill: STATUS_FILL.done });
    const dkct = marks.find((m) => m.cell === "A7");
    expect(dkct?.fill).toBe(STATUS_FILL.overdue);
    expect(dkct?.note).toContain("Quá hạn: DN-THOCAM, DN-XAYDUNG, HTX-BANHO.");
    fireEvent.click(screen.getByTestId("uncolour"));
    await screen.findByText("Đã bỏ tô màu, trả lại 34 ô như cũ.", {}, SLOW);
    expect(services.calls.uncolour).toBe(1);
  });

  test("a failed colouring says so in plain words", async () => {
    const services = fakeServices({ sheets: buildSampleSheets(), fail: { colour: new Error("InvalidOperation") } });
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    await onJuly10(services);
    fireEvent.click(screen.getByTestId("colour"));
    await screen.findByText(/Không tô màu được/, {}, SLOW);
  });

  test("copies a polite reminder listing all a unit owes; shows it to copy by hand when the clipboard refuses", async () => {
    const services = fakeServices({ sheets: buildSampleSheets() });
    await onJuly10(services);
    const banHo = screen
      .getAllByTestId("owed-unit")
      .find((u) => u.getAttribute("data-unit") === "HTX-BANHO") as HTMLElement;
    fireEvent.click(within(banHo).getByTestId("copy-reminder"));
    await screen.findByText("Đã sao chép lời nhắc gửi Hợp tác xã Nông nghiệp và Du lịch cộng đồng Bản Hồ.", {}, SLOW);
    const text = writeText.mock.calls[0][0] as string;
    expect(text.split("\n")[0]).toBe("Kính gửi: Hợp tác xã Nông nghiệp và Du lịch cộng đồng Bản Hồ.");
    expect(text).toContain("(DK-CT): hạn 29/02/2024, đã quá hạn 132 ngày;");
    expect(text).toContain("(BC-6T): hạn 20/06/2024, đã quá hạn 20 ngày.");

    writeText.mockRejectedValue(new Error("NotAllowedError"));
    document.execCommand = jest.fn().mockReturnValue(false);
    fireEvent.click(within(banHo).getByTestId("copy-reminder"));
    const manual = (await screen.findByTestId("manual-copy", {}, SLOW)) as HTMLTextAreaElement;
    expect(manual.value).toBe(text);
  });

  test("in English", async () => {
    const services = fakeServices({ sheets: buildSampleSheets() });
    await onJuly10(services, "en");
    expect(within(screen.getByTestId("overdue-list")).getByRole("heading").textContent).toBe("Overdue (12)");
    expect(screen.getByRole("button", { name: "Colour Tiến độ" })).toBeTruthy();
  });

  test("a book without milestones says so", async () => {
    const services = fakeServices({
      sheets: [{ name: "Đơn vị", values: [["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"]] }],
    });
    renderTab(services);
    await screen.findByText("Sổ chưa có mốc tiến độ nào (sheet Tiến độ).", {}, SLOW);
  });
});

describe("the pane's tabs", () => {
  test("the Tiến độ tab sits beside Kiểm tra and opens on demand", async () => {
    const services = fakeServices({ sheets: buildSampleSheets() });
    render(
      <PaneRoot services={services} lang="vi" checkOnOpen={false}>
        <Pane />
      </PaneRoot>,
    );
    // The tab bar arrives in a chunk of its own, fetched as the pane starts.
    const tabs = (await screen.findAllByRole("tab", {}, SLOW)).map((t) => t.getAttribute("value"));
    // Other features' tabs (Thống kê) may follow; Tiến độ comes right after Kiểm tra.
    expect(tabs.slice(0, 2)).toEqual(["check", "deadlines"]);
    expect(services.calls.read).toBe(0);
    fireEvent.click(screen.getByRole("tab", { name: /Tiến độ/ }));
    await screen.findByTestId("status-counts", {}, SLOW);
    expect(services.calls.read).toBe(1);
  });
});
