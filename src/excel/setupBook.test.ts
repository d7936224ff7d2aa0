import { makeContext } from "../domain/context";
import { NOMINATIONS_SHEET, SHEETS } from "../sheets/contract";
import { columnLetter, parseBook } from "../sheets/parse";
import { createMemoryHost } from "./memory";
import { unitsSheet } from "./testBooks";
import { LISTS_SHEET, readBook, SETUP_ROWS, setupBook } from "./workbook";
import { lastEdit, undoEdit, UNDO_SHEET } from "./writeEdit";
import type { MemoryHost } from "./memory";

/** Everything the host keeps of the book: every sheet (hidden ones too) with its cells, formats and tables. */
function wholeBook(host: MemoryHost) {
  return {
    active: host.activeSheet(),
    sheets: host.allSheetNames().map((name) => ({ ...host.sheetState(name), tables: host.inspect(name).tables })),
  };
}

const today = { year: 2024, month: 11, day: 20 };
const NOMINATIONS = "Đề nghị khen thưởng";

/** 0-based column of a header in row 1 of a sheet set up by the add-in. */
function columnOf(values: unknown[][], header: string): number {
  const col = values[0].indexOf(header);
  if (col < 0) throw new Error(`no header ${header}`);
  return col;
}

describe("setupBook", () => {
  it("adds the sheets a book of units lacks, and leaves the clerk's units sheet exactly as it was", async () => {
    const host = createMemoryHost([unitsSheet()]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Đơn vị").getRange("C3").format.fill.color = "#FFFF00";
      await context.sync();
    });
    const before = host.values("Đơn vị");
    const { added, syncs } = await setupBook(host.run, "vi", { today });

    expect(added).toEqual(SHEETS.filter((s) => s.key !== "units").map((s) => s.name));
    expect(syncs).toBe(4);
    expect(host.values("Đơn vị")).toEqual(before);
    expect(host.cellFormat("Đơn vị", 2, 2).fill).toBe("#FFFF00");
    expect(host.inspect("Đơn vị").tables).toEqual([]);
    expect(host.sheetNames()).toEqual(["Đơn vị", ...added]);
    expect(host.inspect(LISTS_SHEET).visibility).toBe("VeryHidden");
  });

  it("lays out each new sheet as the contract says: header, table, frozen row, widths, date format", async () => {
    const host = createMemoryHost([unitsSheet()]);
    await setupBook(host.run, "vi", { today });
    const values = host.values(NOMINATIONS);
    const sheet = host.inspect(NOMINATIONS);

    expect(values[0].slice(0, 3)).toEqual(["STT", "Đối tượng", "Họ và tên"]);
    expect(sheet.frozenRows).toBe(1);
    const last = columnLetter(NOMINATIONS_SHEET.columns.length - 1);
    expect(sheet.tables).toEqual([{ name: "tdkt_nominations", address: `A1:${last}2` }]);
    // 28 characters of Calibri 11 are 196 pixels: 147 points, the unit Office.js sets widths in.
    expect(sheet.columnWidth(columnOf(values, "Họ và tên"))).toBe(147);
    const recruited = columnOf(values, "Ngày tuyển dụng");
    expect(sheet.numberFormat(1, recruited)).toBe("dd/mm/yyyy");
    expect(sheet.numberFormat(SETUP_ROWS, recruited)).toBe("dd/mm/yyyy");
    expect(sheet.numberFormat(1, columnOf(values, "Số thành viên"))).toBe("0");
    expect(sheet.numberFormat(1, columnOf(values, "Họ và tên"))).toBe("General");
    // The header says what the column takes; the header stays locked, the rows are open for a protection.
    expect(sheet.prompt(0, recruited)).toMatchObject({ showPrompt: true, title: "Ngày tuyển dụng" });
    expect(sheet.prompt(0, recruited)?.message).toContain("dd/mm/yyyy");
    expect(sheet.prompt(1, recruited)).toBeNull();
    expect(sheet.locked(0, recruited)).toBe(true);
    expect(sheet.locked(1, recruited)).toBe(false);
    // A new book reads back as the contract's book; the one thing it asks for is the plan's year.
    const parsed = parseBook((await readBook(host.run)).sheets);
    const errors = parsed.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.code, f.sheet, "item" in f.params ? f.params.item : null])).toEqual([
      ["REQUIRED_MISSING", "Kế hoạch", "Năm"],
    ]);
    expect(host.inspect("Kế hoạch").validation(3, 1)?.items).toEqual(["Tỉnh", "Huyện", "Xã"]);
  });

  it("offers drop-downs for subject, award, unit code, yes/no and the contract's lists", async () => {
    const host = createMemoryHost([unitsSheet()]);
    await setupBook(host.run, "vi", { today });
    const values = host.values(NOMINATIONS);
    const sheet = host.inspect(NOMINATIONS);
    const list = (header: string) => sheet.validation(1, columnOf(values, header));

    expect(list("Đối tượng")?.items).toEqual(["Cá nhân", "Tập thể", "Hộ gia đình", "Thôn, tổ dân phố"]);
    expect(list("Hình thức")?.items).toContain("Lao động tiên tiến");
    expect(list("Hình thức")?.items).toContain("Giấy khen của Chủ tịch UBND thị xã");
    // The clerk's units start at B2, header in row 2: the list follows the codes where they are.
    expect(list("Mã đơn vị")?.source).toBe(`='Đơn vị'!$B$3:$B$${SETUP_ROWS + 2}`);
    expect(list("Mã đơn vị")?.items).toEqual(["SP01", "SP02", "SP03"]);
    expect(list("Nữ")?.source).toBe("Có,Không");
    expect(list("Xếp loại")?.items).toContain("Hoàn thành xuất sắc nhiệm vụ");
    expect(list("Kết quả")?.items).toEqual(["Đề nghị", "Đồng ý", "Không đồng ý", "Trình cấp trên"]);
    expect(list("Loại khen thưởng")?.items).toContain("Đột xuất");
    expect(list("Họ và tên")).toBeNull();
    expect(list("Đối tượng")?.alert).toMatchObject({
      showAlert: true,
      style: "Warning",
      title: "Giá trị ngoài danh sách",
    });

    const targets = host.values("Chỉ tiêu");
    expect(host.inspect("Chỉ tiêu").validation(5, columnOf(targets, "Chiều"))?.items).toEqual(["Tăng", "Giảm"]);
    const milestones = host.values("Tiến độ");
    expect(host.inspect("Tiến độ").validation(1, columnOf(milestones, "Lặp lại"))?.items).toContain("Hàng quý");
    const movements = host.values("Phong trào");
    expect(host.inspect("Phong trào").validation(1, columnOf(movements, "Loại"))?.items).toEqual([
      "Thường xuyên",
      "Chuyên đề",
    ]);
    // The statistics' columns (issue 19) come with their lists too.
    expect(list("Phân loại cán bộ")?.items).toEqual([
      "Lãnh đạo cấp bộ, tỉnh trở lên",
      "Lãnh đạo cấp vụ, sở",
      "Doanh nhân",
      "Lãnh đạo khác từ phó phòng trở lên",
      "Người trực tiếp lao động, công tác",
    ]);
    expect(list("Doanh nghiệp")?.items).toEqual(["Có", "Không"]);
    expect(host.inspect("Phong trào").validation(1, columnOf(movements, "Thời hạn"))?.items).toContain(
      "Từ 5 năm trở lên",
    );
    const history = host.values("Lịch sử khen thưởng");
    expect(host.inspect("Lịch sử khen thưởng").validation(1, columnOf(history, "Loại khen thưởng"))?.items).toContain(
      "Chuyên đề",
    );
  });

  it("takes award names from the book's catalogue when it has one, in English alerts when asked", async () => {
    const catalogue = {
      name: "Danh mục khen thưởng",
      values: [
        ["Mã", "Tên", "Đối tượng"],
        ["GKGD", "Giấy khen của Giám đốc Sở Văn hóa", "Cá nhân, Tập thể"],
      ],
    };
    const host = createMemoryHost([unitsSheet(), catalogue]);
    const { added } = await setupBook(host.run, "en", { today });
    const values = host.values(NOMINATIONS);
    const award = host.inspect(NOMINATIONS).validation(1, columnOf(values, "Hình thức"));

    expect(added).not.toContain("Danh mục khen thưởng");
    expect(award?.items).toContain("Giấy khen của Giám đốc Sở Văn hóa");
    expect(award?.items).toContain("Lao động tiên tiến");
    expect(award?.alert?.title).toBe("Not in the list");
  });

  it("adds nothing to a complete book, in one round trip, and a second set-up changes nothing", async () => {
    const host = createMemoryHost([unitsSheet()]);
    await setupBook(host.run, "vi", { today });
    const names = host.allSheetNames();
    expect(await setupBook(host.run, "vi", { today })).toEqual({ added: [], keys: [], opened: null, syncs: 1 });
    expect(host.allSheetNames()).toEqual(names);
  });

  it("finds sheets under other spellings and does not add them again", async () => {
    const host = createMemoryHost([
      unitsSheet(),
      { name: "de nghi", values: [["STT"]] },
      { name: "KE HOACH", values: [] },
    ]);
    const { added } = await setupBook(host.run, "vi", { today });
    expect(added).not.toContain(NOMINATIONS);
    expect(added).not.toContain("Kế hoạch");
    expect(host.values("de nghi")).toEqual([["STT"]]);
  });

  it("fills Danh mục khen thưởng with the catalogue in force, which then checks the book exactly as before", async () => {
    const host = createMemoryHost([unitsSheet()]);
    await setupBook(host.run, "vi", { today });
    const rows = host.values("Danh mục khen thưởng");

    expect(rows[0].slice(0, 3)).toEqual(["Mã", "Tên", "Đối tượng"]);
    const byName = new Map(rows.slice(1).map((r) => [r[1], r]));
    expect(byName.get("Lao động tiên tiến")?.slice(0, 4)).toEqual(["LDTT", "Lao động tiên tiến", "Cá nhân", "Huyện"]);
    expect(byName.get("Giấy khen của Chủ tịch UBND thị xã")?.[2]).toBe("Cá nhân; Tập thể; Hộ gia đình");
    // No quota, money or vote share is set for the clerk: those stay the ruleset's until the book sets its own.
    const ratio = rows[0].indexOf("Tỷ lệ tối đa (%)");
    expect(rows.slice(1).every((r) => r[ratio] === "")).toBe(true);
    expect(host.inspect("Danh mục khen thưởng").tables[0].address).toBe(`A1:I${rows.length}`);

    const book = parseBook((await readBook(host.run)).sheets).book;
    expect(book.catalogue).toHaveLength(rows.length - 1);
    // The same awards (subjects in any order: the sheet lists them in the contract's order).
    const awards = (catalogue: typeof book.catalogue) =>
      makeContext({ ...book, catalogue }, today).ruleset.awards.map((a) => ({
        ...a,
        subjects: [...a.subjects].sort(),
      }));
    expect(awards(book.catalogue)).toEqual(awards(null));
  });

  it("opens the first sheet it added, and Hoàn tác leaves the book exactly as it was", async () => {
    const host = createMemoryHost([unitsSheet(), { name: "Ghi chép", values: [["Việc cần làm"]] }]);
    host.setActiveSheet("Ghi chép");
    const before = wholeBook(host);

    const { added, opened } = await setupBook(host.run, "vi", { today });
    expect(opened).toBe("Kế hoạch");
    expect(host.activeSheet()).toBe("Kế hoạch");
    expect(added).toContain("Danh mục khen thưởng");
    expect(await lastEdit(host.run)).toMatchObject({ label: "Thiết lập sổ" });

    const undone = await undoEdit(host.run);
    expect(undone).toMatchObject({ label: "Thiết lập sổ", kept: 0 });
    expect(undone.syncs).toBe(5);
    expect(wholeBook(host)).toEqual(before);
    expect(await lastEdit(host.run)).toBeNull();
  });

  it("keeps a sheet the clerk has typed in when set-up is undone, and removes the others", async () => {
    const host = createMemoryHost([unitsSheet()]);
    await setupBook(host.run, "vi", { today });
    host.editCell("Đề nghị khen thưởng", 1, 2, "Sùng A Sình");

    const undone = await undoEdit(host.run);
    expect(undone.kept).toBeGreaterThan(0);
    // Its drop-downs still read the lists sheet, which stays with it.
    expect(host.allSheetNames()).toEqual(["Đơn vị", LISTS_SHEET, "Đề nghị khen thưởng", UNDO_SHEET]);
    expect(host.values("Đề nghị khen thưởng")[1][2]).toBe("Sùng A Sình");
    expect(host.activeSheet()).toBe("Đơn vị");
    expect(await lastEdit(host.run)).toBeNull();
  });

  it("gives the lists sheet of an earlier set-up back as it was", async () => {
    const lists = { name: LISTS_SHEET, values: [["Lao động tiên tiến"], ["Danh hiệu cũ của sổ"]] };
    const host = createMemoryHost([unitsSheet(), lists]);
    const before = host.values(LISTS_SHEET);
    await setupBook(host.run, "vi", { today });
    expect(host.values(LISTS_SHEET)).not.toEqual(before);

    await undoEdit(host.run);
    expect(host.values(LISTS_SHEET)).toEqual(before);
    expect(host.allSheetNames()).toEqual(["Đơn vị", LISTS_SHEET]);
  });
});
