/**
 * One undoable batch over several sheets (the summary's TH sheets, a merge of returned files): what
 * Excel is asked, in how many round trips, and what one Hoàn tác leaves.
 */
import type { CellValue } from "../domain/model";
import type { SheetEdit } from "../sheets/historyEdit";
import { createMemoryHost, type MemoryHost } from "./memory";
import { lastEdit, UNDO_SHEET, undoEdit, writeEdit, writeEdits } from "./writeEdit";

const NOMINATIONS = "Đề nghị khen thưởng";
const TARGETS = "Chỉ tiêu";

/** A ward's book: two nominations, Tả Van's two targets (Đăng ký still empty). */
function wardBook(): MemoryHost {
  return createMemoryHost([
    {
      name: NOMINATIONS,
      values: [
        ["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức", "Ngày đề nghị"],
        [1, "Cá nhân", "Lò Văn Pả", "P-SAPA", "Lao động tiên tiến", 45600],
        [2, "Cá nhân", "Lý Thị Hoà", "P-SAPA", "Lao động tiên tiến", 45600],
      ],
    },
    {
      name: TARGETS,
      values: [
        ["Mã đơn vị", "Mã chỉ tiêu", "Chỉ tiêu", "Giao", "Đăng ký"],
        ["X-TAVAN", "HN", "Tỷ lệ hộ nghèo giảm", 2, ""],
        ["X-TAVAN", "TVH", "Số thôn đạt chuẩn văn hóa", 5, ""],
      ],
    },
  ]);
}

/** What Tả Van's returned file brings: two nominations appended, its registrations and their source. */
function tavanMerge(): SheetEdit[] {
  const person = (row: number, name: string) => [
    { row, col: 0, value: row - 1, fresh: true },
    { row, col: 1, value: "Cá nhân", fresh: true },
    { row, col: 2, value: name, fresh: true },
    { row, col: 3, value: "X-TAVAN", fresh: true },
    { row, col: 4, value: "Lao động tiên tiến", fresh: true },
    { row, col: 5, value: 45616, date: true, fresh: true },
  ];
  return [
    {
      sheet: NOMINATIONS,
      create: false,
      cells: [...person(4, "Giàng Thị Sao"), ...person(5, "Sùng A Páo".normalize("NFD"))],
    },
    {
      sheet: TARGETS,
      create: false,
      cells: [
        { row: 1, col: 5, value: "Nguồn", header: true, fresh: true },
        { row: 2, col: 4, value: 2.5 },
        { row: 2, col: 5, value: "X-TAVAN gui lai.xlsx, dòng 2 (mẫu X-TAVAN năm 2024)", fresh: true },
        { row: 3, col: 4, value: 6 },
        { row: 3, col: 5, value: "X-TAVAN gui lai.xlsx, dòng 3 (mẫu X-TAVAN năm 2024)", fresh: true },
      ],
    },
  ];
}

describe("one undoable batch over several sheets", () => {
  it("merges nominations and registrations in 4 round trips; one undo in 5 takes both back exactly", async () => {
    const host = wardBook();
    const before = { nominations: host.values(NOMINATIONS), targets: host.values(TARGETS) };

    const result = await writeEdits(host.run, tavanMerge(), "collect");
    expect(result).toEqual({ written: 17, syncs: 4 });
    expect(host.values(NOMINATIONS).map((r) => r[2])).toEqual([
      "Họ và tên",
      "Lò Văn Pả",
      "Lý Thị Hoà",
      "Giàng Thị Sao",
      "Sùng A Páo".normalize("NFD"),
    ]);
    expect(host.sheetState(NOMINATIONS).numberFormats.get("3,5")).toBe("dd/mm/yyyy");
    expect(host.values(TARGETS).map((r) => r[4])).toEqual(["Đăng ký", 2.5, 6]);
    expect(await lastEdit(host.run)).toEqual({ label: "collect", cells: 17 });

    const undone = await undoEdit(host.run);
    expect(undone).toEqual({ label: "collect", restored: 17, kept: 0, syncs: 5 });
    expect(host.values(NOMINATIONS)).toEqual(before.nominations);
    expect(host.values(TARGETS)).toEqual(before.targets);
    // The date format the merge gave a new row goes with it.
    expect(host.sheetState(NOMINATIONS).numberFormats.get("3,5") ?? "General").toBe("General");
    expect(await lastEdit(host.run)).toBeNull();
  });

  it("a registration the clerk corrected after merging keeps the clerk's value; the rest is undone", async () => {
    const host = wardBook();
    await writeEdits(host.run, tavanMerge(), "collect");
    host.editCell(TARGETS, 2, 4, 7);

    const undone = await undoEdit(host.run);
    expect(undone).toMatchObject({ restored: 16, kept: 1 });
    expect(host.values(TARGETS).map((r) => r[4])).toEqual(["Đăng ký", "", 7]);
    expect(host.values(NOMINATIONS)).toHaveLength(3);
  });

  it("creates sheets beside edits of existing ones; undo deletes the created ones and restores the rest", async () => {
    const host = wardBook();
    const sheets = host.sheetNames();
    const created: SheetEdit = {
      sheet: "TH Tổng hợp",
      create: true,
      cells: [
        { row: 1, col: 0, value: "BÁO CÁO TỔNG HỢP", fresh: true },
        { row: 3, col: 0, value: "Nữ", fresh: true },
        { row: 3, col: 1, value: 0.754, format: "0.0%", fresh: true },
      ],
      widths: [30, 12],
    };
    const result = await writeEdits(host.run, [created, tavanMerge()[1]], "summary");
    expect(result.syncs).toBe(4);
    expect(host.sheetNames()).toEqual([...sheets, "TH Tổng hợp"]);
    expect(host.sheetState("TH Tổng hợp").numberFormats.get("2,1")).toBe("0.0%");

    expect(await undoEdit(host.run)).toMatchObject({ kept: 0, syncs: 5 });
    expect(host.sheetNames()).toEqual(sheets);
    expect(host.values(TARGETS).map((r) => r[4])).toEqual(["Đăng ký", "", ""]);
  });

  it("takes back a link it added and the number format it changed on a sheet that existed", async () => {
    const host = wardBook();
    // The clerk formats Giao with thousands; an export writes a date and a link there.
    await host.run(async (context) => {
      context.workbook.worksheets.getItem(TARGETS).getRange("D2").numberFormat = [["#,##0"]];
      await context.sync();
    });
    await writeEdit(
      host.run,
      { sheet: TARGETS, create: false, cells: [{ row: 2, col: 3, value: 45600, date: true, link: "'Chỉ tiêu'!A1" }] },
      "export",
    );
    expect(host.cellLink(TARGETS, 1, 3)).toBe("'Chỉ tiêu'!A1");
    expect(host.sheetState(TARGETS).numberFormats.get("1,3")).toBe("dd/mm/yyyy");

    await undoEdit(host.run);
    expect(host.values(TARGETS)[1][3]).toBe(2);
    expect(host.cellLink(TARGETS, 1, 3)).toBeNull();
    expect(host.sheetState(TARGETS).numberFormats.get("1,3")).toBe("#,##0");
  });

  it("refuses to edit the same sheet twice in one batch, and writes nothing", async () => {
    const host = wardBook();
    const [nominations] = tavanMerge();
    await expect(writeEdits(host.run, [nominations, nominations], "collect")).rejects.toThrow(/twice/);
    expect(host.values(NOMINATIONS)).toHaveLength(3);
    expect(await lastEdit(host.run)).toBeNull();
  });

  it("a batch cut short by a protected sheet can still be undone: the record is written first", async () => {
    const host = wardBook();
    const before = host.values(NOMINATIONS);
    host.protectSheet(TARGETS);
    await expect(writeEdits(host.run, tavanMerge(), "collect")).rejects.toMatchObject({ code: "AccessDenied" });
    // The nominations went in before Excel refused Chỉ tiêu.
    expect(host.values(NOMINATIONS)).toHaveLength(5);
    expect(await lastEdit(host.run)).toMatchObject({ label: "collect" });

    const undone = await undoEdit(host.run);
    expect(undone.kept).toBe(0);
    expect(host.values(NOMINATIONS)).toEqual(before);
  });
});

describe("a long batch under Excel on the web's 5 MB limits", () => {
  /** 3,000 appended rows of 6 cells, some 250 KB of values. */
  function longMerge(): SheetEdit {
    const cells = [];
    for (let row = 4; row < 3004; row++)
      for (let col = 0; col < 6; col++)
        cells.push({ row, col, value: col === 2 ? `Nguyễn Thị Hồng Nhung số ${row}` : `ô ${row}-${col}`, fresh: true });
    return { sheet: NOMINATIONS, create: false, cells };
  }

  it("writes in several requests when its values pass the budget, and undoes them all", async () => {
    const host = wardBook();
    const result = await writeEdits(host.run, [longMerge()], "collect", { budget: 100_000 });
    // The record and the cells, each some 250 KB, in requests of at most 100 KB.
    expect(result.syncs).toBeGreaterThanOrEqual(3 + 5);
    expect(result.syncs).toBeLessThan(40);
    expect(host.values(NOMINATIONS)).toHaveLength(3003);

    const undone = await undoEdit(host.run, { budget: 100_000 });
    expect(undone).toMatchObject({ restored: 18_000, kept: 0 });
    expect(undone.syncs).toBeGreaterThan(5);
    expect(host.values(NOMINATIONS)).toHaveLength(3);
  });

  it("halves a block Excel refuses as too large, and reads a record too large for one response in parts", async () => {
    const cells = (host: MemoryHost) => host.values(NOMINATIONS).length;
    // An Excel that refuses anything over 150 KB either way, while the adapter hopes for 250 KB.
    const host = createMemoryHost(
      [
        { name: NOMINATIONS, values: wardBook().values(NOMINATIONS) as CellValue[][] },
        { name: TARGETS, values: wardBook().values(TARGETS) as CellValue[][] },
      ],
      { requestBytes: 150_000, responseBytes: 150_000 },
    );
    await writeEdits(host.run, [longMerge()], "collect", { budget: 250_000 });
    expect(cells(host)).toBe(3003);
    expect(host.inspect(UNDO_SHEET).visibility).toBe("VeryHidden");

    const undone = await undoEdit(host.run, { budget: 250_000 });
    expect(undone).toMatchObject({ restored: 18_000, kept: 0 });
    expect(cells(host)).toBe(3);
  });
});

describe("a record an earlier version wrote (one sheet, one line per cell)", () => {
  it("is still offered and undone", async () => {
    const host = createMemoryHost([
      ...["Lịch sử khen thưởng"].map((name) => ({
        name,
        values: [
          ["Họ và tên", "Năm"],
          ["Giàng Thị Sùng", 2023],
          ["Hoàng Văn Tiến", 2024],
        ] as CellValue[][],
      })),
      {
        name: UNDO_SHEET,
        values: [
          ["tdkt undo v1: the last batch the add-in wrote; one JSON record per row after the first"],
          [
            JSON.stringify({
              label: "record",
              sheet: "Lịch sử khen thưởng",
              created: false,
              at: "2024-12-28T08:00:00Z",
            }),
          ],
          [JSON.stringify({ a: "A3", before: "", after: "Hoàng Văn Tiến" })],
          [JSON.stringify({ a: "B3", before: "", after: 2024 })],
        ],
      },
    ]);
    expect(await lastEdit(host.run)).toEqual({ label: "record", cells: 2 });
    expect(await undoEdit(host.run)).toMatchObject({ label: "record", restored: 2, kept: 0 });
    expect(host.values("Lịch sử khen thưởng")).toEqual([
      ["Họ và tên", "Năm"],
      ["Giàng Thị Sùng", 2023],
    ]);
    expect(await lastEdit(host.run)).toBeNull();
  });
});
