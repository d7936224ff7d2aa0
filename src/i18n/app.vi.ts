/** The web page for clerks without the add-in (app.html): interface text in Vietnamese. */
export const appUiVi = {
  "app.title": "Thi đua – Khen thưởng",
  "app.tagline":
    "Mở sổ theo dõi thi đua – khen thưởng của đơn vị (.xlsx) ngay trong trình duyệt: kiểm tra, sửa, rồi lưu về máy.",
  "app.open": "Mở sổ (.xlsx)",
  "app.drop": "hoặc kéo tệp .xlsx thả vào đây",
  "app.samples": "Mở sổ mẫu",
  "app.sample.sa-pa-2024": "Sổ mẫu thị xã Sa Pa năm 2024",
  "app.sample.phuong-2026": "Sổ mẫu phường Sa Pa năm 2026 (sau sáp nhập)",
  "app.privacy.title": "Dữ liệu không rời khỏi máy",
  "app.privacy":
    "Tệp được đọc và lưu ngay trong trình duyệt này, không tải lên đâu cả: chính sách bảo mật của trang chặn mọi kết nối mạng. Sau lần mở đầu tiên, trang dùng được cả khi không có mạng. Trình duyệt chỉ nhớ lựa chọn ngôn ngữ, và các tệp gần đây nếu bạn chọn nhớ chúng.",
  "app.limits": "Tệp tối đa 100 MB và 500.000 dòng dữ liệu.",
  "app.stage.check": "Đang kiểm tra tệp…",
  "app.stage.sheets": "Đã đọc {done}/{total} sheet…",
  "app.reading": "Đang mở “{file}”",
  "app.save": "Lưu về máy",
  "app.saving": "Đang lưu…",
  "app.saved": "Đã lưu “{file}” vào thư mục tải về của trình duyệt.",
  "app.saveFailed": "Không lưu được sổ: {reason}",
  "app.other": "Mở sổ khác",
  "app.discard": "Sổ có thay đổi chưa lưu. Bỏ các thay đổi này và mở sổ khác?",
  "app.unsaved": "Có thay đổi chưa lưu",
  "app.keeps":
    "Khi lưu, các sheet khác, định dạng, độ rộng cột, danh sách chọn và công thức của tệp được giữ nguyên; biểu đồ, bảng tổng hợp (pivot) và macro thì không.",
  "app.warning": "Lưu ý: {text}",
  "app.openFailed": "Không mở được sổ: {reason}",
  "app.noWorker": "Trình duyệt này không chạy được Web Worker; sổ được đọc ngay trên trang.",
  "app.language": "English",
  "app.languageLabel": "Switch to English",
  "app.recent.keep": "Nhớ các tệp mở gần đây trên máy này (lưu trong trình duyệt, không gửi đi đâu)",
  "app.recent.title": "Tệp gần đây",
  "app.recent.forget": "Quên các tệp gần đây",
  "app.recent.failed": "Không còn tệp “{file}” trong trình duyệt.",
  "app.cannotSave": "Trang kiểm tra và sửa được sổ này nhưng không lưu lại được tệp ({reason}); hãy sửa trong Excel.",
  // The grid (shared by the preview and the page): its keys are described here.
  "grid.cells": "Các ô của sheet",
  "grid.keysHint":
    "Gõ để thay ô; F2 hoặc bấm đúp để sửa; Enter lưu, Esc bỏ; Ctrl+Z hoàn tác; dán được cả khối ô từ Excel.",
};
