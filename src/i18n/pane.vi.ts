/**
 * The pane that can be trusted at a glance (issue 12): freshness, "fix first", export, set-up —
 * its interface words and the CHECKS_BLOCKED message, in Vietnamese.
 */
import type { FindingTexts } from "./language";

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
