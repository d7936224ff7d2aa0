/** Finding messages in Vietnamese, keyed by finding code. Parameters in braces. */
export const findingsVi: Record<string, string> = {
  MISSING_SHEET: "Thiếu sheet “{sheet}” (đã tìm cả các tên: {aliases}).",
  MISSING_COLUMN: "Sheet “{sheet}” thiếu cột “{header}” (đã tìm cả các tên: {aliases}).",
  "REQUIRED_MISSING.noRow": "Sheet “{sheet}” chưa có mục “{item}”.",
  REQUIRED_MISSING: "Dòng {row}: cột “{column}” chưa được điền.",
  INVALID_VALUE: "Dòng {row}, cột “{column}”: giá trị “{value}” không hợp lệ; chỉ nhận: {allowed}.",
  INVALID_DATE: "Dòng {row}, cột “{column}”: “{value}” không phải ngày hợp lệ (viết theo dạng dd/mm/yyyy).",
  INVALID_NUMBER: "Dòng {row}, cột “{column}”: “{value}” không phải là số.",

  PLAN_ASSUMED:
    "{missing}: sổ đang được kiểm tra theo năm {year}, {level}. Xin điền Năm và Cấp để áp dụng đúng quy định.",
  CHECKS_SKIPPED: "Sổ không có sheet “{sheet}”, nên chưa kiểm tra {checks}.",
  DUPLICATE_UNIT_CODE:
    "Dòng {row}: mã đơn vị “{code}” trùng với đơn vị ở dòng {firstRow}; mỗi đơn vị cần một mã riêng.",
  UNKNOWN_UNIT: "Dòng {row}, cột “{column}”: đơn vị “{value}” không có trong sheet Đơn vị.",
  UNKNOWN_BLOCK: "Dòng {row}: khối thi đua “{value}” không có trong sheet Khối thi đua.",
  UNKNOWN_MOVEMENT:
    "Dòng {row}: phong trào “{value}” không có trong sheet Phong trào (đã so theo cả mã và tên phong trào).",
  UNKNOWN_AWARD: "Dòng {row}, cột “{column}”: “{value}” không có trong danh mục khen thưởng đang áp dụng: {ruleset}.",
  UNKNOWN_MILESTONE: "Dòng {row}: mã tiến độ “{value}” không có trong sheet Tiến độ.",
  DUPLICATE_NOMINATION:
    "Dòng {row}: “{name}” (đơn vị {unit}) đã được đề nghị {award} ở dòng {firstRow}; mỗi người hoặc tập thể chỉ đề nghị một lần cho một hình thức trong năm {year}.",
  MULTIPLE_FORMS:
    "Dòng {row}: “{name}” (đơn vị {unit}) đã được đề nghị {firstAward} ở dòng {firstRow}; một thành tích năm {year} chỉ khen một hình thức, nên không đề nghị thêm {award} ({basis}).",
  AWARD_SUBJECT_MISMATCH: "Dòng {row}: {award} chỉ dành cho {allowed}, không xét cho {subject} “{name}” ({basis}).",
  AWARD_FORWARDED:
    "Dòng {row}: {award} do {decider} quyết định; hồ sơ của “{name}” sẽ được trình lên cấp trên ({basis}).",
  CRITERIA_NOT_MET: "Dòng {row}: {award} cho “{name}”: {requirement} ({basis}).",
  QUOTA_EXCEEDED:
    "Dòng {row}: đơn vị {unit} đề nghị {count} {award}, nhiều hơn mức tối đa {allowed} ({ratio}% của {base} người đạt {baseAward}, {baseSource}) ({basis}).",
  TARGET_BELOW_ASSIGNED:
    "Dòng {row}: chỉ tiêu “{target}” đăng ký {registered}, {worse} mức được giao {assigned} (chiều {direction}); mức đăng ký cần bằng hoặc tốt hơn mức giao.",
};
