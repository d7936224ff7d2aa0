import { createMemoryHost } from "../excel/memory";
import { detectMode, servicesFor } from "./host";
import { fallbackSheets } from "./preview/fallbackBook";

type OfficeLike = { onReady: () => Promise<{ host: string | null }>; HostType: { Excel: string } };
const setOffice = (office: OfficeLike | undefined) => {
  (globalThis as { Office?: unknown }).Office = office;
};

afterEach(() => {
  setOffice(undefined);
  jest.useRealTimers();
});

describe("choosing where the workbook is", () => {
  test("without office.js the pane runs in preview mode", async () => {
    expect(await detectMode("")).toBe("preview");
  });
  test("office.js in a plain browser (no host) is preview mode too", async () => {
    setOffice({ onReady: async () => ({ host: null }), HostType: { Excel: "Excel" } });
    expect(await detectMode("")).toBe("preview");
  });
  test("inside Excel the pane uses Excel", async () => {
    setOffice({ onReady: async () => ({ host: "Excel" }), HostType: { Excel: "Excel" } });
    expect(await detectMode("")).toBe("office");
  });
  test("?preview forces preview mode even inside Excel", async () => {
    setOffice({ onReady: async () => ({ host: "Excel" }), HostType: { Excel: "Excel" } });
    expect(await detectMode("?preview")).toBe("preview");
  });
});

describe("the pane's services over the real adapter and the in-memory book", () => {
  test("read, select, mark and clear reach the book", async () => {
    const host = createMemoryHost(fallbackSheets());
    const services = servicesFor(host.run, "preview");
    const sheets = await services.readBook();
    expect(sheets.map((s) => s.name)).toEqual(["Đơn vị", "Đề nghị khen thưởng"]);

    await services.selectCell("Đề nghị khen thưởng", "D3");
    expect(host.selection()?.sheet).toBe("Đề nghị khen thưởng");
    expect(host.activeSheet()).toBe("Đề nghị khen thưởng");

    const marked = await services.markFindings([
      { sheet: "Đề nghị khen thưởng", cell: "D3", note: "Đơn vị “X-LAOCHAI” không có trong sheet Đơn vị." },
    ]);
    expect(marked).toBe(1);
    expect(host.cellFormat("Đề nghị khen thưởng", 2, 3).fill).not.toBeNull();
    expect(host.cellFormat("Đề nghị khen thưởng", 2, 3).note).toContain("X-LAOCHAI");

    expect(await services.clearMarks()).toBe(1);
    expect(host.cellFormat("Đề nghị khen thưởng", 2, 3)).toEqual({ fill: null, note: null });
  });

  test("setting up adds the missing sheets once, then reports none", async () => {
    const host = createMemoryHost(fallbackSheets());
    const services = servicesFor(host.run, "preview");
    const added = await services.setupBook("vi");
    expect(added).toContain("Tiến độ");
    expect(added).not.toContain("Đơn vị");
    expect(host.sheetNames()).toEqual(expect.arrayContaining(added));
    expect(await services.setupBook("vi")).toEqual([]);
  });

  test("an edit in the book reaches the pane's watcher", async () => {
    jest.useFakeTimers();
    const host = createMemoryHost(fallbackSheets());
    const services = servicesFor(host.run, "preview");
    const onChange = jest.fn();
    const stop = await services.watchChanges(onChange);
    host.editCell("Đơn vị", 2, 2, "Xã, phường");
    await jest.runOnlyPendingTimersAsync();
    expect(onChange).toHaveBeenCalled();
    await stop();
    onChange.mockClear();
    host.editCell("Đơn vị", 2, 2, "Xã phường");
    await jest.runOnlyPendingTimersAsync();
    expect(onChange).not.toHaveBeenCalled();
  });
});
