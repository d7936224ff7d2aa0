import { createMemoryHost } from "./memory";
import { eventsDelivered, nominationsSheet, unitsSheet } from "./testBooks";
import { selectCell, watchChanges } from "./workbook";

describe("selectCell", () => {
  it("takes the clerk to the cell of a finding on another sheet, in one round trip", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(20)]);
    expect(host.activeSheet()).toBe("Đơn vị");
    const { syncs } = await selectCell(host.run, "Đề nghị khen thưởng", "E12");

    expect(syncs).toBe(1);
    expect(host.activeSheet()).toBe("Đề nghị khen thưởng");
    expect(host.selection()).toEqual({ sheet: "Đề nghị khen thưởng", address: "E12" });
  });

  it("fails as Excel does when the sheet was renamed meanwhile", async () => {
    const host = createMemoryHost([unitsSheet()]);
    await expect(selectCell(host.run, "Đề nghị khen thưởng", "E12")).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("watchChanges", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("tells the pane when the clerk edits a cell, and stops when unsubscribed", async () => {
    const host = createMemoryHost([unitsSheet()]);
    const onChange = jest.fn();
    const stop = await watchChanges(host.run, onChange);

    host.editCell("Đơn vị", 2, 1, "SP10");
    await eventsDelivered();
    expect(onChange).toHaveBeenCalledTimes(1);

    await stop();
    host.editCell("Đơn vị", 3, 1, "SP11");
    await eventsDelivered();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it("tells the pane when a sheet is added", async () => {
    const host = createMemoryHost([unitsSheet()]);
    const onChange = jest.fn();
    await watchChanges(host.run, onChange);
    await host.run(async (context) => {
      context.workbook.worksheets.add("Khối thi đua");
      await context.sync();
    });
    await eventsDelivered();
    expect(onChange).toHaveBeenCalled();
  });
});
