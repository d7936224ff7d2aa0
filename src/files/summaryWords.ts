/**
 * The fixed Vietnamese wording of the council's summary workbook (Báo cáo tổng hợp trình Hội đồng):
 * sheet names, titles, table heads, notes. Official documents are always Vietnamese, whatever the
 * language of the pane, so these words are not in src/i18n (officialWords.ts holds the shared ones).
 */
import type { Decider, ShareKey } from "../domain/summary/summary";
import type { Status } from "../domain/deadlines";
import type { Severity } from "../domain/model";

/** Sheet names, in workbook order; the pane writes them into the open book as "TH …". */
export const SUMMARY_SHEETS = {
  overview: "Tổng hợp",
  list: "Danh sách",
  quotas: "Tỷ lệ",
  targets: "Chỉ tiêu",
  deadlines: "Tiến độ",
  money: "Kinh phí",
  checks: "Kiểm tra",
} as const;

export type SummarySheetKey = keyof typeof SUMMARY_SHEETS;

/** The prefix of the sheets written into the clerk's own book (never one of the clerk's sheets). */
export const PANE_SHEET_PREFIX = "TH ";

export const SUMMARY_WORDS = {
  titles: {
    overview: (y: number) => `BÁO CÁO TỔNG HỢP SỐ LIỆU ĐỀ NGHỊ KHEN THƯỞNG NĂM ${y}`,
    list: (y: number) => `DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM ${y}`,
    quotas: (y: number) => `TỶ LỆ ĐỀ NGHỊ THEO QUY ĐỊNH CỦA ĐƠN VỊ NĂM ${y}`,
    targets: (y: number) => `KẾT QUẢ THỰC HIỆN CHỈ TIÊU THI ĐUA NĂM ${y}`,
    deadlines: (y: number) => `TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM ${y}`,
    money: (y: number) => `DỰ KIẾN KINH PHÍ KHEN THƯỞNG NĂM ${y}`,
    checks: (y: number) => `CÁC NỘI DUNG CÒN PHẢI XEM LẠI TRONG HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG NĂM ${y}`,
  },
  attachedTo: "(Kèm theo Tờ trình số …/TTr-… ngày … tháng … năm … )",
  asOf: (day: string) => `(Số liệu tính đến ngày ${day})`,
  seq: "STT",
  overview: {
    byAward: "I. SỐ LƯỢNG ĐỀ NGHỊ THEO DANH HIỆU, HÌNH THỨC",
    award: "Danh hiệu, hình thức khen thưởng",
    subjects: ["Cá nhân", "Tập thể", "Hộ gia đình", "Thôn, tổ dân phố"],
    unknownSubject: "Chưa rõ đối tượng",
    total: "Tổng số",
    decider: "Cấp quyết định",
    deciders: { here: "Cấp này", above: "Cấp trên", below: "Cấp dưới" } as Record<Decider, string>,
    unknownDecider: "Chưa có trong danh mục",
    grandTotal: "Tổng cộng",
    shares: "II. TỶ LỆ THEO CÁC NỘI DUNG ƯU TIÊN CỦA KẾ HOẠCH",
    shareHead: ["Nội dung", "Số lượng", "Trên tổng số", "Tỷ lệ"],
    shareNames: {
      directWorkers: "Người lao động trực tiếp (trên số cá nhân)",
      women: "Nữ (trên số cá nhân)",
      ethnicMinorities: "Người dân tộc thiểu số (trên số cá nhân)",
      difficultAreaUnits: "Đề nghị của đơn vị vùng cao, vùng khó khăn (trên tổng số đề nghị)",
      adHoc: "Khen thưởng đột xuất (trên tổng số đề nghị)",
    } as Record<ShareKey, string>,
    noBase: "Không có",
    byBlock: "III. SỐ LƯỢNG ĐỀ NGHỊ THEO KHỐI THI ĐUA",
    block: "Khối thi đua",
    noBlock: "Chưa xếp khối",
    byUnitType: "IV. SỐ LƯỢNG ĐỀ NGHỊ THEO LOẠI ĐƠN VỊ",
    unitType: "Loại đơn vị",
    noUnitType: "Chưa rõ loại đơn vị",
    byUnit: "V. SỐ LƯỢNG ĐỀ NGHỊ THEO ĐƠN VỊ",
    unit: "Đơn vị",
    unknownUnit: "Không rõ đơn vị",
    countHead: ["Số lượng", "Tỷ lệ"],
    note: (total: number, rejected: number) =>
      `Số liệu tính trên ${total} đề nghị${rejected ? `, không kể ${rejected} đề nghị Hội đồng không đồng ý` : ""}.`,
  },
  list: {
    here: "A. THUỘC THẨM QUYỀN QUYẾT ĐỊNH CỦA CẤP NÀY",
    above: "B. ĐỀ NGHỊ CẤP TRÊN KHEN THƯỞNG",
    other: "C. KHÔNG THUỘC THẨM QUYỀN HOẶC CHƯA CÓ TRONG DANH MỤC (CẦN XEM LẠI)",
    none: "Không có đề nghị.",
  },
  quotas: {
    head: [
      "Đơn vị",
      "Danh hiệu",
      "Tính trên",
      "Số làm cơ sở",
      "Tỷ lệ tối đa",
      "Số được đề nghị tối đa",
      "Số đề nghị",
      "Tỷ lệ đề nghị",
      "Ghi chú",
    ],
    over: "Vượt tỷ lệ",
    counted: "Cơ sở đếm từ sổ",
    none: "Danh mục khen thưởng của sổ không đặt tỷ lệ tối đa cho danh hiệu nào (pháp luật hiện hành không quy định tỷ lệ Chiến sĩ thi đua cơ sở).",
    basis: (row: number | null, basis: string | null) =>
      `Tỷ lệ theo Danh mục khen thưởng của sổ${row ? `, dòng ${row}` : ""}${basis ? ` (Căn cứ: ${basis})` : ""}.`,
  },
  targets: {
    head: ["Đơn vị", "Chỉ tiêu", "Đơn vị tính", "Giao", "Đăng ký", "Thực hiện", "Tỷ lệ hoàn thành", "Ghi chú"],
    worse: "Đăng ký thấp hơn chỉ tiêu giao",
    worseDown: "Đăng ký cao hơn chỉ tiêu giao (chỉ tiêu giảm)",
    none: "Sổ chưa có chỉ tiêu thi đua của đơn vị.",
  },
  deadlines: {
    counts: "Tình hình chung",
    statuses: {
      overdue: "Quá hạn",
      due_soon: "Sắp đến hạn (trong 7 ngày)",
      late: "Đã nộp muộn",
      done: "Đã nộp đúng hạn",
      open: "Chưa đến hạn",
    } as Record<Status, string>,
    owed: "Các nội dung quá hạn và sắp đến hạn",
    head: ["Đơn vị", "Mã", "Nội dung", "Hạn", "Tình trạng", "Số ngày quá hạn"],
    office: "Cơ quan thường trực",
    none: "Không có nội dung quá hạn hoặc sắp đến hạn.",
    noSheet: "Sổ chưa có sheet Tiến độ.",
  },
  money: {
    head: ["Nội dung", "Số lượng", "Cấp này chi (đồng)", "Cấp trên chi (đồng)"],
    byAward: "I. THEO DANH HIỆU, HÌNH THỨC",
    byUnit: "II. THEO ĐƠN VỊ",
    total: "Tổng kinh phí",
    budget: (amount: string) => `Tổng kinh phí khen thưởng cấp này cần bố trí: ${amount} đồng.`,
    basis: (salaries: string) =>
      `Mức tiền thưởng bằng hệ số nhân với mức lương cơ sở (${salaries}), làm tròn lên hàng chục nghìn đồng.`,
    unconfirmed: (names: string) => `Hệ số chưa được xác nhận, cần đối chiếu văn bản: ${names}.`,
    notPaid: (count: number) =>
      `${count} đề nghị không tính tiền thưởng (không đồng ý, trùng danh hiệu cùng kỳ, chưa có trong danh mục hoặc chưa có mức).`,
  },
  checks: {
    head: ["Mức độ", "Sheet", "Ô", "Nội dung"],
    severities: { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" } as Record<Severity, string>,
    none: "Không còn nội dung nào phải xem lại.",
  },
} as const;
