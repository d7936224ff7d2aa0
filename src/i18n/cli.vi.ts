/** Command-line text in Vietnamese. */
export const cliVi = {
  "cli.usage": `tdkt — Thi đua – Khen thưởng cho Excel

Cách dùng:
  tdkt demo [--out THƯ_MỤC] [--lang vi|en]
      Ghi sổ mẫu Sa Pa 2024 và bảng tổng hợp trình Hội đồng, kiểm tra sổ mẫu và in báo cáo ngắn.
  tdkt check SỔ.xlsx [--json] [--today YYYY-MM-DD] [--lang vi|en]
      Kiểm tra sổ theo dõi thi đua – khen thưởng.
      Mã thoát: 0 không có lỗi; 1 có lỗi; 2 không dùng được tệp.
  tdkt deadlines SỔ.xlsx [--today YYYY-MM-DD] [--json] [--ics TỆP.ics] [--reminders] [--lang vi|en]
      Theo dõi tiến độ: đơn vị nào quá hạn, sắp đến hạn; --ics ghi lịch, --reminders in lời nhắc từng đơn vị.
      Mã thoát: 0 không có gì quá hạn; 1 có nội dung quá hạn; 2 không dùng được tệp.
  tdkt --help | --version`,
  "cli.unknownCommand": "tdkt: không có lệnh “{command}”. Gõ tdkt --help để xem cách dùng.",
  "cli.unknownOption": "tdkt: không có tùy chọn “{option}”. Gõ tdkt --help để xem cách dùng.",
  "cli.missingValue": "tdkt: tùy chọn {option} cần một giá trị.",
  "cli.badToday": "tdkt: --today “{value}” không phải ngày dạng YYYY-MM-DD.",
  "cli.badLang": "tdkt: --lang chỉ nhận vi hoặc en.",
  "cli.missingFile": "tdkt: cần tên tệp sổ cần kiểm tra, ví dụ: tdkt check so-tdkt.xlsx",
  "file.missing": "tdkt: không tìm thấy tệp “{file}”.",
  "file.notXlsx": "tdkt: tệp “{file}” không phải sổ Excel .xlsx.",
  "file.encrypted":
    "tdkt: tệp “{file}” được đặt mật khẩu hoặc là định dạng Excel 97-2003 (.xls); hãy bỏ mật khẩu và lưu lại dạng .xlsx.",
  "file.corrupt": "tdkt: tệp “{file}” bị hỏng, không đọc được.",
  "file.tooLarge": "tdkt: tệp “{file}” quá lớn ({detail}); giới hạn là 100 MB.",
  "file.unreadable": "tdkt: không đọc được tệp “{file}” ({detail}).",
  "file.cannotWrite": "tdkt: không ghi được vào “{file}” ({detail}).",
  "report.book": "Sổ: {file}",
  "report.counts": "Lỗi: {error} · Cảnh báo: {warning} · Lưu ý: {info}",
  "report.clean": "Không có lỗi.",
  "report.more": "… và {count} phát hiện khác (xem đầy đủ với --json).",
  "demo.title": "Sổ mẫu Sa Pa 2024 (Kế hoạch công tác TĐKT thị xã Sa Pa năm 2024)",
  "demo.wroteBook": "Đã ghi sổ mẫu:            {file}",
  "demo.wroteCouncil": "Đã ghi bảng tổng hợp:     {file}",
  "demo.book": "Đơn vị: {units} · Khối thi đua: {blocks} · Phong trào: {movements} · Đề nghị: {nominations}",
  "demo.checked": "Kết quả kiểm tra sổ mẫu (ngày tham chiếu {today}):",
  "demo.groups": "Danh sách trình Hội đồng, theo hình thức:",
  "demo.group": "  {title}: {count}",
  "demo.next": "Kiểm tra lại: npx tdkt check {file}",
} satisfies Record<string, string>;
