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

// Statistics the state asks for (forms 0601–0603, TT 02/2023/TT-BNV) and the roll-up of many books.

export const STAFF_TIER_OPTIONS = [
  opt(
    "seniorLeader",
    "Lãnh đạo cấp bộ, tỉnh trở lên",
    "Lãnh đạo cấp bộ, cấp tỉnh trở lên",
    "Lãnh đạo cấp bộ/tỉnh trở lên",
    "Cấp bộ, tỉnh trở lên",
  ),
  opt(
    "departmentLeader",
    "Lãnh đạo cấp vụ, sở",
    "Lãnh đạo cấp vụ, cấp sở",
    "Lãnh đạo cấp vụ/sở",
    "Lãnh đạo cấp vụ, sở và tương đương",
    "Cấp vụ, sở",
  ),
  opt("entrepreneur", "Doanh nhân"),
  opt(
    "otherLeader",
    "Lãnh đạo khác từ phó phòng trở lên",
    "Lãnh đạo khác",
    "Lãnh đạo từ phó phòng trở lên",
    "Từ phó phòng trở lên",
    "Lãnh đạo cấp phòng",
  ),
  opt(
    "directWorker",
    "Người trực tiếp lao động, công tác",
    "Người trực tiếp lao động",
    "Trực tiếp lao động, công tác",
    "Lao động trực tiếp",
    "Người lao động trực tiếp",
    "Công nhân, nông dân",
  ),
] as const;

export const YES_NO_OPTIONS = [
  opt("yes", "Có", "x", "1", "Yes", "True", "Đúng", "Phải"),
  opt("no", "Không", "0", "No", "False", "Sai"),
] as const;

export const MOVEMENT_SCOPE_OPTIONS = [
  opt("national", "Toàn quốc", "Cả nước", "Trung ương"),
  opt(
    "sectorOrLocality",
    "Bộ, ngành, địa phương",
    "Bộ, ngành",
    "Địa phương",
    "Ngành",
    "Toàn tỉnh",
    "Toàn ngành",
    "Toàn xã",
    "Toàn phường",
    "Toàn thị xã",
    "Toàn huyện",
  ),
  opt("blockOrCluster", "Cụm, khối", "Cụm, khối thi đua", "Cụm thi đua", "Khối thi đua", "Cụm", "Khối"),
  opt("unit", "Cơ quan, đơn vị", "Cơ quan", "Đơn vị", "Nội bộ cơ quan, đơn vị"),
] as const;

export const MOVEMENT_DURATION_OPTIONS = [
  opt("underOneYear", "Dưới 1 năm", "Dưới một năm"),
  opt("oneYear", "1 năm", "Một năm", "12 tháng"),
  opt("oneToThreeYears", "Từ 1 đến dưới 3 năm", "Từ 1 năm đến dưới 3 năm", "1 - dưới 3 năm"),
  opt("threeToFiveYears", "Từ 3 đến dưới 5 năm", "Từ 3 năm đến dưới 5 năm", "3 - dưới 5 năm"),
  opt("fiveYearsOrMore", "Từ 5 năm trở lên", "5 năm trở lên", "Trên 5 năm"),
] as const;

export const MOVEMENT_METHOD_OPTIONS = [
  opt("thematic", "Chuyên đề", "Theo chuyên đề", "Theo đợt", "Theo đợt, chuyên đề"),
  opt("regular", "Thường xuyên", "Thường xuyên hằng năm", "Thường xuyên hàng năm", "Hằng năm", "Hàng năm"),
] as const;

export { EVERY_UNIT } from "../domain/model";

const col = (
  key: string,
  header: string,
  type: ColumnType,
  extra: Partial<Omit<ColumnSpec, "key" | "header" | "type">> = {},
): ColumnSpec => ({ key, header, type, aliases: [], ...extra });

// ── Issue 17: the council's votes, decisions, documents and certificates (kept together) ──────────

/** Plan items for the council's decisions and documents: all optional. */
const COUNCIL_PLAN_ITEMS: readonly ColumnSpec[] = [
  // Excel's input messages take titles of at most 32 characters: the header is the short form.
  col("decisionsFrom", "Ngày ban hành QĐ khen thưởng", "date", {
    aliases: ["Ngày ban hành quyết định khen thưởng", "Ngày quyết định khen thưởng", "Ngày ban hành quyết định"],
  }),
  col("councilSize", "Số thành viên Hội đồng", "integer", { aliases: ["Tổng số thành viên Hội đồng"] }),
  col("place", "Địa danh", "text", { aliases: ["Nơi ban hành"] }),
  col("signer", "Người ký quyết định", "text", { aliases: ["Người ký", "Chủ tịch"] }),
  col("signerTitle", "Chức vụ người ký", "text", { aliases: ["Chức vụ người ký quyết định"] }),
  col("officeHead", "Thủ trưởng cơ quan thường trực", "text", {
    aliases: ["Người ký tờ trình", "Trưởng phòng Nội vụ", "Giám đốc Sở Nội vụ"],
  }),
  col("superior", "Cơ quan cấp trên", "text", { aliases: ["Cấp trên"] }),
  col("baseSalary", "Mức lương cơ sở", "integer", { aliases: ["Lương cơ sở"] }),
];

/** Nomination columns for the council's vote and the decision. */
const COUNCIL_NOMINATION_COLUMNS: readonly ColumnSpec[] = [
  col("votesFor", "Số phiếu đồng ý", "integer", { aliases: ["Số phiếu", "Phiếu đồng ý", "Số phiếu bầu"], width: 10 }),
  col("councilSize", "Số thành viên Hội đồng", "integer", {
    aliases: ["Tổng số thành viên Hội đồng", "Số thành viên HĐ", "Tổng số thành viên HĐ"],
    width: 10,
  }),
  col("decisionNumber", "Số quyết định", "text", { aliases: ["Số QĐ"], width: 16 }),
  col("decisionDate", "Ngày quyết định", "date", { aliases: ["Ngày QĐ"], width: 12 }),
  col("reason", "Lý do", "text", { aliases: ["Lý do không đồng ý", "Ý kiến Hội đồng"], width: 28 }),
];

export const FIELD_OPTIONS = [
  opt("page", "Khổ phôi", "Khổ giấy", "Trang"),
  opt("honorific", "Ông/Bà", "Ông, Bà", "Danh xưng"),
  opt("name", "Họ và tên", "Họ tên", "Tên"),
  opt("positionUnit", "Chức vụ, đơn vị", "Chức vụ", "Đơn vị"),
  opt("achievement", "Thành tích", "Nội dung thành tích"),
  opt("decisionNumber", "Số quyết định", "Số QĐ"),
  opt("decisionDate", "Ngày quyết định", "Ngày QĐ"),
  opt("placeDate", "Địa danh, ngày", "Ngày tháng", "Địa danh"),
  opt("signerTitle", "Chức vụ người ký"),
  opt("signerName", "Người ký", "Họ tên người ký"),
  opt("registerNumber", "Số vào sổ", "Số sổ"),
  opt("text", "Văn bản cố định", "Văn bản", "Chữ cố định"),
] as const;

export const STYLE_OPTIONS = [
  opt("regular", "Thường"),
  opt("bold", "Đậm"),
  opt("italic", "Nghiêng"),
  opt("boldItalic", "Đậm nghiêng"),
] as const;

export const ALIGN_OPTIONS = [
  opt("left", "Trái", "Căn trái"),
  opt("center", "Giữa", "Căn giữa"),
  opt("right", "Phải", "Căn phải"),
] as const;

/** Mẫu in phôi: one row per field of the office's certificate blank, in millimetres. */
export const CERTIFICATE_LAYOUT_SHEET: SheetSpec = {
  key: "certificateLayout",
  name: "Mẫu in phôi",
  aliases: ["Mau in phoi", "Phôi", "Certificate layout"],
  required: false,
  columns: [
    col("award", "Hình thức", "text", { aliases: ["Danh hiệu", "Mẫu phôi"], width: 30 }),
    col("field", "Trường", "enum", { required: true, options: FIELD_OPTIONS, aliases: ["Mục in"], width: 20 }),
    col("x", "X (mm)", "number", { required: true, aliases: ["X", "Cách lề trái (mm)"], width: 9 }),
    col("y", "Y (mm)", "number", { required: true, aliases: ["Y", "Cách mép trên (mm)"], width: 9 }),
    col("width", "Rộng (mm)", "number", { aliases: ["Rộng"], width: 9 }),
    col("height", "Cao (mm)", "number", { aliases: ["Cao"], width: 9 }),
    col("fontSize", "Cỡ chữ", "number", { aliases: ["Cỡ chữ (pt)"], width: 8 }),
    col("style", "Kiểu chữ", "enum", { options: STYLE_OPTIONS, width: 12 }),
    col("align", "Căn lề", "enum", { options: ALIGN_OPTIONS, aliases: ["Căn"], width: 9 }),
    col("content", "Nội dung", "text", { aliases: ["Văn bản in"], width: 44 }),
  ],
};

// ────────────────────────────────────────────────────────────────────────────────────────────────

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
  ...COUNCIL_PLAN_ITEMS,
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
    // Statistics (form 0601).
    col("scope", "Phạm vi", "enum", { options: MOVEMENT_SCOPE_OPTIONS, aliases: ["Phạm vi phát động"], width: 20 }),
    col("duration", "Thời hạn", "enum", {
      options: MOVEMENT_DURATION_OPTIONS,
      aliases: ["Thời gian thực hiện", "Thời hạn thực hiện"],
      width: 18,
    }),
    col("method", "Phương thức", "enum", {
      options: MOVEMENT_METHOD_OPTIONS,
      aliases: ["Phương thức tổ chức", "Hình thức tổ chức"],
      width: 14,
    }),
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
    col("subject", "Đối tượng", "enum", {
      required: true,
      options: SUBJECT_OPTIONS,
      aliases: ["Cá nhân/Tập thể"],
      width: 12,
    }),
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
    ...COUNCIL_NOMINATION_COLUMNS,
    // Statistics (forms 0602–0603) and the roll-up of many books.
    col("staffTier", "Phân loại cán bộ", "enum", {
      options: STAFF_TIER_OPTIONS,
      aliases: ["Phân loại đối tượng", "Đối tượng cán bộ"],
      width: 24,
    }),
    col("enterprise", "Doanh nghiệp", "enum", { options: YES_NO_OPTIONS, aliases: ["Là doanh nghiệp"], width: 12 }),
    col("birthDate", "Ngày sinh", "date", { aliases: ["Sinh ngày", "Ngày tháng năm sinh"], width: 12 }),
    col("idNumber", "Số định danh cá nhân", "text", {
      aliases: ["Số định danh", "Số CCCD", "CCCD", "Số căn cước", "Số căn cước công dân", "Số CMND", "CMND/CCCD"],
      width: 16,
    }),
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
    col("source", "Nguồn", "text", { aliases: ["Nguồn ghi"], width: 34 }),
    // Statistics (forms 0602–0603).
    col("subject", "Đối tượng", "enum", { options: SUBJECT_OPTIONS, width: 12 }),
    col("staffTier", "Phân loại cán bộ", "enum", {
      options: STAFF_TIER_OPTIONS,
      aliases: ["Phân loại đối tượng", "Đối tượng cán bộ"],
      width: 24,
    }),
    col("enterprise", "Doanh nghiệp", "enum", { options: YES_NO_OPTIONS, aliases: ["Là doanh nghiệp"], width: 12 }),
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
    col("moneyFactor", "Hệ số tiền thưởng", "number", {
      aliases: ["Mức tiền thưởng (lần lương cơ sở)", "Hệ số tiền thưởng (lần lương cơ sở)"],
      width: 12,
    }),
    col("minVoteShare", "Tỷ lệ phiếu tối thiểu (%)", "number", {
      aliases: ["Tỷ lệ phiếu đồng ý tối thiểu (%)", "Tỷ lệ phiếu tối thiểu"],
      width: 12,
    }),
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
  CERTIFICATE_LAYOUT_SHEET,
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
