/**
 * The Tổng hợp tab's write as Excel sees it: every TH sheet the CLI's summary workbook has, written
 * into the clerk's book through the Excel adapter (on the in-memory host, with Excel on the web's
 * 5 MB request and response limits) in one batch, and taken out again by one Hoàn tác.
 */
import { councilBook } from "../../../test/fixtures/councilBook";
import type { CellValue } from "../../domain/model";
import { generateBook } from "../../bench/generate";
import { createMemoryHost } from "../../excel/memory";
import { lastEdit, UNDO_SHEET, undoEdit, writeEdits } from "../../excel/writeEdit";
import { readBook } from "../../excel/workbook";
import { writeBook } from "../../sheets/write";
import { PANE_SHEETS, paneSheetEdits, prepare } from "./build";

const TODAY = { year: 2024, month: 12, day: 10 };

describe("writing the summary's TH sheets into the clerk's book", () => {
  it("writes all seven in 4 round trips, with their figures and formats, and one undo takes out exactly them", async () => {
    const host = createMemoryHost(
      writeBook(councilBook()).map((s) => ({ name: s.name, values: s.values as CellValue[][] })),
    );
    const sheets = host.allSheetNames();
    const clerk = sheets.map((s) => host.values(s));
    const prepared = prepare((await readBook(host.run)).sheets, TODAY);

    const edits = await paneSheetEdits(prepared);
    const result = await writeEdits(host.run, edits, "summary");

    expect(result.syncs).toBe(4);
    expect(host.sheetNames()).toEqual([...sheets, ...PANE_SHEETS]);
    const overview = host.values("TH Tổng hợp").flat();
    expect(overview).toContain("Lao động tiên tiến");
    expect(overview).toContain(prepared.input.summary.total);
    // Danh sách names every nomination the council has not rejected.
    const list = host.values("TH Danh sách").flat();
    const people = (prepared.check.parsed.book.nominations ?? []).filter(
      (n) => n.subject === "individual" && n.outcome !== "rejected",
    );
    expect(people.length).toBeGreaterThan(10);
    for (const n of people) expect(list).toContain(n.name);
    // A share is a number shown as a percentage, not text.
    const women = prepared.input.summary.shares.women.value!;
    const at = host
      .values("TH Tổng hợp")
      .flatMap((row, r) => row.map((v, c) => ({ v, r, c })))
      .find((x) => x.v === women)!;
    expect(host.sheetState("TH Tổng hợp").numberFormats.get(`${at.r},${at.c}`)).toMatch(/%$/);
    expect(host.inspect("TH Danh sách").frozenRows).toBe(0);
    expect(await lastEdit(host.run)).toMatchObject({ label: "summary", cells: result.written });

    const undone = await undoEdit(host.run);
    expect(undone).toMatchObject({ label: "summary", kept: 0, restored: result.written, syncs: 5 });
    expect(host.allSheetNames()).toEqual([...sheets, UNDO_SHEET].filter((s, i, all) => all.indexOf(s) === i));
    expect(host.sheetNames()).toEqual(sheets);
    expect(sheets.map((s) => host.values(s))).toEqual(clerk);
  });

  it("replaces a TH sheet left in the book in place, and undo brings the old one back", async () => {
    const host = createMemoryHost(
      writeBook(councilBook()).map((s) => ({ name: s.name, values: s.values as CellValue[][] })),
    );
    const prepared = prepare((await readBook(host.run)).sheets, TODAY);
    // A TH Kiểm tra from an earlier run, no longer the last batch (the clerk typed a note in it).
    await writeEdits(host.run, await paneSheetEdits(prepared), "summary");
    const below = host.values("TH Kiểm tra").length;
    host.editCell("TH Kiểm tra", below, 0, "ghi chú của chuyên viên");
    await writeEdits(host.run, [{ sheet: "Ghi chú", create: true, cells: [{ row: 1, col: 0, value: "x" }] }], "other");
    const old = host.values("TH Kiểm tra");

    const existing = new Map([["TH Kiểm tra", { name: "TH Kiểm tra", rows: old.length, cols: old[0].length }]]);
    const edits = await paneSheetEdits(prepared, existing);
    const checks = edits.find((e) => e.sheet === "TH Kiểm tra")!;
    expect(checks.create).toBe(false);
    // The other six exist too (the earlier batch was not undone): only this one is tested here.
    await writeEdits(host.run, [checks], "summary");
    expect(host.values("TH Kiểm tra")).toHaveLength(below);
    await undoEdit(host.run);
    expect(host.values("TH Kiểm tra")).toEqual(old);
  });

  it("writes a 20,000-nomination summary under Excel on the web's 5 MB limits, in blocks, and undoes it", async () => {
    const host = createMemoryHost(generateBook({ units: 500, nominations: 20_000, targets: 5_000, history: 0 }));
    const sheets = host.sheetNames();
    const prepared = prepare((await readBook(host.run)).sheets, TODAY);
    const edits = await paneSheetEdits(prepared);
    const cells = edits.reduce((n, e) => n + e.cells.length, 0);
    expect(cells).toBeGreaterThan(150_000);

    const result = await writeEdits(host.run, edits, "summary");
    // More than one request for the writes (each under 5 MB), yet far fewer than one per sheet row.
    expect(result.syncs).toBeGreaterThan(4);
    expect(result.syncs).toBeLessThan(40);
    expect(host.values("TH Danh sách").length).toBeGreaterThan(20_000);

    const undone = await undoEdit(host.run);
    expect(undone).toMatchObject({ kept: 0, restored: cells });
    expect(host.sheetNames()).toEqual(sheets);
    expect(await lastEdit(host.run)).toBeNull();
  }, 120_000);
});
