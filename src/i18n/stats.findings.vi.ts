/**
 * The roll-up's finding messages in Vietnamese (the rest of the statistics' words are in
 * stats.vi.ts, loaded only where they are used).
 */
import type { MatchedBy } from "../domain/stats/findingParams";
import type { FindingTexts } from "./language";

export type StatsFindingCode = "DUPLICATE_ACROSS_BOOKS" | "BOOK_UNUSABLE";

const MATCHED_BY: Record<MatchedBy, string> = {
  idNumber: "cùng số định danh cá nhân",
  birthDate: "cùng ngày sinh",
  name: "chỉ so được họ tên, cần kiểm tra lại",
};

const UNUSABLE: Record<string, string> = {
  missing: "không tìm thấy tệp",
  notXlsx: "không phải sổ Excel .xlsx",
  encrypted: "tệp được đặt mật khẩu hoặc là định dạng Excel 97-2003 (.xls)",
  corrupt: "tệp bị hỏng, không đọc được",
  tooLarge: "tệp quá lớn",
  unreadable: "không đọc được tệp",
  directory: "đây là một thư mục, không phải tệp",
  limit: "tệp vượt giới hạn đọc an toàn",
  tooManyRows: "tệp có quá nhiều dòng",
  outOfMemory: "không đủ bộ nhớ để đọc tệp",
};

export const statsFindingsVi: Pick<FindingTexts, StatsFindingCode> = {
  DUPLICATE_ACROSS_BOOKS: (p, f) =>
    `Dòng ${f.row}: “${p.name}” được đề nghị ${p.award} năm ${p.year} ở cả sổ “${p.otherFile}” (sheet “${p.otherSheet}”, dòng ${p.otherRow}); ${MATCHED_BY[p.matchedBy]}.`,
  BOOK_UNUSABLE: (p) =>
    `Không dùng được sổ “${p.file}”: ${UNUSABLE[p.reason] ?? "không đọc được tệp"}. Các sổ khác vẫn được tổng hợp.`,
};
