/** Templates for units and collecting them back (issue 15): finding messages and interface text in Vietnamese. */
import type { CollectFindingParams } from "../domain/collect/findingParams";
import type { FindingTexts } from "./language";

export const templatesFindingsVi: Pick<FindingTexts, keyof CollectFindingParams> = {
  UNIT_MISMATCH: (p, f) =>
    `Tệp “${p.file}”, sheet “${f.sheet}”, dòng ${f.row}: mã đơn vị “${p.value}” không phải đơn vị của mẫu (${p.expected}); dòng này không được gộp.`,
  NOT_TEMPLATE: (p, f) =>
    `Tệp “${p.file}” không phải mẫu biểu đã gửi; sheet “${f.sheet}” được đọc theo tên cột, hãy soát lại các dòng đã gộp.`,
  TEMPLATE_OTHER_BOOK: (p) =>
    `Tệp “${p.file}” là mẫu lập từ một sổ khác (mã sổ ${p.book}, sổ này là ${p.expected}); các dòng vẫn được gộp, hãy soát lại.`,
};

export const templatesUiVi = {
  // The Hướng dẫn sheet (always Vietnamese: the units read it).
  "templates.guide.title": "HƯỚNG DẪN ĐIỀN MẪU ĐỀ NGHỊ KHEN THƯỞNG VÀ ĐĂNG KÝ CHỈ TIÊU THI ĐUA NĂM {year}",
  "templates.guide.unit": "Đơn vị: {name} (mã đơn vị {code}).",
  "templates.guide.intro":
    "Tệp này do {agency} gửi. Đơn vị điền hai sheet dưới đây rồi gửi lại chính tệp này (qua thư điện tử, Zalo hoặc thư mục dùng chung).",
  "templates.guide.nominations.heading": "1. Sheet “{sheet}”: danh sách đề nghị khen thưởng",
  "templates.guide.nominations.rows":
    "Mỗi dòng là một cá nhân, tập thể hoặc hộ gia đình được đề nghị. Điền từ dòng 2 trở xuống, không để dòng trống ở giữa.",
  "templates.guide.nominations.lists":
    "Các cột Đối tượng, Hình thức, Loại khen thưởng, Xếp loại, Phong trào và các cột Có/Không có danh sách để chọn (bấm vào ô rồi bấm mũi tên). Bấm vào tiêu đề cột để xem cột đó cần ghi gì.",
  "templates.guide.nominations.unit":
    "Cột “{header}” ghi {code} (mã của đơn vị mình) hoặc để trống; khi tổng hợp, ô trống được hiểu là {code}.",
  "templates.guide.nominations.dates": "Ngày ghi dạng dd/mm/yyyy, ví dụ 15/03/{year}.",
  "templates.guide.targets.heading": "2. Sheet “{sheet}”: đăng ký chỉ tiêu thi đua",
  "templates.guide.targets.rows":
    "Các chỉ tiêu được giao đã ghi sẵn ({count} chỉ tiêu). Ghi mức đăng ký vào cột “{registered}” (không thấp hơn mức giao ở cột “{assigned}”, trừ chỉ tiêu có chiều Giảm) và ngày đăng ký vào cột “{date}”.",
  "templates.guide.targets.none": "Đơn vị chưa được giao chỉ tiêu nào trong sổ; không cần điền sheet này.",
  "templates.guide.deadline.heading": "3. Thời hạn",
  "templates.guide.deadline.item": "{content}: hạn {due}.",
  "templates.guide.deadline.none": "Theo thời hạn trong văn bản hướng dẫn của {agency}.",
  "templates.guide.contact.heading": "4. Liên hệ",
  "templates.guide.contact.office": "cơ quan thường trực Hội đồng Thi đua – Khen thưởng",
  "templates.guide.contact.unknown": "Cơ quan thường trực Hội đồng Thi đua – Khen thưởng.",
  "templates.guide.contact.person": "người liên hệ: {person}",
  "templates.guide.contact.phone": "điện thoại: {phone}",
  "templates.guide.contact.email": "thư điện tử: {email}",
  "templates.guide.rules.heading": "5. Lưu ý",
  "templates.guide.rules.keep":
    "Không đổi tên sheet, không xóa hay sửa tiêu đề cột; được thêm dòng. Lưu ở định dạng Excel (.xlsx), kể cả khi dùng LibreOffice hay WPS; có thể đổi tên tệp.",
  "templates.guide.rules.protect":
    "Dòng tiêu đề được khóa để tránh sửa nhầm, không có mật khẩu. Nếu thật cần bỏ khóa: Excel và WPS: Review (Xem lại) → Unprotect Sheet; LibreOffice: Tools (Công cụ) → Protect Sheet.",
  "templates.guide.rules.values":
    "Chỉ ghi giá trị: công thức được lấy theo kết quả, liên kết và macro không được chuyển vào sổ tổng hợp.",
  "templates.guide.version": "Mẫu phiên bản {version} · mã sổ {book} · lập ngày {date}.",
  "templates.prompt.unit": "Mã đơn vị: {code}. Có thể để trống.",
  "templates.prompt.movement": "Mã phong trào, chọn trong danh sách.",

  // tdkt templates
  "templates.missingOut": "tdkt templates: thiếu --out THƯ_MỤC (nơi ghi các mẫu).",
  "templates.unknownUnit": "tdkt templates: sổ không có đơn vị mã “{code}” (sheet Đơn vị).",
  "templates.noUnits": "tdkt templates: sheet Đơn vị của sổ “{file}” chưa có đơn vị nào.",
  "templates.wrote": "Đã lập {count} mẫu trong {dir}:",
  "templates.item": "  {file}: {name} ({unit}), {targets} chỉ tiêu được giao",

  // tdkt import
  "import.missingOut": "tdkt import: thiếu --out SỔ_GỘP.xlsx (sổ gốc không bao giờ bị ghi đè).",
  "import.sameFile": "tdkt import: --out phải khác sổ gốc “{file}”; sổ gốc không bao giờ bị ghi đè.",
  "import.noFiles": "tdkt import: chưa chỉ tệp hay thư mục nào nhận về từ các đơn vị.",
  "import.summary":
    "Đã gộp {added} dòng từ {imported} tệp; {unchanged} tệp không có gì mới; {rejected} tệp bị từ chối. Sổ gộp: {out}",
  "import.file.imported": "{file}: đã nhập {added} dòng.",
  "import.file.replaced":
    "{file}: bản sửa của mẫu {unit} năm {year}; {replaced} dòng nhập trước đây được thay bằng {added} dòng của tệp này.",
  "import.file.replacedFile":
    "{file}: tệp đã nhập trước đây, nay có thay đổi; {replaced} dòng cũ được thay bằng {added} dòng.",
  "import.file.unchanged": "{file}: không có gì mới (đã nhập trước đây).",
  "import.file.rejected": "{file}: không nhập. {reason}",
  "import.file.finding": "    {message}",
  "import.reason.otherYear": "Đây là mẫu của năm {year}, sổ là năm {expected}.",
  "import.reason.missingColumns": "Sheet “{sheet}” thiếu cột: {headers}.",
  "import.reason.noSheet":
    "Không tìm thấy danh sách đề nghị khen thưởng (cần các cột {headers}) hay sheet đăng ký chỉ tiêu.",
  "import.reason.masterSheet": "Sổ gốc có sheet “{sheet}” nhưng không tìm thấy dòng tiêu đề của nó.",
  // The Mẫu biểu tab.
  "tab.templates": "Mẫu biểu",
  "templates.pane.make.heading": "Lập mẫu gửi các đơn vị",
  "templates.pane.make.hint":
    "Mỗi đơn vị một tệp .xlsx: Hướng dẫn, danh sách đề nghị có danh sách chọn, chỉ tiêu được giao để đăng ký; mở được bằng Excel, LibreOffice, WPS.",
  "templates.pane.unit": "Đơn vị",
  "templates.pane.unit.all": "Tất cả đơn vị ({count})",
  "templates.pane.make": "Lập mẫu",
  "templates.pane.zip": "Tải {file} ({count} mẫu)",
  "templates.pane.one": "Tải {file}",
  "templates.pane.noUnits": "Sheet Đơn vị chưa có đơn vị nào.",
  "templates.pane.collect.heading": "Thu về và gộp vào sổ",
  "templates.pane.collect.hint":
    "Chọn hoặc kéo thả các tệp đơn vị gửi lại. Mỗi tệp được kiểm tra trước; sổ chỉ thay đổi khi bấm Gộp vào sổ.",
  "templates.pane.pick": "Chọn tệp…",
  "templates.pane.drop": "hoặc kéo thả tệp vào đây",
  "templates.pane.status.imported": "Sẽ gộp",
  "templates.pane.status.merged": "Đã gộp",
  "templates.pane.status.unchanged": "Không có gì mới",
  "templates.pane.status.rejected": "Từ chối",
  "templates.pane.merge": "Gộp vào sổ",
  "templates.pane.undo": "Hoàn tác",
  "templates.pane.merged": "Đã gộp {rows} dòng vào sheet “{sheet}”. Bấm Hoàn tác để bỏ đúng những dòng này.",
  "templates.pane.mergedBoth":
    "Đã gộp {rows} dòng đề nghị vào sheet “{sheet}” và {registered} đăng ký chỉ tiêu vào sheet “{targets}”. Bấm Hoàn tác để bỏ đúng những thay đổi này.",
  "templates.pane.nothing": "Không có dòng mới để gộp.",
  "templates.pane.undone": "Đã hoàn tác: {restored} ô trở lại như trước khi gộp.",
  "templates.pane.undoKept": "Đã hoàn tác {restored} ô; {kept} ô đã được sửa sau khi gộp nên giữ nguyên.",
  "templates.pane.registrations":
    "Các tệp có {count} đăng ký chỉ tiêu: Gộp vào sổ ghi cả vào sheet “{sheet}”, cùng một lần (Hoàn tác bỏ cả hai).",
  "templates.pane.working": "Đang làm…",
  "templates.pane.changed": "Sổ vừa thay đổi trong lúc gộp, chưa ghi gì; hãy bấm Gộp vào sổ lần nữa.",
  "templates.pane.error.make": "Không lập được mẫu.",
  "templates.pane.error.read": "Không đọc được các tệp đã chọn.",
  "templates.pane.error.merge": "Không gộp được vào sổ.",
  "templates.pane.error.undo": "Không hoàn tác được.",
};
