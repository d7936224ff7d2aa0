/** @jest-environment jsdom */
import { act, render, waitFor } from "@testing-library/react";
import { deserialize, serialize } from "v8";
import type { MemoryHost } from "../excel/memory";
import { PaneRoot } from "../taskpane/Pane";
import type { PaneServices } from "../taskpane/services";
import type { CheckResult, PaneState } from "../taskpane/state";
import { loadChecker, usePane } from "../taskpane/usePane";
import { appServices } from "./appServices";
import { memoryBook } from "./memoryBook";
import { checkOpened } from "./openingCheck";
import type { OpenedSheet } from "./workbookValues";
import type { CellValue } from "../domain/model";

const TODAY = { year: 2025, month: 11, day: 20 };
const NOW = Date.UTC(2025, 10, 20, 2, 30);
const NOMINATIONS = "Đề nghị khen thưởng";

/**
 * A ward's book as the page's worker hands it over once read: units (one name typed in decomposed
 * Unicode, as a Mac keyboard leaves it), nominations with two from a unit the book does not have, a
 * hidden list and a sheet of the clerk's own.
 */
function opened(): OpenedSheet[] {
  const names = ["Giàng Thị Mỷ", "Lý Láo Lở", "Hoàng Văn Tiến", "Nguyễn Thị Hoà", "Vàng A Dình", "Lù Thị Sính"];
  const nominations: CellValue[][] = [["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức", "Năm"]];
  for (let i = 0; i < 60; i++) {
    const unit = i % 50 === 1 ? "X-LAOCHAI" : ["P-SAPA", "X-TAVAN", "TRUONG-MN"][i % 3];
    nominations.push([i + 1, "Cá nhân", `${names[i % names.length]} ${i + 1}`, unit, "Lao động tiên tiến", 2025]);
  }
  return [
    {
      name: "Đơn vị",
      visibility: "Visible",
      values: [
        ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
        ["P-SAPA", "UBND phường Sa Pa", "Xã, phường"],
        ["X-TAVAN", "UBND xã Tả Van".normalize("NFD"), "Xã, phường"],
        ["TRUONG-MN", "Trường Mầm non Hoàng Liên", "Đơn vị sự nghiệp"],
      ],
    },
    { name: NOMINATIONS, visibility: "Visible", values: nominations },
    { name: "Danh mục ẩn", visibility: "Hidden", values: [["Xã, phường"]] },
    { name: "Ghi chú của tôi", visibility: "Visible", values: [["Nộp hồ sơ trước 15/11"]] },
  ];
}

/** The pane's controller on `services`, with nothing drawn: its state as it goes. */
function paneOn(services: PaneServices) {
  const seen: { state: PaneState | null } = { state: null };
  function Probe() {
    seen.state = usePane().state;
    return null;
  }
  render(
    <PaneRoot services={services} lang="vi" debounceMs={20} today={() => TODAY} now={() => NOW}>
      <Probe />
    </PaneRoot>,
  );
  const result = () => seen.state?.result ?? null;
  const errors = () => result()?.counts.error;
  return { result, errors, busy: () => seen.state?.busy ?? [] };
}

/** The row of the nomination from X-LAOCHAI (0-based), and fixing it as the clerk would. */
const fixUnknownUnit = (host: MemoryHost) => act(() => host.editCell(NOMINATIONS, 2, 3, "X-TAVAN"));

beforeAll(() => loadChecker());
beforeEach(() => localStorage.clear());

describe("the check of a book as it is opened, made by the page's worker", () => {
  test("is the check the pane makes of the same book on the page, findings included, and crosses to the page whole", async () => {
    const sheets = opened();
    const fromWorker = await checkOpened(sheets, TODAY, NOW);
    const onPage = paneOn(appServices(await memoryBook(sheets)));
    await waitFor(() => expect(onPage.result()).not.toBeNull());
    expect(fromWorker).toEqual(onPage.result());
    // Not two empty lists: the two nominations from the unknown unit, on their rows.
    const unknown = fromWorker.findings.filter((f) => f.code === "UNKNOWN_UNIT");
    expect(unknown.map((f) => [f.sheet, f.cell])).toEqual([
      [NOMINATIONS, "D3"],
      [NOMINATIONS, "D53"],
    ]);
    expect(fromWorker.sheets).toEqual(onPage.result()?.sheets);
    expect(fromWorker.unitNames?.["X-TAVAN"]).toBe("UBND xã Tả Van".normalize("NFD"));
    // What the worker posts is structured-cloned: nothing of it may be lost on the way.
    expect(deserialize(serialize(fromWorker))).toEqual(fromWorker);
  });

  test("is what the pane shows on opening, without reading the book on the page; an edit after is checked on the page", async () => {
    const sheets = opened();
    const fromWorker = await checkOpened(sheets, TODAY, NOW);
    const host = await memoryBook(sheets);
    const pane = paneOn(appServices(host, async () => fromWorker));
    await waitFor(() => expect(pane.result()).not.toBeNull());
    expect(pane.result()?.findings).toEqual(fromWorker.findings);
    expect(host.cellsRead()).toBe(0);

    await fixUnknownUnit(host);
    await waitFor(() => expect(pane.errors()).toBe(fromWorker.counts.error - 1));
    expect(host.cellsRead()).toBeGreaterThan(0);
    const left = pane.result()?.findings.filter((f) => f.code === "UNKNOWN_UNIT") ?? [];
    expect(left.map((f) => f.cell)).toEqual(["D53"]);
  });

  test("an edit made while the worker is still checking is checked once its check is shown", async () => {
    const sheets = opened();
    const fromWorker = await checkOpened(sheets, TODAY, NOW);
    const host = await memoryBook(sheets);
    const synced = host.syncCount();
    let hand: (r: CheckResult) => void = () => undefined;
    const pane = paneOn(appServices(host, () => new Promise((resolve) => (hand = resolve))));
    // The pane is waiting for the worker, and watching the book (its one sync).
    await waitFor(() => expect(pane.busy()).toContain("check"));
    await waitFor(() => expect(host.syncCount()).toBeGreaterThan(synced));
    await fixUnknownUnit(host);
    await act(async () => hand(fromWorker));
    await waitFor(() => expect(pane.errors()).toBe(fromWorker.counts.error - 1));
  });

  test("when the worker has no check to give, the pane reads and checks the book itself", async () => {
    const sheets = opened();
    const host = await memoryBook(sheets);
    const pane = paneOn(appServices(host, async () => null));
    await waitFor(() => expect(pane.result()).not.toBeNull());
    expect(host.cellsRead()).toBeGreaterThan(0);
    expect(pane.result()).toEqual(await checkOpened(sheets, TODAY, NOW));
  });

  test("is handed to the pane once: a second check reads the book as it is", async () => {
    const sheets = opened();
    const fromWorker = await checkOpened(sheets, TODAY, NOW);
    const asked: string[] = [];
    const services = appServices(await memoryBook(sheets), async () => {
      asked.push("check");
      return fromWorker;
    });
    expect(await services.openingCheck?.()).toBe(fromWorker);
    expect(await services.openingCheck?.()).toBeNull();
    expect(asked).toEqual(["check"]);
  });
});
