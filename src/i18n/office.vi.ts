/**
 * Interface text for running in a real office (Vietnamese): starting inside Excel, Excel's errors in
 * plain words with what to do next, the features an older Excel lacks, and unexpected failures.
 */
export const officeVi = {
  "startup.title": "Chưa mở được ngăn trên sổ Excel",
  "startup.officeMissing":
    "Không tải được Office.js, thư viện của Microsoft mà ngăn cần để làm việc với Excel. Hãy kiểm tra máy có mạng không, và mạng của cơ quan (tường lửa, proxy) có cho vào https://appsforoffice.microsoft.com không; rồi đóng ngăn và mở lại bằng nút “Kiểm tra sổ” trên thẻ Trang đầu.",
  "startup.officeFailed":
    "Office.js báo lỗi khi khởi động. Hãy đóng ngăn rồi mở lại; nếu vẫn vậy, đóng hẳn Excel rồi mở lại sổ.",
  "startup.officeSlow":
    "Excel khởi động ngăn chậm hơn thường lệ (đã quá 10 giây). Ngăn sẽ tự mở khi Excel sẵn sàng. Nếu phải chờ lâu, hãy đóng ngăn rồi mở lại, và kiểm tra mạng tới https://appsforoffice.microsoft.com.",
  "startup.notInOffice":
    "Trang này là ngăn của Excel, không dùng riêng trong trình duyệt. Hãy mở sổ bằng Excel (trên máy tính hoặc trên web) rồi bấm “Kiểm tra sổ” trên thẻ Trang đầu.",
  "startup.notExcel":
    "Ngăn này chỉ chạy trong Excel. Hãy mở sổ theo dõi thi đua – khen thưởng bằng Excel rồi bấm “Kiểm tra sổ” trên thẻ Trang đầu.",
  "busy.office": "Đang chờ Excel…",
  "startup.previewHint": "Bản xem thử: thêm ?preview vào cuối địa chỉ để mở ngăn trên sổ mẫu Sa Pa.",

  "failed.check": "Không đọc được sổ để kiểm tra.",
  "failed.mark": "Không đánh dấu được các ô.",
  "failed.clear": "Không bỏ đánh dấu được.",
  "failed.setup": "Không thêm được sheet vào sổ.",
  "failed.select": "Không chuyển đến được ô này.",
  "failed.live": "Kiểm tra tự động không đọc được sổ (đã thử lại một lần).",

  "excelError.cellEdit":
    "Excel đang ở chế độ sửa ô (con trỏ đang nhấp nháy trong một ô). Bấm Enter hoặc Esc để ra khỏi ô đó rồi thử lại.",
  "excelError.protected":
    "Sổ hoặc sheet đang được bảo vệ, hoặc sổ đang mở chỉ để đọc. Bỏ bảo vệ (thẻ Xem lại → Bỏ bảo vệ trang tính / sổ làm việc) hoặc mở sổ ở chế độ sửa, rồi thử lại.",
  "excelError.notFound":
    "Một sheet vừa bị đổi tên hoặc xóa trong lúc ngăn làm việc. Bấm “Kiểm tra sổ” để đọc lại sổ rồi thử lại.",
  "excelError.tooLarge":
    "Sổ quá lớn để Excel gửi cho ngăn, kể cả khi đã chia nhỏ. Hãy dùng Excel trên máy tính, hoặc chuyển bớt dòng sang sổ khác.",
  "excelError.apiMissing":
    "Phiên bản Excel này chưa có chức năng cần cho việc này (mã {code}). Hãy cập nhật Excel hoặc dùng Excel trên web.",
  "excelError.inactive": "Sổ này không còn là sổ đang chọn trong Excel. Bấm vào một ô của sổ rồi thử lại.",
  "excelError.none": "Bấm “Kiểm tra sổ” để thử lại; nếu vẫn không được, hãy đóng rồi mở lại ngăn này.",
  "excelError.other":
    "Excel báo lỗi mã {code}. Hãy thử lại; nếu vẫn vậy, đóng rồi mở lại ngăn, và báo mã lỗi này cho cán bộ tin học.",

  "notice.findingGone": "Lỗi này không còn trong sổ (đã được sửa); danh sách vừa được cập nhật.",

  "capability.feature.live": "kiểm tra tự động sau mỗi lần sửa",
  "capability.feature.marks": "đánh dấu ô lỗi",
  "capability.feature.setup": "thiết lập sổ",
  "capability.feature.edits": "ghi vào sổ và hoàn tác (Ghi vào lịch sử, Ghi các sheet TH tổng hợp)",

  "crash.title": "Ngăn gặp lỗi ngoài dự kiến",
  "crash.text":
    "Sổ không bị ảnh hưởng: những gì đã ghi vào sổ vẫn còn nguyên. Bấm “Mở lại ngăn”; nếu vẫn lỗi, đóng ngăn rồi mở lại.",
  "crash.retry": "Mở lại ngăn",
  "error.unexpected":
    "Ngăn gặp lỗi ngoài dự kiến trong lúc làm việc. Sổ không bị ảnh hưởng; hãy thử lại, nếu vẫn vậy thì đóng rồi mở lại ngăn.",
};
