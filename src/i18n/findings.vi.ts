/** Finding messages in Vietnamese, keyed by finding code. Parameters in braces. */
export const findingsVi: Record<string, string> = {
  MISSING_SHEET: "Thiếu sheet “{sheet}” (đã tìm cả các tên: {aliases}).",
  MISSING_COLUMN: "Sheet “{sheet}” thiếu cột “{header}” (đã tìm cả các tên: {aliases}).",
  REQUIRED_MISSING: "Dòng {row}: cột “{column}” chưa được điền.",
  INVALID_VALUE: "Dòng {row}, cột “{column}”: giá trị “{value}” không hợp lệ; chỉ nhận: {allowed}.",
  INVALID_DATE: "Dòng {row}, cột “{column}”: “{value}” không phải ngày hợp lệ (viết theo dạng dd/mm/yyyy).",
  INVALID_NUMBER: "Dòng {row}, cột “{column}”: “{value}” không phải là số.",
};
