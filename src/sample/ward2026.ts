/**
 * The second built-in sample: a 2026 ward book after the two-level reform. Illustrative, and said so
 * in its plan sheet: "phường Sa Pa (minh họa)" stands for a ward formed on 01/07/2025 from former units
 * of thị xã Sa Pa (the real reorganisation's details are not reproduced). It shows what the 2026 rules
 * change: the merger sheet, award history kept under the codes of units that no longer exist (and still
 * counted), the commune chairman's powers (NĐ 129/2025 Điều 59), and a handful of planted mistakes of
 * the new kinds. Names of people are fictional.
 */
import type {
  Book,
  CatalogueEntry,
  DateOnly,
  HistoryEntry,
  Merger,
  Nomination,
  Plan,
  Unit,
  UnitType,
} from "../domain/model";
import type { SheetKey } from "../domain/model";
import { writeBook, type SheetOut } from "../sheets/write";
import { d, numbered, type Draft } from "./records";

/** The ward sample's reference day: the council meets in early December 2026. */
export const WARD_SAMPLE_TODAY: DateOnly = { year: 2026, month: 12, day: 5 };

/** A finding the ward sample must raise, by code, sheet and row (errors and warnings only). */
export interface WardMistake {
  code: "AWARD_DISCONTINUED" | "UNIT_DISSOLVED" | "DISCIPLINE_PENDING" | "CRITERIA_NOT_MET";
  sheet: SheetKey;
  row: number;
}

function plan(): Plan {
  return {
    year: 2026,
    issuer: "UBND phường Sa Pa (minh họa)",
    level: "commune",
    number: "00/KH-UBND (số giả định)",
    issuedOn: d("20/01/2026"),
    standingAgency: "Văn phòng HĐND và UBND phường",
    rows: { year: 2, issuer: 3, level: 4, number: 5, issuedOn: 6, standingAgency: 7 },
    extraItems: [
      {
        key: "Ghi chú",
        value:
          "Sổ minh họa: một phường hình thành từ các đơn vị cũ của thị xã Sa Pa từ 01/07/2025; tên đơn vị, người và số liệu là giả định",
        row: 8,
      },
    ],
  };
}

function unit(code: string, name: string, type: UnitType, headcount: number, difficult = false): Draft<Unit> {
  return {
    code,
    name,
    type,
    block: null,
    difficultArea: difficult,
    headcount,
    advancedWorkerCount: null,
    contactPerson: null,
    phone: null,
    email: null,
  };
}

const UNITS: Draft<Unit>[] = [
  unit("PSP", "UBND phường Sa Pa", "communeWard", 42),
  unit("PSP-VP", "Văn phòng HĐND và UBND phường Sa Pa", "agency", 12),
  unit("PSP-KT", "Phòng Kinh tế, Hạ tầng và Đô thị phường Sa Pa", "agency", 9),
  unit("PSP-VH", "Phòng Văn hóa – Xã hội phường Sa Pa", "agency", 8),
  unit("THCS-SAPA", "Trường THCS Sa Pa", "school", 46),
  unit("TH-TAVAN", "Trường Tiểu học Tả Van", "school", 31, true),
  unit("TDP-CAUMAY", "Tổ dân phố Cầu Mây", "other", 0),
  unit("TDP-TAVAN", "Thôn Tả Van Giáy", "other", 0, true),
];

function merger(oldCode: string, oldName: string, newCode: string): Draft<Merger> {
  return {
    oldCode,
    oldName,
    newCode,
    mergedOn: d("01/07/2025"),
    note: "Sắp xếp đơn vị hành chính cấp xã (minh họa)",
  };
}

/** The former units whose history the ward keeps; Tả Phìn went to Sa Pả first, then on (a chain). */
const MERGERS: Draft<Merger>[] = [
  merger("P-SAPA", "UBND phường Sa Pa (thị xã Sa Pa)", "PSP"),
  merger("P-SAPAA", "UBND phường Sa Pả", "PSP"),
  merger("P-CAUMAY", "UBND phường Cầu Mây", "PSP"),
  merger("X-TAVAN", "UBND xã Tả Van", "PSP"),
  merger("X-TAPHIN", "UBND xã Tả Phìn", "P-SAPAA"),
  merger("PNV", "Phòng Nội vụ thị xã Sa Pa", "PSP-VP"),
];

function history(name: string, unitCode: string, award: string, year: number, kind: HistoryEntry["kind"] = "regular") {
  return {
    name,
    unit: unitCode,
    award,
    year,
    decisionNumber: `${100 + year - 2020}/QĐ-UBND`,
    decisionDate: d(`15/12/${year}`),
    kind,
    source: null,
    subject: null,
    staffTier: null,
    enterprise: null,
  } satisfies Draft<HistoryEntry>;
}

const HISTORY: Draft<HistoryEntry>[] = [
  // Chains kept under the codes of units that no longer exist: they count for the ward's units.
  history("Giàng A Páo", "X-TAVAN", "Chiến sĩ thi đua cơ sở", 2023),
  history("Giàng A Páo", "X-TAVAN", "Chiến sĩ thi đua cơ sở", 2024),
  history("Giàng A Páo", "PSP", "Chiến sĩ thi đua cơ sở", 2025),
  history("Lý Thị Hoà", "X-TAPHIN", "Chiến sĩ thi đua cơ sở", 2024),
  history("Lý Thị Hoà", "PSP", "Chiến sĩ thi đua cơ sở", 2025),
  // An ad-hoc award is no link of a chain (NĐ 152/2025 Điều 4).
  history("Tẩn Láo Lở", "P-CAUMAY", "Chiến sĩ thi đua cơ sở", 2024),
  history("Tẩn Láo Lở", "PSP", "Chiến sĩ thi đua cơ sở", 2025, "adHoc"),
  history("Phan Thị Thanh Hòa", "PNV", "Giấy khen của Chủ tịch UBND thị xã", 2024),
  history("Vàng Thị Mỷ", "P-SAPAA", "Lao động tiên tiến", 2025),
];

const PROPOSED = d("20/11/2026");

function nomination(
  name: string,
  unitCode: string,
  award: string,
  more: Partial<Draft<Nomination>> = {},
): Omit<Draft<Nomination>, "seq"> {
  return {
    subject: "individual",
    name,
    position: "Công chức",
    unit: unitCode,
    award,
    kind: "regular",
    movement: null,
    achievement: "Hoàn thành xuất sắc nhiệm vụ năm 2026",
    rating: "excellent",
    initiative: null,
    directWorker: false,
    female: false,
    ethnicMinority: false,
    recruitedOn: d("01/09/2018"),
    discipline: null,
    memberCount: null,
    advancedWorkerCount: null,
    grassrootsFighterCount: null,
    proposedOn: PROPOSED,
    outcome: "proposed",
    source: null,
    votesFor: null,
    councilSize: null,
    decisionNumber: null,
    decisionDate: null,
    reason: null,
    staffTier: null,
    enterprise: null,
    birthDate: null,
    idNumber: null,
    ...more,
  };
}

interface Row {
  draft: Omit<Draft<Nomination>, "seq">;
  mistake?: WardMistake["code"];
}

const LDTT = "Lao động tiên tiến";
const CSTDCS = "Chiến sĩ thi đua cơ sở";

const ROWS: Row[] = [
  { draft: nomination("Giàng A Páo", "PSP", LDTT, { ethnicMinority: true, directWorker: true }) },
  {
    draft: nomination("Giàng A Páo", "PSP", CSTDCS, {
      ethnicMinority: true,
      directWorker: true,
      initiative: "Mô hình du lịch cộng đồng bản Tả Van",
    }),
  },
  {
    // Three years of CSTĐCS, two of them under xã Tả Van's old code: the chain holds across the merger.
    draft: nomination("Giàng A Páo", "PSP", "Chiến sĩ thi đua cấp tỉnh", {
      ethnicMinority: true,
      directWorker: true,
      initiative: "Mô hình du lịch cộng đồng bản Tả Van, được UBND tỉnh công nhận",
    }),
  },
  { draft: nomination("Lý Thị Hoà", "PSP", LDTT, { female: true, ethnicMinority: true }) },
  { draft: nomination("Lý Thị Hoà", "PSP", CSTDCS, { female: true, ethnicMinority: true }) },
  { draft: nomination("Vàng Thị Mỷ", "PSP-VH", LDTT, { female: true, ethnicMinority: true, rating: "good" }) },
  { draft: nomination("Nguyễn Văn Hùng", "PSP-KT", LDTT, { rating: "good" }) },
  { draft: nomination("Phan Thị Thanh Hòa", "PSP-VP", LDTT, { female: true }) },
  {
    draft: nomination("Phan Thị Thanh Hòa", "PSP-VP", "Giấy khen của Chủ tịch UBND xã, phường", {
      female: true,
      kind: "adHoc",
      achievement: "Hoàn thành xuất sắc công tác sắp xếp bộ máy năm 2026",
    }),
  },
  { draft: nomination("Sần Văn Lâm", "TH-TAVAN", LDTT, { position: "Giáo viên", ethnicMinority: true }) },
  { draft: nomination("Đỗ Thị Thu Hà", "THCS-SAPA", LDTT, { position: "Giáo viên", female: true }) },
  {
    draft: nomination("Trường Tiểu học Tả Van", "TH-TAVAN", "Tập thể lao động tiên tiến", {
      subject: "collective",
      position: null,
      memberCount: 31,
      advancedWorkerCount: 26,
      achievement: "Hoàn thành tốt nhiệm vụ năm học 2025–2026",
      rating: null,
      recruitedOn: null,
    }),
  },
  {
    draft: nomination("Thôn Tả Van Giáy", "TDP-TAVAN", "Thôn, tổ dân phố văn hóa", {
      subject: "village",
      position: null,
      rating: null,
      recruitedOn: null,
      achievement: "Giữ vững danh hiệu thôn văn hóa",
    }),
  },
  // The planted mistakes.
  {
    // The town chairman's Giấy khen ended with the town on 30/06/2025.
    draft: nomination("Hoàng Văn Tuấn", "PSP-KT", "Giấy khen của Chủ tịch UBND thị xã", { rating: "good" }),
    mistake: "AWARD_DISCONTINUED",
  },
  {
    // Proposed under phường Sa Pả's code, a year after it was merged into the ward.
    draft: nomination("Lò Văn Minh", "P-SAPAA", LDTT, { ethnicMinority: true, directWorker: true }),
    mistake: "UNIT_DISSOLVED",
  },
  {
    draft: nomination("Trần Văn Nam", "PSP-KT", LDTT, { discipline: "Đang xem xét kỷ luật" }),
    mistake: "DISCIPLINE_PENDING",
  },
  {
    draft: nomination("Trường THCS Sa Pa", "THCS-SAPA", "Tập thể lao động xuất sắc", {
      subject: "collective",
      position: null,
      memberCount: 46,
      advancedWorkerCount: 40,
      grassrootsFighterCount: 0,
      achievement: "Hoàn thành xuất sắc nhiệm vụ năm học 2025–2026",
      rating: null,
      recruitedOn: null,
    }),
    mistake: "CRITERIA_NOT_MET",
  },
  {
    // Tẩn Láo Lở's 2025 CSTĐCS was ad-hoc: the two-year run for the Bằng khen is not shown (a warning).
    draft: nomination("Tẩn Láo Lở", "PSP", "Bằng khen của Chủ tịch UBND tỉnh", {
      ethnicMinority: true,
      directWorker: true,
    }),
    mistake: "CRITERIA_NOT_MET",
  },
];

const CATALOGUE: Draft<CatalogueEntry>[] = [];

/** The ward book of 2026. A new object on every call. */
export function buildWardBook(): Book {
  return {
    plan: plan(),
    units: numbered(UNITS),
    blocks: null,
    movements: null,
    targets: null,
    nominations: numbered(ROWS.map((r, i) => ({ ...r.draft, seq: i + 1 }))),
    history: numbered(HISTORY),
    catalogue: CATALOGUE.length ? numbered(CATALOGUE) : null,
    milestones: null,
    submissions: null,
    mergers: numbered(MERGERS),
    criteria: null,
    scores: null,
    bands: null,
  };
}

/** Every error or warning the ward sample must raise, and no other. */
export const WARD_MISTAKES: readonly WardMistake[] = ROWS.flatMap((r, i) =>
  r.mistake ? [{ code: r.mistake, sheet: "nominations" as const, row: i + 2 }] : [],
);

export function buildWardSheets(): SheetOut[] {
  return writeBook(buildWardBook());
}
