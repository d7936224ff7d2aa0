import { createMemoryHost, type MemoryHost } from "./memory";
import { eventsDelivered, unitsSheet } from "./testBooks";
import { clearMarks, ERROR_FILL, markFindings, MARKS_SHEET, watchChanges, type ExcelRun } from "./workbook";

const YELLOW = "#FFFF00";
const CLERK_NOTE = "Đã hỏi lại phòng Nội vụ ngày 12/3";

/** The clerk's own formatting, done by hand before the add-in ever ran. */
async function clerkFormats(run: ExcelRun): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Đơn vị");
    sheet.getRange("C3").format.fill.color = YELLOW;
    sheet.notes.add("E4", CLERK_NOTE);
    await context.sync();
  });
}

// C3 = row 2, col 2; D3 = row 2, col 3; E4 = row 3, col 4 (0-based).
const findings = [
  { sheet: "Đơn vị", cell: "C3", note: "Tên đơn vị trùng với SP04" },
  { sheet: "Đơn vị", cell: "D3", note: "Loại đơn vị không có trong danh sách" },
  { sheet: "Đơn vị", cell: "E4", note: "Khối K2 không có trong sheet Khối thi đua" },
];

async function clerkBook(options: { notes?: boolean } = {}): Promise<MemoryHost> {
  const host = createMemoryHost([unitsSheet()], options);
  await clerkFormats(host.run);
  return host;
}

function expectOriginals(host: MemoryHost): void {
  expect(host.cellFormat("Đơn vị", 2, 2)).toEqual({ fill: YELLOW, note: null });
  expect(host.cellFormat("Đơn vị", 2, 3)).toEqual({ fill: null, note: null });
  expect(host.cellFormat("Đơn vị", 3, 4)).toEqual({ fill: null, note: CLERK_NOTE });
}

afterEach(() => jest.useRealTimers());

describe("markFindings and clearMarks", () => {
  it("marks the cells of findings with a fill and the message, keeping the clerk's own note readable", async () => {
    const host = await clerkBook();
    const { marked, syncs } = await markFindings(host.run, findings);

    expect(marked).toBe(3);
    expect(syncs).toBe(4);
    expect(host.cellFormat("Đơn vị", 2, 2)).toEqual({ fill: ERROR_FILL, note: "Tên đơn vị trùng với SP04" });
    expect(host.cellFormat("Đơn vị", 2, 3).fill).toBe(ERROR_FILL);
    expect(host.cellFormat("Đơn vị", 3, 4).note).toContain("Khối K2 không có");
    expect(host.cellFormat("Đơn vị", 3, 4).note).toContain(CLERK_NOTE);
  });

  it("restores the yellow cell, the unfilled cell and the clerk's note exactly, in a later session", async () => {
    const host = await clerkBook();
    await markFindings(host.run, findings);
    // The pane is closed and opened again: nothing is remembered but what is in the workbook.
    const { restored, syncs } = await clearMarks(host.run);

    expect(restored).toBe(3);
    expect(syncs).toBe(5);
    expectOriginals(host);
  });

  it("marking twice does not save the mark colour as the original", async () => {
    const host = await clerkBook();
    await markFindings(host.run, findings);
    await markFindings(host.run, [...findings, { sheet: "Đơn vị", cell: "B5", note: "Mã đơn vị trùng" }]);
    await clearMarks(host.run);

    expectOriginals(host);
    expect(host.cellFormat("Đơn vị", 4, 1)).toEqual({ fill: null, note: null });
  });

  it("a cell the clerk recoloured between two checks gets that colour back, not the first one", async () => {
    const host = await clerkBook();
    await markFindings(host.run, findings);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Đơn vị").getRange("D3").format.fill.color = "#DDEBF7";
      await context.sync();
    });
    await markFindings(host.run, findings);
    await clearMarks(host.run);

    expect(host.cellFormat("Đơn vị", 2, 3)).toEqual({ fill: "#DDEBF7", note: null });
    expect(host.cellFormat("Đơn vị", 2, 2)).toEqual({ fill: YELLOW, note: null });
  });

  it("gives two findings on one cell one mark, each message once in its note, however the cell is written", async () => {
    const host = await clerkBook();
    const { marked } = await markFindings(host.run, [
      { sheet: "Đơn vị", cell: "B3", note: "Mã đơn vị “SP01” trùng với dòng 5" },
      { sheet: "ĐƠN VỊ", cell: "b3", note: "Mã đơn vị “SP01” không đúng mẫu" },
      { sheet: "Đơn vị", cell: "$B$3", note: "Mã đơn vị “SP01” trùng với dòng 5" },
    ]);

    expect(marked).toBe(1);
    expect(host.cellFormat("Đơn vị", 2, 1).note?.split("\n")).toEqual([
      "Mã đơn vị “SP01” trùng với dòng 5",
      "Mã đơn vị “SP01” không đúng mẫu",
    ]);
  });

  it("makes the same number of round trips for 1 mark as for 2,000", async () => {
    const host = createMemoryHost([unitsSheet()]);
    const many = Array.from({ length: 2000 }, (_, i) => ({ sheet: "Đơn vị", cell: `H${i + 1}`, note: `Lỗi ${i + 1}` }));
    expect((await markFindings(host.run, many.slice(0, 1))).syncs).toBe(4);
    expect((await clearMarks(host.run)).syncs).toBe(5);
    expect((await markFindings(host.run, many)).syncs).toBe(4);
    expect((await clearMarks(host.run)).syncs).toBe(5);
    expect(host.cellFormat("Đơn vị", 1999, 7)).toEqual({ fill: null, note: null });
  });

  it("keeps what is saved in a very hidden sheet the clerk does not see", async () => {
    const host = await clerkBook();
    await markFindings(host.run, findings);

    expect(host.allSheetNames()).toContain(MARKS_SHEET);
    expect(host.sheetNames()).toEqual(["Đơn vị"]);
    expect(host.inspect(MARKS_SHEET).visibility).toBe("VeryHidden");
    await clearMarks(host.run);
    expect(host.values(MARKS_SHEET)).toEqual([]);
  });

  it("leaves a cell the clerk recoloured after marking, and a note the clerk rewrote", async () => {
    const host = await clerkBook();
    await markFindings(host.run, findings);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Đơn vị");
      sheet.getRange("D3").format.fill.color = "#C6EFCE";
      sheet.notes.getItem("C3").content = "Đã sửa tên";
      await context.sync();
    });
    await clearMarks(host.run);

    expect(host.cellFormat("Đơn vị", 2, 3)).toEqual({ fill: "#C6EFCE", note: null });
    expect(host.cellFormat("Đơn vị", 2, 2)).toEqual({ fill: YELLOW, note: "Đã sửa tên" });
  });

  it("does not wake the pane's change handler with its own writes", async () => {
    jest.useFakeTimers();
    const host = await clerkBook();
    const onChange = jest.fn();
    await watchChanges(host.run, onChange);
    await markFindings(host.run, findings);
    await clearMarks(host.run);
    await eventsDelivered();

    expect(onChange).not.toHaveBeenCalled();
  });

  it("in an Excel without notes (before ExcelApi 1.18), marks with fill only, asking the run, not the pane", async () => {
    // That Excel fails any notes call: marking succeeds only if the adapter left notes out by itself.
    const old = createMemoryHost([unitsSheet()], { notes: false });
    const { marked } = await markFindings(old.run, findings);
    expect(marked).toBe(3);
    expect(old.cellFormat("Đơn vị", 2, 3)).toEqual({ fill: ERROR_FILL, note: null });
    await clearMarks(old.run);
    expect(old.cellFormat("Đơn vị", 2, 3)).toEqual({ fill: null, note: null });
  });

  it("skips findings on sheets the book no longer has, and clears nothing when nothing was marked", async () => {
    const host = await clerkBook();
    expect(await markFindings(host.run, [{ sheet: "Khối thi đua", cell: "A2", note: "x" }])).toEqual({
      marked: 0,
      unmarked: 0,
      syncs: 1,
    });
    expect(await clearMarks(host.run)).toEqual({ restored: 0, syncs: 1 });
    expectOriginals(host);
  });
});

describe("marks that follow the check (replace)", () => {
  it("a cell the clerk fixed is restored and a new error is marked, in one batch", async () => {
    const host = await clerkBook();
    await markFindings(host.run, findings);
    // The clerk fixed C3 (her yellow comes back) and a new error appeared on D4.
    const now = [findings[1], findings[2], { sheet: "Đơn vị", cell: "D4", note: "Loại đơn vị để trống" }];
    const { marked, unmarked, syncs } = await markFindings(host.run, now, { replace: true });

    expect({ marked, unmarked, syncs }).toEqual({ marked: 3, unmarked: 1, syncs: 5 });
    expect(host.cellFormat("Đơn vị", 2, 2)).toEqual({ fill: YELLOW, note: null });
    expect(host.cellFormat("Đơn vị", 3, 3)).toEqual({ fill: ERROR_FILL, note: "Loại đơn vị để trống" });
    // Clearing later restores exactly what the clerk had, the new cell included.
    await clearMarks(host.run);
    expectOriginals(host);
    expect(host.cellFormat("Đơn vị", 3, 3)).toEqual({ fill: null, note: null });
  });

  it("no errors left: every mark comes off and the clerk's note stays", async () => {
    const host = await clerkBook();
    await markFindings(host.run, findings);
    const { marked, unmarked } = await markFindings(host.run, [], { replace: true });
    expect({ marked, unmarked }).toEqual({ marked: 0, unmarked: 3 });
    expectOriginals(host);
    expect((await clearMarks(host.run)).restored).toBe(0);
  });

  it("without a replace, earlier marks stay (marking more cells adds to them)", async () => {
    const host = await clerkBook();
    await markFindings(host.run, findings.slice(0, 1));
    const { unmarked } = await markFindings(host.run, findings.slice(1));
    expect(unmarked).toBe(0);
    expect(host.cellFormat("Đơn vị", 2, 2).fill).toBe(ERROR_FILL);
  });
});
