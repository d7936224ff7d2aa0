import { createMemoryHost } from "../excel/memory";
import { detectMode, servicesFor, type OfficeLike } from "./host";
import { fallbackSheets } from "./preview/fallbackBook";

const EXCEL = { Excel: "Excel" };
const excel = (host: string | null, platform = "PC"): OfficeLike => ({
  onReady: async () => ({ host, platform }),
  HostType: EXCEL,
});
/** office.js whose onReady answers when the test says (or never). */
function pendingOffice() {
  let answer: (info: { host: string | null; platform?: string }) => void = () => undefined;
  let fail: (e: Error) => void = () => undefined;
  const ready = new Promise<{ host: string | null; platform?: string }>((resolve, reject) => {
    answer = resolve;
    fail = reject;
  });
  return { office: { onReady: () => ready, HostType: EXCEL } as OfficeLike, answer, fail };
}

afterEach(() => jest.useRealTimers());

const inExcel = { search: "", previewBuild: false };

describe("inside Excel the pane works on the clerk's book, never on the sample", () => {
  test("Office.onReady naming Excel starts the pane on the workbook, with the platform", async () => {
    expect(await detectMode({ ...inExcel, office: excel("Excel", "OfficeOnline") })).toEqual({
      mode: "office",
      platform: "OfficeOnline",
    });
  });

  test("?preview in the address of a production build is ignored: still the clerk's workbook", async () => {
    expect(await detectMode({ search: "?preview", previewBuild: false, office: excel("Excel") })).toMatchObject({
      mode: "office",
    });
  });

  test("office.js that could not load (blocked CDN, offline) gives a message, not the sample", async () => {
    expect(await detectMode({ ...inExcel, office: undefined })).toEqual({ mode: "problem", problem: "officeMissing" });
    // The same in a preview build when the address does not ask for the preview.
    expect(await detectMode({ search: "", previewBuild: true, office: undefined })).toEqual({
      mode: "problem",
      problem: "officeMissing",
    });
  });

  test("Office.onReady rejecting says Office failed to start", async () => {
    const office: OfficeLike = { onReady: () => Promise.reject(new Error("host did not answer")), HostType: EXCEL };
    expect(await detectMode({ ...inExcel, office })).toEqual({ mode: "problem", problem: "officeFailed" });
  });

  test("office.js in a plain browser, or in another Office application, says where the pane belongs", async () => {
    expect(await detectMode({ ...inExcel, office: excel(null) })).toEqual({ mode: "problem", problem: "notInOffice" });
    expect(await detectMode({ ...inExcel, office: excel("Word") })).toEqual({ mode: "problem", problem: "notExcel" });
  });

  describe("a slow Office", () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    test("after 10 seconds the pane says Excel is slow, and still opens on the workbook when Office answers", async () => {
      const { office, answer } = pendingOffice();
      const detected = detectMode({ ...inExcel, office });
      await jest.advanceTimersByTimeAsync(9_999);
      let settled = false;
      void detected.then(() => (settled = true));
      await Promise.resolve();
      expect(settled).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      const slow = await detected;
      expect(slow).toMatchObject({ mode: "problem", problem: "officeSlow" });
      answer({ host: "Excel", platform: "PC" });
      expect(await (slow as { later: Promise<unknown> }).later).toEqual({ mode: "office", platform: "PC" });
    });

    test("an Office that fails after being slow says it failed", async () => {
      const { office, fail } = pendingOffice();
      const detected = detectMode({ ...inExcel, office, timeoutMs: 500 });
      await jest.advanceTimersByTimeAsync(500);
      const slow = await detected;
      fail(new Error("gave up"));
      expect(await (slow as { later: Promise<unknown> }).later).toEqual({ mode: "problem", problem: "officeFailed" });
    });

    test("a prompt Office leaves no timer behind", async () => {
      await detectMode({ ...inExcel, office: excel("Excel") });
      expect(jest.getTimerCount()).toBe(0);
    });
  });
});

describe("the preview, only when asked for in a preview build", () => {
  test("a preview build asked with ?preview runs the preview, even where office.js is present", async () => {
    expect(await detectMode({ search: "?preview", previewBuild: true, office: excel("Excel") })).toEqual({
      mode: "preview",
    });
    expect(await detectMode({ search: "?lang=vi&preview", previewBuild: true, office: undefined })).toEqual({
      mode: "preview",
    });
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

  test("after an edit while the book is watched, a re-check reads the changed cell; otherwise the whole book", async () => {
    jest.useFakeTimers();
    const host = createMemoryHost(fallbackSheets());
    const services = servicesFor(host.run, "preview");
    const cellsOf = async (scope: "all" | "changes") => {
      const before = host.cellsRead();
      const sheets = await services.readBook(scope);
      return { sheets, cells: host.cellsRead() - before };
    };
    const whole = (await cellsOf("all")).cells;
    // Not watched: no event could tell what changed.
    expect((await cellsOf("changes")).cells).toBe(whole);

    const stop = await services.watchChanges(() => undefined);
    expect((await cellsOf("changes")).cells).toBe(whole);
    host.editCell("Đơn vị", 2, 2, "Xã, phường");
    await jest.runOnlyPendingTimersAsync();
    const light = await cellsOf("changes");
    expect(light.cells).toBe(1);
    expect(light.sheets).toEqual(await services.readBook("all"));

    // The add-in's own writes are made with events off: the next re-check reads everything.
    expect(
      await services.writeEdit(
        { sheet: "Đơn vị", create: false, cells: [{ row: 3, col: 2, value: "Cơ quan" }] },
        "thử",
      ),
    ).toBe(1);
    expect((await cellsOf("changes")).cells).toBe(whole);

    await stop();
    host.editCell("Đơn vị", 2, 2, "Xã phường");
    expect((await cellsOf("changes")).cells).toBe(whole);
  });
});
