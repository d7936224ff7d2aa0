/**
 * @jest-environment jsdom
 *
 * The pane in a real office's Excel, played by the in-memory host behind the real adapter: Excel's
 * refusals in plain words with what to do next, live checks that stay quiet about a passing failure
 * and light, marking and going to cells on the book as it is now, an older Excel, and failures no
 * one expected.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { CellValue } from "../domain/model";
import { checkCapabilities } from "../excel/capabilities";
import { createMemoryHost, type MemoryHost, type MemoryHostOptions } from "../excel/memory";
import { eventsDelivered } from "../excel/testBooks";
import { servicesFor } from "./host";
import { loadResults } from "./check/CheckTab";
import { loadTabBar, Pane, PaneRoot } from "./Pane";
import type { PaneServices } from "./services";
import { StartupMessage } from "./StartupMessage";
import { countsOf, fakeServices, sampleFindings } from "./testing";
import { loadChecker, type Checker, type PaneOptions } from "./usePane";

const NOMINATIONS = "Đề nghị khen thưởng";
const TODAY = { year: 2024, month: 6, day: 15 };

/** Three communes of Sa Pa, and four nominations of which two name a unit the book does not have. */
function book(extraNominations: CellValue[][] = []) {
  return [
    {
      name: "Đơn vị",
      values: [
        ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
        ["P-SAPA", "UBND phường Sa Pa", "Xã, phường"],
        ["X-TAVAN", "UBND xã Tả Van", "Xã, phường"],
        ["X-TAPHIN", "UBND xã Tả Phìn", "Xã, phường"],
      ],
    },
    {
      name: NOMINATIONS,
      values: [
        ["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức"],
        [1, "Cá nhân", "Giàng Thị Mỷ", "X-TAVAN", "Lao động tiên tiến"],
        [2, "Cá nhân", "Lý Láo Lở", "X-LAOCHAI", "Lao động tiên tiến"],
        [3, "Cá nhân", "Thào A Chứ", "X-TAPHIN", "Lao động tiên tiến"],
        [4, "Cá nhân", "Sùng Seo Páo", "X-BANKHOANG", "Lao động tiên tiến"],
        ...extraNominations,
      ],
    },
  ];
}

function excel(options: MemoryHostOptions = {}, sheets = book()): { host: MemoryHost; services: PaneServices } {
  const host = createMemoryHost(sheets, options);
  const services = servicesFor(host.run, "office", () => checkCapabilities(host.isSetSupported).missing);
  return { host, services };
}

function open(services: PaneServices, options: PaneOptions = {}) {
  return render(
    <PaneRoot
      services={services}
      lang="vi"
      debounceMs={20}
      noticeCloseMs={Infinity}
      retryMs={40}
      today={() => TODAY}
      checkOnOpen={false}
      {...options}
    >
      <Pane />
    </PaneRoot>,
  );
}

const button = (name: string) => screen.getByRole("button", { name });
const errors = () => Number(/(\d+) lỗi/.exec(screen.getByTestId("summary").textContent ?? "")?.[1] ?? 0);
const notice = () => screen.queryByTestId("notice")?.textContent ?? null;

async function check() {
  fireEvent.click(button("Kiểm tra sổ"));
  await waitFor(() => expect(screen.queryByTestId("busy")).toBeNull());
  await screen.findByTestId("summary");
}

function finding(text: string): HTMLElement {
  const el = screen.getAllByTestId("finding").find((f) => f.textContent?.includes(text));
  if (!el) throw new Error(`no finding with ${text}`);
  return el;
}

// Fluent UI in jsdom is slow on a busy machine; the tests wait for what the clerk would see.
jest.setTimeout(30_000);
// The checker and the findings list are chunks of their own: load them once before the tests.
beforeAll(() => Promise.all([loadChecker(), loadResults(), loadTabBar()]));

beforeEach(() => {
  localStorage.clear();
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe("Excel's refusals, in plain words with what to do next", () => {
  test("typing in a cell: press Enter or Esc and try again — and then it works", async () => {
    const { host, services } = excel();
    open(services);
    await check();
    host.setCellEditing(true);
    fireEvent.click(button("Kiểm tra sổ"));
    await waitFor(() => expect(notice()).toContain("Không đọc được sổ để kiểm tra."));
    expect(notice()).toContain("Bấm Enter hoặc Esc");
    host.setCellEditing(false);
    await check();
    expect(errors()).toBe(2);
    expect(notice()).toBeNull();
  });

  test("marks on a protected sheet: unprotect it (Xem lại → Bỏ bảo vệ trang tính), nothing half-marked", async () => {
    const { host, services } = excel();
    open(services);
    await check();
    host.protectSheet(NOMINATIONS);
    fireEvent.click(button("Đánh dấu"));
    await waitFor(() => expect(notice()).toContain("Không đánh dấu được các ô."));
    expect(notice()).toContain("Bỏ bảo vệ");
    expect(host.cellFormat(NOMINATIONS, 2, 3).fill).toBeNull();
  });

  test("set-up in a workbook whose structure is protected says so", async () => {
    const { host, services } = excel();
    open(services);
    host.protectStructure();
    fireEvent.click(button("Thiết lập sổ"));
    await waitFor(() => expect(notice()).toContain("Không thêm được sheet vào sổ."));
    expect(notice()).toContain("đang được bảo vệ");
  });

  test("going to a cell of a sheet renamed meanwhile: check the book again", async () => {
    const { host, services } = excel();
    open(services);
    await check();
    host.renameSheet(NOMINATIONS, "ĐNKT cũ");
    fireEvent.click(finding("X-LAOCHAI"));
    await waitFor(() => expect(notice()).toContain("Không chuyển đến được ô này."));
    expect(notice()).toContain("đổi tên hoặc xóa");
    expect(host.selection()).toBeNull();
  });

  test("too many marks for one request on the web: they are written in blocks, every one", async () => {
    const more = Array.from({ length: 10 }, (_, i) => [
      5 + i,
      "Cá nhân",
      `Vàng Thị Dua ${i + 1}`,
      `X-LAOCHAI${i}`,
      "Lao động tiên tiến",
    ]);
    const { host, services } = excel({ requestCellsPerSync: 40 }, book(more));
    open(services);
    await check();
    expect(errors()).toBe(12);
    fireEvent.click(button("Đánh dấu"));
    await waitFor(() => expect(notice()).toContain("Đã đánh dấu 12 ô có lỗi."));
    for (let row = 1; row <= 14; row++) {
      const unknown = ![1, 3].includes(row);
      expect([row, host.cellFormat(NOMINATIONS, row, 3).fill !== null]).toEqual([row, unknown]);
    }
  });

  test("any other refusal names Excel's code for the IT staff", async () => {
    const { host, services } = excel();
    open(services);
    await check();
    host.failNextSync("Conflict");
    fireEvent.click(button("Kiểm tra sổ"));
    await waitFor(() => expect(notice()).toContain("Excel báo lỗi mã Conflict"));
  });
});

describe("live checking stays quiet and light", () => {
  // Excel's events, the pause after an edit and the retry are timers: the tests move the clock.
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("a re-check refused once (the clerk had started typing) is retried quietly, and the list follows", async () => {
    const { host, services } = excel();
    open(services);
    await check();
    const seen: (string | null)[] = [];
    const watcher = new MutationObserver(() => seen.push(notice()));
    watcher.observe(document.body, { subtree: true, childList: true, characterData: true });
    host.setCellEditing(true);
    host.editCell(NOMINATIONS, 2, 3, "X-TAVAN");
    // The event, then the 20 ms pause: the re-check runs and Excel refuses it.
    await act(() => jest.advanceTimersByTimeAsync(30));
    host.setCellEditing(false);
    await waitFor(() => expect(errors()).toBe(1));
    watcher.disconnect();
    expect(seen.filter((n) => n !== null)).toEqual([]);
  });

  test("refused again on the retry, the clerk is told why, and the next edit that works clears it", async () => {
    const { host, services } = excel();
    open(services);
    await check();
    host.setCellEditing(true);
    host.editCell(NOMINATIONS, 2, 3, "X-TAVAN");
    await waitFor(() => expect(notice()).toContain("Kiểm tra tự động không đọc được sổ (đã thử lại một lần)."));
    expect(notice()).toContain("Bấm Enter hoặc Esc");
    host.setCellEditing(false);
    host.editCell(NOMINATIONS, 4, 3, "P-SAPA");
    await waitFor(() => expect(errors()).toBe(0));
    expect(notice()).toBeNull();
  });

  test("an edit is re-checked through the full reader (sheets known by their headers, the clerk's choices)", async () => {
    const { host, services } = excel();
    open(services);
    await check();
    const before = host.cellsRead();
    host.editCell(NOMINATIONS, 4, 3, "P-SAPA");
    await waitFor(() => expect(errors()).toBe(1));
    // The light re-read of changed cells only knew sheets by name (issue 8 reads by headers too).
    expect(host.cellsRead() - before).toBeGreaterThan(1);
  });

  test("in desktop Excel a click back into the pane reads nothing (every edit there raises an event)", async () => {
    const services = fakeServices();
    open(services);
    await check();
    act(() => {
      window.dispatchEvent(new Event("focus"));
      document.dispatchEvent(new Event("visibilitychange"));
    });
    await act(() => jest.advanceTimersByTimeAsync(60));
    expect(services.calls.read).toBe(1);
  });

  test("screen readers hear a live re-check only when the counts change; the button is always answered", async () => {
    const services = fakeServices();
    let findings = sampleFindings();
    const checker: Checker = () => ({ findings, counts: countsOf(findings) });
    open(services, { checker });
    await check();
    const announcer = screen.getByTestId("announcer");
    const first = announcer.textContent;
    expect(first?.trim()).toBe("Đã kiểm tra: 3 lỗi, 1 cảnh báo, 1 lưu ý");

    act(() => services.edit());
    await waitFor(() => expect(services.calls.read).toBe(2));
    await waitFor(() => expect(screen.queryByTestId("busy")).toBeNull());
    expect(announcer.textContent).toBe(first);

    findings = findings.filter((f) => f.code !== "UNKNOWN_UNIT");
    act(() => services.edit());
    await waitFor(() => expect(announcer.textContent?.trim()).toBe("Đã kiểm tra: 2 lỗi, 1 cảnh báo, 1 lưu ý"));
    const second = announcer.textContent;

    await check();
    expect(announcer.textContent).not.toBe(second);
    expect(announcer.textContent?.trim()).toBe(second?.trim());
  });
});

describe("marking and going to a cell act on the book as it is now", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());
  // A long pause: the re-check the edit asks for has not run by itself when the clerk clicks.
  const slow = { debounceMs: 60_000 };

  test("a cell fixed a moment before Đánh dấu is not marked; the error left is", async () => {
    const { host, services } = excel();
    open(services, slow);
    await check();
    host.editCell(NOMINATIONS, 2, 3, "X-TAVAN");
    await eventsDelivered();
    fireEvent.click(button("Đánh dấu"));
    await waitFor(() => expect(notice()).toContain("Đã đánh dấu 1 ô có lỗi."));
    expect(host.cellFormat(NOMINATIONS, 2, 3).fill).toBeNull();
    expect(host.cellFormat(NOMINATIONS, 4, 3).fill).not.toBeNull();
    expect(errors()).toBe(1);
  });

  test("a finding fixed meanwhile is not gone to; the clerk is told it was fixed", async () => {
    const { host, services } = excel();
    open(services, slow);
    await check();
    const laochai = finding("X-LAOCHAI");
    host.editCell(NOMINATIONS, 2, 3, "X-TAVAN");
    await eventsDelivered();
    fireEvent.click(laochai);
    await waitFor(() => expect(notice()).toContain("Lỗi này không còn trong sổ"));
    expect(host.selection()).toBeNull();
  });

  test("rows inserted above a finding: going to it lands on its new row", async () => {
    const { host, services } = excel();
    open(services, slow);
    await check();
    const bankhoang = finding("X-BANKHOANG");
    expect(bankhoang.getAttribute("data-cell")).toBe("D5");
    host.insertRows(NOMINATIONS, 1, 2);
    await eventsDelivered();
    fireEvent.click(bankhoang);
    await waitFor(() => expect(host.selection()).toEqual({ sheet: NOMINATIONS, address: "D7" }));
  });
});

describe("an older Excel", () => {
  test("Office 2019 (ExcelApi 1.7): the book is checked and gone to; what needs 1.9 is off and said plainly", async () => {
    const { host, services } = excel({ apiVersion: "1.7" });
    open(services);
    const bar = screen.getByTestId("capabilities");
    expect(bar.textContent).toContain("kiểm tra tự động sau mỗi lần sửa (cần ExcelApi 1.9)");
    expect(bar.textContent).toContain("đánh dấu ô lỗi (cần ExcelApi 1.9)");
    expect(bar.textContent).toContain("thiết lập sổ (cần ExcelApi 1.9)");
    const live = screen.getByRole("switch", { name: "Kiểm tra tự động" });
    expect(live).toHaveProperty("checked", false);
    expect(live).toHaveProperty("disabled", true);
    for (const name of ["Đánh dấu", "Bỏ đánh dấu", "Thiết lập sổ"])
      expect(button(name)).toHaveProperty("disabled", true);
    await check();
    expect(errors()).toBe(2);
    // The list is drawn a moment after the counts (its component is a chunk of its own).
    await screen.findAllByTestId("finding");
    fireEvent.click(finding("X-LAOCHAI"));
    await waitFor(() => expect(host.selection()).toEqual({ sheet: NOMINATIONS, address: "D3" }));
  });

  test("Office 2019: the other tabs keep their writes off too (Tô màu Tiến độ, Ghi vào lịch sử), and say why", async () => {
    const { services } = excel({ apiVersion: "1.8" });
    open(services);
    expect(screen.getByTestId("capabilities").textContent).toContain(
      "ghi vào sổ và hoàn tác (Ghi vào lịch sử, Ghi các sheet TH tổng hợp) (cần ExcelApi 1.9)",
    );
    fireEvent.click(screen.getByRole("tab", { name: "Tiến độ" }));
    for (const id of ["colour", "uncolour"])
      expect(await screen.findByTestId(id, {}, { timeout: 20_000 })).toHaveProperty("disabled", true);
    fireEvent.click(screen.getByRole("tab", { name: "Văn bản" }));
    expect(await screen.findByTestId("record-history", {}, { timeout: 20_000 })).toHaveProperty("disabled", true);
    expect(screen.getByTestId("undo-record")).toHaveProperty("disabled", true);
    // Reading (documents from the book) still works at the floor.
    expect(screen.getByTestId("make-documents")).toHaveProperty("disabled", false);
  });

  test("Office 2021 (ExcelApi 1.14): everything but notes", () => {
    const { services } = excel({ apiVersion: "1.14" });
    open(services);
    const bar = screen.getByTestId("capabilities");
    expect(bar.textContent).toContain("ghi chú trong ô");
    expect(bar.textContent).not.toMatch(/kiểm tra tự động|đánh dấu ô lỗi|thiết lập sổ|ghi vào sổ/);
    expect(button("Đánh dấu")).toHaveProperty("disabled", false);
  });
});

describe("failures no one expected leave words, never a blank pane", () => {
  test("a promise nobody awaited that fails shows a message", async () => {
    open(fakeServices());
    act(() => {
      const event = new Event("unhandledrejection") as Event & { reason?: unknown };
      event.reason = new Error("lost in a callback");
      window.dispatchEvent(event);
    });
    // In the message bar, and in the live region that speaks it.
    expect((await screen.findAllByText(/Ngăn gặp lỗi ngoài dự kiến trong lúc làm việc/)).length).toBeGreaterThan(0);
    expect(screen.getByTestId("notice").textContent).toMatch(/Ngăn gặp lỗi ngoài dự kiến/);
  });

  test("a part of the pane that throws while drawing gives a message and a way back", async () => {
    let broken = true;
    function Fragile() {
      if (broken) throw new Error("cannot draw");
      return <p>Danh sách đã hiện lại</p>;
    }
    render(
      <PaneRoot services={fakeServices()} lang="vi" checkOnOpen={false}>
        <Fragile />
      </PaneRoot>,
    );
    const crash = screen.getByTestId("crash");
    expect(crash.textContent).toContain("Ngăn gặp lỗi ngoài dự kiến");
    expect(crash.textContent).toContain("Sổ không bị ảnh hưởng");
    broken = false;
    fireEvent.click(within(crash).getByRole("button", { name: "Mở lại ngăn" }));
    expect(await screen.findByText("Danh sách đã hiện lại")).toBeTruthy();
  });
});

describe("when the pane cannot start on a workbook", () => {
  test("office.js blocked: what to check, in Vietnamese or English", () => {
    const { unmount } = render(<StartupMessage problem="officeMissing" lang="vi" />);
    const bar = screen.getByTestId("startup-problem");
    expect(bar.textContent).toContain("Không tải được Office.js");
    expect(bar.textContent).toContain("https://appsforoffice.microsoft.com");
    unmount();
    render(<StartupMessage problem="officeSlow" lang="en" />);
    expect(screen.getByTestId("startup-problem").textContent).toContain("opens by itself when Excel is ready");
  });
});
