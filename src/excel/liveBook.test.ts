import fc from "fast-check";
import { checkWorkbook } from "../sheets/checkWorkbook";
import { LiveBook } from "./liveBook";
import { createMemoryHost, type MemoryHost } from "./memory";
import { eventsDelivered, nominationsSheet, unitsSheet } from "./testBooks";
import { readBook, watchChanges } from "./workbook";

const TODAY = { year: 2024, month: 12, day: 10 };
const NOMINATIONS = "Đề nghị khen thưởng";

/** A live reader following the memory host's events, as the pane's services wire it. */
async function following(host: MemoryHost) {
  const live = new LiveBook(host.run);
  const stop = await watchChanges(host.run, (change) => live.changed(change));
  return { live, stop };
}

async function fullRead(host: MemoryHost) {
  return (await readBook(host.run)).sheets;
}

// Excel's events come after the request that raised them (a timer): the tests deliver them.
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("the live reader re-reads what changed, not the book", () => {
  it("a typed edit on the nominations reads that cell and the sheet's bounds, and keeps the units as read", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(2_000)]);
    const { live, stop } = await following(host);
    const first = await live.read("changes");
    expect(first.whole).toEqual(["Đơn vị", NOMINATIONS]);
    // Units B2:F5, nominations A1:H2003.
    expect(first.cellsRead).toBe(4 * 5 + 2_003 * 8);

    // Row 1,500's unit code, from SP02 to a unit the book does not have.
    host.editCell(NOMINATIONS, 1_502, 4, "SP99");
    await eventsDelivered();
    const before = host.cellsRead();
    const again = await live.read("changes");
    expect(again.patched).toEqual([NOMINATIONS]);
    expect(again.whole).toEqual([]);
    expect(again.cellsRead).toBe(1);
    expect(host.cellsRead() - before).toBe(1);
    expect(again.syncs).toBe(2);
    expect(again.sheets).toEqual(await fullRead(host));
    // The sheet nobody touched is the very array read before.
    expect(again.sheets[0].values).toBe(first.sheets[0].values);
    await stop();
  });

  it("a new nomination typed below the last row grows the sheet, as a full read would show it", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(5)]);
    const { live, stop } = await following(host);
    await live.read("changes");
    host.editCell(NOMINATIONS, 8, 0, 6);
    host.editCell(NOMINATIONS, 8, 2, "Sùng Thị Mỷ");
    host.editCell(NOMINATIONS, 8, 9, "ghi chú thêm ở cột J");
    await eventsDelivered();
    const r = await live.read("changes");
    expect(r.patched).toEqual([NOMINATIONS]);
    expect(r.cellsRead).toBe(3);
    expect(r.sheets).toEqual(await fullRead(host));
    await stop();
  });

  it("a paste that names no range, or inserted rows, re-read that sheet whole", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(20)]);
    const { live, stop } = await following(host);
    await live.read("changes");

    host.pasteCells(NOMINATIONS, 5, 2, [["Lò Văn Páo"], ["Tẩn Thị Chỉn"]]);
    await eventsDelivered();
    let r = await live.read("changes");
    expect([r.whole, r.patched]).toEqual([[NOMINATIONS], []]);
    expect(r.sheets).toEqual(await fullRead(host));

    host.insertRows(NOMINATIONS, 4, 2);
    await eventsDelivered();
    r = await live.read("changes");
    expect([r.whole, r.patched]).toEqual([[NOMINATIONS], []]);
    expect(r.sheets).toEqual(await fullRead(host));
    await stop();
  });

  it("rows that appeared without an event (a value picked on the web) make it read that sheet whole", async () => {
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
    expect(r.whole).toEqual([NOMINATIONS]);
    expect(r.sheets).toEqual(await fullRead(host));
    await stop();
  });

  it("nothing changed: one round trip for the sheet list, no cells", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(20)]);
    const { live, stop } = await following(host);
    await live.read("changes");
    const r = await live.read("changes");
    expect([r.syncs, r.cellsRead, r.whole, r.patched]).toEqual([1, 0, [], []]);
    await stop();
  });

  it("a sheet renamed keeps its cells under its new name; one deleted drops out; one added is read", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(10)]);
    const { live, stop } = await following(host);
    await live.read("changes");
    host.renameSheet("Đơn vị", "DON VI 2024");
    let r = await live.read("changes");
    expect(r.sheets.map((s) => s.name)).toEqual(["DON VI 2024", NOMINATIONS]);
    expect(r.cellsRead).toBe(0);

    host.deleteSheet(NOMINATIONS);
    await eventsDelivered();
    r = await live.read("changes");
    expect(r.sheets.map((s) => s.name)).toEqual(["DON VI 2024"]);
    await stop();
  });

  it("reading 'all', or after changes were not followed, reads every sheet whole", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(10)]);
    const live = new LiveBook(host.run);
    await live.read("changes");
    // An edit nobody watched: only a full read can know.
    host.editCell("Đơn vị", 2, 1, "SP07");
    expect((await live.read("all")).whole).toEqual(["Đơn vị", NOMINATIONS]);
    live.forget();
    const r = await live.read("changes");
    expect(r.whole).toEqual(["Đơn vị", NOMINATIONS]);
    expect(r.sheets).toEqual(await fullRead(host));
  });

  it("after any series of edits, pastes and inserted rows, it holds what a full read finds, and the same findings", async () => {
    const values = fc.oneof(fc.constant(""), fc.constantFrom("SP01", "SP02", "SP99", "Cá nhân", "Tập thể"), fc.nat(40));
    const edit = fc.oneof(
      fc.record({ kind: fc.constant("edit" as const), row: fc.nat(30), col: fc.nat(10), value: values }),
      fc.record({
        kind: fc.constant("paste" as const),
        row: fc.nat(30),
        col: fc.nat(8),
        block: fc.array(fc.array(values, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
      }),
      fc.record({ kind: fc.constant("insert" as const), row: fc.nat(25), count: fc.integer({ min: 1, max: 2 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(edit, { maxLength: 4 }), { minLength: 1, maxLength: 4 }), async (rounds) => {
        const host = createMemoryHost([unitsSheet(), nominationsSheet(20)]);
        const { live, stop } = await following(host);
        await live.read("changes");
        for (const round of rounds) {
          for (const e of round) {
            const sheet = e.row % 3 === 0 ? "Đơn vị" : NOMINATIONS;
            if (e.kind === "edit") host.editCell(sheet, e.row, e.col, e.value);
            else if (e.kind === "paste") host.pasteCells(sheet, e.row, e.col, e.block);
            else host.insertRows(sheet, e.row, e.count);
          }
          await eventsDelivered();
          const light = (await live.read("changes")).sheets;
          const full = await fullRead(host);
          expect(light).toEqual(full);
          expect(checkWorkbook(light, TODAY).findings).toEqual(checkWorkbook(full, TODAY).findings);
        }
        await stop();
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it("a response too large for Excel on the web is read again whole, in blocks", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(3_000)], { cellsPerSync: 10_000 });
    const { live, stop } = await following(host);
    const r = await live.read("changes");
    expect(r.sheets).toEqual((await readBook(createMemoryHost([unitsSheet(), nominationsSheet(3_000)]).run)).sheets);
    expect(r.syncs).toBeGreaterThan(2);
    await stop();
  });
});
