/**
 * How the book was read, in Vietnamese: the findings about reading (src/sheets/reading.ts), the
 * additions to the parser's messages (a similar column, an award it may be), `tdkt check --explain`
 * and the pane's "Cách đọc sổ".
 */
import type { FindingParams } from "../domain/finding";
import type { FormPart, ReadingFindingParams } from "../domain/reading";
import type { FindingTexts } from "./language";

const PART: Record<FormPart, string> = {
  columnNumbers: "dòng đánh số thứ tự cột",
  repeatedHeader: "dòng tiêu đề lặp lại",
  sections: "dòng tiêu đề phần, nhóm",
  totals: "dòng tổng cộng",
  signature: "phần ký tên, ghi chú dưới bảng",
};

/** "40–48", "8, 15, 22": rows as a clerk lists them, runs joined. */
export function rowRuns(rows: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    out.push(j > i ? `${rows[i]}–${rows[j]}` : String(rows[i]));
    i = j + 1;
  }
  return out.join(", ");
}

function rowsVi(rows: readonly number[]): string {
  return rows.length === 1 ? `Dòng ${rows[0]}` : `Các dòng ${rowRuns(rows)}`;
}

/** At most five cells, then how many more. */
export function someCells(cells: readonly string[], more: (n: number) => string): string {
  const shown = cells.slice(0, 5).join(", ");
  return cells.length > 5 ? `${shown} ${more(cells.length - 5)}` : shown;
}

const choose = "hãy chọn lại trong “Cách đọc sổ” (ngăn Thi đua – Khen thưởng)";

export const readingFindingsVi: Pick<FindingTexts, keyof ReadingFindingParams> = {
  SHEET_NOT_READ: (p, f) => {
    const taken = p.taken ? ` (sổ đã đọc sheet “${p.taken}” làm sheet ${p.likeName})` : "";
    const what =
      p.why === "similarName"
        ? `có tên giống sheet ${p.likeName}`
        : p.why === "similarHeaders"
          ? `có các cột giống sheet ${p.likeName}`
          : `cũng mang tên sheet ${p.likeName}`;
    if (p.why === "unknownSheet")
      return `Sheet “${f.sheet}” có dữ liệu nhưng không giống sheet nào của sổ nên chưa được đọc, và sổ chưa đọc được sheet ${p.likeName}. Nếu đây là sheet ${p.likeName}, hoặc nó không thuộc sổ, ${choose}.`;
    return `Sheet “${f.sheet}” ${what} nhưng chưa được đọc${taken}, nên các dòng của nó chưa được kiểm tra. Nếu cần đọc sheet này, hoặc nó không thuộc sổ, ${choose}.`;
  },
  READING_CHOICE_NOT_FOUND: (p, f) =>
    p.header === null
      ? `Đã chọn đọc sheet “${p.chosen}” làm sheet ${p.likeName}, nhưng sổ không còn sheet đó; sổ được đọc như chưa chọn, ${choose}.`
      : `Sheet “${f.sheet}”: đã chọn cột “${p.chosen}” cho “${p.header}”, nhưng dòng tiêu đề không còn cột đó; ${choose}.`,
  COLUMNS_UNUSED: (p, f) =>
    `Sheet “${f.sheet}”: ${p.columns.length} cột không thuộc mẫu sổ nên không được kiểm tra (vẫn giữ nguyên): ${p.columns
      .map((c) => `“${c.header}” (${c.cell})`)
      .join(", ")}.`,
  FORM_ROWS_SKIPPED: (p) => `${rowsVi(p.rows)}: bỏ qua ${PART[p.part]}, không phải dữ liệu.`,
  DUPLICATE_COLUMN: (p, f) =>
    `Sheet “${f.sheet}” có hai cột “${p.header}”: đọc cột ở ô ${p.used} (cột có điền dữ liệu), bỏ qua cột ở ô ${p.ignored}. Nên xóa hoặc đổi tên một cột.`,
  INVISIBLE_CHARACTERS: (p, f) =>
    `Sheet “${f.sheet}”: ${p.cells.length} ô có ký tự ẩn (khoảng trắng không độ rộng, gạch nối mềm…): ${someCells(
      p.cells,
      (n) => `và ${n} ô khác`,
    )}. Khi so mã và tên đã bỏ qua các ký tự này, nhưng công thức Excel (VLOOKUP…) vẫn coi là khác; nên gõ lại các ô đó.`,
};

/** What the parser's messages add when it knows more (a similar sheet or column, a header further down). */
export const missingSheetMore = (p: FindingParams["MISSING_SHEET"]) =>
  p.similar ? ` Có phải sheet “${p.similar}”? Nếu đúng, ${choose}.` : "";

export const missingColumnMore = (p: FindingParams["MISSING_COLUMN"]) =>
  (p.similar ? ` Có phải cột “${p.similar.header}” (${p.similar.cell})?` : "") +
  (p.headerRowBeyond
    ? ` Dòng ${p.headerRowBeyond} có vẻ là dòng tiêu đề, nhưng sổ chỉ tìm tiêu đề trong 15 dòng đầu của sheet: hãy xóa bớt các dòng trống hoặc tiêu đề phía trên.`
    : "");

export const unknownAwardMore = (p: FindingParams["UNKNOWN_AWARD"]) =>
  p.suggestions && p.suggestions.length ? ` Có phải ${p.suggestions.map((s) => `“${s}”`).join(" hay ")}?` : "";

/** Text of `tdkt check --explain`, the summary line, and the pane's "Cách đọc sổ". */
export const readingUiVi = {
  "tab.reading": "Cách đọc sổ",

  "read.line": "Đã đọc: {sheets}.",
  "read.sheet": "{sheet} ({rows} dòng)",
  "read.nothing":
    "Chưa đọc được đề nghị khen thưởng, chỉ tiêu hay tiến độ nào, nên ngoài danh sách đơn vị chưa có gì để kiểm tra.",
  "read.notAll": "Chưa kiểm tra hết sổ: {count} sheet chưa được đọc (xem các cảnh báo).",
  "read.none": "Chưa đọc được sheet nào của sổ.",

  "explain.title": "Cách đọc sổ:",
  "explain.sheet": "{name} ← sheet “{sheet}” ({how}); tiêu đề dòng {header}; {rows} dòng dữ liệu",
  "explain.sheetNoHeader": "{name} ← sheet “{sheet}” ({how}); không tìm thấy dòng tiêu đề",
  "explain.column": "{name} ← cột {column} “{header}” ({how})",
  "explain.columnMissing": "{name} ← (không thấy cột)",
  "explain.unused": "Cột không dùng: {columns}",
  "explain.skipped": "Bỏ qua {part}: dòng {rows}",
  "explain.absent": "Sổ không có: {sheets}",
  "explain.notRead": "Sheet “{sheet}” chưa đọc: giống sheet {like}",
  "explain.others": "Sheet khác, không thuộc mẫu sổ: {sheets}",
  "explain.choices": "Cách đọc đã chọn được lưu trong sổ (sheet ẩn {store}).",

  "how.sheet.chosen": "do người dùng chọn",
  "how.sheet.name": "theo tên",
  "how.sheet.alias": "theo tên gọi khác",
  "how.sheet.year": "theo tên có năm",
  "how.sheet.abbreviation": "theo tên viết tắt",
  "how.sheet.words": "theo tên",
  "how.sheet.headers": "theo dòng tiêu đề",
  "how.column.exact": "đúng tên",
  "how.column.alias": "tên gọi khác",
  "how.column.words": "theo từ",
  "how.column.chosen": "do người dùng chọn",
  "part.columnNumbers": PART.columnNumbers,
  "part.repeatedHeader": PART.repeatedHeader,
  "part.sections": PART.sections,
  "part.totals": PART.totals,
  "part.signature": PART.signature,

  "reading.intro":
    "Sổ được đọc như dưới đây. Nếu sheet hay cột nào đọc chưa đúng, hãy chọn lại rồi bấm “Lưu cách đọc”: lựa chọn được lưu ngay trong tệp sổ.",
  "reading.first": "Bấm “Kiểm tra sổ” (thẻ Kiểm tra) để xem sổ được đọc thế nào.",
  "reading.sheetOf": "Sheet “{sheet}” ({how})",
  "reading.headerRows": "Tiêu đề: dòng {rows} · {count} dòng dữ liệu",
  "reading.noHeader": "Không tìm thấy dòng tiêu đề.",
  "reading.field": "Trường",
  "reading.column": "Cột",
  "reading.columnNone": "(không có)",
  "reading.chooseColumn": "Cột cho “{field}”",
  "reading.unused": "Cột không dùng: {columns}",
  "reading.skipped": "Dòng bỏ qua: {rows}",
  "reading.absent": "Sổ không có: {sheets}",
  "reading.chooseSheet": "Sheet dùng làm {name}",
  "reading.otherSheets": "Sheet chưa đọc",
  "reading.useAs": "Đọc “{sheet}” là",
  "reading.auto": "Tự động",
  "reading.notBook": "Không thuộc sổ",
  "reading.save": "Lưu cách đọc",
  "reading.reset": "Đọc lại tự động",
  "reading.loading": "Đang mở Cách đọc sổ…",

  "busy.reading": "Đang lưu cách đọc sổ…",
  "notice.readingSaved": "Đã lưu cách đọc sổ trong tệp; sổ đã được kiểm tra lại theo cách đọc mới.",
  "error.reading": "Không lưu được cách đọc sổ. Sổ có thể đang được bảo vệ cấu trúc; hãy thử lại.",
} satisfies Record<string, string>;
