import { trackDeadlines } from "../../domain/deadlines";
import { createMemoryHost } from "../../excel/memory";
import { ERROR_FILL, PROGRESS_SHEET } from "../../excel/workbook";
import { buildSampleSheets } from "../../sample";
import { parseBook } from "../../sheets/parse";
import { servicesFor } from "../host";
import { STATUS_FILL } from "./colours";
import { progressMarks } from "./progressMarks";

const JULY_10 = { year: 2024, month: 7, day: 10 };
const CLERK_YELLOW = "#FFFF00";

/** The Sa Pa book in the in-memory Excel, its marks for 10/07/2024, and the pane's services over it. */
async function sapa() {
  const sheets = buildSampleSheets();
  const host = createMemoryHost(sheets);
  const services = servicesFor(host.run, "preview");
  const parsed = parseBook(sheets);
  const marks = progressMarks(trackDeadlines(parsed.book, JULY_10, 2024), parsed.layouts.milestones, "vi");
  // The clerk had highlighted the directive's code herself (row 2, column A).
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Tiến độ").getRange("A2").format.fill.color = CLERK_YELLOW;
    await context.sync();
  });
  return { host, services, marks, milestones: parsed.book.milestones ?? [] };
}

// Rows of Tiến độ in the sample: CT-2024 is row 2, DK-CT row 7, BC-6T row 11, SK-K1 row 14.
const at = (row: number) => row - 1;

describe("Tô màu Tiến độ on the in-memory Excel host", () => {
  it("colours every milestone's code cell in one batch of 4 syncs, with the status in the note", async () => {
    const { host, services, marks, milestones } = await sapa();
    expect(marks).toHaveLength(milestones.length);
    const before = host.syncCount();
    expect(await services.colourProgress(marks)).toBe(milestones.length);
    expect(host.syncCount() - before).toBe(4);

    expect(host.cellFormat("Tiến độ", at(2), 0).fill).toBe(STATUS_FILL.done);
    expect(host.cellFormat("Tiến độ", at(7), 0).fill).toBe(STATUS_FILL.overdue);
    expect(host.cellFormat("Tiến độ", at(14), 0).fill).toBe(STATUS_FILL.open);
    const note = host.cellFormat("Tiến độ", at(7), 0).note ?? "";
    expect(note).toContain("Tiến độ ngày 10/07/2024: Quá hạn.");
    expect(note).toContain("Quá hạn: DN-THOCAM, DN-XAYDUNG, HTX-BANHO.");
    expect(host.allSheetNames()).toContain(PROGRESS_SHEET);
  });

  it("Bỏ tô màu restores the clerk's own colours in 5 syncs, and leaves the check's error marks alone", async () => {
    const { host, services, marks } = await sapa();
    // An error mark of the check on another cell of the same sheet.
    await services.markFindings([{ sheet: "Tiến độ", cell: "C7", note: "Dòng 7: đơn vị chưa nộp." }]);
    await services.colourProgress(marks);

    const before = host.syncCount();
    expect(await services.clearProgress()).toBe(marks.length);
    expect(host.syncCount() - before).toBe(5);
    expect(host.cellFormat("Tiến độ", at(2), 0)).toEqual({ fill: CLERK_YELLOW, note: null });
    expect(host.cellFormat("Tiến độ", at(7), 0)).toEqual({ fill: null, note: null });
    expect(host.cellFormat("Tiến độ", at(7), 2).fill).toBe(ERROR_FILL);

    // And the other way round: clearing the error marks keeps the deadline colours.
    await services.colourProgress(marks);
    await services.clearMarks();
    expect(host.cellFormat("Tiến độ", at(7), 2).fill).toBeNull();
    expect(host.cellFormat("Tiến độ", at(7), 0).fill).toBe(STATUS_FILL.overdue);
  });

  it("colouring again on another day repaints, and still restores what the clerk had", async () => {
    const { host, services, marks } = await sapa();
    await services.colourProgress(marks);
    const sheets = buildSampleSheets();
    const parsed = parseBook(sheets);
    const december = progressMarks(
      trackDeadlines(parsed.book, { year: 2024, month: 12, day: 10 }, 2024),
      parsed.layouts.milestones,
      "vi",
    );
    await services.colourProgress(december);
    // SK-K1 (31/07) was open on 10/07; by 10/12 its minutes are in.
    expect(host.cellFormat("Tiến độ", at(14), 0).fill).toBe(STATUS_FILL.done);
    await services.clearProgress();
    expect(host.cellFormat("Tiến độ", at(2), 0).fill).toBe(CLERK_YELLOW);
    expect(host.cellFormat("Tiến độ", at(14), 0)).toEqual({ fill: null, note: null });
  });
});
