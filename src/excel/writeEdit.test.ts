import { councilBook } from "../../test/fixtures/councilBook";
import type { Book, CellValue } from "../domain/model";
import { recordHistory } from "../domain/recordHistory";
import { historyEdit, sourceCodec } from "../sheets/historyEdit";
import { parseBook } from "../sheets/parse";
import { writeBook } from "../sheets/write";
import { createMemoryHost, type MemoryHost } from "./memory";
import { BookChangedError, lastEdit, UNDO_SHEET, undoEdit, writeEdit } from "./writeEdit";
import { readBook } from "./workbook";

const TODAY = { year: 2024, month: 12, day: 28 };
const HISTORY = "Lịch sử khen thưởng";

function hostOf(book: Book): MemoryHost {
  return createMemoryHost(writeBook(book).map((s) => ({ name: s.name, values: s.values as CellValue[][] })));
}

/** What the pane does on "Ghi vào lịch sử": read, plan, write. */
async function recordInExcel(host: MemoryHost) {
  const parsed = parseBook((await readBook(host.run)).sheets);
  const plan = recordHistory(parsed.book, TODAY, sourceCodec(parsed.layouts.nominations?.name));
  const edit = historyEdit(parsed, plan);
  return { plan, edit, result: await writeEdit(host.run, edit, "record") };
}

describe("recording the history in Excel, in one batch that can be undone", () => {
  it("appends the decided nominations in 4 round trips, and a second run adds nothing", async () => {
    const host = hostOf(councilBook());
    const before = host.values(HISTORY);
    const { plan, result } = await recordInExcel(host);

    expect(plan.append.length).toBeGreaterThan(20);
    expect(result.syncs).toBe(4);
    const after = host.values(HISTORY);
    expect(after).toHaveLength(before.length + plan.append.length);
    const source = after[0].indexOf("Nguồn");
    expect(after[before.length][source]).toMatch(/^Đề nghị khen thưởng, dòng \d+ \(năm 2024\)$/);

    const again = await recordInExcel(host);
    expect(again.plan).toMatchObject({ append: [], update: [], unchanged: plan.append.length });
    expect(host.values(HISTORY)).toEqual(after);
  });

  it("undo puts every cell back in 5 round trips, also in a later session, and forgets the batch", async () => {
    const host = hostOf(councilBook());
    const before = host.values(HISTORY);
    await recordInExcel(host);
    expect(await lastEdit(host.run)).toMatchObject({ label: "record" });

    const undone = await undoEdit(host.run);
    expect(undone).toMatchObject({ label: "record", kept: 0, syncs: 5 });
    expect(undone.restored).toBeGreaterThan(100);
    expect(host.values(HISTORY)).toEqual(before);
    expect(host.inspect(UNDO_SHEET).visibility).toBe("VeryHidden");
    expect(await lastEdit(host.run)).toBeNull();
    expect((await undoEdit(host.run)).restored).toBe(0);
  });

  it("a book without a history sheet gets one; undo removes it again", async () => {
    const host = hostOf({ ...councilBook(), history: null });
    const sheets = host.sheetNames();
    const { edit } = await recordInExcel(host);

    expect(edit.create).toBe(true);
    expect(host.sheetNames()).toEqual([...sheets, HISTORY]);
    expect(host.values(HISTORY)[0].slice(0, 4)).toEqual(["Họ và tên", "Mã đơn vị", "Hình thức", "Năm"]);
    await undoEdit(host.run);
    expect(host.sheetNames()).toEqual(sheets);
  });

  it("a created sheet the clerk has typed into since is kept on undo, with only the edit's cells taken back", async () => {
    const host = hostOf({ ...councilBook(), history: null });
    const sheets = host.sheetNames();
    const { edit } = await recordInExcel(host);
    // A column the edit left empty (Đối tượng, after Nguồn), filled in by the clerk.
    const typed = host.values(HISTORY)[0].length;
    host.editCell(HISTORY, 1, typed, "ghi chú của chuyên viên");

    const undone = await undoEdit(host.run);
    expect(undone.kept).toBe(0);
    expect(host.sheetNames()).toEqual([...sheets, HISTORY]);
    expect(host.values(HISTORY)[1][typed]).toBe("ghi chú của chuyên viên");
    expect(host.values(HISTORY)[edit.appendedRows[0] - 1][0]).toBe("");
  });

  it("a cell the clerk corrected after recording keeps the clerk's value on undo", async () => {
    const host = hostOf(councilBook());
    const before = host.values(HISTORY);
    const { edit } = await recordInExcel(host);
    const row = edit.appendedRows[0];
    host.editCell(HISTORY, row - 1, 0, "Giàng Thị Sùng (đã sửa)");

    const undone = await undoEdit(host.run);
    expect(undone.kept).toBe(1);
    const after = host.values(HISTORY);
    expect(after[row - 1][0]).toBe("Giàng Thị Sùng (đã sửa)");
    expect(after.slice(0, before.length)).toEqual(before);
  });

  it("refuses to write over a row someone filled between reading and writing, and writes nothing", async () => {
    const host = hostOf(councilBook());
    const parsed = parseBook((await readBook(host.run)).sheets);
    const edit = historyEdit(parsed, recordHistory(parsed.book, TODAY, sourceCodec()));
    host.editCell(HISTORY, edit.appendedRows[0] - 1, 1, "X-TAVAN");
    const before = host.values(HISTORY);

    await expect(writeEdit(host.run, edit, "record")).rejects.toBeInstanceOf(BookChangedError);
    expect(host.values(HISTORY)).toEqual(before);
    expect(await lastEdit(host.run)).toBeNull();
  });

  it("makes the same number of round trips for one decided nomination as for all of them", async () => {
    const book = councilBook();
    const one: Book = {
      ...book,
      nominations: (book.nominations ?? []).map((n, i) => (i === 0 ? n : { ...n, decisionNumber: null })),
    };
    const small = hostOf(one);
    const { plan, result } = await recordInExcel(small);
    expect(plan.append).toHaveLength(1);
    expect(result.syncs).toBe(4);
    expect((await undoEdit(small.run)).syncs).toBe(5);
  });
});
