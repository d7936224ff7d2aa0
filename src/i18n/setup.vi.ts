/** "Thiết lập sổ": what set-up says it added, what each sheet is for, and whether the book needs it. */
export const setupVi = {
  "setup.undoLabel": "Thiết lập sổ",
  "setup.added":
    "Đã thêm {count} sheet và mở sheet “{opened}”; “Hoàn tác” gỡ đúng các sheet này. Sheet không bắt buộc có thể để trống.",
  "setup.explain": "{list}",
  "setup.required": "bắt buộc",
  "setup.optional": "không bắt buộc",
  "setup.sheet": "{name} ({need}): {purpose}",
  "setup.purpose.plan": "năm, cấp và số hiệu của kế hoạch, để sổ áp dụng đúng quy định",
  "setup.purpose.units": "danh sách đơn vị với mã, tên, loại và khối",
  "setup.purpose.blocks": "các khối thi đua, trưởng khối và phó khối",
  "setup.purpose.movements": "các phong trào thi đua thường xuyên và chuyên đề",
  "setup.purpose.targets": "chỉ tiêu được giao và đơn vị đăng ký",
  "setup.purpose.nominations": "danh sách đề nghị khen thưởng của năm",
  "setup.purpose.history": "khen thưởng các năm trước, để xét các danh hiệu cần nhiều năm liên tục",
  "setup.purpose.catalogue":
    "đã điền sẵn danh mục khen thưởng đang áp dụng; chỉ sửa khi địa phương có quy định riêng (tỷ lệ, tiền thưởng), xóa sheet thì dùng lại danh mục mặc định",
  "setup.purpose.milestones": "các mốc tiến độ và hạn nộp của kế hoạch",
  "setup.purpose.submissions": "ngày các đơn vị nộp báo cáo, hồ sơ",
  "setup.purpose.mergers": "đơn vị đã sáp nhập (mã cũ → mã mới), để lịch sử khen thưởng theo sang đơn vị mới",
  "setup.purpose.certificateLayout": "vị trí in từng dòng trên phôi giấy khen, đã điền theo khổ A4",
  "setup.purpose.criteria": "tiêu chí và thang điểm chấm điểm khối thi đua",
  "setup.purpose.scores": "điểm từng đơn vị theo từng tiêu chí",
  "setup.purpose.bands": "các mức xếp loại theo tổng điểm",
} as const;
