/**
 * The units of thị xã Sa Pa in 2024 (the plan's Nơi nhận): departments, public service units,
 * Party and mass organisations, the 6 wards and 10 communes, schools, enterprises and cooperatives.
 * Names of schools, enterprises and cooperatives are fictional but plausible; headcounts and contacts
 * are invented. "phường Sa Pa" (P-SAPA) and "phường Sa Pả" (P-SAPAA) are two different wards.
 */
import type { Unit, UnitType } from "../domain/model";
import { numbered, type Draft } from "./records";

interface UnitOptions {
  /** Highland / difficult area (vùng cao, vùng khó khăn). */
  difficult?: boolean;
  /** Số LĐTT: given only where the unit reported how many of its people hold Lao động tiên tiến. */
  advanced?: number;
  contact?: [person: string, phone: string, email: string | null];
}

function unit(
  code: string,
  name: string,
  type: UnitType,
  block: string,
  headcount: number,
  options: UnitOptions = {},
): Draft<Unit> {
  const [contactPerson, phone, email] = options.contact ?? [null, null, null];
  return {
    code,
    name,
    type,
    block,
    difficultArea: options.difficult ?? false,
    headcount,
    advancedWorkerCount: options.advanced ?? null,
    contactPerson,
    phone,
    email,
  };
}

const highland = { difficult: true };

const UNITS: readonly Draft<Unit>[] = [
  // K1 — Khối các cơ quan Đảng, đoàn thể
  unit("VPTU", "Văn phòng Thị ủy", "partyMass", "K1", 14),
  unit("BTCTU", "Ban Tổ chức Thị ủy", "partyMass", "K1", 7),
  unit("UBKTTU", "Ủy ban Kiểm tra Thị ủy", "partyMass", "K1", 7),
  unit("BTGTU", "Ban Tuyên giáo Thị ủy", "partyMass", "K1", 6),
  unit("BDVTU", "Ban Dân vận Thị ủy", "partyMass", "K1", 5),
  unit("TTCT", "Trung tâm Chính trị thị xã", "publicService", "K1", 6),
  unit("MTTQ", "Ủy ban MTTQ Việt Nam thị xã", "partyMass", "K1", 8, {
    contact: ["Nguyễn Thị Hồng Nhung", "0214 3871 302", null],
  }),
  unit("TDOAN", "Thị đoàn Sa Pa", "partyMass", "K1", 5),
  unit("HLHPN", "Hội Liên hiệp Phụ nữ thị xã", "partyMass", "K1", 5),
  unit("HND", "Hội Nông dân thị xã", "partyMass", "K1", 5),
  unit("HCCB", "Hội Cựu chiến binh thị xã", "partyMass", "K1", 4),
  unit("LDLD", "Liên đoàn Lao động thị xã", "partyMass", "K1", 4),
  // K2 — Khối các phòng chuyên môn
  unit("PNV", "Phòng Nội vụ", "agency", "K2", 10, {
    advanced: 9,
    contact: ["Hoàng Văn Tiến", "0214 3871 215", "pnv.sapa@laocai.gov.vn"],
  }),
  unit("VPHDND", "Văn phòng HĐND và UBND thị xã", "agency", "K2", 28),
  unit("PTCKH", "Phòng Tài chính - Kế hoạch", "agency", "K2", 14),
  unit("PVHTT", "Phòng Văn hóa và Thông tin", "agency", "K2", 8),
  unit("PGDDT", "Phòng Giáo dục và Đào tạo", "agency", "K2", 14, {
    advanced: 12,
    contact: ["Vũ Thị Ngọc Ánh", "0214 3871 448", "pgddt.sapa@laocai.gov.vn"],
  }),
  unit("PYT", "Phòng Y tế", "agency", "K2", 5),
  unit("PKT", "Phòng Kinh tế", "agency", "K2", 12),
  unit("PQLDT", "Phòng Quản lý đô thị", "agency", "K2", 10),
  unit("PTNMT", "Phòng Tài nguyên và Môi trường", "agency", "K2", 11),
  unit("PLDTBXH", "Phòng Lao động - Thương binh và Xã hội", "agency", "K2", 9),
  unit("PDT", "Phòng Dân tộc", "agency", "K2", 6),
  // K3 — Khối nội chính
  unit("PTP", "Phòng Tư pháp", "agency", "K3", 6),
  unit("TTRA", "Thanh tra thị xã", "agency", "K3", 8),
  unit("CATX", "Công an thị xã", "other", "K3", 160),
  unit("BCHQS", "Ban Chỉ huy Quân sự thị xã", "other", "K3", 45),
  unit("VKS", "Viện Kiểm sát nhân dân thị xã", "other", "K3", 12),
  unit("TAND", "Tòa án nhân dân thị xã", "other", "K3", 14),
  // K4 — Khối các đơn vị sự nghiệp
  unit("TTVHTTTT", "Trung tâm Văn hóa, Thể thao và Truyền thông", "publicService", "K4", 32, {
    contact: ["Nguyễn Thu Trang", "0214 3871 520", "ttvhtttt.sapa@laocai.gov.vn"],
  }),
  unit("TTYT", "Trung tâm Y tế thị xã", "publicService", "K4", 260, { advanced: 210 }),
  unit("BQLDA", "Ban Quản lý dự án đầu tư xây dựng thị xã", "publicService", "K4", 22),
  unit("TTDVNN", "Trung tâm Dịch vụ nông nghiệp", "publicService", "K4", 18),
  unit("TTGDNN", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên", "publicService", "K4", 24),
  unit("BQLDL", "Ban Quản lý du lịch thị xã", "publicService", "K4", 15),
  unit("TTPTQD", "Trung tâm Phát triển quỹ đất", "publicService", "K4", 12),
  // K5 — Khối các phường
  unit("P-CAUMAY", "UBND phường Cầu Mây", "communeWard", "K5", 22),
  unit("P-HAMRONG", "UBND phường Hàm Rồng", "communeWard", "K5", 22),
  unit("P-OQUYHO", "UBND phường Ô Quý Hồ", "communeWard", "K5", 21),
  unit("P-PHANSIPANG", "UBND phường Phan Si Păng", "communeWard", "K5", 22),
  unit("P-SAPA", "UBND phường Sa Pa", "communeWard", "K5", 26, {
    advanced: 22,
    contact: ["Trần Thị Bích Ngọc", "0214 3871 610", "phuongsapa@laocai.gov.vn"],
  }),
  unit("P-SAPAA", "UBND phường Sa Pả", "communeWard", "K5", 24, {
    contact: ["Giàng Thị Mai", "0214 3871 655", "phuongsapa2@laocai.gov.vn"],
  }),
  // K6 — Khối các xã vùng cao
  unit("X-BANHO", "UBND xã Bản Hồ", "communeWard", "K6", 21, highland),
  unit("X-HOANGLIEN", "UBND xã Hoàng Liên", "communeWard", "K6", 22, highland),
  unit("X-LIENMINH", "UBND xã Liên Minh", "communeWard", "K6", 20, highland),
  unit("X-MUONGBO", "UBND xã Mường Bo", "communeWard", "K6", 21, highland),
  unit("X-MUONGHOA", "UBND xã Mường Hoa", "communeWard", "K6", 22, highland),
  unit("X-NGUCHISON", "UBND xã Ngũ Chỉ Sơn", "communeWard", "K6", 20, highland),
  unit("X-TAPHIN", "UBND xã Tả Phìn", "communeWard", "K6", 21, { ...highland, advanced: 15 }),
  unit("X-TAVAN", "UBND xã Tả Van", "communeWard", "K6", 22, {
    ...highland,
    advanced: 18,
    contact: ["Giàng A Sử", "0912 604 118", "tavan@laocai.gov.vn"],
  }),
  unit("X-THANHBINH", "UBND xã Thanh Bình", "communeWard", "K6", 20, highland),
  unit("X-TRUNGCHAI", "UBND xã Trung Chải", "communeWard", "K6", 21, { ...highland, advanced: 16 }),
  // K7 — Khối các trường học
  unit("MN-SAPA", "Trường Mầm non Sa Pa", "school", "K7", 38),
  unit("THCS-SAPA", "Trường THCS Sa Pa", "school", "K7", 52, { advanced: 40 }),
  unit("TH-TAVAN", "Trường PTDTBT Tiểu học Tả Van", "school", "K7", 36, { ...highland, advanced: 28 }),
  unit("THCS-BANHO", "Trường PTDTBT TH&THCS Bản Hồ", "school", "K7", 40, highland),
  unit("THCS-TAPHIN", "Trường PTDTBT THCS Tả Phìn", "school", "K7", 30, highland),
  unit("MN-TRUNGCHAI", "Trường Mầm non Trung Chải", "school", "K7", 24, highland),
  // K8 — Khối doanh nghiệp, hợp tác xã
  unit("DN-HAMRONG", "Công ty Cổ phần Du lịch Hàm Rồng Sa Pa", "enterprise", "K8", 85),
  unit("DN-THOCAM", "Công ty TNHH Thổ cẩm Mường Hoa", "enterprise", "K8", 30),
  unit("DN-XAYDUNG", "Công ty TNHH Xây dựng Hoàng Liên", "enterprise", "K8", 45),
  unit("HTX-TAVAN", "Hợp tác xã Dệt may thổ cẩm Tả Van", "cooperative", "K8", 28, highland),
  unit("HTX-BANHO", "Hợp tác xã Nông nghiệp và Du lịch cộng đồng Bản Hồ", "cooperative", "K8", 19, highland),
  unit("HTX-TAPHIN", "Hợp tác xã Thảo dược người Dao đỏ Tả Phìn", "cooperative", "K8", 24, highland),
];

export function sampleUnits(): Unit[] {
  return numbered(UNITS);
}
