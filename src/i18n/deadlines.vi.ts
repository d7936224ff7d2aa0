/**
 * The deadline tracker's words that load with every pane and command: its finding messages, the
 * names of periods, and the tab's name. The rest (the tab, the command's table, reminders, calendar) is
 * in deadlinesView.vi.ts, which loads with the tab. A finding without a unit is about the office's own
 * milestone.
 */
import { formatDate } from "../domain/dates";
import type { Period } from "../domain/deadlines/periods";
import type { FindingTexts } from "./language";

const ROMAN = ["I", "II", "III", "IV"];

/** "tháng 03/2024", "quý II/2024", "6 tháng đầu năm 2024", "năm 2024". */
export function periodVi(p: Period): string {
  switch (p.kind) {
    case "month":
      return `tháng ${String(p.index).padStart(2, "0")}/${p.year}`;
    case "quarter":
      return `quý ${ROMAN[p.index - 1]}/${p.year}`;
    case "half":
      return `6 tháng ${p.index === 1 ? "đầu" : "cuối"} năm ${p.year}`;
    case "year":
      return `năm ${p.year}`;
  }
}

const what = (p: { content: string; milestone: string; period: Period | null }) =>
  `“${p.content}” (${p.milestone}${p.period ? `, ${periodVi(p.period)}` : ""})`;

export const deadlineFindingsVi: Pick<FindingTexts, "OVERDUE" | "COUNT_SHORT" | "SUBMITTED_LATE" | "DATE_AFTER_TODAY"> =
  {
    OVERDUE: (p, f) =>
      f.unit === null
        ? `Dòng ${f.row}: việc ${what(p)} của cơ quan thường trực chưa hoàn thành, hạn ${formatDate(p.due)}, đã quá hạn ${p.days} ngày.`
        : `Dòng ${f.row}: ${p.unitName} chưa nộp ${what(p)}, hạn ${formatDate(p.due)}, đã quá hạn ${p.days} ngày.`,
    COUNT_SHORT: (p, f) =>
      `Dòng ${f.row}: ${what(p)}, hạn ${formatDate(p.due)}: ${f.unit === null ? "cơ quan thường trực" : p.unitName} mới có ${p.count}, cần ít nhất ${p.required}.`,
    SUBMITTED_LATE: (p, f) =>
      f.unit === null
        ? `Dòng ${f.row}: ${what(p)} hoàn thành ngày ${formatDate(p.handedIn)}, muộn ${p.days} ngày so với hạn ${formatDate(p.due)}.`
        : `Dòng ${f.row}: ${p.unitName} nộp ${what(p)} ngày ${formatDate(p.handedIn)}, muộn ${p.days} ngày so với hạn ${formatDate(p.due)}.`,
    DATE_AFTER_TODAY: (p, f) =>
      `Dòng ${f.row}, cột “${f.column}”: ngày ${formatDate(p.value)} sau ngày tham chiếu ${formatDate(p.today)}, nên chưa được tính là đã nộp.`,
  };

export const deadlineUiVi = {
  "tab.deadlines": "Tiến độ",
  "cli.deadlines.missingFile": "tdkt: cần tên tệp sổ cần theo dõi, ví dụ: tdkt deadlines so-tdkt.xlsx",
  "cli.deadlines.oneBook": "tdkt: lệnh deadlines theo dõi từng sổ một; hãy chạy riêng cho mỗi sổ.",
};
