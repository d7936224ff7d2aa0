/**
 * The workbook contract (shared/workbook-format.md), declared once as data.
 * Parsing, writing, setting up a new book, templates and drop-downs are all generated from it:
 * no header text is written anywhere else.
 */

import type { SheetKey } from "../domain/model";

export type { SheetKey };

export type ColumnType =
  | "text"
  | "code"
  | "date"
  | "bool"
  | "number"
  | "integer"
  | "enum"
  | "enumList"
  /** A number, or a yes/no for "met": Đạt, Có, x → 1; Không đạt, Không → 0 (Chấm điểm's Số liệu). */
  | "measure";

export interface EnumOption {
  value: string;
  /** How the contract writes it (Vietnamese, as clerks write it). */
  label: string;
  aliases: readonly string[];
}

export interface ColumnSpec {
  /** Field name in the model. */
  key: string;
  header: string;
  aliases: readonly string[];
  type: ColumnType;
  options?: readonly EnumOption[];
  /** The header must be present (bold in the contract). */
  required?: boolean;
  /** Each data row must fill it; defaults to `required`. */
  valueRequired?: boolean;
  /** Column width in characters for generated sheets. */
  width?: number;
}

export interface SheetSpec {
  key: SheetKey;
  name: string;
  aliases: readonly string[];
  /** Only the units sheet is required in every book. */
  required: boolean;
  columns: readonly ColumnSpec[];
}

const opt = (value: string, label: string, ...aliases: string[]): EnumOption => ({ value, label, aliases });

export const SUBJECT_OPTIONS = [
  opt("individual", "Cá nhân"),
  opt("collective", "Tập thể"),
  opt("household", "Hộ gia đình", "Hộ", "Gia đình"),
  opt("village", "Thôn, tổ dân phố", "Thôn", "Tổ dân phố", "Thôn/tổ dân phố", "Thôn, bản, tổ dân phố"),
] as const;

export const UNIT_TYPE_OPTIONS = [
  opt("agency", "Cơ quan chuyên môn", "CQCM"),
  opt("publicService", "Đơn vị sự nghiệp", "ĐVSN"),
  opt(
    "communeWard",
    "Xã, phường",
    "Xã",
    "Phường",
    "Thị trấn",
    "UBND xã, phường",
    "UBND xã",
    "UBND phường",
    "UBND thị trấn",
    "Xã/phường",
    "Xã, phường, thị trấn",
  ),
  opt("partyMass", "Cơ quan Đảng, đoàn thể", "Đảng, đoàn thể", "Đoàn thể", "Cơ quan Đảng"),
  opt("school", "Trường học", "Trường"),
  opt("enterprise", "Doanh nghiệp", "DN"),
  opt("cooperative", "Hợp tác xã", "HTX"),
  opt("other", "Khác"),
] as const;

export const AWARD_KIND_OPTIONS = [
  opt("regular", "Thường xuyên", "Hằng năm", "Hàng năm"),
  opt("thematic", "Chuyên đề", "Theo chuyên đề", "Theo đợt", "Đợt", "Theo đợt, chuyên đề"),
  opt("adHoc", "Đột xuất"),
  opt("dedication", "Cống hiến", "Quá trình cống hiến"),
  opt("foreign", "Đối ngoại"),
] as const;

export const RATING_OPTIONS = [
  opt("excellent", "Hoàn thành xuất sắc nhiệm vụ", "HTXSNV", "Xuất sắc"),
  opt("good", "Hoàn thành tốt nhiệm vụ", "HTTNV", "Tốt"),
  opt("completed", "Hoàn thành nhiệm vụ", "HTNV"),
  opt("notCompleted", "Không hoàn thành nhiệm vụ", "Không hoàn thành", "KHTNV"),
] as const;

export const OUTCOME_OPTIONS = [
  opt("proposed", "Đề nghị"),
  opt("approved", "Đồng ý"),
  opt("rejected", "Không đồng ý"),
  opt("forwarded", "Trình cấp trên"),
] as const;

export const LEVEL_OPTIONS = [
  opt("province", "Tỉnh", "Cấp tỉnh"),
  opt("district", "Huyện", "Cấp huyện", "Thị xã", "Quận", "Thành phố thuộc tỉnh"),
  opt("commune", "Xã", "Cấp xã", "Phường", "Thị trấn", "Đặc khu"),
] as const;

export const DECIDING_LEVEL_OPTIONS = [
  opt("central", "Trung ương", "TW", "Nhà nước"),
  opt("province", "Tỉnh", "Cấp tỉnh"),
  opt("district", "Huyện", "Cấp huyện", "Thị xã"),
  opt("commune", "Xã", "Cấp xã", "Phường"),
] as const;

export const MOVEMENT_TYPE_OPTIONS = [opt("regular", "Thường xuyên"), opt("thematic", "Chuyên đề")] as const;

export const DIRECTION_OPTIONS = [
  opt("up", "Tăng", "Cao hơn là tốt", "↑"),
  opt("down", "Giảm", "Thấp hơn là tốt", "↓"),
] as const;

export const RECURRENCE_OPTIONS = [
  opt("none", "Không", "Một lần"),
  opt("monthly", "Hàng tháng", "Hằng tháng", "Tháng"),
  opt("quarterly", "Hàng quý", "Hằng quý", "Quý"),
  opt("halfYearly", "6 tháng", "Sáu tháng", "Nửa năm"),
  opt("yearly", "Hàng năm", "Hằng năm", "Năm"),
] as const;

export { EVERY_UNIT } from "../domain/model";

const col = (
  key: string,
  header: string,
  type: ColumnType,
  extra: Partial<Omit<ColumnSpec, "key" | "header" | "type">> = {},
): ColumnSpec => ({ key, header, type, aliases: [], ...extra });

export const PLAN_SHEET: SheetSpec = {
  key: "plan",
  name: "Kế hoạch",
  aliases: ["Ke hoach", "Plan"],
  required: false,
  columns: [
    col("item", "Mục", "text", { required: true, aliases: ["Nội dung", "Khoản mục"], width: 28 }),
    col("value", "Giá trị", "text", { required: true, aliases: ["Giá trị", "Thông tin"], width: 48 }),
  ],
};

/** The key | value items of the plan sheet. */
export const PLAN_ITEMS: readonly ColumnSpec[] = [
  col("year", "Năm", "integer", { required: true, aliases: ["Năm kế hoạch"] }),
  col("issuer", "Cơ quan ban hành", "text", { aliases: ["Cơ quan"] }),
  col("level", "Cấp", "enum", { options: LEVEL_OPTIONS, aliases: ["Cấp hành chính"] }),
  col("number", "Số hiệu", "text", { aliases: ["Số", "Số kế hoạch"] }),
  col("issuedOn", "Ngày ban hành", "date", { aliases: ["Ngày"] }),
  col("standingAgency", "Cơ quan thường trực", "text"),
];

export const UNITS_SHEET: SheetSpec = {
  key: "units",
  name: "Đơn vị",
  aliases: ["Danh sách đơn vị", "Units"],
  required: true,
  columns: [
    col("code", "Mã đơn vị", "code", { required: true, aliases: ["Mã ĐV", "Code", "Mã"], width: 14 }),
    col("name", "Tên đơn vị", "text", { required: true, aliases: ["Đơn vị", "Tên"], width: 44 }),
    col("type", "Loại đơn vị", "enum", { required: true, options: UNIT_TYPE_OPTIONS, aliases: ["Loại"], width: 24 }),
    col("block", "Khối thi đua", "code", { aliases: ["Khối", "Mã khối"], width: 12 }),
    col("difficultArea", "Vùng khó khăn", "bool", { aliases: ["Vùng cao, vùng khó khăn", "Vùng cao"], width: 12 }),
    col("headcount", "Số người", "integer", { aliases: ["Biên chế", "Số CBCCVC"], width: 10 }),
    col("advancedWorkerCount", "Số LĐTT", "integer", { width: 10 }),
    col("contactPerson", "Người liên hệ", "text", { width: 22 }),
    col("phone", "Điện thoại", "text", { aliases: ["Số điện thoại", "SĐT"], width: 14 }),
    col("email", "Email", "text", { aliases: ["Thư điện tử"], width: 26 }),
  ],
};

export const BLOCKS_SHEET: SheetSpec = {
  key: "blocks",
  name: "Khối thi đua",
  aliases: ["Khối", "Blocks"],
  required: false,
  columns: [
    col("code", "Mã khối", "code", { required: true, aliases: ["Mã"], width: 12 }),
    col("name", "Tên khối", "text", { required: true, aliases: ["Khối thi đua", "Tên"], width: 48 }),
    col("head", "Trưởng khối", "code", { width: 14 }),
    col("deputy", "Phó khối", "code", { width: 14 }),
  ],
};

export const MOVEMENTS_SHEET: SheetSpec = {
  key: "movements",
  name: "Phong trào",
  aliases: ["Phong trào thi đua", "Movements"],
  required: false,
  columns: [
    col("code", "Mã phong trào", "code", { required: true, aliases: ["Mã"], width: 14 }),
    col("name", "Tên phong trào", "text", { required: true, aliases: ["Phong trào", "Tên"], width: 60 }),
    col("type", "Loại", "enum", { options: MOVEMENT_TYPE_OPTIONS, aliases: ["Loại phong trào"], width: 14 }),
    col("standingUnit", "Cơ quan thường trực", "code", { width: 16 }),
    col("period", "Giai đoạn", "text", { width: 12 }),
  ],
};

export const TARGETS_SHEET: SheetSpec = {
  key: "targets",
  name: "Chỉ tiêu",
  aliases: ["Chỉ tiêu thi đua", "Targets"],
  required: false,
  columns: [
    col("unit", "Mã đơn vị", "code", { required: true, aliases: ["Mã ĐV", "Đơn vị"], width: 12 }),
    col("name", "Chỉ tiêu", "text", { required: true, aliases: ["Tên chỉ tiêu"], width: 44 }),
    col("code", "Mã chỉ tiêu", "code", { aliases: ["Mã CT"], width: 12 }),
    col("movement", "Phong trào", "code", { aliases: ["Mã phong trào"], width: 12 }),
    col("measure", "Đơn vị tính", "text", { aliases: ["ĐVT"], width: 12 }),
    col("assigned", "Giao", "number", { required: true, aliases: ["Chỉ tiêu giao", "Được giao"], width: 10 }),
    col("registered", "Đăng ký", "number", { required: true, aliases: ["Chỉ tiêu đăng ký"], width: 10 }),
    col("result", "Thực hiện", "number", { aliases: ["Kết quả thực hiện", "Kết quả"], width: 10 }),
    col("direction", "Chiều", "enum", { options: DIRECTION_OPTIONS, width: 8 }),
    col("registeredOn", "Ngày đăng ký", "date", { width: 12 }),
  ],
};

export const NOMINATIONS_SHEET: SheetSpec = {
  key: "nominations",
  name: "Đề nghị khen thưởng",
  aliases: ["Đề nghị", "Nominations"],
  required: false,
  columns: [
    col("seq", "STT", "integer", { required: true, valueRequired: false, aliases: ["Số TT", "TT"], width: 6 }),
    col("subject", "Đối tượng", "enum", { required: true, options: SUBJECT_OPTIONS, width: 12 }),
    col("name", "Họ và tên", "text", { required: true, aliases: ["Họ tên", "Tên tập thể", "Tên"], width: 28 }),
    col("position", "Chức vụ", "text", { aliases: ["Chức vụ, đơn vị công tác"], width: 22 }),
    col("unit", "Mã đơn vị", "code", { required: true, aliases: ["Mã ĐV"], width: 12 }),
    col("award", "Hình thức", "text", {
      required: true,
      aliases: ["Danh hiệu", "Hình thức khen thưởng", "Danh hiệu/Hình thức", "Danh hiệu, hình thức"],
      width: 32,
    }),
    col("kind", "Loại khen thưởng", "enum", { options: AWARD_KIND_OPTIONS, aliases: ["Loại"], width: 14 }),
    col("movement", "Phong trào", "code", { aliases: ["Mã phong trào"], width: 12 }),
    col("achievement", "Thành tích", "text", { aliases: ["Tóm tắt thành tích"], width: 40 }),
    col("rating", "Xếp loại", "enum", {
      options: RATING_OPTIONS,
      aliases: ["Đánh giá", "Xếp loại đánh giá"],
      width: 18,
    }),
    col("initiative", "Sáng kiến", "text", { width: 28 }),
    col("directWorker", "Lao động trực tiếp", "bool", { aliases: ["Người lao động trực tiếp"], width: 10 }),
    col("female", "Nữ", "bool", { width: 6 }),
    col("ethnicMinority", "Dân tộc thiểu số", "bool", { aliases: ["DTTS"], width: 10 }),
    col("recruitedOn", "Ngày tuyển dụng", "date", { width: 12 }),
    col("discipline", "Kỷ luật", "text", { aliases: ["Hình thức kỷ luật"], width: 14 }),
    col("memberCount", "Số thành viên", "integer", { aliases: ["Tổng số thành viên", "Số người"], width: 10 }),
    col("advancedWorkerCount", "Số LĐTT", "integer", { width: 10 }),
    col("grassrootsFighterCount", "Số CSTĐCS", "integer", {
      aliases: ["Số chiến sĩ thi đua cơ sở", "Số CSTĐ cơ sở"],
      width: 10,
    }),
    col("proposedOn", "Ngày đề nghị", "date", { width: 12 }),
    col("outcome", "Kết quả", "enum", { options: OUTCOME_OPTIONS, width: 14 }),
    col("source", "Nguồn", "text", { width: 20 }),
  ],
};

export const HISTORY_SHEET: SheetSpec = {
  key: "history",
  name: "Lịch sử khen thưởng",
  aliases: ["Lịch sử", "History"],
  required: false,
  columns: [
    col("name", "Họ và tên", "text", { required: true, aliases: ["Họ tên", "Tên tập thể", "Tên"], width: 28 }),
    col("unit", "Mã đơn vị", "code", { required: true, aliases: ["Mã ĐV"], width: 12 }),
    col("award", "Hình thức", "text", { required: true, aliases: ["Danh hiệu", "Hình thức khen thưởng"], width: 32 }),
    col("year", "Năm", "integer", { required: true, aliases: ["Năm khen thưởng"], width: 8 }),
    col("decisionNumber", "Số quyết định", "text", { aliases: ["Số QĐ"], width: 18 }),
    col("decisionDate", "Ngày quyết định", "date", { aliases: ["Ngày QĐ"], width: 12 }),
    col("kind", "Loại khen thưởng", "enum", { options: AWARD_KIND_OPTIONS, aliases: ["Loại"], width: 14 }),
  ],
};

export const CATALOGUE_SHEET: SheetSpec = {
  key: "catalogue",
  name: "Danh mục khen thưởng",
  aliases: ["Danh mục", "Catalogue"],
  required: false,
  columns: [
    col("code", "Mã", "code", { required: true, aliases: ["Mã hình thức"], width: 12 }),
    col("name", "Tên", "text", { required: true, aliases: ["Tên hình thức", "Hình thức", "Danh hiệu"], width: 40 }),
    col("subjects", "Đối tượng", "enumList", { required: true, options: SUBJECT_OPTIONS, width: 22 }),
    col("decidingLevel", "Cấp quyết định", "enum", { options: DECIDING_LEVEL_OPTIONS, width: 14 }),
    col("maxRatio", "Tỷ lệ tối đa (%)", "number", { aliases: ["Tỷ lệ tối đa", "Tỷ lệ"], width: 12 }),
    col("ratioBase", "Tính trên", "code", { width: 10 }),
    col("legalBasis", "Căn cứ", "text", { width: 40 }),
  ],
};

export const MILESTONES_SHEET: SheetSpec = {
  key: "milestones",
  name: "Tiến độ",
  aliases: ["Mốc tiến độ", "Milestones"],
  required: false,
  columns: [
    col("code", "Mã", "code", { required: true, aliases: ["Mã tiến độ"], width: 12 }),
    col("content", "Nội dung", "text", { required: true, aliases: ["Nội dung công việc"], width: 50 }),
    col("due", "Hạn", "date", { required: true, aliases: ["Thời hạn", "Hạn nộp"], width: 12 }),
    col("assignee", "Đơn vị thực hiện", "text", { aliases: ["Đơn vị"], width: 16 }),
    col("recurrence", "Lặp lại", "enum", { options: RECURRENCE_OPTIONS, width: 12 }),
    col("minCount", "Số lượng tối thiểu", "integer", { aliases: ["Số lượng"], width: 10 }),
    col("completedOn", "Ngày hoàn thành", "date", { width: 12 }),
    col("basis", "Căn cứ", "text", { aliases: ["Mục kế hoạch"], width: 12 }),
    col("note", "Ghi chú", "text", { width: 30 }),
  ],
};

export const SUBMISSIONS_SHEET: SheetSpec = {
  key: "submissions",
  name: "Nộp",
  aliases: ["Đã nộp", "Submissions"],
  required: false,
  columns: [
    col("unit", "Mã đơn vị", "code", { required: true, aliases: ["Mã ĐV"], width: 12 }),
    col("milestone", "Mã tiến độ", "code", { required: true, aliases: ["Mã"], width: 12 }),
    col("submittedOn", "Ngày nộp", "date", { required: true, aliases: ["Ngày"], width: 12 }),
    col("note", "Ghi chú", "text", { width: 40 }),
  ],
};

export const MERGERS_SHEET: SheetSpec = {
  key: "mergers",
  name: "Sáp nhập đơn vị",
  aliases: ["Sáp nhập", "Sắp xếp đơn vị", "Đơn vị sáp nhập", "Mergers"],
  required: false,
  columns: [
    col("oldCode", "Mã đơn vị cũ", "code", { required: true, aliases: ["Mã cũ", "Mã ĐV cũ"], width: 14 }),
    col("oldName", "Tên đơn vị cũ", "text", { aliases: ["Tên cũ"], width: 28 }),
    col("newCode", "Mã đơn vị mới", "code", { required: true, aliases: ["Mã mới", "Mã ĐV mới"], width: 14 }),
    col("mergedOn", "Ngày sáp nhập", "date", { aliases: ["Ngày hiệu lực", "Từ ngày"], width: 14 }),
    col("note", "Ghi chú", "text", { aliases: ["Căn cứ"], width: 36 }),
  ],
};

// Emulation blocks' scoring: the score sheet the province publishes, the units' scores, the bands.

export const CRITERION_KIND_OPTIONS = [
  opt("quantitative", "Định lượng", "Theo chỉ tiêu", "Chỉ tiêu", "Định lượng theo chỉ tiêu"),
  opt("qualitative", "Định tính", "Đạt/Không đạt"),
  opt("counted", "Chấm theo số lượng", "Theo số lượng", "Số lượng", "Đếm"),
  opt("bonus", "Cộng điểm", "Điểm cộng", "Điểm thưởng", "Thưởng"),
  opt("penalty", "Trừ điểm", "Điểm trừ"),
] as const;

export const CRITERIA_SHEET: SheetSpec = {
  key: "criteria",
  name: "Tiêu chí chấm điểm",
  aliases: ["Tiêu chí", "Bảng tiêu chí", "Thang điểm", "Tiêu chí thi đua", "Criteria"],
  required: false,
  columns: [
    col("code", "Mã tiêu chí", "code", { required: true, aliases: ["Mã TC", "Mã"], width: 12 }),
    col("name", "Tên tiêu chí", "text", { required: true, aliases: ["Tiêu chí", "Nội dung", "Tên"], width: 56 }),
    col("parent", "Thuộc nhóm", "code", { aliases: ["Nhóm", "Mã nhóm"], width: 10 }),
    col("kind", "Loại", "enum", {
      options: CRITERION_KIND_OPTIONS,
      aliases: ["Loại tiêu chí", "Cách chấm"],
      width: 18,
    }),
    col("max", "Điểm tối đa", "number", { aliases: ["Điểm chuẩn", "Thang điểm", "Điểm"], width: 10 }),
    col("points", "Điểm mỗi lần", "number", { aliases: ["Điểm mỗi đơn vị", "Điểm/lần", "Mỗi lần"], width: 10 }),
    col("cap", "Giới hạn", "number", { aliases: ["Điểm giới hạn", "Tối đa"], width: 10 }),
    col("target", "Mã chỉ tiêu", "code", { aliases: ["Chỉ tiêu"], width: 12 }),
    col("blocks", "Khối áp dụng", "text", { aliases: ["Áp dụng cho khối", "Khối thi đua", "Khối"], width: 14 }),
  ],
};

export const SCORES_SHEET: SheetSpec = {
  key: "scores",
  name: "Chấm điểm",
  aliases: ["Bảng chấm điểm", "Điểm thi đua", "Scores"],
  required: false,
  columns: [
    col("unit", "Mã đơn vị", "code", { required: true, aliases: ["Mã ĐV", "Đơn vị"], width: 12 }),
    col("criterion", "Mã tiêu chí", "code", { required: true, aliases: ["Mã TC", "Tiêu chí"], width: 12 }),
    col("value", "Số liệu", "measure", { aliases: ["Số lượng", "Thực hiện", "Kết quả"], width: 10 }),
    col("self", "Tự chấm", "number", { aliases: ["Điểm tự chấm", "Đơn vị tự chấm"], width: 10 }),
    col("reviewed", "Thẩm định", "number", { aliases: ["Điểm thẩm định", "Điểm khối chấm"], width: 10 }),
    col("final", "Điểm chốt", "number", { aliases: ["Điểm chính thức", "Điểm cuối cùng"], width: 10 }),
    col("explanation", "Giải trình", "text", { width: 30 }),
    col("note", "Ghi chú", "text", { width: 24 }),
  ],
};

export const BANDS_SHEET: SheetSpec = {
  key: "bands",
  name: "Xếp loại",
  aliases: ["Xếp loại thi đua", "Thang xếp loại", "Bands"],
  required: false,
  columns: [
    col("code", "Mã", "code", { required: true, aliases: ["Mã xếp loại"], width: 10 }),
    col("name", "Tên", "text", { required: true, aliases: ["Xếp loại", "Tên xếp loại"], width: 22 }),
    col("from", "Điểm từ", "number", { required: true, valueRequired: false, aliases: ["Từ", "Từ điểm"], width: 10 }),
    col("to", "Điểm đến", "number", { required: true, valueRequired: false, aliases: ["Đến", "Đến điểm"], width: 10 }),
  ],
};

/** Every sheet of the contract, in the order a new book lays them out. */
export const SHEETS: readonly SheetSpec[] = [
  PLAN_SHEET,
  UNITS_SHEET,
  BLOCKS_SHEET,
  MOVEMENTS_SHEET,
  TARGETS_SHEET,
  NOMINATIONS_SHEET,
  HISTORY_SHEET,
  CATALOGUE_SHEET,
  MILESTONES_SHEET,
  SUBMISSIONS_SHEET,
  MERGERS_SHEET,
  CRITERIA_SHEET,
  SCORES_SHEET,
  BANDS_SHEET,
];

export function sheetSpec(key: SheetKey): SheetSpec {
  const spec = SHEETS.find((s) => s.key === key);
  if (!spec) throw new Error(`unknown sheet key ${key}`);
  return spec;
}

export function columnSpec(sheet: SheetKey, key: string): ColumnSpec {
  const spec = sheetSpec(sheet).columns.find((c) => c.key === key);
  if (!spec) throw new Error(`unknown column ${sheet}.${key}`);
  return spec;
}

/** Vietnamese label of an enum value, for writing and drop-down lists. */
export function optionLabel(options: readonly EnumOption[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}
