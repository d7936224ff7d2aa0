import { NOMINATIONS_SHEET, SHEETS } from "../sheets/contract";
import { columnLetter, parseBook } from "../sheets/parse";
import { createMemoryHost } from "./memory";
import { unitsSheet } from "./testBooks";
import { LISTS_SHEET, readBook, SETUP_ROWS, setupBook } from "./workbook";

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
    expect(await setupBook(host.run, "vi", { today })).toEqual({ added: [], syncs: 1 });
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
});
