/**
 * Đề nghị khen thưởng 2024: the town's year-end nominations as the units' dossiers came in
 * (grouped by unit, two late additions at the end). People and collectives are fictional; names
 * follow the town's peoples (H'Mông, Dao, Tày, Giáy, Kinh). Award names are typed as clerks type
 * them: mostly in full, sometimes a code or a short alias.
 *
 * Every row is clean (criteria provable from the book and its history, within the CSTĐCS quota)
 * except the ones planted with `wrong(...)`, the mistakes the checker must flag.
 */
import type { AwardKind, DateOnly, Nomination, Rating, StaffTier, Subject } from "../domain/model";
import type { Planted, RawPatch, SampleMistake } from "./mistakes";
import { d, numbered, type Draft } from "./records";
import { dossierSentOn } from "./submissions";

/** Award names as the clerk typed them. */
const LDTT = "Lao động tiên tiến";
const CSTDCS = "Chiến sĩ thi đua cơ sở";
const CSTDT = "Chiến sĩ thi đua cấp tỉnh";
const TTLDTT = "Tập thể lao động tiên tiến";
const GKH = "Giấy khen của Chủ tịch UBND thị xã";
const BKT = "Bằng khen của Chủ tịch UBND tỉnh";
const TDPVH = "Thôn, tổ dân phố văn hóa";
const GDVH = "Gia đình văn hóa";

const ACHIEVEMENT: Partial<Record<Rating, string>> = {
  excellent: "Hoàn thành xuất sắc nhiệm vụ năm 2024",
  good: "Hoàn thành tốt nhiệm vụ năm 2024",
};

/** What a row says about its nominee beyond name, unit and award. */
interface Facts {
  position?: string;
  rating?: Rating;
  initiative?: string;
  achievement?: string;
  kind?: AwardKind;
  movement?: string;
  female?: boolean;
  minority?: boolean;
  direct?: boolean;
  /** Ngày tuyển dụng, dd/mm/yyyy. */
  recruited?: string;
  members?: number;
  advanced?: number;
  /** Ngày đề nghị when it is not the day the unit's dossier came in. */
  proposedOn?: DateOnly | null;
  /** Phân loại cán bộ when the position does not say it (see `tierOf`). */
  tier?: StaffTier;
}

/**
 * The sample's clerk fills Phân loại cán bộ for the leaders (from deputy head of a division up, the
 * statistics forms' "lãnh đạo khác") and leaves it empty for the rest: direct workers are known from
 * Lao động trực tiếp, and civil servants and teachers stay unclassified, as in many real books.
 * A cooperative's director is left empty too: doanh nhân or not is the clerk's call.
 */
const LEADER = /(^|[\s,])(Phó )?(Trưởng|Chủ tịch|Giám đốc|Chánh|Hiệu trưởng|Chỉ huy trưởng)\b/u;

function tierOf(subject: Subject, position: string | undefined, f: Facts): StaffTier | null {
  if (f.tier) return f.tier;
  if (subject !== "individual" || !position || /Hợp tác xã/u.test(position)) return null;
  return LEADER.test(position) ? "otherLeader" : null;
}

type NominationDraft = Omit<Draft<Nomination>, "seq">;

interface Entry {
  draft: NominationDraft;
  planted?: Planted;
  /** Text to write over the cell of `field` after writeBook (a value the model cannot hold). */
  raw?: { field: string; value: string };
}

function entry(subject: Subject, unit: string, name: string, award: string, f: Facts): Entry {
  const rating = f.rating ?? null;
  return {
    draft: {
      subject,
      name,
      position: f.position ?? null,
      unit,
      award,
      kind: f.kind ?? "regular",
      movement: f.movement ?? null,
      achievement: f.achievement ?? (rating ? (ACHIEVEMENT[rating] ?? null) : null),
      rating,
      initiative: f.initiative ?? null,
      directWorker: f.direct ?? false,
      female: f.female ?? false,
      ethnicMinority: f.minority ?? false,
      recruitedOn: f.recruited ? d(f.recruited) : null,
      discipline: null,
      memberCount: f.members ?? null,
      advancedWorkerCount: f.advanced ?? null,
      grassrootsFighterCount: null,
      proposedOn: f.proposedOn === undefined ? dossierSentOn(unit) : f.proposedOn,
      outcome: "proposed",
      source: null,
      votesFor: null,
      councilSize: null,
      decisionNumber: null,
      decisionDate: null,
      reason: null,
      staffTier: tierOf(subject, f.position, f),
      enterprise: null,
      birthDate: null,
      idNumber: null,
    },
  };
}

/** An individual, described once and nominated for one or more awards (LĐTT and CSTĐCS stack). */
function person(unit: string, name: string, facts: Facts) {
  return (award: string, more: Facts = {}): Entry => entry("individual", unit, name, award, { ...facts, ...more });
}

function collective(unit: string, name: string, award: string, facts: Facts = {}): Entry {
  return entry("collective", unit, name, award, facts);
}

function household(unit: string, name: string, award: string, facts: Facts = {}): Entry {
  return entry("household", unit, name, award, facts);
}

function village(unit: string, name: string, award: string): Entry {
  return entry("village", unit, name, award, {
    achievement: "Giữ vững danh hiệu, thực hiện tốt quy ước, hương ước năm 2024",
  });
}

/** Marks an entry as a deliberate mistake. */
function wrong(code: Planted["code"], field: keyof NominationDraft, e: Entry): Entry {
  return { ...e, planted: { code, field } };
}

const recognised = (title: string) => `Sáng kiến “${title}” được Hội đồng sáng kiến thị xã công nhận năm 2024`;

function entries(): Entry[] {
  const tien = person("PNV", "Hoàng Văn Tiến", {
    position: "Chuyên viên",
    rating: "good",
    minority: true,
    recruited: "01/03/2015",
  });
  const huong = person("PNV", "Lò Thị Hương", {
    position: "Phó Trưởng phòng",
    rating: "excellent",
    female: true,
    minority: true,
    recruited: "01/08/2010",
  });
  const lan = person("VPHDND", "Đỗ Thị Lan", {
    position: "Chuyên viên",
    rating: "good",
    female: true,
    recruited: "15/06/2016",
  });
  const duc = person("VPHDND", "Phạm Minh Đức", {
    position: "Phó Chánh Văn phòng",
    rating: "excellent",
    recruited: "01/10/2012",
  });
  const long = person("PTCKH", "Trần Văn Long", { position: "Chuyên viên", rating: "good", recruited: "01/09/2017" });
  const thuHa = person("PTCKH", "Nguyễn Thị Thu Hà", {
    position: "Phó Trưởng phòng",
    rating: "excellent",
    female: true,
    recruited: "01/09/2009",
    achievement: "Hoàn thành xuất sắc nhiệm vụ năm 2024; tham mưu điều hành, quyết toán ngân sách thị xã đúng hạn",
  });
  const hung = person("PVHTT", "Nguyễn Văn Hùng", { position: "Chuyên viên", rating: "good", recruited: "01/02/2018" });
  const anh = person("PGDDT", "Vũ Thị Ngọc Ánh", {
    position: "Chuyên viên",
    rating: "excellent",
    female: true,
    recruited: "05/09/2011",
  });
  const nam = person("PKT", "Đặng Văn Nam", { position: "Chuyên viên", rating: "good", recruited: "01/04/2014" });
  const thuy = person("PLDTBXH", "Hoàng Thị Thủy", {
    position: "Chuyên viên",
    rating: "good",
    female: true,
    minority: true,
    recruited: "01/12/2016",
  });
  const san = person("PDT", "Lý Láo San", {
    position: "Trưởng phòng",
    rating: "excellent",
    minority: true,
    recruited: "01/07/2008",
  });
  const pao = person("PDT", "Sùng A Páo", {
    position: "Chuyên viên",
    rating: "good",
    minority: true,
    recruited: "01/02/2016",
  });
  const huy = person("CATX", "Ngô Quang Huy", {
    position: "Đại úy, Phó Đội trưởng Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
  });
  const nhung = person("MTTQ", "Nguyễn Thị Hồng Nhung", {
    position: "Phó Chủ tịch",
    rating: "excellent",
    female: true,
    recruited: "01/03/2010",
  });
  const dua = person("HLHPN", "Vàng Thị Dua", {
    position: "Chủ tịch Hội LHPN xã Trung Chải",
    female: true,
    minority: true,
  });
  const khanh = person("TTYT", "Trần Quốc Khánh", {
    position: "Phó Giám đốc, Bác sĩ CKI",
    rating: "excellent",
    recruited: "01/10/2009",
  });
  const phuong = person("TTYT", "Nguyễn Thị Mai Phương", {
    position: "Bác sĩ, Trưởng khoa Nhi",
    rating: "excellent",
    female: true,
    recruited: "01/06/2013",
  });
  const my = person("TTYT", "Lý Thị Mỷ", {
    position: "Điều dưỡng",
    rating: "good",
    female: true,
    minority: true,
    direct: true,
    recruited: "01/03/2019",
  });
  const may = person("TTYT", "Phàn Thị Mẩy", {
    position: "Hộ sinh, Trạm Y tế xã Tả Phìn",
    rating: "good",
    female: true,
    minority: true,
    direct: true,
    recruited: "01/11/2017",
  });
  const do_ = person("TTVHTTTT", "Giàng Thị Dở", {
    position: "Phóng viên",
    rating: "good",
    female: true,
    minority: true,
    direct: true,
    recruited: "01/06/2020",
  });
  const dung = person("BQLDA", "Lê Văn Dũng", {
    position: "Phó Giám đốc",
    rating: "excellent",
    recruited: "01/05/2012",
  });
  const tuanAnh = person("BQLDA", "Phạm Tuấn Anh", {
    position: "Cán bộ kỹ thuật",
    rating: "good",
    direct: true,
    recruited: "15/09/2024",
  });
  const khai = person("TTDVNN", "Vương Văn Khải", {
    position: "Kỹ thuật viên",
    rating: "good",
    minority: true,
    direct: true,
    recruited: "01/08/2015",
  });
  const hiep = person("TTGDNN", "Lương Văn Hiệp", {
    position: "Giám đốc",
    rating: "excellent",
    minority: true,
    recruited: "01/09/2006",
  });
  const ngoc = person("P-SAPA", "Trần Thị Bích Ngọc", {
    position: "Công chức Văn phòng - Thống kê",
    rating: "excellent",
    female: true,
    recruited: "01/04/2012",
  });
  const hoa = person("P-SAPA", "Lý Thị Hòa", {
    position: "Công chức Văn hóa - Xã hội",
    rating: "good",
    female: true,
    minority: true,
    recruited: "01/07/2018",
  });
  const mai = person("P-SAPAA", "Giàng Thị Mai", {
    position: "Công chức Tư pháp - Hộ tịch",
    rating: "good",
    female: true,
    minority: true,
    recruited: "01/10/2015",
  });
  const thinh = person("P-HAMRONG", "Vũ Đức Thịnh", {
    position: "Phó Chủ tịch UBND phường",
    rating: "excellent",
    recruited: "01/01/2011",
  });
  const chu = person("P-OQUYHO", "Sùng Thị Chu", {
    position: "Công chức Địa chính - Xây dựng",
    rating: "good",
    female: true,
    minority: true,
    recruited: "01/03/2017",
  });
  const kieu = person("P-PHANSIPANG", "Tẩn Thị Kiều", {
    position: "Công chức Văn phòng - Thống kê",
    rating: "good",
    female: true,
    minority: true,
    recruited: "01/08/2016",
  });
  const su = person("X-TAVAN", "Giàng A Sử", {
    position: "Công chức Địa chính - Nông nghiệp",
    rating: "excellent",
    minority: true,
    recruited: "01/05/2015",
  });
  const dinh = person("X-LAOCHAI", "Giàng Seo Dính", {
    position: "Công chức Văn hóa - Xã hội (phụ trách thôn Lao Chải)",
    rating: "good",
    minority: true,
    recruited: "01/02/2016",
    proposedOn: dossierSentOn("X-TAVAN"),
  });
  const chin = person("X-TAPHIN", "Chảo Láo Chỉn", {
    position: "Phó Chủ tịch UBND xã",
    rating: "good",
    minority: true,
    recruited: "01/09/2011",
  });
  const lo = person("X-BANHO", "Tẩn Láo Lở", {
    position: "Công chức Văn phòng - Thống kê",
    rating: "good",
    minority: true,
    recruited: "01/06/2014",
  });
  const chu2 = person("X-BANHO", "Giàng A Chư", { position: "Người dân thôn Bản Dền", minority: true, direct: true });
  const sang = person("X-MUONGBO", "Lý A Sàng", {
    position: "Chỉ huy trưởng Ban Chỉ huy Quân sự xã",
    rating: "good",
    minority: true,
    recruited: "01/01/2017",
  });
  const phu = person("X-MUONGHOA", "Giàng Seo Phử", {
    position: "Chủ tịch UBND xã",
    rating: "excellent",
    minority: true,
    recruited: "01/07/2007",
  });
  const pa = person("X-MUONGHOA", "Ma Thị Pà", {
    position: "Công chức Tư pháp - Hộ tịch",
    rating: "good",
    female: true,
    minority: true,
    recruited: "01/04/2018",
  });
  const chu3 = person("X-TRUNGCHAI", "Thào Seo Chứ", {
    position: "Công chức Tư pháp - Hộ tịch",
    rating: "good",
    minority: true,
    recruited: "01/05/2013",
  });
  const ta = person("X-LIENMINH", "Phàn Láo Tả", {
    position: "Công chức Địa chính - Nông nghiệp",
    rating: "good",
    minority: true,
    recruited: "01/10/2014",
  });
  const su2 = person("X-NGUCHISON", "Sần Seo Sử", {
    position: "Công chức Văn hóa - Xã hội",
    rating: "good",
    minority: true,
    direct: true,
    recruited: "01/03/2019",
  });
  const thang = person("X-THANHBINH", "Lò Văn Thắng", {
    position: "Công chức Văn phòng - Thống kê",
    rating: "good",
    minority: true,
    recruited: "01/08/2013",
  });
  const nga = person("X-THANHBINH", "Hoàng Thị Nga", {
    position: "Công chức Văn hóa - Xã hội",
    rating: "excellent",
    female: true,
    minority: true,
    recruited: "01/06/2012",
  });
  const thanhHoa = person("THCS-SAPA", "Phan Thị Thanh Hòa", {
    position: "Phó Hiệu trưởng",
    rating: "excellent",
    female: true,
    recruited: "01/09/2004",
  });
  const lanAnh = person("THCS-SAPA", "Nguyễn Thị Lan Anh", {
    position: "Giáo viên",
    rating: "excellent",
    female: true,
    direct: true,
    recruited: "01/09/2010",
  });
  const sao = person("TH-TAVAN", "Giàng Thị Sao", {
    position: "Giáo viên",
    rating: "excellent",
    female: true,
    minority: true,
    direct: true,
    recruited: "01/09/2014",
  });
  const may2 = person("THCS-BANHO", "Tẩn Thị Mẩy", {
    position: "Giáo viên",
    rating: "good",
    female: true,
    minority: true,
    direct: true,
    recruited: "01/09/2016",
    proposedOn: null,
  });
  const mo = person("MN-TRUNGCHAI", "Hạng Thị Mo", {
    position: "Giáo viên",
    rating: "good",
    female: true,
    minority: true,
    direct: true,
    recruited: "01/09/2019",
  });
  const my2 = person("HTX-TAVAN", "Vàng Thị Mỷ", {
    position: "Thợ dệt, xã viên",
    rating: "good",
    female: true,
    minority: true,
    direct: true,
    recruited: "01/03/2019",
  });
  const phay = person("HTX-TAPHIN", "Triệu Mùi Phẩy", {
    position: "Giám đốc Hợp tác xã",
    female: true,
    minority: true,
    direct: true,
  });

  return [
    tien(LDTT),
    huong(LDTT),
    huong(CSTDCS, {
      initiative: recognised("Theo dõi hồ sơ thi đua, khen thưởng của các đơn vị bằng bảng tính dùng chung"),
    }),
    lan(LDTT),
    duc("LĐTT"),
    long(LDTT),
    thuHa(GKH),
    hung(GKH, {
      kind: "thematic",
      movement: "CDS",
      achievement: "Xây dựng bản đồ số các điểm du lịch cộng đồng của thị xã",
    }),
    anh(LDTT),
    anh("CSTDCS", {
      initiative: recognised("Tăng cường tiếng Việt cho học sinh dân tộc thiểu số lớp 1 qua trò chơi dân gian"),
    }),
    nam(LDTT),
    thuy(LDTT),
    san(LDTT),
    pao(LDTT),
    collective("PTP", "Phòng Tư pháp thị xã", TTLDTT, { rating: "good", members: 6, advanced: 6 }),
    collective("TTRA", "Thanh tra thị xã", "TTLĐTT", { rating: "excellent", members: 8, advanced: 7 }),
    huy(GKH, {
      kind: "adHoc",
      achievement:
        "Trực tiếp tham gia cứu hộ, di dời 17 hộ dân khỏi vùng sạt lở tại xã Mường Bo ngày 09/9/2024 (hoàn lưu bão số 3)",
    }),
    collective("BCHQS", "Ban Chỉ huy Quân sự thị xã", GKH, {
      kind: "thematic",
      movement: "QPAN",
      achievement: "Hoàn thành xuất sắc công tác tuyển chọn, gọi công dân nhập ngũ năm 2024",
    }),
    nhung(LDTT),
    collective("TDOAN", "Đoàn Thanh niên xã Tả Phìn", GKH, {
      kind: "thematic",
      movement: "TNLCDN",
      achievement: "Công trình thanh niên “Thắp sáng đường quê” thôn Sả Séng",
    }),
    dua(GKH, {
      kind: "thematic",
      movement: "VNN",
      achievement: "Vận động hội viên giúp 12 hộ phụ nữ nghèo có việc làm, thoát nghèo",
    }),
    khanh(CSTDT, {
      initiative:
        "Sáng kiến “Quy trình cấp cứu ngoại viện cho các xã vùng cao” được Hội đồng sáng kiến tỉnh công nhận, có phạm vi ảnh hưởng trong toàn tỉnh năm 2024",
    }),
    phuong(LDTT),
    phuong(CSTDCS, { initiative: recognised("Sàng lọc suy dinh dưỡng trẻ em dưới 5 tuổi tại trạm y tế xã") }),
    my(LDTT),
    may(LDTT),
    collective("TTYT", "Khoa Hồi sức cấp cứu - Trung tâm Y tế thị xã", TTLDTT, {
      rating: "excellent",
      members: 18,
      advanced: 15,
    }),
    // 11 of 20 hold LĐTT: 55%, below the 70% Law Đ28.1 asks of Tập thể lao động tiên tiến.
    wrong(
      "CRITERIA_NOT_MET",
      "award",
      collective("TTYT", "Khoa Khám bệnh - Trung tâm Y tế thị xã", TTLDTT, {
        rating: "good",
        members: 20,
        advanced: 11,
      }),
    ),
    do_(LDTT),
    dung(LDTT),
    // Recruited 15/09/2024: under the 6 months of service LĐTT needs by 31/12/2024.
    wrong("CRITERIA_NOT_MET", "award", tuanAnh(LDTT)),
    khai(LDTT),
    hiep("Bằng khen Chủ tịch UBND tỉnh"),
    ngoc(LDTT),
    ngoc(CSTDCS),
    hoa(LDTT),
    // A collective for a title only individuals receive (the clerk meant Tập thể lao động tiên tiến).
    wrong(
      "AWARD_SUBJECT_MISMATCH",
      "award",
      collective("P-SAPA", "Bộ phận Một cửa phường Sa Pa", LDTT, { rating: "good", members: 7, advanced: 6 }),
    ),
    mai(LDTT),
    village("P-SAPAA", "Tổ dân phố số 2", "Tổ dân phố văn hóa"),
    thinh(LDTT),
    chu(LDTT),
    kieu(LDTT),
    collective("P-PHANSIPANG", "UBND phường Phan Si Păng", TTLDTT, { rating: "good", members: 22, advanced: 18 }),
    su(LDTT),
    su(CSTDCS),
    // Lao Chải is a village of Tả Van, not a unit of the book.
    wrong("UNKNOWN_UNIT", "unit", dinh(LDTT)),
    village("X-TAVAN", "Thôn Lao Chải", TDPVH),
    household("X-TAVAN", "Hộ ông Giàng A Lử", GDVH),
    chin(LDTT),
    chin(CSTDCS, { initiative: recognised("Liên kết trồng và chế biến thảo dược tắm lá của người Dao đỏ") }),
    village("X-TAPHIN", "Thôn Sả Séng", "Thôn văn hóa"),
    lo(LDTT),
    chu2(GKH, {
      kind: "adHoc",
      achievement: "Dũng cảm cứu 2 người bị lũ cuốn trên suối Mường Hoa ngày 10/9/2024",
    }),
    village("X-BANHO", "Thôn Bản Dền", TDPVH),
    sang(LDTT),
    collective("X-MUONGBO", "Đội xung kích phòng, chống thiên tai xã Mường Bo", GKH, {
      kind: "adHoc",
      members: 25,
      achievement: "Ứng cứu, di dời dân và tài sản khỏi vùng sạt lở trong bão số 3 (tháng 9/2024)",
    }),
    phu("Bằng khen Chủ tịch UBND tỉnh"),
    pa(LDTT),
    collective("X-MUONGHOA", "UBND xã Mường Hoa", TTLDTT, { rating: "good", members: 21, advanced: 16 }),
    chu3(LDTT),
    // Rated only "Hoàn thành tốt nhiệm vụ" and no initiative: CSTĐCS is not proven (Law Đ23).
    wrong("CRITERIA_NOT_MET", "award", chu3(CSTDCS)),
    household("X-TRUNGCHAI", "Hộ ông Sùng Seo Lử", "GĐVH"),
    ta(LDTT),
    household("X-LIENMINH", "Hộ ông Phàn Láo Sần", GKH, {
      kind: "thematic",
      movement: "HTTK",
      achievement: "Hiến 350 m² đất làm đường giao thông liên thôn",
    }),
    su2(LDTT),
    thang(LDTT),
    // No such form: Giấy khen is the town chairman's, Bằng khen the province's.
    wrong("UNKNOWN_AWARD", "award", nga("Giấy khen của Chủ tịch UBND tỉnh")),
    thanhHoa("CSTĐ cấp tỉnh", {
      initiative:
        "Sáng kiến “Dạy học theo dự án gắn với di sản văn hóa Sa Pa” được Hội đồng sáng kiến tỉnh công nhận, có phạm vi ảnh hưởng trong toàn tỉnh năm 2024",
    }),
    lanAnh(LDTT),
    lanAnh(CSTDCS, { initiative: recognised("Phòng học tiếng Anh trực tuyến cho học sinh các xã vùng cao") }),
    collective("THCS-SAPA", "Tổ Khoa học tự nhiên - Trường THCS Sa Pa", TTLDTT, {
      rating: "excellent",
      members: 14,
      advanced: 12,
    }),
    sao(LDTT),
    sao(CSTDCS),
    // Ngày đề nghị typed as 31/02/2024: the model holds null, the sheet gets the text (SAMPLE_RAW_PATCHES).
    { ...wrong("INVALID_DATE", "proposedOn", may2(LDTT)), raw: { field: "proposedOn", value: "31/02/2024" } },
    mo(LDTT),
    collective("HTX-TAVAN", "Hợp tác xã Dệt may thổ cẩm Tả Van", GKH, {
      achievement: "Duy trì nghề dệt thổ cẩm, tạo việc làm cho 28 lao động nữ người H'Mông",
    }),
    my2(LDTT),
    collective("DN-HAMRONG", "Công ty Cổ phần Du lịch Hàm Rồng Sa Pa", GKH, {
      achievement: "Thực hiện tốt nghĩa vụ thuế, tham gia các hoạt động an sinh xã hội năm 2024",
    }),
    phay(GKH, {
      kind: "thematic",
      movement: "CTMTQG",
      achievement: "Phát triển vùng nguyên liệu thảo dược, liên kết với 45 hộ đồng bào Dao",
    }),
    // Added later: the same person again, typed with the old tone mark and a double space.
    wrong(
      "DUPLICATE_NOMINATION",
      "name",
      person("P-SAPA", "Lý Thị  Hoà", {
        position: "Công chức Văn hóa - Xã hội",
        rating: "good",
        female: true,
        minority: true,
        recruited: "01/07/2018",
      })(LDTT),
    ),
    // Added later: Bằng khen for the same year's work that already has a Giấy khen above.
    wrong("MULTIPLE_FORMS", "award", thuHa(BKT)),
  ];
}

export interface SampleNominations {
  nominations: Nomination[];
  mistakes: SampleMistake[];
  patches: RawPatch[];
}

export function sampleNominations(): SampleNominations {
  const list = entries();
  const nominations = numbered(list.map((e, i): Draft<Nomination> => ({ seq: i + 1, ...e.draft })));
  const mistakes: SampleMistake[] = [];
  const patches: RawPatch[] = [];
  list.forEach((e, i) => {
    const row = nominations[i].row;
    if (e.planted) mistakes.push({ code: e.planted.code, sheet: "nominations", row, field: e.planted.field });
    if (e.raw) patches.push({ sheet: "nominations", row, field: e.raw.field, value: e.raw.value });
  });
  return { nominations, mistakes, patches };
}
