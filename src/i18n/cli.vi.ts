/** Command-line text in Vietnamese. */
export const cliVi = {
  "cli.usage": `tdkt — Thi đua – Khen thưởng cho Excel

Cách dùng:
  tdkt demo [--sample sa-pa-2024|phuong-2026] [--out THƯ_MỤC] [--lang vi|en]
      Ghi sổ mẫu Sa Pa 2024 và bảng tổng hợp trình Hội đồng, kiểm tra sổ mẫu và in báo cáo ngắn.
  tdkt check SỔ.xlsx [SỔ.xlsx…] [--json] [--explain] [--today YYYY-MM-DD] [--max-rows N] [--lang vi|en]
      Kiểm tra sổ theo dõi thi đua – khen thưởng (nhiều sổ: từng sổ một báo cáo).
      --explain: in cách đọc sổ (sheet nào là sheet nào, cột nào là cột nào, dòng nào bỏ qua).
      Mã thoát: 0 không có lỗi; 1 có lỗi, hoặc có sheet giống sheet của sổ mà chưa đọc được;
      2 không dùng được tệp (mã lớn nhất khi kiểm tra nhiều sổ).
  tdkt deadlines SỔ.xlsx [--today YYYY-MM-DD] [--json] [--ics TỆP.ics] [--reminders] [--max-rows N] [--lang vi|en]
      Theo dõi tiến độ: đơn vị nào quá hạn, sắp đến hạn; --ics ghi lịch, --reminders in lời nhắc từng đơn vị.
      Mã thoát: 0 không có gì quá hạn; 1 có nội dung quá hạn; 2 không dùng được tệp.
  tdkt record SỔ.xlsx --out SỔ_MỚI.xlsx [--json]
      Ghi các đề nghị đã có số quyết định vào Lịch sử khen thưởng của một bản sao sổ (sổ gốc giữ nguyên).
  tdkt documents SỔ.xlsx --out THƯ_MỤC [--template MẪU.docx] [--json]
      Soạn Tờ trình, Quyết định (kèm danh sách) và Tờ trình lên cấp trên theo kết quả của Hội đồng.
  tdkt certificates SỔ.xlsx --out TỆP.pdf [--calibrate] [--start SỐ] [--json]
      Tạo tệp in phôi giấy khen (mỗi người một trang) hoặc trang căn chỉnh phôi.
  tdkt blocks SỔ.xlsx [--json] [--out XEP-HANG.xlsx] [--today YYYY-MM-DD] [--max-rows N] [--lang vi|en]
      Xếp hạng các khối thi đua theo bảng điểm, đề xuất đơn vị dẫn đầu và lý do; --out ghi bảng xếp hạng.
      Mã thoát: 0 đã xếp hạng; 1 bảng điểm còn lỗi; 2 không dùng được tệp hoặc sổ chưa có bảng điểm.
  tdkt money SỔ.xlsx [--json] [--today YYYY-MM-DD] [--max-rows N] [--lang vi|en]
      Tính tiền thưởng: từng đề nghị, theo hình thức, theo đơn vị, tổng cấp này chi và cấp trên chi.
  tdkt summary SỔ.xlsx --out TỔNG-HỢP.xlsx [--json] [--today YYYY-MM-DD] [--max-rows N] [--lang vi|en]
      Lập bảng tổng hợp trình Hội đồng (số liệu, danh sách, tỷ lệ, chỉ tiêu, tiến độ, kinh phí, kiểm tra).
  tdkt templates SỔ.xlsx --out THƯ-MỤC [--units MÃ,MÃ] [--json] [--today YYYY-MM-DD] [--lang vi|en]
      Tạo mẫu biểu gửi từng đơn vị (đề nghị khen thưởng, đăng ký chỉ tiêu) có danh sách chọn sẵn.
  tdkt import SỔ.xlsx TỆP|THƯ-MỤC... --out SỔ-GỘP.xlsx [--json] [--today YYYY-MM-DD] [--lang vi|en]
      Kiểm tra các mẫu đơn vị gửi lại và gộp vào một bản sao sổ (sổ gốc giữ nguyên).
  tdkt --help | --version`,
  "cli.money.missingFile": "tdkt: cần tên tệp sổ cần tính tiền thưởng, ví dụ: tdkt money so-tdkt.xlsx",
  "cli.money.oneBook": "tdkt: lệnh money tính từng sổ một; hãy chạy riêng cho mỗi sổ.",
  "cli.unknownCommand": "tdkt: không có lệnh “{command}”. Gõ tdkt --help để xem cách dùng.",
  "cli.unknownOption": "tdkt: không có tùy chọn “{option}”. Gõ tdkt --help để xem cách dùng.",
  "cli.missingValue": "tdkt: tùy chọn {option} cần một giá trị.",
  "cli.badToday": "tdkt: --today “{value}” không phải ngày dạng YYYY-MM-DD.",
  "cli.todayOutOfRange": "tdkt: --today “{value}” nằm ngoài khoảng ngày sổ dùng được ({min} – {max}).",
  "cli.todayNoSuchDay": "tdkt: --today “{value}”: không có ngày này trong lịch.",
  "cli.badMaxRows": "tdkt: --max-rows “{value}” phải là số nguyên dương.",
  "cli.badMaxRowsEnv": "tdkt: biến môi trường TDKT_MAX_ROWS “{value}” phải là số nguyên dương.",
  "cli.unexpected": "tdkt: lỗi không mong đợi khi kiểm tra “{file}” ({detail}); xin báo cho người phát triển.",
  "cli.badLang": "tdkt: --lang chỉ nhận vi hoặc en.",
  "cli.missingFile": "tdkt: cần tên tệp sổ cần kiểm tra, ví dụ: tdkt check so-tdkt.xlsx",
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
