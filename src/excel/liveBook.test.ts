import fc from "fast-check";
import type { CellValue } from "../domain/model";
import { checkWorkbook } from "../sheets/checkWorkbook";
import { encodeChoices, MAP_SHEET, noChoices } from "../sheets/readingMap";
import { LiveBook, paneSheets, type LiveRead } from "./liveBook";
import { createMemoryHost, type MemoryHost } from "./memory";
import { eventsDelivered, nominationsSheet, unitsSheet, type SheetData } from "./testBooks";
import { readBook, watchChanges } from "./workbook";

const TODAY = { year: 2024, month: 12, day: 10 };
const NOMINATIONS = "Đề nghị khen thưởng";
const UNITS = "Đơn vị";

/** A live reader following the memory host's events, as the pane's services wire it. */
async function following(host: MemoryHost) {
  const live = new LiveBook(host.run);
  const stop = await watchChanges(host.run, (change) => live.changed(change));
  return { live, stop };
}

/** What a full read of the book finds now, as the pane takes it. */
async function fullRead(host: MemoryHost) {
  return paneSheets(await readBook(host.run));
}

/** A read and what it cost: the cells Excel sent back. */
async function measured(host: MemoryHost, read: () => ReturnType<LiveBook["read"]>) {
  const before = host.cellsRead();
  const syncsBefore = host.syncCount();
  const r = await read();
  // The reader's own count of round trips is the host's.
  expect(r.syncs).toBe(host.syncCount() - syncsBefore);
  return { ...r, cells: host.cellsRead() - before };
}

/** The clerk's nominations on a sheet whose name says nothing: known by its header. */
function unnamedNominations(rows: number): SheetData {
  return { ...nominationsSheet(rows), name: "Sheet1" };
}

// Excel's events come after the request that raised them (a timer): the tests deliver them.
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("after an edit, the live reader reads what changed, not the book", () => {
  it("a unit code typed on the nominations reads that one cell, and the check finds what a full re-check finds", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(2_000)]);
    const { live, stop } = await following(host);
    const first = await measured(host, () => live.read("changes"));
    expect(first.full).toBe("unfollowed");
    // Units B2:F5, nominations A1:H2003.
    expect(first.cells).toBe(4 * 5 + 2_003 * 8);

    // Row 1,500's unit code, from SP02 to a unit the book does not have.
    host.editCell(NOMINATIONS, 1_502, 4, "SP99");
    await eventsDelivered();
    const again = await measured(host, () => live.read("changes"));
    expect(again.full).toBeNull();
    expect(again.patched).toEqual([NOMINATIONS]);
    expect(again.cells).toBe(1);
    // The sheet list, then the cell with the sheet's bounds.
    expect(again.syncs).toBe(2);
    const full = await fullRead(host);
    expect(paneSheets(again)).toEqual(full);
    const findings = checkWorkbook(paneSheets(again), TODAY).findings;
    expect(findings).toEqual(checkWorkbook(full, TODAY).findings);
    expect(findings).toContainEqual(expect.objectContaining({ code: "UNKNOWN_UNIT", cell: "E1503" }));
    // The sheet nobody touched is the very array read before; so are the rows nobody touched.
    expect(again.sheets[0].values).toBe(first.sheets[0].values);
    expect(again.sheets[1].values[10]).toBe(first.sheets[1].values[10]);
    await stop();
  });

  it("a new nomination typed below the last row grows the sheet, as a full read shows it", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(5)]);
    const { live, stop } = await following(host);
    await live.read("changes");
    host.editCell(NOMINATIONS, 8, 0, 6);
    host.editCell(NOMINATIONS, 8, 2, "Sùng Thị Mỷ");
    host.editCell(NOMINATIONS, 8, 9, "ghi chú thêm ở cột J");
    await eventsDelivered();
    const r = await measured(host, () => live.read("changes"));
    expect([r.full, r.patched, r.cells]).toEqual([null, [NOMINATIONS], 3]);
    expect(paneSheets(r)).toEqual(await fullRead(host));
    await stop();
  });

  it("nothing read has changed: one round trip for the sheet list, no cells", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(20), { name: "Ghi chép riêng", values: [["việc"]] }]);
    const { live, stop } = await following(host);
    await live.read("changes");
    // Below the first rows of a sheet the reader passed over: nothing it reads.
    host.editCell("Ghi chép riêng", 40, 2, "gọi điện cho phường Ô Quý Hồ");
    await eventsDelivered();
    const r = await measured(host, () => live.read("changes"));
    expect([r.syncs, r.cells, r.full, r.patched]).toEqual([1, 0, null, []]);
    expect(paneSheets(r)).toEqual(await fullRead(host));
    await stop();
  });

  it("a header renamed on a sheet known by its name is patched: the check finds the header again in the cells", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(30)]);
    const { live, stop } = await following(host);
    await live.read("changes");
    host.editCell(NOMINATIONS, 2, 4, "Đơn vị công tác (ghi tắt)");
    await eventsDelivered();
    const r = await measured(host, () => live.read("changes"));
    expect([r.full, r.cells]).toEqual([null, 1]);
    const full = await fullRead(host);
    expect(paneSheets(r)).toEqual(full);
    const findings = checkWorkbook(paneSheets(r), TODAY).findings;
    expect(findings).toEqual(checkWorkbook(full, TODAY).findings);
    expect(findings).toContainEqual(expect.objectContaining({ code: "MISSING_COLUMN", sheet: NOMINATIONS }));
    await stop();
  });

  it("whole columns cleared read only the cells read before, then the book is what a full read finds", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(40)]);
    const live = new LiveBook(host.run);
    await live.read("all");
    // The clerk selects columns G:H and presses Delete: Excel names the whole columns.
    await host.run(async (context) => {
      context.workbook.worksheets.getItem(NOMINATIONS).getRange("G1:H43").values = Array.from({ length: 43 }, () => [
        "",
        "",
      ]);
      await context.sync();
    });
    const id = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(NOMINATIONS).load("id");
      await context.sync();
      return sheet.id;
    });
    live.changed({ worksheetId: id, address: "G:H", changeType: "RangeEdited" });
    const r = await measured(host, () => live.read("changes"));
    expect([r.full, r.cells]).toEqual([null, 43 * 2]);
    expect(paneSheets(r)).toEqual(await fullRead(host));
  });
});

describe("when a patch cannot be sure, the live reader reads the whole book", () => {
  it("a header edited on a sheet known only by its header: it may be another sheet now", async () => {
    const host = createMemoryHost([unitsSheet(), unnamedNominations(30)]);
    const { live, stop } = await following(host);
    expect((await live.read("changes")).sheets.map((s) => s.name)).toEqual([UNITS, "Sheet1"]);
    host.editCell("Sheet1", 2, 2, "Ghi chú");
    await eventsDelivered();
    const r = await live.read("changes");
    expect(r.full).toBe("header");
    expect(paneSheets(r)).toEqual(await fullRead(host));

    // A value far below its header is patched all the same.
    host.editCell("Sheet1", 31, 4, "SP99");
    await eventsDelivered();
    const later = await live.read("changes");
    expect([later.full, later.patched]).toEqual([null, ["Sheet1"]]);
    expect(paneSheets(later)).toEqual(await fullRead(host));
    await stop();
  });

  it("a sheet renamed, added or deleted", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(10)]);
    const { live, stop } = await following(host);
    await live.read("changes");

    // Excel raises no onChanged for a rename: the sheet list says it.
    host.renameSheet(UNITS, "DON VI 2024");
    let r: LiveRead = await measured(host, () => live.read("changes"));
    expect(r.full).toBe("sheets");
    // The sheet list, then the full read's two.
    expect(r.syncs).toBe(3);
    expect(r.sheets.map((s) => s.name)).toEqual(["DON VI 2024", NOMINATIONS]);
    expect(paneSheets(r)).toEqual(await fullRead(host));

    await host.run(async (context) => {
      context.workbook.worksheets.add("Chỉ tiêu");
      await context.sync();
    });
    await eventsDelivered();
    r = await live.read("changes");
    expect(r.full).toBe("sheets");
    expect(paneSheets(r)).toEqual(await fullRead(host));

    host.deleteSheet(NOMINATIONS);
    await eventsDelivered();
    r = await live.read("changes");
    expect(r.full).toBe("sheets");
    expect(r.sheets.map((s) => s.name)).toEqual(["DON VI 2024", "Chỉ tiêu"]);
    await stop();
  });

  it("the clerk's reading choices edited in _tdkt_map", async () => {
    const choices = { ...noChoices(), ignored: ["Ghi chép riêng"] };
    const store = { name: MAP_SHEET, values: encodeChoices(choices) as CellValue[][] };
    const host = createMemoryHost([unitsSheet(), nominationsSheet(10), store]);
    const { live, stop } = await following(host);
    await live.read("changes");
    host.editCell(MAP_SHEET, 1, 0, JSON.stringify({ ignore: "Nháp" }));
    await eventsDelivered();
    const r = await live.read("changes");
    expect(r.full).toBe("choices");
    expect(paneSheets(r)).toEqual(await fullRead(host));
    await stop();
  });

  it("a header typed in the first rows of a sheet passed over: it may be a contract sheet now", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(5), { name: "Nháp", values: [["ghi chú"]] }]);
    const { live, stop } = await following(host);
    expect((await live.read("changes")).others).toEqual(["Nháp"]);
    host.editCell("Nháp", 0, 1, "Mã chỉ tiêu");
    await eventsDelivered();
    const r = await live.read("changes");
    expect(r.full).toBe("header");
    expect(paneSheets(r)).toEqual(await fullRead(host));
    await stop();
  });

  it("a paste that names no range, or inserted rows", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(20)]);
    const { live, stop } = await following(host);
    await live.read("changes");

    host.pasteCells(NOMINATIONS, 5, 2, [["Lò Văn Páo"], ["Tẩn Thị Chỉn"]]);
    await eventsDelivered();
    let r = await live.read("changes");
    expect(r.full).toBe("unplaced");
    expect(paneSheets(r)).toEqual(await fullRead(host));

    host.insertRows(NOMINATIONS, 4, 2);
    await eventsDelivered();
    r = await live.read("changes");
    expect(r.full).toBe("unplaced");
    expect(paneSheets(r)).toEqual(await fullRead(host));
    await stop();
  });

  it("rows that appeared without an event (a value picked on the web)", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(5)]);
    const { live, stop } = await following(host);
    await live.read("changes");
    // Written with events off, as Excel on the web leaves a drop-down pick: no event tells of row 12.
    await host.run(async (context) => {
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem(NOMINATIONS).getRange("F12").values = [["Lao động tiên tiến"]];
      await context.sync();
      context.runtime.enableEvents = true;
      await context.sync();
    });
    host.editCell(NOMINATIONS, 4, 2, "Giàng Thị Mỷ");
    await eventsDelivered();
    const r = await live.read("changes");
    expect(r.full).toBe("grew");
    expect(paneSheets(r)).toEqual(await fullRead(host));
    await stop();
  });

  it("more changed cells than a patch is worth", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(10)]);
    const live = new LiveBook(host.run);
    await live.read("all");
    const id = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(NOMINATIONS).load("id");
      await context.sync();
      return sheet.id;
    });
    // A block pasted far from the cells read before: nothing to clip it to.
    live.changed({ worksheetId: id, address: "A100:Z1000", changeType: "RangeEdited" });
    expect((await live.read("changes")).full).toBe("many");
  });

  it("reading 'all', or after changes were not followed", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(10)]);
    const live = new LiveBook(host.run);
    expect((await live.read("changes")).full).toBe("unfollowed");
    // An edit nobody watched: only a full read can know.
    host.editCell(UNITS, 2, 1, "SP07");
    expect((await live.read("all")).full).toBe("asked");
    live.forget();
    const r = await live.read("changes");
    expect(r.full).toBe("unfollowed");
    expect(paneSheets(r)).toEqual(await fullRead(host));
  });

  it("a read that failed: the next one reads everything", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(10)]);
    const { live, stop } = await following(host);
    await live.read("changes");
    host.editCell(NOMINATIONS, 5, 4, "SP99");
    await eventsDelivered();
    host.failNextSync("InvalidOperationInCellEditMode");
    await expect(live.read("changes")).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    const r = await live.read("changes");
    expect(r.full).toBe("unfollowed");
    expect(paneSheets(r)).toEqual(await fullRead(host));
    await stop();
  });

  it("a response too large for Excel on the web is read again whole, in blocks", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(3_000)], { cellsPerSync: 10_000 });
    const { live, stop } = await following(host);
    const r = await live.read("changes");
    expect(paneSheets(r)).toEqual(
      paneSheets(await readBook(createMemoryHost([unitsSheet(), nominationsSheet(3_000)]).run)),
    );
    expect(r.syncs).toBeGreaterThan(2);
    await stop();
  });
});

describe("whatever the clerk does, the live reader holds what a full read finds", () => {
  it("after any series of edits, pastes and inserted rows, the same cells and the same findings", async () => {
    const values = fc.oneof(fc.constant(""), fc.constantFrom("SP01", "SP02", "SP99", "Cá nhân", "Tập thể"), fc.nat(40));
    const edit = fc.oneof(
      fc.record({ kind: fc.constant("edit" as const), row: fc.nat(40), col: fc.nat(10), value: values }),
      fc.record({
        kind: fc.constant("paste" as const),
        row: fc.nat(40),
        col: fc.nat(8),
        block: fc.array(fc.array(values, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
      }),
      fc.record({ kind: fc.constant("insert" as const), row: fc.nat(35), count: fc.integer({ min: 1, max: 2 }) }),
    );
    const sheets = [UNITS, NOMINATIONS, "Sheet1", "Nháp"];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.tuple(fc.nat(3), edit), { maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        async (rounds) => {
          const host = createMemoryHost([
            unitsSheet(),
            nominationsSheet(30),
            { ...unnamedNominations(30), name: "Sheet1" },
            { name: "Nháp", values: [["ghi chú"]] },
          ]);
          const { live, stop } = await following(host);
          await live.read("changes");
          for (const round of rounds) {
            for (const [at, e] of round) {
              const sheet = sheets[at];
              if (e.kind === "edit") host.editCell(sheet, e.row, e.col, e.value);
              else if (e.kind === "paste") host.pasteCells(sheet, e.row, e.col, e.block);
              else host.insertRows(sheet, e.row, e.count);
            }
            await eventsDelivered();
            const light = paneSheets(await live.read("changes"));
            const full = await fullRead(host);
            expect(light).toEqual(full);
            expect(checkWorkbook(light, TODAY).findings).toEqual(checkWorkbook(full, TODAY).findings);
          }
          await stop();
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);
});
