/**
 * From council to decision (issue 17), in Vietnamese: messages of the vote and decision checks, and
 * the text of the `record`, `documents` and `certificates` commands and of the pane's Văn bản tab.
 */
import type { CouncilFindingCode } from "../domain/councilFindings";
import { formatDate } from "../domain/dates";
import type { FindingTexts } from "./language";
import { ofUnitVi, proposedByVi } from "./units";

export const documentsFindingsVi: Pick<FindingTexts, CouncilFindingCode> = {
  VOTE_SHORT: (p, f) =>
    `Dòng ${f.row}: ${p.award} cho “${p.name}”${ofUnitVi(f)} được ${p.votes}/${p.members} phiếu đồng ý (${p.share}%), chưa đạt ${p.minShare}% tổng số thành viên Hội đồng (cần ít nhất ${p.needed} phiếu; ${p.basis}${p.confirmed ? "" : "; tỷ lệ này chưa được xác nhận theo văn bản đang có hiệu lực, có thể sửa ở sheet Danh mục khen thưởng"}).`,
  DECISION_MISSING: (p, f) =>
    `Dòng ${f.row}: “${p.name}”${ofUnitVi(f)} đã được Hội đồng đồng ý ${p.award} nhưng chưa ghi số quyết định (quyết định khen thưởng ban hành từ ${formatDate(p.from)}).`,
  DECISION_BEFORE_NOMINATION: (p, f) =>
    `Dòng ${f.row}: ngày quyết định ${formatDate(p.decisionDate)}${p.decision ? ` (số ${p.decision})` : ""} của “${p.name}”${proposedByVi(f)} trước ngày đề nghị ${formatDate(p.proposedOn)}; xin xem lại một trong hai ngày.`,
};

/** Interface text (keys are UiKeys: language.ts asks every language for them). */
export const documentsUiVi = {
  "tab.documents": "Văn bản",
  "documents.pane.docs": "Tờ trình và quyết định",
  "documents.pane.docsHint":
    "Soạn Tờ trình của cơ quan thường trực, Quyết định cho từng hình thức cấp này quyết định và Tờ trình lên cấp trên, theo kết quả của Hội đồng (cột Kết quả).",
  "documents.pane.make": "Soạn văn bản",
  "documents.pane.template": "Dùng mẫu .docx của cơ quan…",
  "documents.pane.templateChosen": "Mẫu: {file}",
  "documents.pane.templateClear": "Bỏ mẫu",
  "documents.pane.working": "Đang làm…",
  "documents.pane.submission": "Tờ trình đề nghị khen thưởng ({count} trường hợp)",
  "documents.pane.decision": "Quyết định tặng {award} ({count})",
  "documents.pane.upward": "Tờ trình lên cấp trên: {award} ({count})",
  "documents.pane.pdf": "{file} ({count} trang)",
  "documents.pane.skipped":
    "Không đưa vào văn bản các dòng {rows} của sheet Đề nghị khen thưởng (hình thức do cấp dưới quyết định hoặc không có trong danh mục).",
  "documents.pane.record": "Ghi vào lịch sử",
  "documents.pane.recordHint":
    "Ghi các đề nghị đã có số quyết định vào sheet Lịch sử khen thưởng, để năm sau kiểm tra được chuỗi danh hiệu. Ghi lại nhiều lần không tạo dòng trùng; có thể hoàn tác.",
  "documents.pane.recordRun": "Ghi vào lịch sử",
  "documents.pane.undo": "Hoàn tác",
  "documents.pane.print": "In phôi giấy khen",
  "documents.pane.printHint":
    "Mỗi người một trang, in lên phôi theo vị trí (mm) ở sheet Mẫu in phôi. In thử trang căn chỉnh trước; khi in chọn “Kích thước thật”.",
  "documents.pane.start": "Số vào sổ bắt đầu từ",
  "documents.pane.certificates": "Tạo tệp in phôi (PDF)",
  "documents.pane.calibrate": "Trang căn chỉnh",
  "documents.record.done":
    "Đã ghi vào lịch sử: {appended} dòng mới, {updated} dòng cập nhật số quyết định ({unchanged} đề nghị đã có từ trước). {kept} dòng do người dùng ghi có quyết định khác được giữ nguyên.",
  "documents.record.nothing": "Lịch sử đã đủ: {unchanged} đề nghị có số quyết định đều đã được ghi.",
  "documents.undo.done": "Đã hoàn tác, trả lại {restored} ô như cũ.",
  "documents.undo.kept": "Đã hoàn tác {restored} ô; {kept} ô đã được sửa sau khi ghi nên được giữ nguyên.",
  "documents.badStart": "Số vào sổ bắt đầu phải là số nguyên dương.",
  "documents.error.changed": "Sổ vừa có thay đổi ở sheet Lịch sử khen thưởng; xin bấm lại “Ghi vào lịch sử”.",
  "documents.error.documents":
    "Không soạn được văn bản. Nếu đang dùng mẫu của cơ quan, xin kiểm tra các trường {…} trong mẫu.",
  "documents.error.record": "Không ghi được vào lịch sử; sổ không bị thay đổi.",
  "documents.error.undo": "Không hoàn tác được.",
  "documents.error.certificates": "Không tạo được tệp in phôi.",
  "documents.error.calibrate": "Không tạo được trang căn chỉnh.",
  "record.missingOut": "tdkt: cần --out SỔ_MỚI.xlsx: sổ gốc được giữ nguyên, kết quả ghi vào một tệp mới.",
  "record.sameFile": "tdkt: --out phải khác tệp sổ gốc “{file}”: sổ gốc được giữ nguyên.",
  "record.noHeader":
    "tdkt: sheet “{sheet}” của “{file}” không có dòng tiêu đề của lịch sử khen thưởng (Họ và tên, Mã đơn vị, Hình thức, Năm).",
  "record.summary":
    "Ghi vào sheet “{sheet}”: {appended} dòng mới, {updated} dòng cập nhật số quyết định, {unchanged} đề nghị đã có trong lịch sử.",
  "record.appended": "  + dòng {row}: {name} ({unit}) — {award} năm {year}; quyết định {decision}",
  "record.updated": "  ~ dòng {row}: {name} — {award}: quyết định {before} → {after}",
  "record.kept":
    "  ! dòng {row} của “{sheet}” do người dùng ghi, có quyết định khác với đề nghị ở dòng {nominationRow}: giữ nguyên, xin xem lại.",
  "record.wrote": "Đã ghi sổ mới: {file}",
  "certificates.missingOut": "tdkt: cần --out TỆP.pdf để ghi các trang in phôi.",
  "certificates.badStart": "tdkt: --start “{value}” phải là số nguyên dương (số vào sổ đầu tiên).",
  "certificates.none":
    "Không có giấy khen nào để in: chưa có đề nghị nào được Hội đồng đồng ý cho hình thức mà cấp này quyết định.",
  "certificates.wrote": "Đã ghi {pages} trang in phôi vào {file}:",
  "certificates.wroteCalibration": "Đã ghi {pages} trang căn chỉnh vào {file}:",
  "certificates.run.sheet": "  Trang {pages}: {award} (vị trí theo sheet Mẫu in phôi)",
  "certificates.run.default": "  Trang {pages}: {award} (vị trí mặc định cho phôi A4 ngang; chỉnh ở sheet Mẫu in phôi)",
  "certificates.print":
    "Khi in: chọn đúng khổ phôi, tỷ lệ “Kích thước thật” (Actual size, không co giãn); in thử trang căn chỉnh (--calibrate) trước.",
  "certificates.calibrationTitle": "Trang căn chỉnh phôi (ô đỏ: vị trí in; lưới 5 mm)",
  "documents.missingOut": "tdkt: cần --out THƯ_MỤC để ghi các văn bản.",
  "documents.template.notDocx": "tdkt: mẫu “{file}” không phải tệp Word .docx ({detail}).",
  "documents.template.badTags":
    "tdkt: mẫu “{file}” có trường không dùng được: {detail}. Xem danh sách trường trong README.",
  "documents.wrote": "Đã ghi {count} văn bản vào {dir}:",
  "documents.item.submission": "  {file} — Tờ trình đề nghị khen thưởng ({count} trường hợp)",
  "documents.item.decision": "  {file} — Quyết định tặng {award} ({count} trường hợp)",
  "documents.item.upward": "  {file} — Tờ trình cấp trên đề nghị tặng {award} ({count} trường hợp)",
  "documents.none":
    "Không có văn bản nào để soạn: chưa có đề nghị nào được Hội đồng đồng ý (cột Kết quả) cho hình thức mà cấp này quyết định hoặc trình lên.",
  "documents.draft":
    "Hội đồng chưa ghi kết quả (cột Kết quả) cho đề nghị nào: các văn bản là DỰ THẢO, soạn theo các đề nghị.",
  "documents.skipped.below": "Không đưa vào văn bản các dòng {rows}: hình thức do cấp dưới quyết định.",
  "documents.skipped.subjectMismatch":
    "Không đưa vào văn bản các dòng {rows}: hình thức không dành cho đối tượng được đề nghị.",
  "documents.skipped.unknownAward": "Không đưa vào văn bản các dòng {rows}: hình thức không có trong danh mục.",
};
