/**
 * Books kept the way other clerks keep them (test/clerkBooks.ts), written to .xlsx and checked as a
 * clerk would: `tdkt check` on the file. Every planted mistake is found where it is, no clean row
 * gets a finding, the parts of an official list are skipped and said once, and a book is never
 * "Không có lỗi" with a sheet left unread.
 */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { main, type Io } from "../src/cli/main";
import type { JsonFinding } from "../src/cli/report";
import {
  halfReadBook,
  hongChauBook,
  sheet1Book,
  strangeSheetBook,
  unreadBook,
  wardBook,
  type ClerkBook,
} from "./clerkBooks";

// TDKT_CLERK_BOOKS=DIR keeps the books there, to try them with `node bin/tdkt.js check`.
const dir = process.env.TDKT_CLERK_BOOKS ?? mkdtempSync(path.join(tmpdir(), "tdkt-clerk-"));

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (s) => stdout.push(s),
    err: (s) => stderr.push(s),
    today: () => ({ year: 2026, month: 12, day: 10 }),
  };
}

interface Report {
  findings: JsonFinding[];
  counts: { error: number; warning: number; info: number };
  reading?: {
    sheets: { key: string; sheet: string; how: string; headerRows: number[]; dataRows: number }[];
  };
}

async function check(file: string, ...more: string[]): Promise<{ exit: number; report: Report }> {
  const io = capture();
  const exit = await main(["check", file, "--json", ...more], io);
  expect(io.stderr).toEqual([]);
  return { exit, report: JSON.parse(io.stdout.join("")) as Report };
}

async function text(file: string, ...more: string[]): Promise<{ exit: number; out: string }> {
  const io = capture();
  const exit = await main(["check", file, ...more], io);
  return { exit, out: io.stdout.join("\n") };
}

const key = (f: { code: string; sheet: string | null; row: number | null }) => `${f.code} ${f.sheet} ${f.row}`;

/** Every error and warning is planted, and every planted one is found. */
function expectPlanted(book: ClerkBook, findings: JsonFinding[]): void {
  const found = findings.filter((f) => f.severity !== "info").map(key);
  expect(found.sort()).toEqual(book.planted.map(key).sort());
}

function onRows(findings: JsonFinding[], sheet: string, rows: number[]): JsonFinding[] {
  return findings.filter((f) => f.sheet === sheet && f.row !== null && rows.includes(f.row));
}

describe("the ward book of phường Đông Hưng, 2026, as its clerk keeps it", () => {
  let book: ClerkBook;
  let result: { exit: number; report: Report };
  const NOM = "Đề nghị khen thưởng năm 2026";

  beforeAll(async () => {
    book = await wardBook(dir);
    result = await check(book.file, "--explain");
  });

  test("every planted mistake is found at its sheet and row, and nothing else is an error or a warning", () => {
    expectPlanted(book, result.report.findings);
    expect(result.exit).toBe(1);
  });

  test("the clean rows get no finding beyond the note that a Bằng khen goes up to the province", () => {
    const on = onRows(result.report.findings, book.clean.sheet, book.clean.rows);
    expect(on.map((f) => `${f.code} ${f.row}`)).toEqual(["AWARD_FORWARDED 21"]);
  });

  test("sheets named with a year and with abbreviations are read, and say how", () => {
    const read = result.report.reading?.sheets.map((s) => `${s.key} ← ${s.sheet} (${s.how})`);
    expect(read).toEqual([
      "plan ← Kế hoạch (name)",
      "units ← DS đơn vị (abbreviation)",
      "targets ← Chỉ tiêu TĐ (abbreviation)",
      `nominations ← ${NOM} (year)`,
      "history ← LS khen thưởng (abbreviation)",
    ]);
  });

  test("the two-row header is read as one, and the column numbers, sections, totals and signatures are skipped once each", () => {
    const nominations = result.report.reading?.sheets.find((s) => s.key === "nominations");
    expect(nominations?.headerRows).toEqual([5, 6]);
    expect(nominations?.dataRows).toBe(13);
    const skipped = result.report.findings.filter((f) => f.code === "FORM_ROWS_SKIPPED" && f.sheet === NOM);
    expect(skipped.map((f) => f.message)).toEqual([
      "Dòng 7: bỏ qua dòng đánh số thứ tự cột, không phải dữ liệu.",
      "Các dòng 8–9, 16, 19: bỏ qua dòng tiêu đề phần, nhóm, không phải dữ liệu.",
      "Dòng 25: bỏ qua dòng tổng cộng, không phải dữ liệu.",
      "Các dòng 27–30, 34: bỏ qua phần ký tên, ghi chú dưới bảng, không phải dữ liệu.",
    ]);
  });

  test("the Excel Table's totals row under the units is skipped, not read as a unit", () => {
    const units = result.report.findings.filter((f) => f.sheet === "DS đơn vị");
    expect(units.map((f) => `${f.code} ${f.row}`)).toEqual(["COLUMNS_UNUSED 5", "FORM_ROWS_SKIPPED 11"]);
    expect(units[1].message).toBe("Dòng 11: bỏ qua dòng tổng cộng, không phải dữ liệu.");
  });

  test("headers the contract does not know are read by their words; the columns left aside are listed once", () => {
    const unused = result.report.findings.filter((f) => f.code === "COLUMNS_UNUSED" && f.sheet === NOM);
    expect(unused).toHaveLength(1);
    expect(unused[0].message).toBe(
      `Sheet “${NOM}”: 2 cột không thuộc mẫu sổ nên không được kiểm tra (vẫn giữ nguyên): “Tên đơn vị” (E6), “Ghi chú” (K5).`,
    );
    // "Đánh giá, xếp loại" is read as Xếp loại: the CSTĐCS rated "tốt" is an error about its rating.
    const rated = result.report.findings.find(
      (f) => f.code === "CRITERIA_NOT_MET" && f.row === 18 && f.severity === "error",
    );
    expect(rated).toMatchObject({ column: "Đánh giá, xếp loại", cell: "H18" });
  });

  test("award names as decisions write them are recognised; an unknown one asks “có phải …?”", () => {
    const unknown = result.report.findings.filter((f) => f.code === "UNKNOWN_AWARD");
    expect(unknown).toHaveLength(1);
    // The unit that proposed it, and the two nearest awards of the catalogue in force.
    expect(unknown[0].message).toContain(
      "“Lao động xuất sắc năm 2026” (đề nghị của Trường Tiểu học Đông Hưng) không có trong danh mục",
    );
    expect(unknown[0].message).toMatch(/Có phải: “Tập thể lao động xuất sắc” hay “Lao động tiên tiến”\?$/);
    const duplicate = result.report.findings.find((f) => f.code === "DUPLICATE_NOMINATION");
    expect(duplicate?.message).toBe(
      "Dòng 14: “Trần Thị Lan” của Trường Mầm non Đông Hưng (MN-DH) đã được đề nghị Lao động tiên tiến ở dòng 11; mỗi người hoặc tập thể chỉ đề nghị một lần cho một hình thức trong năm 2026.",
    );
  });

  test("a unit code with a zero-width space is the same unit, and the cell is reported once", () => {
    const invisible = result.report.findings.filter((f) => f.code === "INVISIBLE_CHARACTERS");
    expect(invisible).toHaveLength(1);
    expect(invisible[0]).toMatchObject({ sheet: NOM, cell: "D13", column: "Mã đơn vị" });
    expect(result.report.findings.filter((f) => f.code === "UNKNOWN_UNIT").map((f) => f.unit)).toEqual(["TYT-DH"]);
  });

  test("--explain prints which sheet is which, column by column, and the rows skipped", async () => {
    const { out } = await text(book.file, "--explain");
    expect(out).toContain("Cách đọc sổ:");
    expect(out).toContain(`Đề nghị khen thưởng ← sheet “${NOM}” (theo tên có năm); tiêu đề dòng 5–6; 13 dòng dữ liệu`);
    expect(out).toContain("Hình thức ← cột G “Danh hiệu đề nghị” (theo từ)");
    expect(out).toContain("Xếp loại ← cột H “Đánh giá, xếp loại” (theo từ)");
    expect(out).toContain("Mã đơn vị ← cột D “Mã đơn vị” (đúng tên)");
    expect(out).toContain("Bỏ qua phần ký tên, ghi chú dưới bảng: dòng 27–30, 34");
    expect(out).toContain("Sheet khác, không thuộc mẫu sổ: “Ghi chép”");
    expect(out).toContain("Đã đọc: Kế hoạch (3 dòng), DS đơn vị (5 dòng), Chỉ tiêu TĐ (2 dòng)");
  });
});

describe("a book whose nominations are on Sheet1", () => {
  let book: ClerkBook;
  let result: { exit: number; report: Report };

  beforeAll(async () => {
    book = await sheet1Book(dir);
    result = await check(book.file, "--explain");
  });

  test("Sheet1 is read as the nominations by its header; the similar second list is a warning naming it", () => {
    expectPlanted(book, result.report.findings);
    expect(result.report.reading?.sheets.find((s) => s.key === "nominations")).toMatchObject({
      sheet: "Sheet1",
      how: "headers",
      headerRows: [3],
    });
    const unread = result.report.findings.find((f) => f.code === "SHEET_NOT_READ");
    expect(unread?.message).toBe(
      "Sheet “Đề nghị khen thưởng bổ sung” có tên giống sheet Đề nghị khen thưởng nhưng chưa được đọc (sổ đã đọc sheet “Sheet1” làm sheet Đề nghị khen thưởng), nên các dòng của nó chưa được kiểm tra. Nếu cần đọc sheet này, hoặc nó không thuộc sổ, hãy chọn lại trong “Cách đọc sổ” (ngăn Thi đua – Khen thưởng).",
    );
  });

  test("of two Mã đơn vị columns the filled one is read, and the other is a warning", () => {
    const dup = result.report.findings.find((f) => f.code === "DUPLICATE_COLUMN");
    expect(dup).toMatchObject({ sheet: "Sheet1", row: 3, cell: "D3" });
    expect(dup?.message).toContain("đọc cột ở ô E3 (cột có điền dữ liệu), bỏ qua cột ở ô D3");
    expect(onRows(result.report.findings, "Sheet1", book.clean.rows)).toEqual([]);
  });

  test("text dates in the deadlines under “Tiến độ 2026” are read; 31/11 is not a date", () => {
    const bad = result.report.findings.find((f) => f.code === "INVALID_DATE");
    expect(bad).toMatchObject({ sheet: "Tiến độ 2026", row: 3, cell: "C3" });
  });
});

describe("a book the checker can only partly read", () => {
  let book: ClerkBook;
  let result: { exit: number; report: Report };

  beforeAll(async () => {
    book = await halfReadBook(dir);
    result = await check(book.file);
  });

  test("a missing required column names the column that is probably it, with its cell", () => {
    expectPlanted(book, result.report.findings);
    const missing = result.report.findings.find((f) => f.code === "MISSING_COLUMN" && f.sheet === "Đề nghị KT");
    expect(missing?.message).toBe(
      "Sheet “Đề nghị KT” thiếu cột “Mã đơn vị” (đã tìm cả các tên: Mã ĐV). Có phải cột “Đơn vị công tác” (D1)?",
    );
  });

  test("no rule says a value is missing from a column the book has not got", () => {
    const criteria = result.report.findings.filter((f) => f.code === "CRITERIA_NOT_MET");
    expect(criteria.map((f) => f.message)).toContainEqual(
      expect.stringMatching(
        /^Dòng 2: Chiến sĩ thi đua cơ sở cho “Nguyễn Văn Hùng”: sổ không có cột Xếp loại và cột Sáng kiến nên chưa xét được; cần hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến được công nhận \(Điều 23 Luật Thi đua, khen thưởng 2022/,
      ),
    );
    expect(criteria.map((f) => f.message).join("\n")).not.toMatch(/chưa ghi/);
    // Without a unit code column, no row is called an unknown unit.
    expect(result.report.findings.filter((f) => f.code === "UNKNOWN_UNIT" || f.code === "REQUIRED_MISSING")).toEqual(
      [],
    );
  });

  test("a header past the rows searched is pointed at", () => {
    const missing = result.report.findings.filter((f) => f.code === "MISSING_COLUMN" && f.sheet === "Chỉ tiêu");
    expect(missing).toHaveLength(4);
    expect(missing[0].message).toContain("Dòng 18 có vẻ là dòng tiêu đề, nhưng sổ chỉ tìm tiêu đề trong 15 dòng đầu");
  });
});

describe("never “Không có lỗi” with a sheet unread", () => {
  test("a book whose only nominations are under a name that is more than the contract's exits 1 and says so", async () => {
    const book = await unreadBook(dir);
    const { exit, report } = await check(book.file);
    expectPlanted(book, report.findings);
    expect(report.counts.error).toBe(0);
    expect(exit).toBe(1);
    const { out } = await text(book.file);
    expect(out).not.toContain("Không có lỗi");
    expect(out).toContain("Chưa kiểm tra hết sổ: 1 sheet chưa được đọc (xem các cảnh báo).");
    expect(out).toContain("Đã đọc: Kế hoạch (3 dòng), Danh sách đơn vị (1 dòng).");
  });
});

describe("the book of phường Hồng Châu, laid out by its own clerk", () => {
  let book: ClerkBook;
  let result: { exit: number; report: Report };
  beforeAll(async () => {
    book = await hongChauBook(dir);
    result = await check(book.file);
  });

  test("every planted mistake is found, and no clean row gets a finding", () => {
    expectPlanted(book, result.report.findings);
    expect(onRows(result.report.findings, book.clean.sheet, book.clean.rows)).toEqual([]);
    expect(result.exit).toBe(1);
  });

  test("its headers are read by their words, and the form's parts (signed “KT. CHỦ TỊCH”) are skipped", () => {
    const skipped = result.report.findings
      .filter((f) => f.code === "FORM_ROWS_SKIPPED" && f.sheet === "DS đề nghị khen thưởng")
      .map((f) => f.message);
    expect(skipped).toEqual([
      "Dòng 7: bỏ qua dòng đánh số thứ tự cột, không phải dữ liệu.",
      "Các dòng 8–9, 14, 17: bỏ qua dòng tiêu đề phần, nhóm, không phải dữ liệu.",
      "Dòng 22: bỏ qua dòng tổng cộng, không phải dữ liệu.",
      "Các dòng 24–26, 30: bỏ qua phần ký tên, ghi chú dưới bảng, không phải dữ liệu.",
    ]);
    expect(result.report.findings.filter((f) => f.code === "MISSING_COLUMN")).toEqual([]);
  });
});

describe("a book whose nominations are on a sheet like nothing of the book's", () => {
  test("the sheet is named in a warning, the book is not “Không có lỗi”, and the exit is 1", async () => {
    const book = await strangeSheetBook(dir);
    const { exit, report } = await check(book.file);
    expectPlanted(book, report.findings);
    expect(exit).toBe(1);
    const { out } = await text(book.file);
    expect(out).not.toContain("Không có lỗi");
    expect(out).toContain(
      "Sheet “Khen thưởng 2026” có dữ liệu nhưng không giống sheet nào của sổ nên chưa được đọc, và sổ chưa đọc được sheet Đề nghị khen thưởng.",
    );
  });
});
