/**
 * Rules are data with a level and an effective date (domain.md: the law moved in 2025).
 * The defaults below ship with the product; a `Danh mục khen thưởng` sheet in the book overrides
 * the catalogue. Values marked unconfirmed in domain.md are here as editable data only.
 */
import { compareDates } from "./dates";
import type { CatalogueEntry, DateOnly, DecidingLevel, Level, Subject } from "./model";
import { codeKey, looseKey, nameKey } from "./text";

export interface Award {
  code: string;
  name: string;
  /** Other names clerks write for it. */
  aliases: string[];
  subjects: Subject[];
  decidingLevel: DecidingLevel;
  /**
   * Maximum share of the base title's holders in a unit, in percent. Never shipped: no text in force
   * sets one (the 15% of CSTĐCS was NĐ 91/2017's); only the book's Danh mục khen thưởng does.
   */
  maxRatio: number | null;
  /** Code of the title the ratio counts (e.g. LDTT). */
  ratioBase: string | null;
  /** The catalogue row that set the ratio, and the rule it cites (its Căn cứ), for the message. */
  ratioSource?: { row: number | null; basis: string | null };
  legalBasis: string;
  /**
   * "title" = danh hiệu thi đua (yearly titles, which may stack: LĐTT + CSTĐCS);
   * "form" = hình thức khen thưởng (Giấy khen, Bằng khen…): one form per achievement.
   */
  family: "title" | "form";
  /** The council's vote this award needs when decided at the book's level (issue 17); absent = none. */
  vote?: VoteRule | null;
}

/** Minimum share of "Đồng ý" votes among all council members (present or not). */
export interface VoteRule {
  /** Percent, e.g. 80. */
  minShare: number;
  /** The legal text, as cited in messages. */
  basis: string;
  /** False where the text in force was not read: a shortfall is then a warning, not an error. */
  confirmed: boolean;
}

export interface Criteria {
  /** LĐTT: not for someone recruited less than this many months before the year ends (TT 01/2024). */
  minServiceMonths: number;
  /** TTLĐTT: at least this share (%) of members hold LĐTT (Law Đ28.1). */
  collectiveAdvancedShare: number;
  /** CSTĐ cấp tỉnh: consecutive years of CSTĐCS (Law Đ22). */
  provincialEmulationYears: number;
  /** Bằng khen tỉnh: consecutive years of CSTĐCS (Law Đ74.1.d). */
  provincialMeritYears: number;
  /** Discipline at or above this (cảnh cáo) bars TTLĐTT. Lower-case loose keys. */
  barringDiscipline: string[];
  /** The text that sets `minServiceMonths`, cited after the award's own basis. */
  serviceBasis: string;
  /** The text that gives one form of commendation per achievement (MULTIPLE_FORMS). */
  singleFormBasis: string;
  /**
   * The text that bars an award while a discipline, investigation or complaint is pending, and keeps
   * ad-hoc and thematic awards out of consecutive-year chains (NĐ 152/2025 Điều 4). Null where the
   * product has not confirmed the text in force: those checks are then not made.
   */
  principlesBasis: string | null;
}

/** An award that can no longer be given at this level from a date (the 2025 reform). */
export interface DiscontinuedAward {
  code: string;
  name: string;
  aliases: string[];
  /** The first day it can no longer be awarded. */
  since: DateOnly;
  /** Code of the award that takes its place at this level, if any. */
  replacedBy: string | null;
  basis: string;
}

export interface Ruleset {
  id: string;
  level: Level;
  effectiveFrom: DateOnly;
  /** Inclusive; null = still in force. */
  effectiveTo: DateOnly | null;
  description: string;
  /** The texts in force that the ruleset applies, as a message cites them. */
  texts: string;
  awards: Award[];
  /** Awards of earlier rulesets that this one no longer gives (AWARD_DISCONTINUED). */
  discontinued: DiscontinuedAward[];
  criteria: Criteria;
}

/** Well-known award codes the criteria refer to. */
export const AWARD = {
  advancedWorker: "LDTT",
  grassrootsEmulationFighter: "CSTDCS",
  provincialEmulationFighter: "CSTDT",
  advancedCollective: "TTLDTT",
  excellentCollective: "TTLDXS",
  provincialFlag: "CTDT",
  districtMerit: "GKH",
  communeMerit: "GKX",
  provincialMerit: "BKT",
  culturalVillage: "TDPVH",
  culturalFamily: "GDVH",
} as const;

const DEFAULT_CRITERIA: Criteria = {
  minServiceMonths: 6,
  collectiveAdvancedShare: 70,
  provincialEmulationYears: 3,
  provincialMeritYears: 2,
  barringDiscipline: ["canh cao", "ha bac luong", "giang chuc", "cach chuc", "buoc thoi viec", "ha bac", "khai tru"],
  serviceBasis: "Thông tư 01/2024/TT-BNV",
  singleFormBasis: "Điều 5 Luật Thi đua, khen thưởng 2022",
  principlesBasis: null,
};

/** From 01/07/2025: NĐ 152/2025/NĐ-CP replaces NĐ 98/2023 and NĐ 28/2024; TT 15/2025/TT-BNV replaces TT 01/2024. */
const CRITERIA_2025: Criteria = {
  ...DEFAULT_CRITERIA,
  serviceBasis: "Thông tư 15/2025/TT-BNV",
  singleFormBasis: "Điều 5 Luật Thi đua, khen thưởng 2022; Điều 4 Nghị định 152/2025/NĐ-CP",
  principlesBasis: "Điều 4 Nghị định 152/2025/NĐ-CP",
};

const TEXTS_2024 = "Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP; Thông tư 01/2024/TT-BNV";
const TEXTS_2025 =
  "Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP; Thông tư 15/2025/TT-BNV; Điều 59 Nghị định 129/2025/NĐ-CP";

/** What the commune/ward chairman decides from 01/07/2025 (the former district powers and the commune's own). */
const COMMUNE_POWERS_2025 = "Điều 59 Nghị định 129/2025/NĐ-CP";

type AwardDraft = Omit<Award, "decidingLevel">;

const LDTT: AwardDraft = {
  code: AWARD.advancedWorker,
  name: "Lao động tiên tiến",
  aliases: ["LĐTT", "Danh hiệu Lao động tiên tiến"],
  subjects: ["individual"],
  maxRatio: null,
  ratioBase: null,
  legalBasis: "Điều 24 Luật Thi đua, khen thưởng 2022",
  family: "title",
};
const CSTDCS: AwardDraft = {
  code: AWARD.grassrootsEmulationFighter,
  name: "Chiến sĩ thi đua cơ sở",
  aliases: ["CSTĐCS", "CSTĐ cơ sở", "Danh hiệu Chiến sĩ thi đua cơ sở"],
  subjects: ["individual"],
  // No quota in the 2022 law or its decrees (the 15% was NĐ 91/2017 Đ9.3): a book sets its own.
  maxRatio: null,
  ratioBase: null,
  legalBasis: "Điều 23 Luật Thi đua, khen thưởng 2022",
  family: "title",
};
const CSTDT: AwardDraft = {
  code: AWARD.provincialEmulationFighter,
  name: "Chiến sĩ thi đua cấp tỉnh",
  aliases: ["CSTĐ cấp tỉnh", "CSTĐ tỉnh", "Chiến sĩ thi đua tỉnh"],
  subjects: ["individual"],
  maxRatio: null,
  ratioBase: null,
  legalBasis: "Điều 22 Luật Thi đua, khen thưởng 2022",
  family: "title",
};
const TTLDTT: AwardDraft = {
  code: AWARD.advancedCollective,
  name: "Tập thể lao động tiên tiến",
  aliases: ["TTLĐTT"],
  subjects: ["collective"],
  maxRatio: null,
  ratioBase: null,
  legalBasis: "Khoản 1 Điều 28 Luật Thi đua, khen thưởng 2022",
  family: "title",
};
const TTLDXS: AwardDraft = {
  code: AWARD.excellentCollective,
  name: "Tập thể lao động xuất sắc",
  aliases: ["TTLĐXS"],
  subjects: ["collective"],
  maxRatio: null,
  ratioBase: null,
  legalBasis: "Điều 27 Luật Thi đua, khen thưởng 2022",
  family: "title",
};
const CTDT: AwardDraft = {
  code: AWARD.provincialFlag,
  name: "Cờ thi đua của UBND tỉnh",
  aliases: ["Cờ thi đua UBND tỉnh", "Cờ thi đua tỉnh", "Cờ thi đua của Ủy ban nhân dân tỉnh"],
  subjects: ["collective"],
  maxRatio: null,
  ratioBase: null,
  legalBasis: "Điều 26 Luật Thi đua, khen thưởng 2022",
  family: "title",
};
const GKH: AwardDraft = {
  code: AWARD.districtMerit,
  name: "Giấy khen của Chủ tịch UBND thị xã",
  aliases: [
    "Giấy khen Chủ tịch UBND thị xã",
    "Giấy khen của Chủ tịch Ủy ban nhân dân thị xã",
    "Giấy khen của Chủ tịch UBND huyện",
    "Giấy khen Chủ tịch UBND huyện",
  ],
  subjects: ["individual", "collective", "household"],
  maxRatio: null,
  ratioBase: null,
  legalBasis: "Điều 75, khoản 2 Điều 80 Luật Thi đua, khen thưởng 2022",
  family: "form",
};
const GKX: AwardDraft = {
  code: AWARD.communeMerit,
  name: "Giấy khen của Chủ tịch UBND xã",
  aliases: ["Giấy khen Chủ tịch UBND xã", "Giấy khen của Chủ tịch UBND phường", "Giấy khen Chủ tịch UBND phường"],
  subjects: ["individual", "collective", "household"],
  maxRatio: null,
  ratioBase: null,
  legalBasis: "Điều 75, khoản 3 Điều 80 Luật Thi đua, khen thưởng 2022",
  family: "form",
};
const BKT: AwardDraft = {
  code: AWARD.provincialMerit,
  name: "Bằng khen của Chủ tịch UBND tỉnh",
  aliases: ["Bằng khen Chủ tịch UBND tỉnh", "Bằng khen UBND tỉnh", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"],
  subjects: ["individual", "collective", "household"],
  maxRatio: null,
  ratioBase: null,
  legalBasis: "Điểm d khoản 1 Điều 74 Luật Thi đua, khen thưởng 2022",
  family: "form",
};
const TDPVH: AwardDraft = {
  code: AWARD.culturalVillage,
  name: "Thôn, tổ dân phố văn hóa",
  aliases: ["Thôn văn hóa", "Tổ dân phố văn hóa", "Thôn, bản, tổ dân phố văn hóa"],
  subjects: ["village"],
  maxRatio: null,
  ratioBase: null,
  legalBasis: "Nghị định 86/2023/NĐ-CP; khoản 2 Điều 80 Luật Thi đua, khen thưởng 2022",
  family: "title",
};
const GDVH: AwardDraft = {
  code: AWARD.culturalFamily,
  name: "Gia đình văn hóa",
  aliases: ["GĐVH"],
  subjects: ["household"],
  maxRatio: null,
  ratioBase: null,
  legalBasis: "Nghị định 86/2023/NĐ-CP; khoản 3 Điều 80 Luật Thi đua, khen thưởng 2022",
  family: "title",
};

const at = (draft: AwardDraft, decidingLevel: DecidingLevel): Award => ({ ...draft, decidingLevel });

/**
 * Council votes (NĐ 98/2023/NĐ-CP Đ30.7, in force 2024): CSTĐCS and Cờ thi đua need ≥ 80% of all
 * council members, CSTĐ cấp tỉnh ≥ 90%. From 01/07/2025 NĐ 152/2025 replaced NĐ 98/2023 and its
 * equivalent was not read (domain.md): the same shares, unconfirmed, editable in the catalogue sheet.
 */
const VOTE_SHARES: Readonly<Record<string, number>> = {
  [AWARD.grassrootsEmulationFighter]: 80,
  [AWARD.provincialFlag]: 80,
  [AWARD.provincialEmulationFighter]: 90,
};
const VOTE_BASIS_2024 = "khoản 7 Điều 30 Nghị định 98/2023/NĐ-CP";
const VOTE_BASIS_2025 = "khoản 7 Điều 30 Nghị định 98/2023/NĐ-CP, chưa xác nhận theo Nghị định 152/2025/NĐ-CP";

function voting(awards: Award[], basis: string, confirmed: boolean): Award[] {
  return awards.map((a) => {
    const minShare = VOTE_SHARES[a.code];
    return minShare === undefined ? a : { ...a, vote: { minShare, basis, confirmed } };
  });
}

/**
 * An award the commune/ward chairman decides after the reform: `article` is the criteria's article,
 * and the power now comes from NĐ 129/2025 Điều 59 instead of Law Đ80.2/Đ80.3.
 */
const atCommune2025 = (draft: AwardDraft, article: string): Award => ({
  ...draft,
  decidingLevel: "commune",
  legalBasis: `${article}; ${COMMUNE_POWERS_2025}`,
});

const D2024 = { year: 2024, month: 1, day: 1 };
const D2025_06_30 = { year: 2025, month: 6, day: 30 };
const D2025_07_01 = { year: 2025, month: 7, day: 1 };

/** The district's own awards, which ended with the district level on 30/06/2025: a later book is told why not. */
const DISTRICT_AWARDS_ENDED: DiscontinuedAward[] = [
  {
    code: AWARD.districtMerit,
    name: "Giấy khen của Chủ tịch UBND huyện, thị xã",
    aliases: [
      "Giấy khen của Chủ tịch UBND thị xã",
      "Giấy khen Chủ tịch UBND thị xã",
      "Giấy khen của Chủ tịch Ủy ban nhân dân thị xã",
      "Giấy khen của Chủ tịch UBND huyện",
      "Giấy khen Chủ tịch UBND huyện",
      "Giấy khen của Chủ tịch Ủy ban nhân dân huyện",
      "Giấy khen của Chủ tịch UBND thành phố thuộc tỉnh",
      "GKH",
    ],
    since: D2025_07_01,
    replacedBy: AWARD.communeMerit,
    basis: COMMUNE_POWERS_2025,
  },
  {
    code: "CTDH",
    name: "Cờ thi đua của UBND huyện, thị xã",
    aliases: [
      "Cờ thi đua của UBND huyện",
      "Cờ thi đua của UBND thị xã",
      "Cờ thi đua UBND huyện",
      "Cờ thi đua UBND thị xã",
      "Cờ thi đua cấp huyện",
    ],
    since: D2025_07_01,
    replacedBy: null,
    basis: COMMUNE_POWERS_2025,
  },
];

/**
 * State and central awards a local council proposes but never decides (Law Đ80.1): known so that a
 * nomination for them goes up with the dossier (AWARD_FORWARDED) rather than reading as unknown.
 */
const central = (code: string, name: string, aliases: string[], subjects: Subject[], legalBasis: string): Award => ({
  code,
  name,
  aliases,
  subjects,
  decidingLevel: "central",
  maxRatio: null,
  ratioBase: null,
  legalBasis,
  family: "form",
});

const CENTRAL_AWARDS: Award[] = [
  central(
    "HCLD1",
    "Huân chương Lao động hạng Nhất",
    ["Huân chương Lao động hạng nhất"],
    ["individual", "collective"],
    "Điều 46 Luật Thi đua, khen thưởng 2022",
  ),
  central(
    "HCLD2",
    "Huân chương Lao động hạng Nhì",
    ["Huân chương Lao động hạng nhì"],
    ["individual", "collective"],
    "Điều 46 Luật Thi đua, khen thưởng 2022",
  ),
  central(
    "HCLD3",
    "Huân chương Lao động hạng Ba",
    ["Huân chương Lao động hạng ba"],
    ["individual", "collective"],
    "Điều 46 Luật Thi đua, khen thưởng 2022",
  ),
  central(
    "BKTTG",
    "Bằng khen của Thủ tướng Chính phủ",
    ["Bằng khen Thủ tướng Chính phủ", "Bằng khen Thủ tướng"],
    ["individual", "collective", "household"],
    "Điều 71 Luật Thi đua, khen thưởng 2022",
  ),
  {
    ...central(
      "CSTDTQ",
      "Chiến sĩ thi đua toàn quốc",
      ["CSTĐTQ"],
      ["individual"],
      "Điều 21 Luật Thi đua, khen thưởng 2022",
    ),
    family: "title",
  },
  {
    ...central(
      "CTDCP",
      "Cờ thi đua của Chính phủ",
      ["Cờ thi đua Chính phủ"],
      ["collective"],
      "Điều 25 Luật Thi đua, khen thưởng 2022",
    ),
    family: "title",
  },
];

/** The shipped rulesets. A town (thị xã) is level "district". */
export const RULESETS: readonly Ruleset[] = [
  {
    id: "huyen-2024",
    level: "district",
    effectiveFrom: D2024,
    effectiveTo: D2025_06_30,
    description: "Cấp huyện/thị xã, Luật Thi đua, khen thưởng 2022 (từ 01/01/2024)",
    texts: TEXTS_2024,
    discontinued: [],
    criteria: DEFAULT_CRITERIA,
    awards: voting(
      [
        at(LDTT, "district"),
        at(CSTDCS, "district"),
        at(CSTDT, "province"),
        at(TTLDTT, "district"),
        at(TTLDXS, "province"),
        at(CTDT, "province"),
        at(GKH, "district"),
        at(BKT, "province"),
        at(TDPVH, "district"),
        at(GDVH, "commune"),
        ...CENTRAL_AWARDS,
      ],
      VOTE_BASIS_2024,
      true,
    ),
  },
  {
    id: "xa-2024",
    level: "commune",
    effectiveFrom: D2024,
    effectiveTo: D2025_06_30,
    description: "Cấp xã, Luật Thi đua, khen thưởng 2022 (từ 01/01/2024)",
    texts: TEXTS_2024,
    discontinued: [],
    criteria: DEFAULT_CRITERIA,
    awards: voting(
      [
        at(LDTT, "commune"),
        at(CSTDCS, "district"),
        at(CSTDT, "province"),
        at(TTLDTT, "district"),
        at(TTLDXS, "province"),
        at(CTDT, "province"),
        at(GKX, "commune"),
        at(GKH, "district"),
        at(BKT, "province"),
        at(TDPVH, "district"),
        at(GDVH, "commune"),
        ...CENTRAL_AWARDS,
      ],
      VOTE_BASIS_2024,
      true,
    ),
  },
  {
    id: "tinh-2024",
    level: "province",
    effectiveFrom: D2024,
    effectiveTo: D2025_06_30,
    description: "Cấp tỉnh, Luật Thi đua, khen thưởng 2022 (từ 01/01/2024)",
    texts: TEXTS_2024,
    discontinued: [],
    criteria: DEFAULT_CRITERIA,
    awards: voting(
      [
        at(LDTT, "province"),
        at(CSTDCS, "province"),
        at(CSTDT, "province"),
        at(TTLDTT, "province"),
        at(TTLDXS, "province"),
        at(CTDT, "province"),
        at(BKT, "province"),
        ...CENTRAL_AWARDS,
      ],
      VOTE_BASIS_2024,
      true,
    ),
  },
  {
    // Two-level local government from 01/07/2025: the commune/ward chairman decides what the district
    // and the commune decided before (NĐ 129/2025/NĐ-CP Điều 59); the district's own awards ended.
    id: "xa-2025",
    level: "commune",
    effectiveFrom: D2025_07_01,
    effectiveTo: null,
    description: "Cấp xã, phường sau sắp xếp chính quyền hai cấp (từ 01/07/2025)",
    texts: TEXTS_2025,
    discontinued: DISTRICT_AWARDS_ENDED,
    criteria: CRITERIA_2025,
    awards: voting(
      [
        atCommune2025(LDTT, "Điều 24 Luật Thi đua, khen thưởng 2022"),
        atCommune2025(CSTDCS, "Điều 23 Luật Thi đua, khen thưởng 2022"),
        at(CSTDT, "province"),
        atCommune2025(TTLDTT, "Khoản 1 Điều 28 Luật Thi đua, khen thưởng 2022"),
        at(TTLDXS, "province"),
        at(CTDT, "province"),
        atCommune2025(
          { ...GKX, name: "Giấy khen của Chủ tịch UBND xã, phường" },
          "Điều 75 Luật Thi đua, khen thưởng 2022",
        ),
        at(BKT, "province"),
        atCommune2025(TDPVH, "Nghị định 86/2023/NĐ-CP"),
        atCommune2025(GDVH, "Nghị định 86/2023/NĐ-CP"),
        ...CENTRAL_AWARDS,
      ],
      VOTE_BASIS_2025,
      false,
    ),
  },
  {
    id: "tinh-2025",
    level: "province",
    effectiveFrom: D2025_07_01,
    effectiveTo: null,
    description: "Cấp tỉnh sau sắp xếp chính quyền hai cấp (từ 01/07/2025)",
    texts: TEXTS_2025,
    discontinued: DISTRICT_AWARDS_ENDED.map((d) => ({ ...d, replacedBy: null })),
    criteria: CRITERIA_2025,
    awards: voting(
      [
        at(LDTT, "province"),
        at(CSTDCS, "province"),
        at(CSTDT, "province"),
        at(TTLDTT, "province"),
        at(TTLDXS, "province"),
        at(CTDT, "province"),
        at(BKT, "province"),
        ...CENTRAL_AWARDS,
      ],
      VOTE_BASIS_2025,
      false,
    ),
  },
];

/** The level a book at an unknown level gets: before 01/07/2025 a district (town), after it a commune. */
export function defaultLevel(date: DateOnly): Level {
  return compareDates(date, D2025_07_01) < 0 ? "district" : "commune";
}

/**
 * The ruleset in force for a level on a date. A district book dated after the reform falls back to
 * the last district ruleset (the book still describes a district's year).
 */
export function rulesetFor(level: Level, date: DateOnly): Ruleset {
  const ofLevel = RULESETS.filter((r) => r.level === level);
  const inForce = ofLevel.find(
    (r) =>
      compareDates(r.effectiveFrom, date) <= 0 && (r.effectiveTo === null || compareDates(date, r.effectiveTo) <= 0),
  );
  if (inForce) return inForce;
  const sorted = [...ofLevel].sort((a, b) => compareDates(a.effectiveFrom, b.effectiveFrom));
  const before = sorted.filter((r) => compareDates(r.effectiveFrom, date) <= 0);
  return before[before.length - 1] ?? sorted[0];
}

/**
 * The catalogue sheet of the book overrides the ruleset's awards: entries with a known code replace
 * the default's fields they fill; new codes are added. Awards absent from the sheet keep their defaults.
 */
export function withCatalogue(ruleset: Ruleset, entries: readonly CatalogueEntry[] | null): Ruleset {
  if (!entries || entries.length === 0) return ruleset;
  const awards = ruleset.awards.map((a) => ({ ...a }));
  for (const e of entries) {
    if (!e.code) continue;
    const existing = awards.find((a) => codeKey(a.code) === codeKey(e.code));
    if (existing) {
      if (e.name) existing.name = e.name;
      if (e.subjects.length) existing.subjects = [...e.subjects];
      if (e.decidingLevel) existing.decidingLevel = e.decidingLevel;
      existing.maxRatio = e.maxRatio;
      existing.ratioBase = e.maxRatio === null ? null : e.ratioBase;
      if (e.maxRatio !== null) existing.ratioSource = { row: e.row || null, basis: e.legalBasis };
      if (e.legalBasis) existing.legalBasis = e.legalBasis;
      if (e.minVoteShare !== null) {
        // The clerk's own figure, from the book: it is the rule the council follows.
        existing.vote = { minShare: e.minVoteShare, basis: e.legalBasis ?? "", confirmed: true };
      }
    } else {
      awards.push({
        code: e.code,
        name: e.name,
        aliases: [],
        subjects: [...e.subjects],
        decidingLevel: e.decidingLevel ?? ruleset.level,
        maxRatio: e.maxRatio,
        ratioBase: e.maxRatio === null ? null : e.ratioBase,
        ...(e.maxRatio !== null ? { ratioSource: { row: e.row || null, basis: e.legalBasis } } : {}),
        legalBasis: e.legalBasis ?? "",
        family: /^(giay khen|bang khen|huan chuong|huy chuong|ky niem chuong)/.test(looseKey(e.name))
          ? "form"
          : "title",
        vote: e.minVoteShare !== null ? { minShare: e.minVoteShare, basis: e.legalBasis ?? "", confirmed: true } : null,
      });
    }
  }
  return { ...ruleset, awards };
}

/** The discontinued award a typed name or code stands for, if any. */
export function findDiscontinued(ruleset: Ruleset, typed: string): DiscontinuedAward | null {
  const code = codeKey(typed);
  const name = looseKey(typed);
  return (
    ruleset.discontinued.find(
      (d) => codeKey(d.code) === code || [d.name, ...d.aliases].some((n) => looseKey(n) === name),
    ) ?? null
  );
}

/** Index for matching what a clerk typed in Hình thức to an award: by code, name or alias. */
export interface AwardIndex {
  find(typed: string): Award | null;
}

export function indexAwards(awards: readonly Award[]): AwardIndex {
  const byCode = new Map<string, Award>();
  const byName = new Map<string, Award>();
  const byLoose = new Map<string, Award>();
  for (const a of awards) {
    byCode.set(codeKey(a.code), a);
    for (const n of [a.name, ...a.aliases]) {
      if (!byName.has(nameKey(n))) byName.set(nameKey(n), a);
      if (!byLoose.has(looseKey(n))) byLoose.set(looseKey(n), a);
    }
  }
  return {
    find(typed: string): Award | null {
      return byCode.get(codeKey(typed)) ?? byName.get(nameKey(typed)) ?? byLoose.get(looseKey(typed)) ?? null;
    },
  };
}

const LEVEL_RANK: Record<DecidingLevel, number> = { commune: 0, district: 1, province: 2, central: 3 };

/** True when the award is decided above the book's level, so it goes up with the dossier. */
export function decidedAbove(award: Award, level: Level): boolean {
  return LEVEL_RANK[award.decidingLevel] > LEVEL_RANK[level];
}
