/**
 * The council's documents as data with Vietnamese placeholders: the one source both the built-in
 * Word layout (docx.ts) and an office's own template (template.ts, docxtemplater) render, and the
 * certificates print from. README.md lists every placeholder; keep the two in step.
 */
import type { Book, DateOnly, Level } from "../../domain/model";
import type { AwardDocument, Awardee, CouncilDocuments, SubmissionRow } from "../../domain/documents/councilDocuments";
import { placeName } from "../../domain/summary/nominationList";
import { nameKey } from "../../domain/text";
import {
  BLANK,
  countsText,
  dateWords,
  fullName,
  GROUP_WORDS,
  headingLines,
  honorific,
  initials,
  legalBases,
  money,
  moneyDecree,
  numberWords,
  placeDateLine,
  ROMAN,
  shortDate,
  unitKind,
} from "./words";

export type DocumentKind = "submission" | "decision" | "upward";

export interface PersonData {
  stt: number;
  danh_xung: string;
  ho_ten: string;
  chuc_vu: string;
  don_vi: string;
  /** "Ông Hoàng Văn Tiến, Chuyên viên, Phòng Nội vụ" */
  dong: string;
  chuc_vu_don_vi: string;
  thanh_tich: string;
  tien_thuong: string;
  so_quyet_dinh: string;
  ngay_quyet_dinh: string;
}

export interface GroupData {
  so_la_ma: string;
  ten_nhom: string;
  so_luong: number;
  nguoi: PersonData[];
}

export interface CountRowData {
  stt: number;
  hinh_thuc: string;
  ca_nhan: number;
  tap_the: number;
  ho_gia_dinh: number;
  cong: number;
}

export interface TemplateData {
  loai: DocumentKind;
  la_to_trinh: boolean;
  la_quyet_dinh: boolean;
  la_to_trinh_cap_tren: boolean;
  du_thao: boolean;
  co_quan_chu_quan: string;
  co_quan_ban_hanh: string;
  ten_van_ban: string;
  so: string;
  ky_hieu: string;
  so_ky_hieu: string;
  dia_danh: string;
  dia_danh_ngay: string;
  nam: number;
  trich_yeu: string;
  tham_quyen: string;
  kinh_gui: string;
  can_cu: { noi_dung: string }[];
  doan_mo_dau: string;
  dieu: { so: number; noi_dung: string }[];
  doan: { noi_dung: string }[];
  hinh_thuc: string;
  hinh_thuc_trich_dan: string;
  so_luong: string;
  bang_so_luong: CountRowData[];
  bang_cap_tren: CountRowData[];
  tong_ca_nhan: number;
  tong_tap_the: number;
  tong_ho_gia_dinh: number;
  tong_cong: number;
  danh_sach: GroupData[];
  co_tien_thuong: boolean;
  tong_tien: string;
  tong_tien_bang_chu: string;
  /** A note under the annex when someone there is paid for a higher title instead ("(*) …"), else "". */
  ghi_chu_tien_thuong: string;
  tieu_de_danh_sach: string;
  kem_theo: string;
  quyen_han_ky: string;
  chuc_vu_ky: string;
  nguoi_ky: string;
  noi_nhan: { noi_dung: string }[];
  so_quyet_dinh: string;
  ngay_quyet_dinh: string;
}

export interface DocumentFile {
  fileName: string;
  kind: DocumentKind;
  /** The award, for decisions and submissions upward. */
  award: string | null;
  /** Awardees listed (or counted, for the standing office's submission). */
  count: number;
  data: TemplateData;
}

/** "Lao động tiên tiến" → "lao-dong-tien-tien": file names travel by e-mail and Zalo without trouble. */
export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The head of a body, as Điều 3 and the signature write it: "Trưởng phòng Nội vụ", "Giám đốc Sở Nội vụ". */
function headOf(body: string): { title: string; of: string } {
  const b = body.trim();
  if (/^phòng\s/iu.test(b)) return { title: "Trưởng phòng", of: `Trưởng phòng ${b.replace(/^phòng\s+/iu, "")}` };
  if (/^sở\s/iu.test(b)) return { title: "Giám đốc", of: `Giám đốc ${b}` };
  if (/^văn phòng\s/iu.test(b)) return { title: "Chánh Văn phòng", of: `Chánh ${b}` };
  if (/^ban\s/iu.test(b)) return { title: "Trưởng ban", of: `Trưởng ${b}` };
  return { title: "Thủ trưởng", of: `Thủ trưởng ${b}` };
}

interface Context {
  year: number;
  level: Level;
  draft: boolean;
  rulesFrom: DateOnly;
  /** "UBND thị xã Sa Pa" */
  issuer: string;
  /** "thị xã" */
  kind: string;
  place: string;
  standing: string;
  superior: string;
  signer: string;
  deputySigns: boolean;
  officeHead: string;
  planRef: string | null;
  extraBases: string[];
}

function contextOf(book: Book, docs: CouncilDocuments): Context {
  const plan = book.plan;
  const issuer = plan?.issuer?.trim() || "UBND";
  const kind = unitKind(issuer, docs.level);
  const place = plan?.place?.trim() || placeName(issuer) || "";
  const planRef =
    plan?.number && plan.issuedOn
      ? `Kế hoạch số ${plan.number} ngày ${shortDate(plan.issuedOn)} của ${fullName(issuer)} về công tác thi đua, khen thưởng năm ${docs.year}`
      : null;
  // Bases the plan itself lists ("Căn cứ" items), as the sample's provincial plan.
  const extraBases = (plan?.extraItems ?? [])
    .filter((i) => /^căn cứ$/iu.test(i.key.trim()) && typeof i.value === "string" && i.value.trim())
    .map((i) => `Căn cứ ${String(i.value).trim().replace(/[.;]$/, "")};`);
  return {
    year: docs.year,
    level: docs.level,
    draft: docs.draft,
    rulesFrom: docs.rulesFrom,
    issuer,
    kind,
    place,
    standing: plan?.standingAgency?.trim() || (docs.level === "province" ? "Sở Nội vụ" : "Phòng Nội vụ"),
    superior: plan?.superior?.trim() || (docs.level === "province" ? "Thủ tướng Chính phủ" : "UBND tỉnh"),
    signer: plan?.signer?.trim() ?? "",
    deputySigns: /phó/iu.test(plan?.signerTitle ?? ""),
    officeHead: plan?.officeHead?.trim() ?? "",
    planRef,
    extraBases,
  };
}

const awardQuote = (d: { award: { name: string; family: string } }) =>
  d.award.family === "title" ? `danh hiệu “${d.award.name}”` : d.award.name;

/** NĐ 152/2025 (and NĐ 98/2023): in the same period only the highest title's money is paid. */
const PAID_ELSEWHERE_NOTE =
  "(*) Được đề nghị danh hiệu cao hơn trong cùng thời điểm: chỉ nhận tiền thưởng của danh hiệu cao nhất.";

function person(a: Awardee, withMoney: boolean): PersonData {
  const title = honorific(a.subject, a.female);
  const nameLine = [title, a.name].filter(Boolean).join(" ");
  // A collective named as its unit ("Thanh tra thị xã") is not followed by its own name again.
  const unit = a.subject !== "individual" && nameKey(a.unitName) === nameKey(a.name) ? "" : a.unitName;
  const chucVuDonVi = [a.position, unit].filter((s) => s && s.trim()).join(", ");
  return {
    stt: a.seq,
    danh_xung: title,
    ho_ten: a.name,
    chuc_vu: a.position ?? "",
    don_vi: a.unitName,
    dong: [nameLine, chucVuDonVi].filter(Boolean).join(", "),
    chuc_vu_don_vi: chucVuDonVi,
    thanh_tich: a.achievement ?? "",
    tien_thuong: withMoney && a.paidElsewhere ? "(*)" : withMoney && a.money ? money(a.money.amount) : "",
    so_quyet_dinh: a.decisionNumber ?? "",
    ngay_quyet_dinh: shortDate(a.decisionDate),
  };
}

function groups(d: AwardDocument): GroupData[] {
  return d.groups.map((g, i) => ({
    so_la_ma: ROMAN[i],
    ten_nhom: GROUP_WORDS[g.group].title,
    so_luong: g.items.length,
    nguoi: g.items.map((a) => person(a, d.kind === "decision")),
  }));
}

function countRows(rows: SubmissionRow[]): CountRowData[] {
  return rows.map((r, i) => ({
    stt: i + 1,
    hinh_thuc: r.award.name,
    ca_nhan: r.counts.individual,
    tap_the: r.counts.collective,
    ho_gia_dinh: r.counts.household,
    cong: r.total,
  }));
}

function sum(rows: CountRowData[], key: "ca_nhan" | "tap_the" | "ho_gia_dinh" | "cong"): number {
  return rows.reduce((n, r) => n + r[key], 0);
}

function blank(c: Context, kind: DocumentKind): TemplateData {
  return {
    loai: kind,
    la_to_trinh: kind === "submission",
    la_quyet_dinh: kind === "decision",
    la_to_trinh_cap_tren: kind === "upward",
    du_thao: c.draft,
    co_quan_chu_quan: "",
    co_quan_ban_hanh: "",
    ten_van_ban: kind === "decision" ? "QUYẾT ĐỊNH" : "TỜ TRÌNH",
    so: "",
    ky_hieu: "",
    so_ky_hieu: "",
    dia_danh: c.place,
    dia_danh_ngay: placeDateLine(c.place, null, c.year),
    nam: c.year,
    trich_yeu: "",
    tham_quyen: "",
    kinh_gui: "",
    can_cu: [],
    doan_mo_dau: "",
    dieu: [],
    doan: [],
    hinh_thuc: "",
    hinh_thuc_trich_dan: "",
    so_luong: "",
    bang_so_luong: [],
    bang_cap_tren: [],
    tong_ca_nhan: 0,
    tong_tap_the: 0,
    tong_ho_gia_dinh: 0,
    tong_cong: 0,
    danh_sach: [],
    co_tien_thuong: false,
    tong_tien: "",
    tong_tien_bang_chu: "",
    ghi_chu_tien_thuong: "",
    tieu_de_danh_sach: "",
    kem_theo: "",
    quyen_han_ky: "",
    chuc_vu_ky: "",
    nguoi_ky: "",
    noi_nhan: [],
    so_quyet_dinh: "",
    ngay_quyet_dinh: "",
  };
}

const numbered = (number: string | null, symbol: string) => `${number ? number.replace(/\/.*$/, "") : BLANK}/${symbol}`;
const bases = (c: Context, extra: string[] = []) =>
  [...legalBases(c.rulesFrom), ...c.extraBases, ...(c.planRef ? [`Căn cứ ${c.planRef};`] : []), ...extra].map(
    (noi_dung) => ({ noi_dung }),
  );

function submission(c: Context, docs: CouncilDocuments): DocumentFile {
  const d = blank(c, "submission");
  const symbol = `TTr-${initials(c.standing)}`;
  const here = countRows(docs.submission.here);
  const above = countRows(docs.submission.above);
  const head = headOf(c.standing);
  const chairman = `Chủ tịch ${fullName(c.issuer)}`;
  const all = [...here, ...above];
  Object.assign(d, {
    co_quan_chu_quan: c.issuer.replace(/^Ủy ban nhân dân/iu, "UBND").toLocaleUpperCase("vi"),
    co_quan_ban_hanh: c.standing.toLocaleUpperCase("vi"),
    ky_hieu: symbol,
    so_ky_hieu: numbered(null, symbol),
    trich_yeu: `Về việc đề nghị khen thưởng năm ${c.year}`,
    kinh_gui: `${chairman}.`,
    can_cu: bases(
      c,
      c.draft ? [] : [`Căn cứ kết quả họp xét của Hội đồng Thi đua - Khen thưởng ${c.kind} năm ${c.year},`],
    ),
    doan_mo_dau: `Trên cơ sở hồ sơ đề nghị khen thưởng của các cơ quan, đơn vị, ${c.standing} (Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng ${c.kind}) kính trình ${chairman} xem xét, khen thưởng như sau:`,
    bang_so_luong: here,
    bang_cap_tren: above,
    tong_ca_nhan: sum(all, "ca_nhan"),
    tong_tap_the: sum(all, "tap_the"),
    tong_ho_gia_dinh: sum(all, "ho_gia_dinh"),
    tong_cong: sum(all, "cong"),
    doan: [
      { noi_dung: `1. ${chairman} quyết định khen thưởng: ${sum(here, "cong")} trường hợp, gồm:` },
      {
        noi_dung: above.length
          ? `2. Trình cấp trên khen thưởng: ${sum(above, "cong")} trường hợp, gồm:`
          : "2. Trình cấp trên khen thưởng: không có.",
      },
      { noi_dung: "(Có danh sách và hồ sơ kèm theo)" },
      { noi_dung: `${c.standing} kính trình ${chairman} xem xét, quyết định./.` },
    ],
    chuc_vu_ky: head.title.toLocaleUpperCase("vi"),
    nguoi_ky: c.officeHead,
    noi_nhan: [{ noi_dung: "Như trên;" }, { noi_dung: "Lưu: VT." }],
  });
  return {
    fileName: `to-trinh-khen-thuong-${c.year}.docx`,
    kind: "submission",
    award: null,
    count: sum(all, "cong"),
    data: d,
  };
}

function signature(c: Context, d: TemplateData, onBehalf: boolean) {
  d.quyen_han_ky = [onBehalf ? "TM. ỦY BAN NHÂN DÂN" : "", c.deputySigns ? "KT. CHỦ TỊCH" : ""]
    .filter(Boolean)
    .join("\n");
  d.chuc_vu_ky = c.deputySigns ? "PHÓ CHỦ TỊCH" : "CHỦ TỊCH";
  d.nguoi_ky = c.signer;
}

function decision(c: Context, doc: AwardDocument): DocumentFile {
  const d = blank(c, "decision");
  const quote = awardQuote(doc);
  const who = countsText(doc.counts);
  const heading = headingLines(c.issuer);
  const date = doc.decisionDate;
  const chairman = `Chủ tịch ${fullName(c.issuer).replace(/^Ủy ban nhân dân/u, "UBND")}`;
  const head = headOf(c.standing);
  const offices =
    c.level === "province"
      ? `Chánh Văn phòng UBND tỉnh, ${head.of}, Giám đốc Sở Tài chính`
      : c.level === "district"
        ? `Chánh Văn phòng HĐND và UBND ${c.kind}, ${head.of}, Trưởng phòng Tài chính - Kế hoạch`
        : `Chánh Văn phòng HĐND và UBND ${c.kind}, ${head.of}`;
  const subjects = doc.groups.map((g) => GROUP_WORDS[g.group].one).join(", ");
  const total = doc.moneyComplete && doc.totalMoney !== null ? doc.totalMoney : null;
  const moneyArticle =
    total !== null
      ? `Mức tiền thưởng của mỗi ${subjects} thực hiện theo ${moneyDecree(c.rulesFrom)}, ghi tại danh sách kèm theo; tổng số tiền thưởng là ${money(total)} đồng (Bằng chữ: ${numberWords(total)} đồng). Kinh phí khen thưởng chi từ Quỹ thi đua, khen thưởng của ${fullName(c.issuer)}.`
      : `Tiền thưởng kèm theo thực hiện theo quy định tại ${moneyDecree(c.rulesFrom)}. Kinh phí khen thưởng chi từ Quỹ thi đua, khen thưởng của ${fullName(c.issuer)}.`;
  const symbol = "QĐ-UBND";
  Object.assign(d, {
    co_quan_ban_hanh: heading.join("\n"),
    so: doc.decisionNumber?.replace(/\/.*$/, "") ?? "",
    ky_hieu: symbol,
    so_ky_hieu: numbered(doc.decisionNumber, symbol),
    dia_danh_ngay: placeDateLine(c.place, date, c.year),
    trich_yeu: `Về việc tặng ${quote} năm ${c.year}`,
    tham_quyen: `CHỦ TỊCH ${heading.join(" ")}`,
    can_cu: bases(c, [
      `Theo đề nghị của ${head.of} tại Tờ trình số ${BLANK}/TTr-${initials(c.standing)} ${dateWords(null, c.year)}.`,
    ]),
    hinh_thuc: doc.award.name,
    hinh_thuc_trich_dan: quote,
    so_luong: who,
    dieu: [
      {
        so: 1,
        noi_dung:
          doc.award.family === "title"
            ? `Tặng ${quote} năm ${c.year} cho ${who} (có danh sách kèm theo).`
            : `Tặng ${quote} cho ${who} đã có thành tích xuất sắc năm ${c.year} (có danh sách kèm theo).`,
      },
      { so: 2, noi_dung: moneyArticle },
      {
        so: 3,
        noi_dung: `Quyết định này có hiệu lực kể từ ngày ký. ${offices}, Thủ trưởng các cơ quan, đơn vị có liên quan và các ${subjects} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
      },
    ],
    danh_sach: groups(doc),
    co_tien_thuong: doc.totalMoney !== null,
    tong_tien: total !== null ? money(total) : "",
    tong_tien_bang_chu: total !== null ? `${numberWords(total)} đồng` : "",
    ghi_chu_tien_thuong: doc.groups.some((g) => g.items.some((a) => a.paidElsewhere)) ? PAID_ELSEWHERE_NOTE : "",
    tieu_de_danh_sach: `${capitalise(subjects)} được tặng ${quote} năm ${c.year}`,
    kem_theo: `(Kèm theo Quyết định số ${numbered(doc.decisionNumber, symbol)} ${dateWords(date, c.year)} của ${chairman})`,
    noi_nhan: [
      { noi_dung: "Như Điều 3;" },
      { noi_dung: `Chủ tịch, các PCT UBND ${c.kind};` },
      { noi_dung: "Lưu: VT, NV." },
    ],
    so_quyet_dinh: doc.decisionNumber ?? "",
    ngay_quyet_dinh: shortDate(date),
  });
  signature(c, d, false);
  return {
    fileName: `quyet-dinh-${slug(doc.award.name)}-${c.year}.docx`,
    kind: "decision",
    award: doc.award.name,
    count: doc.groups.reduce((n, g) => n + g.items.length, 0),
    data: d,
  };
}

function upward(c: Context, doc: AwardDocument): DocumentFile {
  const d = blank(c, "upward");
  const quote = awardQuote(doc);
  const who = countsText(doc.counts);
  const heading = headingLines(c.issuer);
  const superior = `Chủ tịch ${fullName(c.superior)}`;
  const viaProvince = /tỉnh|thành phố/iu.test(c.superior) && c.level !== "province";
  const subjects = doc.groups.map((g) => GROUP_WORDS[g.group].one).join(", ");
  const symbol = "TTr-UBND";
  Object.assign(d, {
    co_quan_ban_hanh: heading.join("\n"),
    ky_hieu: symbol,
    so_ky_hieu: numbered(null, symbol),
    trich_yeu: `Về việc đề nghị tặng ${quote} năm ${c.year}`,
    kinh_gui: `${superior}${viaProvince ? " (qua Sở Nội vụ)" : ""}.`,
    can_cu: bases(c, [`Xét đề nghị của Hội đồng Thi đua - Khen thưởng ${c.kind},`]),
    hinh_thuc: doc.award.name,
    hinh_thuc_trich_dan: quote,
    so_luong: who,
    doan: [
      {
        noi_dung: `${fullName(c.issuer)} kính trình ${superior} xem xét, tặng ${quote} năm ${c.year} cho ${who} đã có thành tích xuất sắc (có danh sách, tóm tắt thành tích và hồ sơ kèm theo).`,
      },
      { noi_dung: `${fullName(c.issuer)} kính trình ${superior} xem xét, quyết định./.` },
    ],
    danh_sach: groups(doc),
    tieu_de_danh_sach: `${capitalise(subjects)} được đề nghị tặng ${quote} năm ${c.year}`,
    kem_theo: `(Kèm theo Tờ trình số ${numbered(null, symbol)} ${dateWords(null, c.year)} của ${fullName(c.issuer)})`,
    noi_nhan: [
      { noi_dung: "Như trên;" },
      ...(viaProvince ? [{ noi_dung: "Sở Nội vụ tỉnh;" }] : []),
      { noi_dung: "Lưu: VT, NV." },
    ],
  });
  signature(c, d, true);
  return {
    fileName: `to-trinh-cap-tren-${slug(doc.award.name)}-${c.year}.docx`,
    kind: "upward",
    award: doc.award.name,
    count: doc.groups.reduce((n, g) => n + g.items.length, 0),
    data: d,
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

/** Every document of the council round, in reading order: the submission, the decisions, what goes up. */
export function documentFiles(book: Book, docs: CouncilDocuments): DocumentFile[] {
  const c = contextOf(book, docs);
  const files: DocumentFile[] = [];
  if (docs.decisions.length || docs.upward.length) files.push(submission(c, docs));
  for (const doc of docs.decisions) files.push(decision(c, doc));
  for (const doc of docs.upward) files.push(upward(c, doc));
  return files;
}
