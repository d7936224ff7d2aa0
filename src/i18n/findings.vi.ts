/** Finding messages in Vietnamese, one per finding code, from its typed parameters and its place. */
import type { CollectFindingParams } from "../domain/collect/findingParams";
import type { CouncilFindingCode } from "../domain/councilFindings";
import type { DeadlineFindingParams } from "../domain/deadlines/findingParams";
import type { PlanGap, QuotaBase, SkippableSheet } from "../domain/finding";
import type { ReadingFindingParams } from "../domain/reading";
import type { DecidingLevel, Direction, Level, Subject } from "../domain/model";
import { requirementsVi } from "./criteria.vi";
import { ofUnitVi, proposedByVi, unitVi } from "./units";
import { formatDate } from "../domain/dates";
import type { BlockFindingParams } from "../domain/scoring/findingParams";
import { requirement, type FindingTexts } from "./language";
import { invalidDateVi } from "./pane.vi";
import type { StatsFindingCode } from "./stats.findings.vi";
import { missingColumnMore, missingSheetMore, unknownAwardMore } from "./reading.vi";

const SUBJECT: Record<Subject, string> = {
  individual: "cá nhân",
  collective: "tập thể",
  household: "hộ gia đình",
  village: "thôn, tổ dân phố",
};

const LEVEL: Record<Level, string> = { province: "cấp tỉnh", district: "cấp huyện", commune: "cấp xã" };

const DECIDER: Record<DecidingLevel, string> = {
  central: "cấp Trung ương",
  province: "cấp tỉnh",
  district: "cấp huyện",
  commune: "cấp xã",
};

const PLAN_GAP: Record<PlanGap, string> = {
  noPlanSheet: "Sổ không có sheet Kế hoạch",
  noYearNorLevel: "Sheet Kế hoạch chưa ghi Năm và Cấp",
  noYear: "Sheet Kế hoạch chưa ghi Năm",
  noLevel: "Sheet Kế hoạch chưa ghi Cấp",
};

/** What is not checked when the sheet is absent. */
const SKIPPED: Record<SkippableSheet, string> = {
  blocks: "khối thi đua ghi ở sheet Đơn vị và trong cột Đơn vị thực hiện của Tiến độ",
  movements: "phong trào ghi ở sheet Chỉ tiêu và Đề nghị khen thưởng",
  targets: "chỉ tiêu đăng ký so với chỉ tiêu được giao",
  nominations: "các đề nghị khen thưởng",
  history: "các điều kiện cần lịch sử khen thưởng (Lao động tiên tiến, Chiến sĩ thi đua các năm trước)",
  milestones: "mã tiến độ ghi ở sheet Nộp",
  submissions: "tình hình nộp báo cáo theo tiến độ",
};

const QUOTA_BASE: Record<QuotaBase, string> = {
  unitsSheet: "theo cột Số LĐTT của sheet Đơn vị",
  counted: "đếm từ các đề nghị và lịch sử khen thưởng trong sổ, vì cột Số LĐTT của đơn vị để trống",
};

/** A registration worse than the assignment, by the target's direction. */
const WORSE: Record<Direction, string> = { up: "thấp hơn", down: "cao hơn" };
const DIRECTION: Record<Direction, string> = { up: "càng cao càng tốt", down: "càng thấp càng tốt" };

/** A figure with its unit of measure: "85%", "12 tin". */
const measured = (n: number, measure: string) => (!measure ? `${n}` : measure === "%" ? `${n}%` : `${n} ${measure}`);
/** "Có phải: “A” hay “B”?" — the closest awards of the catalogue in force. */
const didYouMeanVi = (s: readonly string[] | undefined) =>
  s && s.length ? ` Có phải: ${s.map((x) => `“${x}”`).join(" hay ")}?` : "";

/** Every code but those of features with their own files (deadlines, documents, stats.findings, blocks, reading). */
export const findingsVi: Omit<
  FindingTexts,
  | keyof DeadlineFindingParams
  | CouncilFindingCode
  | StatsFindingCode
  | keyof BlockFindingParams
  | keyof CollectFindingParams
  | keyof ReadingFindingParams
  | "CHECKS_BLOCKED"
> = {
  MISSING_SHEET: (p, f) => `Thiếu sheet “${f.sheet}” (đã tìm cả các tên: ${p.aliases}).${missingSheetMore(p)}`,
  MISSING_COLUMN: (p, f) =>
    `Sheet “${f.sheet}” thiếu cột “${p.header}” (đã tìm cả các tên: ${p.aliases}).${missingColumnMore(p)}`,
  REQUIRED_MISSING: (p, f) =>
    f.row === null ? `Sheet “${f.sheet}” chưa có mục “${p.item}”.` : `Dòng ${f.row}: cột “${f.column}” chưa được điền.`,
  INVALID_VALUE: (p, f) =>
    `Dòng ${f.row}, cột “${f.column}”: giá trị “${p.value}” không hợp lệ; chỉ nhận: ${p.allowed}.`,
  INVALID_DATE: (p, f) => `Dòng ${f.row}, cột “${f.column}”: ${invalidDateVi(p.value)}`,
  TWO_DIGIT_YEAR: (p, f) =>
    `Dòng ${f.row}, cột “${f.column}”: “${p.value}” được đọc là ngày ${formatDate(p.date)} (năm chỉ ghi hai chữ số); nếu không đúng, xin ghi đủ năm, ví dụ 18/11/2024.`,
  INVALID_NUMBER: (p, f) => `Dòng ${f.row}, cột “${f.column}”: “${p.value}” không phải là số.`,

  PLAN_ASSUMED: (p) =>
    `${PLAN_GAP[p.missing]}: sổ đang được kiểm tra theo năm ${p.year}, ${LEVEL[p.level]}. Xin điền Năm và Cấp để áp dụng đúng quy định.`,
  CHECKS_SKIPPED: (p, f) => `Sổ không có sheet “${f.sheet}”, nên chưa kiểm tra ${SKIPPED[p.skipped]}.`,
  DUPLICATE_UNIT_CODE: (p, f) =>
    `Dòng ${f.row}: mã đơn vị “${p.code}” trùng với đơn vị ở dòng ${p.firstRow}; mỗi đơn vị cần một mã riêng.`,
  UNKNOWN_UNIT: (p, f) => `Dòng ${f.row}, cột “${f.column}”: đơn vị “${p.value}” không có trong sheet Đơn vị.`,
  UNKNOWN_BLOCK: (p, f) => `Dòng ${f.row}: khối thi đua “${p.value}” không có trong sheet Khối thi đua.`,
  UNKNOWN_MOVEMENT: (p, f) =>
    `Dòng ${f.row}: phong trào “${p.value}” không có trong sheet Phong trào (đã so theo cả mã và tên phong trào).`,
  UNKNOWN_AWARD: (p, f) =>
    p.suggestions && p.suggestions.length
      ? `Dòng ${f.row}, cột “${f.column}”: “${p.value}”${proposedByVi(f)} không có trong danh mục khen thưởng đang áp dụng.${didYouMeanVi(p.suggestions)}`
      : `Dòng ${f.row}, cột “${f.column}”: “${p.value}”${proposedByVi(f)} không có trong danh mục khen thưởng đang áp dụng: ${p.ruleset}.${unknownAwardMore(p)}`,
  UNKNOWN_MILESTONE: (p, f) => `Dòng ${f.row}: mã tiến độ “${p.value}” không có trong sheet Tiến độ.`,
  DUPLICATE_NOMINATION: (p, f) =>
    `Dòng ${f.row}: “${p.name}”${ofUnitVi(f)} đã được đề nghị ${p.award} ở dòng ${p.firstRow}; mỗi người hoặc tập thể chỉ đề nghị một lần cho một hình thức trong năm ${p.year}.`,
  MULTIPLE_FORMS: (p, f) =>
    `Dòng ${f.row}: “${p.name}”${ofUnitVi(f)} đã được đề nghị ${p.firstAward} ở dòng ${p.firstRow}; một thành tích năm ${p.year} chỉ khen một hình thức, nên không đề nghị thêm ${p.award} (${p.basis}).`,
  AWARD_SUBJECT_MISMATCH: (p, f) =>
    `Dòng ${f.row}: ${p.award} chỉ dành cho ${p.allowed.map((s) => SUBJECT[s]).join(", ")}, không xét cho ${SUBJECT[p.subject]} “${p.name}”${ofUnitVi(f)} (${p.basis}).`,
  AWARD_FORWARDED: (p, f) =>
    `Dòng ${f.row}: ${p.award} do ${DECIDER[p.decider]} quyết định; hồ sơ của “${p.name}”${f.unit ? ` (${unitVi(f)})` : ""} sẽ được trình lên cấp trên (${p.basis}).`,
  CRITERIA_NOT_MET: (p, f) =>
    `Dòng ${f.row}: ${p.award} cho “${p.name}”${ofUnitVi(f)}: ${requirement(requirementsVi, p.requirement)} (${p.basis}).`,
  QUOTA_EXCEEDED: (p, f) =>
    `Dòng ${f.row}: ${unitVi(f)} đề nghị ${p.count} ${p.award}, nhiều hơn mức tối đa ${p.allowed} (${p.ratio}% của ${p.base} người đạt ${p.baseAward}, ${QUOTA_BASE[p.baseSource]}); tỷ lệ do sổ quy định ở sheet Danh mục khen thưởng${p.catalogueRow ? `, dòng ${p.catalogueRow}` : ""} (căn cứ: ${p.basis}).`,
  UNIT_DISSOLVED: (p, f) =>
    `Dòng ${f.row}: đơn vị “${p.value}” đã sáp nhập vào ${p.successorName ? `${p.successorName} (${p.successor})` : p.successor}${p.mergedOn ? ` từ ${formatDate(p.mergedOn)}` : ""}; không khen thưởng đơn vị đã giải thể, xin ghi đề nghị theo đơn vị mới (${p.basis}).`,
  MERGER_CYCLE: (p, f) =>
    `Dòng ${f.row}: sáp nhập vòng tròn ${p.chain.join(" → ")}; đơn vị mới phải là đơn vị còn hoạt động. Lịch sử của các mã này chưa được nối sang đơn vị mới.`,
  DISCIPLINE_PENDING: (p, f) =>
    `Dòng ${f.row}: “${p.name}”${ofUnitVi(f)} đang có “${p.discipline}”; chưa xét ${p.award} khi đang xem xét kỷ luật, điều tra hoặc giải quyết khiếu nại, thành tích được tính lại từ khi có kết luận (${p.basis}).`,
  AWARD_DISCONTINUED: (p, f) =>
    `Dòng ${f.row}, cột “${f.column}”: ${p.award}${proposedByVi(f)} không còn được xét tặng từ ${formatDate(p.since)}, khi cấp huyện kết thúc hoạt động theo sắp xếp chính quyền địa phương hai cấp${p.replacement ? `; nay xét ${p.replacement}` : ""} (${p.basis}).`,
  TARGET_BELOW_ASSIGNED: (p, f) =>
    `Dòng ${f.row}: ${f.unit ? `${unitVi(f)} ` : ""}đăng ký chỉ tiêu “${p.target}” ${measured(p.registered, p.measure)}, ${WORSE[p.direction]} mức được giao ${measured(p.assigned, p.measure)} (chỉ tiêu này ${DIRECTION[p.direction]}); mức đăng ký cần bằng hoặc tốt hơn mức giao.`,
};
