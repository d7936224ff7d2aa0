/**
 * The fixed wording of official documents (NĐ 30/2020/NĐ-CP), in one module. Documents are always
 * Vietnamese, whatever language the clerk reads the pane in, so these words are not in src/i18n.
 */
import type { Subject } from "../domain/model";

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc";

/** The council of the emulation and commendation work, as documents name it. */
export const COUNCIL_BODY = "Hội đồng Thi đua - Khen thưởng";

/** "Sa Pa, ngày … tháng … năm 2024": place and date, the day left for the signer. */
export function placeAndDate(place: string, year: number): string {
  return `${place}, ngày … tháng … năm ${year}`;
}

/** Counted nominees: "3 cá nhân, 1 tập thể". */
export const SUBJECT_NOUNS: Record<Subject, string> = {
  individual: "cá nhân",
  collective: "tập thể",
  household: "hộ gia đình",
  village: "thôn, tổ dân phố",
};

/** The council list (Danh sách đề nghị khen thưởng trình Hội đồng). */
export const COUNCIL_LIST = {
  sheet: "Danh sách đề nghị",
  headers: {
    seq: "STT",
    name: "Họ và tên / Tên tập thể",
    position: "Chức vụ",
    unit: "Đơn vị",
    achievement: "Tóm tắt thành tích",
    note: "Ghi chú",
  },
  title: (year: number) => `DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM ${year}`,
  attachedTo: "(Kèm theo Tờ trình số …/TTr-… ngày … tháng … năm … )",
  /** Ghi chú of a row that still has errors. */
  review: "Cần xem lại",
  total: (nominations: number, forms: number) => `Tổng cộng: ${nominations} đề nghị, ${forms} hình thức.`,
  preparer: "NGƯỜI LẬP BIỂU",
  onBehalfOf: (body: string) => `TM. ${body.toUpperCase()}`,
  chair: "CHỦ TỊCH",
  signature: "(Ký, ghi rõ họ tên, đóng dấu)",
  /** Page footer ("Trang 1/3"), in Excel's header/footer codes. */
  pageFooter: '&C&"Times New Roman"&10Trang &P/&N',
} as const;

/** The state's statistics forms (TT 02/2023/TT-BNV): their header, table heads, notes and signatures. */
export const STATS_FORM = {
  formCode: (code: string) => `Biểu số: ${code}`,
  issuedWith: (source: string) => `Ban hành kèm theo ${source}`,
  received: "Ngày nhận báo cáo: ngày 15 tháng 12",
  year: (year: number) => `Năm ${year}`,
  period: (from: string, to: string) => `(Kỳ báo cáo: từ ${from} đến ${to})`,
  reportingUnit: "Đơn vị báo cáo:",
  receivingUnit: "Đơn vị nhận báo cáo:",
  /** Ministries and provinces file with the Ministry of Home Affairs. */
  ministry: "Bộ Nội vụ",
  /** Left blank for the clerk: a unit the books do not name. */
  blank: "……………………………",
  unconfirmed: (source: string) => `Bố cục biểu theo ${source} CHƯA ĐƯỢC XÁC NHẬN (lấy từ cấu hình của văn phòng).`,
  indicator: "Chỉ tiêu",
  rowCode: "Mã số",
  unclassifiedNote:
    "Ghi chú: các dòng, cột có mã bắt đầu bằng X hoặc K (nền xám) không có trong mẫu biểu: đó là số bản ghi mà sổ chưa đủ thông tin để xếp vào dòng, cột của biểu (Chưa phân loại), để bổ sung trước khi gửi, không đoán thay.",
  traceNote: (sheet: string) => `Mỗi con số truy được tới từng dòng của sổ ở sheet “${sheet}”.`,
  placeAndDate: (year: number) => `……………………………, ngày … tháng … năm ${year}`,
  preparer: "NGƯỜI LẬP BIỂU",
  preparerSigns: "(Ký, ghi rõ họ tên)",
  head: "THỦ TRƯỞNG ĐƠN VỊ",
  headSigns: "(Ký, đóng dấu, ghi rõ họ tên)",
} as const;

/** An emulation block's ranking (Bảng tổng hợp kết quả chấm điểm, xếp hạng thi đua). */
export const BLOCK_RANKING = {
  headers: { rank: "Xếp hạng", unit: "Đơn vị", total: "Tổng điểm", band: "Xếp loại", note: "Ghi chú" },
  /** After a criterion's or the total's header: its maximum, or for a deduction its limit. */
  maximum: (points: string) => ` (${points} điểm)`,
  deductionLimit: (points: string) => ` (trừ tối đa ${points} điểm)`,
  title: (year: number) => `BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA NĂM ${year}`,
  /** A block the book names only by its code. */
  unnamedBlock: (code: string) => `Khối ${code}`,
  subtitle: (name: string, code: string) => `${name} (mã khối ${code})`,
  tied: "Đồng hạng",
  proposed: "Đề nghị tặng Cờ thi đua",
  unscored: "Chưa chấm điểm",
  leader: (unit: string, points: string) => `Đơn vị đề nghị tặng Cờ thi đua của UBND tỉnh: ${unit} (${points} điểm).`,
  noLeader: "Chưa đề xuất được đơn vị đề nghị tặng Cờ thi đua của UBND tỉnh.",
  reason: (text: string) => `Lý do: ${text}`,
  deputy: "PHÓ KHỐI",
  head: "TRƯỞNG KHỐI",
  signature: COUNCIL_LIST.signature,
  pageFooter: COUNCIL_LIST.pageFooter,
} as const;
