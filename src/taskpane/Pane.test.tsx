/** @jest-environment jsdom */
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { ERROR_FILL } from "../excel/marks";
import { createMemoryHost } from "../excel/memory";
import { message } from "../i18n";
import { checkWorkbook } from "../sheets/checkWorkbook";
import { servicesFor } from "./host";
import { fallbackSheets } from "./preview/fallbackBook";
import { loadResults } from "./check/CheckTab";
import { findingLines } from "./check/findingView";
import { Pane, PaneRoot } from "./Pane";
import type { PaneServices } from "./services";
import { countsOf, fakeServices, sampleFindings, type FakeServices } from "./testing";
import { loadChecker, type Checker } from "./usePane";
import { renderTestPane } from "./testPane";

// Fluent draws the search box and the unit combobox slowly in jsdom on a busy 2-core machine.
configure({ asyncUtilTimeout: 5000 });

const fixedChecker: Checker = () => {
  const findings = sampleFindings();
  return { findings, counts: countsOf(findings) };
};

// Most tests open the pane without its opening check, to follow one action at a time.
function renderPane(services: PaneServices, checker: Checker | undefined = fixedChecker, checkOnOpen = false) {
  // These tests read each notice after the book is done: success notices stay up (closing: CheckResults.test).
  return renderTestPane({ services, checker, checkOnOpen, noticeCloseMs: Infinity });
}

/** The notice bar says this (the live region says it too, for screen readers). */
const noticeSays = (text: string | RegExp) =>
  waitFor(() => {
    const said = screen.getByTestId("notice").querySelector(".fui-MessageBarBody")?.textContent ?? "";
    if (typeof text === "string") expect(said).toContain(text);
    else expect(said).toMatch(text);
  });

async function check() {
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra sổ" }));
  await screen.findByTestId("summary");
}

// The checker and the findings list are chunks of their own: load them once before the tests.
beforeAll(() => Promise.all([loadChecker(), loadResults()]));
beforeEach(() => localStorage.clear());
afterEach(() => {
  jest.restoreAllMocks();
  jest.useRealTimers();
});

describe("opening the pane", () => {
  test("with live mode on (the default) the book is checked at once, without pressing the button", async () => {
    const services = fakeServices();
    renderPane(services, fixedChecker, true);
    await screen.findByTestId("summary");
    expect(services.calls.read).toBe(1);
    expect(screen.getByTestId("announcer").textContent?.trim()).toBe("Đã kiểm tra: 3 lỗi, 1 cảnh báo, 1 lưu ý");
  });
});

describe("the Kiểm tra tab", () => {
  test("lists the findings by sheet after a check, and announces the counts politely", async () => {
    const services = fakeServices();
    renderPane(services);
    expect(screen.getByTestId("announcer")).toHaveProperty("textContent", "");
    await check();
    expect(services.calls.read).toBe(1);
    const groups = screen.getAllByTestId("finding-group");
    // The missing sheet comes first: the checks that need it wait for it.
    expect(groups.map((g) => within(g).getByRole("heading").textContent)).toEqual([
      "Sửa lỗi này trước1 phát hiện",
      "Chung cho cả sổ1 phát hiện",
      "Đơn vị1 phát hiện",
      "Đề nghị khen thưởng2 phát hiện",
    ]);
    const announcer = screen.getByTestId("announcer");
    expect(announcer.getAttribute("aria-live")).toBe("polite");
    expect(announcer.textContent?.trim()).toBe("Đã kiểm tra: 3 lỗi, 1 cảnh báo, 1 lưu ý");
  });

  test("the severity chips carry the counts, hide and show their findings, and say whether they are on", async () => {
    renderPane(fakeServices());
    await check();
    const chip = (s: string) => screen.getByTestId(`filter-${s}`);
    expect(screen.getAllByTestId("finding")).toHaveLength(5);
    expect(["error", "warning", "info"].map((s) => chip(s).textContent)).toEqual(["✓3 lỗi", "✓1 cảnh báo", "✓1 lưu ý"]);
    expect(chip("error").getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(chip("error"));
    expect(chip("error").getAttribute("aria-pressed")).toBe("false");
    expect(chip("error").textContent).toBe("3 lỗi");
    const left = screen.getAllByTestId("finding");
    expect(left.map((el) => el.getAttribute("data-severity"))).toEqual(["info", "warning"]);
    fireEvent.click(chip("warning"));
    fireEvent.click(chip("info"));
    expect(screen.queryAllByTestId("finding")).toHaveLength(0);
    expect(screen.getByText("Không có phát hiện nào ở mức độ đã chọn.")).toBeTruthy();
  });

  test("choosing a finding selects its cell in the book; a row without a column goes to column A", async () => {
    const services = fakeServices();
    renderPane(services);
    await check();
    const f = sampleFindings();
    fireEvent.click(screen.getByText(findingLines(f[2], "vi").text));
    await waitFor(() => expect(services.calls.select).toEqual([["Đề nghị khen thưởng", "D3"]]));
    fireEvent.click(screen.getByText(findingLines(f[3], "vi").text));
    await waitFor(() => expect(services.calls.select[1]).toEqual(["Đề nghị khen thưởng", "A5"]));
  });

  test("a finding about a sheet the book lacks is listed but not a button", async () => {
    renderPane(fakeServices());
    await check();
    const missing = screen.getAllByTestId("finding").find((el) => el.getAttribute("data-sheet") === "Tiến độ");
    expect(missing?.tagName).toBe("DIV");
  });

  test("Đánh dấu asks to mark only the errors' cells, each with its message", async () => {
    const services = fakeServices();
    renderPane(services);
    await check();
    fireEvent.click(screen.getByRole("button", { name: "Đánh dấu" }));
    await waitFor(() => expect(services.calls.mark).toHaveLength(1));
    const f = sampleFindings();
    expect(services.calls.mark[0]).toEqual([
      { sheet: "Đơn vị", cell: "C3", note: message(f[1], "vi") },
      { sheet: "Đề nghị khen thưởng", cell: "D3", note: message(f[2], "vi") },
    ]);
  });

  test("Đánh dấu colours and notes the book's error cells and says how many; Bỏ đánh dấu gives them back", async () => {
    const host = createMemoryHost(fallbackSheets());
    renderPane(servicesFor(host.run, "preview"), undefined);
    await check();
    fireEvent.click(screen.getByRole("button", { name: "Đánh dấu" }));
    await noticeSays("Đã đánh dấu 2 ô có lỗi.");
    // "Xã phường " in C3 of Đơn vị, "X-LAOCHAI" in D3 of Đề nghị khen thưởng.
    expect(host.cellFormat("Đơn vị", 2, 2).fill).toBe(ERROR_FILL);
    expect(host.cellFormat("Đề nghị khen thưởng", 2, 3).fill).toBe(ERROR_FILL);
    expect(host.cellFormat("Đề nghị khen thưởng", 2, 3).note).toContain("X-LAOCHAI");
    fireEvent.click(screen.getByRole("button", { name: "Bỏ đánh dấu" }));
    await noticeSays("Đã bỏ đánh dấu, trả lại 2 ô như cũ.");
    expect(host.cellFormat("Đơn vị", 2, 2)).toEqual({ fill: null, note: null });
    expect(host.cellFormat("Đề nghị khen thưởng", 2, 3)).toEqual({ fill: null, note: null });
  });

  test("after marking, the clerk fixes D3 and mistypes D2: the live check moves the mark with the error", async () => {
    const host = createMemoryHost(fallbackSheets());
    // The real checker (renderPane's default is a fixed list).
    renderPane(servicesFor(host.run, "preview"), checkWorkbook);
    await check();
    fireEvent.click(screen.getByRole("button", { name: "Đánh dấu" }));
    await noticeSays("Đã đánh dấu 1 ô có lỗi.");
    expect(host.cellFormat("Đề nghị khen thưởng", 2, 3).fill).toBe(ERROR_FILL);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Đề nghị khen thưởng");
      sheet.getRange("D3").values = [["X-TAVAN"]];
      sheet.getRange("D2").values = [["X-BANHO"]];
      await context.sync();
    });
    await waitFor(() => expect(host.cellFormat("Đề nghị khen thưởng", 2, 3)).toEqual({ fill: null, note: null }), {
      timeout: 5000,
    });
    expect(host.cellFormat("Đề nghị khen thưởng", 1, 3).fill).toBe(ERROR_FILL);
    expect(host.cellFormat("Đề nghị khen thưởng", 1, 3).note).toContain("X-BANHO");
    await noticeSays("Đã cập nhật đánh dấu: 1 ô đang có lỗi.");
  });

  test("marking asked for during a re-check waits for it: the two never touch the book at once", async () => {
    jest.useFakeTimers();
    const services = fakeServices();
    renderPane(services);
    await check();
    const log: string[] = [];
    let release: () => void = () => undefined;
    const read = services.readBook.bind(services);
    services.readBook = async () => {
      log.push("read starts");
      await new Promise<void>((resolve) => (release = resolve));
      log.push("read ends");
      return read();
    };
    const mark = services.markFindings.bind(services);
    services.markFindings = async (marks) => {
      log.push("mark");
      return mark(marks);
    };
    // The clerk edits a cell: Excel's change event asks for a re-check.
    await act(() => jest.advanceTimersByTimeAsync(0));
    act(() => services.edit());
    await act(() => jest.advanceTimersByTimeAsync(20));
    expect(log).toEqual(["read starts"]);
    fireEvent.click(screen.getByRole("button", { name: "Đánh dấu" }));
    await act(() => jest.advanceTimersByTimeAsync(100));
    expect(log).toEqual(["read starts"]);
    await act(async () => release());
    await waitFor(() => expect(log).toEqual(["read starts", "read ends", "mark"]));
  });

  test("marking before any check asks the clerk to check first", async () => {
    const services = fakeServices();
    renderPane(services);
    fireEvent.click(screen.getByRole("button", { name: "Đánh dấu" }));
    await noticeSays("Hãy bấm “Kiểm tra sổ” trước khi đánh dấu.");
    expect(services.calls.mark).toHaveLength(0);
  });

  test("Thiết lập sổ lists the sheets added, each with what it is for, or says the book is complete", async () => {
    renderPane(fakeServices({ added: ["Tiến độ", "Nộp"] }));
    fireEvent.click(screen.getByRole("button", { name: "Thiết lập sổ" }));
    await noticeSays(/Đã thêm 2 sheet và mở sheet “Tiến độ”/);
    await noticeSays("Nộp (không bắt buộc): ngày các đơn vị nộp báo cáo, hồ sơ.");
  });

  test("Thiết lập sổ on a complete book says so", async () => {
    renderPane(fakeServices({ added: [] }));
    fireEvent.click(screen.getByRole("button", { name: "Thiết lập sổ" }));
    await noticeSays("Sổ đã đủ các sheet.");
  });

  test("a failure shows plain words, never the error's text", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    renderPane(fakeServices({ fail: { read: new Error("RichApi.Error: InvalidArgument at Object.<anonymous>") } }));
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra sổ" }));
    const bar = await screen.findByTestId("notice");
    expect(bar.textContent).toContain("Không đọc được sổ để kiểm tra.");
    expect(bar.textContent).not.toMatch(/RichApi|InvalidArgument|anonymous/);
  });
});

describe("live checking", () => {
  test("an edit in the book re-checks after a short pause, once for a burst of edits", async () => {
    jest.useFakeTimers();
    const services = fakeServices();
    renderPane(services);
    await check();
    await waitFor(() => expect(services.watching()).toBe(true));
    act(() => {
      services.edit();
      services.edit();
    });
    await act(() => jest.advanceTimersByTimeAsync(15));
    act(() => services.edit());
    await act(() => jest.advanceTimersByTimeAsync(15));
    expect(services.calls.read).toBe(1);
    await act(() => jest.advanceTimersByTimeAsync(5));
    expect(services.calls.read).toBe(2);
    await act(() => jest.advanceTimersByTimeAsync(60));
    expect(services.calls.read).toBe(2);
  });

  test("on Excel on the web, coming back to the pane re-checks (a value picked from a drop-down raises no event)", async () => {
    const services = { ...fakeServices(), refreshOnFocus: true };
    renderPane(services);
    await check();
    act(() => {
      window.dispatchEvent(new Event("focus"));
    });
    await waitFor(() => expect(services.calls.read).toBe(2));
  });

  test("when the book's changes cannot be followed, automatic checking turns off and the clerk is told", async () => {
    jest.useFakeTimers();
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    renderPane(fakeServices({ fail: { watch: new Error("RichApi.Error: GeneralException") } }));
    // Excel may refuse for a moment (the clerk typing in a cell as the pane opens): tried again quietly.
    await act(() => jest.advanceTimersByTimeAsync(0));
    expect(screen.queryByTestId("notice")).toBeNull();
    await act(() => jest.advanceTimersByTimeAsync(2_000));
    const bar = screen.getByTestId("notice");
    expect(bar.textContent).toContain("Không theo dõi được các thay đổi của sổ; chế độ kiểm tra tự động đã tắt.");
    expect(bar.textContent).not.toContain("GeneralException");
    expect(screen.getByRole("switch", { name: "Kiểm tra tự động" })).toHaveProperty("checked", false);
  });

  test("with Kiểm tra tự động off an edit greys the list with a sign, and turning it on checks at once", async () => {
    const services = fakeServices();
    renderPane(services);
    await check();
    fireEvent.click(screen.getByRole("switch", { name: "Kiểm tra tự động" }));
    await waitFor(() => expect(services.watching()).toBe(true));
    expect(screen.queryByTestId("stale")).toBeNull();
    act(() => services.edit());
    expect(screen.getByTestId("stale").textContent).toBe("Sổ đã thay đổi — bấm Kiểm tra sổ");
    expect(services.calls.read).toBe(1);
    fireEvent.click(screen.getByRole("switch", { name: "Kiểm tra tự động" }));
    await waitFor(() => expect(services.calls.read).toBe(2));
    await waitFor(() => expect(screen.queryByTestId("stale")).toBeNull());
  });

  test("each check says when it ran, so a second press visibly ran again", async () => {
    let clock = new Date(2024, 5, 15, 10, 42, 5).getTime();
    render(
      <PaneRoot services={fakeServices()} checker={fixedChecker} lang="vi" checkOnOpen={false} now={() => clock}>
        <Pane />
      </PaneRoot>,
    );
    await check();
    expect(screen.getByTestId("checked-at").textContent).toBe("Đã kiểm tra lúc 10:42:05");
    clock += 7000;
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra sổ" }));
    await waitFor(() => expect(screen.getByTestId("checked-at").textContent).toBe("Đã kiểm tra lúc 10:42:12"));
  });
});

describe("marks that follow the check", () => {
  test("after Đánh dấu, a re-check updates the marks in the book and replaces “Đã đánh dấu 2 ô”", async () => {
    let findings = sampleFindings();
    const checker: Checker = () => ({ findings, counts: countsOf(findings) });
    const services = fakeServices();
    renderPane(services, checker);
    await check();
    fireEvent.click(screen.getByRole("button", { name: "Đánh dấu" }));
    await waitFor(() => expect(screen.getByTestId("notice").textContent).toContain("Đã đánh dấu 2 ô có lỗi."));
    // The clerk fixes the unit type in C3: the next check finds only the unknown unit.
    findings = findings.filter((f) => f.cell !== "C3");
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra sổ" }));
    await waitFor(() => expect(services.calls.update).toHaveLength(1));
    expect(services.calls.update[0].map((m) => `${m.sheet}!${m.cell}`)).toEqual(["Đề nghị khen thưởng!D3"]);
    await waitFor(() =>
      expect(screen.getByTestId("notice").textContent).toContain("Đã cập nhật đánh dấu: 1 ô đang có lỗi."),
    );
  });

  test("without marks in this session, a check leaves the book's cells alone", async () => {
    const services = fakeServices();
    renderPane(services);
    await check();
    await check();
    expect(services.calls.update).toEqual([]);
  });
});

describe("language", () => {
  test("the switch shows the pane, the findings and the announcement in English", async () => {
    renderPane(fakeServices());
    await check();
    fireEvent.click(screen.getByRole("button", { name: /^English/ }));
    expect(screen.getByRole("button", { name: "Check the book" })).toBeTruthy();
    expect(screen.getByText(findingLines(sampleFindings()[2], "en").text)).toBeTruthy();
    expect(screen.getByTestId("filter-error").textContent).toBe("✓Errors: 3");
    expect(screen.getByTestId("announcer").textContent?.trim()).toBe("Checked. Errors: 3, warnings: 1, notes: 1");
    expect(localStorage.getItem("tdkt.lang")).toBe("en");
  });

  test("the pane opens again in the language the clerk chose last time", async () => {
    const open = () =>
      render(
        <PaneRoot services={fakeServices()} checkOnOpen={false}>
          <Pane />
        </PaneRoot>,
      );
    const first = open();
    expect(screen.getByRole("button", { name: "Kiểm tra sổ" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /^English/ }));
    first.unmount();

    open();
    expect(screen.getByRole("button", { name: "Check the book" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Kiểm tra sổ" })).toBeNull();
  });
});

describe("capabilities", () => {
  test("an older Excel is told plainly what it cannot do", () => {
    renderPane(fakeServices({ missing: [{ feature: "notes", set: "ExcelApi", version: "1.18" }] }));
    const bar = screen.getByTestId("capabilities");
    expect(bar.textContent).toContain("ghi chú trong ô");
    expect(bar.textContent).toContain("ExcelApi 1.18");
  });
});

describe("with the real checker", () => {
  test("a unit code missing from Đơn vị is found in the nominations and can be gone to", async () => {
    const services: FakeServices = fakeServices({ sheets: fallbackSheets() });
    renderPane(services, checkWorkbook);
    await check();
    const laochai = screen.getAllByTestId("finding").find((el) => el.textContent?.includes("X-LAOCHAI"));
    expect(laochai).toBeDefined();
    expect(laochai?.getAttribute("data-severity")).toBe("error");
    fireEvent.click(laochai!);
    await waitFor(() => expect(services.calls.select).toEqual([["Đề nghị khen thưởng", "D3"]]));
  });
});

describe("progress", () => {
  test("a slow read shows what is happening, then the result", async () => {
    const services = fakeServices();
    let release: () => void = () => undefined;
    const read = services.readBook.bind(services);
    services.readBook = () => new Promise((resolve) => (release = () => resolve(read())));
    renderPane(services);
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra sổ" }));
    expect(await screen.findByText("Đang đọc và kiểm tra sổ…")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Kiểm tra sổ" })).toHaveProperty("disabled", true);
    act(() => release());
    await screen.findByTestId("summary");
    expect(screen.queryByText("Đang đọc và kiểm tra sổ…")).toBeNull();
  });
});

describe("findings that leave the pane", () => {
  test("Xuất kết quả writes the Kết quả kiểm tra sheet into the book, errors first, each Ô a link; Hoàn tác takes the last export back", async () => {
    const host = createMemoryHost(fallbackSheets());
    renderPane(servicesFor(host.run, "preview"), checkWorkbook);
    await check();
    fireEvent.click(screen.getByRole("button", { name: "Xuất kết quả" }));
    await noticeSays(/^Đã ghi \d+ phát hiện vào sheet “Kết quả kiểm tra”\.$/);
    const rows = host.values("Kết quả kiểm tra");
    expect(rows[0]).toEqual(["Mức độ", "Sheet", "Ô", "Mã đơn vị", "Tên đơn vị", "Nội dung", "Căn cứ"]);
    expect(rows[1].slice(0, 4)).toEqual(["Lỗi", "Đề nghị khen thưởng", "D3", "X-LAOCHAI"]);
    expect(host.cellLink("Kết quả kiểm tra", 1, 2)).toBe("'Đề nghị khen thưởng'!D3");
    // A second export replaces the first: still one sheet, the same rows.
    fireEvent.click(screen.getByRole("button", { name: "Xuất kết quả" }));
    await waitFor(() => expect(host.allSheetNames().filter((n) => n === "Kết quả kiểm tra")).toHaveLength(1));
    expect(host.values("Kết quả kiểm tra")).toEqual(rows);
    fireEvent.click(await screen.findByRole("button", { name: "Hoàn tác" }));
    await noticeSays("Đã hoàn tác: Xuất kết quả kiểm tra.");
    // What the second export replaced (the first export) is back.
    expect(host.values("Kết quả kiểm tra")).toEqual(rows);
    expect(screen.queryByRole("button", { name: "Hoàn tác" })).toBeNull();
  });

  test("Gửi từng đơn vị offers one .zip with a file for each unit that has findings", async () => {
    const services = fakeServices({ sheets: fallbackSheets() });
    renderPane(services, checkWorkbook);
    await check();
    fireEvent.click(screen.getByRole("button", { name: "Gửi từng đơn vị" }));
    await waitFor(() => expect(services.calls.files).toHaveLength(1));
    const { unzipSync } = await import("fflate");
    expect(Object.keys(unzipSync(services.calls.files[0].data))).toEqual(["X-LAOCHAI.xlsx"]);
    expect(services.calls.files[0].name).toBe("ket-qua-kiem-tra-theo-don-vi.zip");
  });
});
