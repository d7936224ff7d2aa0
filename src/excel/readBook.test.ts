import { parseBook } from "../sheets/parse";
import { createMemoryHost } from "./memory";
import { nominationsSheet, unitsSheet } from "./testBooks";
import { readBook } from "./workbook";

describe("readBook", () => {
  it("reads the units and nominations a clerk keeps, with where their used ranges start", async () => {
    const host = createMemoryHost([
      unitsSheet(),
      nominationsSheet(10),
      { name: "Ghi chép riêng", values: [["không phải sổ"]] },
    ]);
    const { sheets, syncs } = await readBook(host.run);

    expect(sheets.map((s) => s.name)).toEqual(["Đơn vị", "Đề nghị khen thưởng"]);
    const units = sheets[0];
    expect(units.rowOffset).toBe(1);
    expect(units.colOffset).toBe(1);
    expect(units.values[0]).toEqual(["Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Khối thi đua", "Số người"]);
    expect(units.values).toEqual(
      host
        .values("Đơn vị")
        .slice(1)
        .map((r) => r.slice(1)),
    );
    expect(sheets[1].values).toEqual(host.values("Đề nghị khen thưởng"));
    expect(syncs).toBe(2);
  });

  it("gives the parser the same book as the cells themselves", async () => {
    const direct = [unitsSheet(), nominationsSheet(10)];
    const host = createMemoryHost(direct);
    const { sheets } = await readBook(host.run);
    const viaExcel = parseBook(sheets);
    const fromCells = parseBook(direct);

    expect(viaExcel.book).toEqual(fromCells.book);
    expect(viaExcel.book.units.map((u) => u.code)).toEqual(["SP01", "SP02", "SP03"]);
    expect(viaExcel.book.nominations).toHaveLength(10);
    expect(viaExcel.book.nominations?.[0].recruitedOn).toEqual({ year: 2015, month: 1, day: 1 });
    expect(viaExcel.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("makes as many round trips for 10,000 nominations as for 10", async () => {
    const small = createMemoryHost([unitsSheet(), nominationsSheet(10)]);
    const large = createMemoryHost([unitsSheet(), nominationsSheet(10_000)]);
    const a = await readBook(small.run);
    const b = await readBook(large.run);

    expect(a.syncs).toBe(2);
    expect(b.syncs).toBe(2);
    expect(large.syncCount()).toBe(2);
    expect(b.sheets[1].values).toHaveLength(10_003);
  });

  it("reads a sheet too big for one response in row blocks, and gets the same cells", async () => {
    // 10,003 rows × 8 columns = 80,024 cells, over a 50,000-cell response limit.
    const host = createMemoryHost([unitsSheet(), nominationsSheet(10_000)], { cellsPerSync: 50_000 });
    const reference = createMemoryHost([unitsSheet(), nominationsSheet(10_000)]);
    const { sheets, syncs } = await readBook(host.run);

    expect(sheets).toEqual((await readBook(reference.run)).sheets);
    // names, failed one-shot read, used-range sizes, units (1 block), nominations: 12,500-row block
    // refused, then blocks of 5,001 + 5,001 + 1 rows.
    expect(syncs).toBe(8);
  });

  it("reads achievement summaries too heavy for Excel on the web's 5 MB response in row blocks, untold", async () => {
    // 4,000 nominations, each with a summary of 1,250 characters: about 6.5 MB in one response.
    const summary = "Hoàn thành xuất sắc nhiệm vụ được giao, tích cực tham gia phong trào thi đua. ".repeat(16);
    const heavy = nominationsSheet(4_000);
    heavy.values[2].push("Thành tích");
    for (const row of heavy.values.slice(3)) row.push(summary);
    const host = createMemoryHost([unitsSheet(), heavy]);
    const unlimited = createMemoryHost([unitsSheet(), heavy], { responseBytes: Infinity });
    const { sheets, syncs } = await readBook(host.run);

    expect(sheets).toEqual((await readBook(unlimited.run)).sheets);
    expect(parseBook(sheets).book.nominations?.[3999].achievement).toBe(summary.trim());
    // names, refused one-shot read, used-range sizes, units (1 block), nominations: the 4,003-row
    // block (under the adapter's 100,000 cells) refused for its bytes, then 2,001 + 2,001 + 1 rows.
    expect(syncs).toBe(8);
  });

  it("reads an empty contract sheet as no cells, and a book without contract sheets as nothing", async () => {
    const host = createMemoryHost([{ name: "DON VI", values: [] }]);
    expect(await readBook(host.run)).toEqual({
      sheets: [{ name: "DON VI", values: [], rowOffset: 0, colOffset: 0 }],
      syncs: 2,
      book: [{ name: "DON VI", id: expect.any(String) }],
    });
    // Its corner is looked at (a sheet whose name says nothing may be known by its header).
    const other = createMemoryHost([{ name: "Sheet1", values: [["x"]] }]);
    expect(await readBook(other.run)).toEqual({
      sheets: [],
      syncs: 2,
      others: ["Sheet1"],
      book: [{ name: "Sheet1", id: expect.any(String) }],
    });
  });
});
