/**
 * The pane that can be trusted at a glance (issue 12): freshness, "fix first", export, set-up —
 * its interface words and the CHECKS_BLOCKED message, in Vietnamese.
 */
import type { FindingTexts } from "./language";
import { dayFirstParts } from "../domain/dates";

/** What a check held back is about, for the CHECKS_BLOCKED line (the code itself when not listed). */
const CHECK_NAMES: Record<string, string> = {
  UNKNOWN_UNIT: "mã đơn vị ở các sheet khác",
  UNIT_DISSOLVED: "đơn vị đã sáp nhập",
  DUPLICATE_UNIT_CODE: "mã đơn vị trùng",
  QUOTA_EXCEEDED: "tỷ lệ khen thưởng của từng đơn vị",
  OVERDUE: "hạn nộp của các đơn vị",
  COUNT_SHORT: "số lượng nộp theo kỳ",
  SUBMITTED_LATE: "nộp muộn",
  SCORE_NOT_COUNTED: "điểm chấm theo khối",
  BLOCK_UNIT_UNSCORED: "đơn vị chưa được chấm điểm",
};

export const checkNamesVi = (codes: readonly string[]) => codes.map((c) => CHECK_NAMES[c] ?? c).join(", ");

export const paneFindingsVi: Pick<FindingTexts, "CHECKS_BLOCKED"> = {
  CHECKS_BLOCKED: (p, f) =>
    p.missing === "sheet"
      ? `Vì sổ không có sheet “${f.sheet}”, chưa kiểm tra: ${checkNamesVi(p.checks)}. Sửa lỗi này trước rồi kiểm tra lại.`
      : `Vì sheet “${f.sheet}” không có cột “${f.column}”, chưa kiểm tra: ${checkNamesVi(p.checks)}. Sửa lỗi này trước rồi kiểm tra lại.`,
};

export const paneUiVi = {
  "trust.fixFirst": "Sửa lỗi này trước",
  "trust.checkedAt": "Đã kiểm tra lúc {time}",
  "trust.stale": "Sổ đã thay đổi — bấm Kiểm tra sổ",
  "trust.remarked": "Đã cập nhật đánh dấu: {count} ô đang có lỗi.",
} as const;

export const paneExportVi = {
  "trust.export.sheet": "Kết quả kiểm tra",
  "trust.export.severity": "Mức độ",
  "trust.export.sheetColumn": "Sheet",
  "trust.export.cell": "Ô",
  "trust.export.unitCode": "Mã đơn vị",
  "trust.export.unitName": "Tên đơn vị",
  "trust.export.text": "Nội dung",
  "trust.export.basis": "Căn cứ",
  "trust.export.run": "Xuất kết quả",
  "trust.export.hint": "Ghi các phát hiện vào sheet “Kết quả kiểm tra” để in, lọc và gửi đi (có thể hoàn tác)",
  "trust.export.done": "Đã ghi {count} phát hiện vào sheet “{sheet}”.",
  "trust.export.label": "Xuất kết quả kiểm tra",
  "trust.units.run": "Gửi từng đơn vị",
  "trust.units.hint": "Tải về một tệp .zip gồm một tệp Excel ngắn cho mỗi đơn vị, chỉ với các phát hiện của đơn vị đó",
  "trust.units.done": "Đã tạo {count} tệp cho {count} đơn vị.",
  "trust.units.none": "Không có phát hiện nào gắn với một đơn vị.",
  "trust.units.zip": "ket-qua-kiem-tra-theo-don-vi.zip",
  "trust.cli.wrote": "Đã ghi kết quả kiểm tra vào {file}",
  "trust.cli.outOneBook": "tdkt: --out chỉ dùng khi kiểm tra một sổ.",
  "trust.undo": "Hoàn tác",
  "trust.undone": "Đã hoàn tác: {label}.",
  "busy.export": "Đang ghi kết quả…",
  "busy.units": "Đang tạo tệp cho từng đơn vị…",
  "busy.undo": "Đang hoàn tác…",
  "error.export": "Không ghi được sheet kết quả. Sổ có thể đang được bảo vệ; hãy thử lại.",
  "error.units": "Không tạo được các tệp cho đơn vị; hãy thử lại.",
  "error.undo": "Không hoàn tác được; hãy thử lại.",
} as const;

/**
 * What is wrong with a date the clerk typed in the usual order (18/11/2024, 18-11-2024): the day the
 * month does not have, or the month past 12. Null when the text is not laid out like a date at all.
 */
export function impossibleDate(value: string): { day: number; month: number; year: number; days: number } | null {
  // Two-digit years as the reader takes them ("31/02/24" is February 2024).
  const parts = dayFirstParts(value);
  if (!parts) return null;
  const { day, month, year } = parts;
  if (month < 1 || month > 12) return { day, month, year, days: 0 };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > days || day < 1 ? { day, month, year, days } : null;
}

export function invalidDateVi(value: string): string {
  const bad = impossibleDate(value);
  if (bad && bad.days === 0) return `“${value}” không phải ngày hợp lệ: không có tháng ${bad.month}.`;
  if (bad) return `“${value}” không phải ngày hợp lệ: tháng ${bad.month}/${bad.year} không có ngày ${bad.day}.`;
  return `“${value}” không phải ngày hợp lệ; hãy viết theo dạng ngày/tháng/năm, ví dụ 18/11/2024.`;
}
