/** CRITERIA_NOT_MET in Vietnamese: what the criterion asks and what the book shows. */
import { formatDate } from "../domain/dates";
import type { EvidenceColumn, EvidenceNeed } from "../domain/finding";
import type { Rating } from "../domain/model";
import { yearList, type RequirementTexts } from "./language";

const RATING: Record<Rating, string> = {
  excellent: "Hoàn thành xuất sắc nhiệm vụ",
  good: "Hoàn thành tốt nhiệm vụ",
  completed: "Hoàn thành nhiệm vụ",
  notCompleted: "Không hoàn thành nhiệm vụ",
};

const COLUMN: Record<EvidenceColumn, string> = {
  rating: "Xếp loại",
  initiative: "Sáng kiến",
  memberCount: "Số thành viên",
  advancedWorkerCount: "Số LĐTT",
  grassrootsFighterCount: "Số CSTĐCS",
};

const NEED: Record<EvidenceNeed, (minShare: number | null) => string> = {
  excellentOrInitiative: () => "cần hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến được công nhận",
  memberShare: (m) => `cần ít nhất ${m ?? 70}% thành viên đạt Lao động tiên tiến`,
  provincialInitiative: () => "danh hiệu cần sáng kiến có phạm vi ảnh hưởng trong toàn tỉnh",
  fighterMember: () => "cần ít nhất một thành viên đạt Chiến sĩ thi đua cơ sở",
};

export const requirementsVi: RequirementTexts = {
  columnsNotFound: (r) =>
    `${r.rating ? `xếp loại “${RATING[r.rating]}”, và ` : ""}sổ không có cột ${r.columns
      .map((c) => COLUMN[c])
      .join(" và cột ")} nên chưa xét được; ${NEED[r.need](r.minShare)}`,
  memberCountsMissing: (r) =>
    `chưa ghi đủ Số thành viên và Số LĐTT nên chưa tính được tỷ lệ; cần ít nhất ${r.minShare}% thành viên đạt Lao động tiên tiến`,
  advancedShareBelow: (r) =>
    `${r.advanced}/${r.members} thành viên đạt Lao động tiên tiến (${String(r.share).replace(".", ",")}%), dưới mức ${r.minShare}%`,
  fighterMemberUnknown: () =>
    "chưa ghi Số CSTĐCS nên chưa rõ tập thể có thành viên đạt Chiến sĩ thi đua cơ sở; cần ít nhất một người",
  noFighterMember: () => "tập thể không có thành viên nào đạt Chiến sĩ thi đua cơ sở; cần ít nhất một người",
  collectiveDisciplined: (r) =>
    `có kỷ luật “${r.discipline}”; tập thể có người bị kỷ luật từ hình thức cảnh cáo trở lên không được xét`,
  serviceTooShort: (r) =>
    `tuyển dụng ngày ${formatDate(r.recruitedOn)}, đến hết năm ${r.year} chưa đủ ${r.months} tháng công tác`,
  ratingBelowGood: (r) => `xếp loại “${RATING[r.rating]}”, trong khi danh hiệu cần hoàn thành tốt nhiệm vụ trở lên`,
  advancedWorkerNotFound: (r) =>
    `chưa thấy danh hiệu Lao động tiên tiến năm ${r.year} của người này trong ${
      r.historySheet
        ? "sheet Đề nghị khen thưởng hay sheet Lịch sử khen thưởng"
        : "sheet Đề nghị khen thưởng (sổ không có sheet Lịch sử khen thưởng)"
    }; cần đạt Lao động tiên tiến năm ${r.year}`,
  ratingAndInitiativeMissing: () =>
    "chưa ghi Xếp loại và Sáng kiến; cần hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến được công nhận",
  ratingBelowExcellent: (r) =>
    `xếp loại “${RATING[r.rating]}” và không có sáng kiến; cần hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến được công nhận`,
  fighterYearsLacking: (r) =>
    `cần ${r.length} năm liên tục đạt Chiến sĩ thi đua cơ sở, nhưng lịch sử khen thưởng của người này không có năm ${yearList(r.missing)}`,
  fighterYearsUnproven: (r) =>
    `chưa chứng minh được ${r.length} năm liên tục đạt Chiến sĩ thi đua cơ sở: ${
      r.historySheet ? "sheet Lịch sử khen thưởng chưa có" : "sổ không có sheet Lịch sử khen thưởng để xác nhận"
    } năm ${yearList(r.missing)}`,
  provincialInitiativeMissing: () => "chưa ghi sáng kiến; danh hiệu cần sáng kiến có phạm vi ảnh hưởng trong toàn tỉnh",
  meritYearsUnproven: (r) =>
    `chưa thấy ${r.length} năm liên tục đạt Chiến sĩ thi đua cơ sở (thiếu năm ${yearList(r.missing)}); nếu xét theo ${r.length} năm liên tục hoàn thành xuất sắc nhiệm vụ và 2 sáng kiến được áp dụng, xin kèm các minh chứng đó`,
};
