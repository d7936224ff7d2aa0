/**
 * Status colours, the same in the pane's matrix and in the workbook ("Tô màu Tiến độ"): Excel's own
 * Good / Neutral / Bad cell styles, so a clerk reads them as she reads Excel. A status is never told by
 * colour alone: the matrix shows its symbol and the workbook's note says it in words.
 */
import type { Status } from "../../domain/deadlines";

export const STATUS_FILL: Record<Status, string> = {
  overdue: "#FFC7CE",
  due_soon: "#FFEB9C",
  late: "#F8CBAD",
  done: "#C6EFCE",
  open: "#DDEBF7",
};

/** Text on those fills (contrast ≥ 4.5:1 on each). */
export const STATUS_TEXT: Record<Status, string> = {
  overdue: "#9C0006",
  due_soon: "#7A4700",
  late: "#843C0C",
  done: "#006100",
  open: "#1F4E79",
};
