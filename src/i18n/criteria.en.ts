/** CRITERIA_NOT_MET in English: what the criterion asks and what the book shows. */
import { formatDate } from "../domain/dates";
import type { EvidenceColumn, EvidenceNeed } from "../domain/finding";
import type { Rating } from "../domain/model";
import { yearList, type RequirementTexts } from "./language";

const RATING: Record<Rating, string> = {
  excellent: "completed duties excellently",
  good: "completed duties well",
  completed: "completed duties",
  notCompleted: "did not complete duties",
};

const COLUMN: Record<EvidenceColumn, string> = {
  rating: "Xếp loại (rating)",
  initiative: "Sáng kiến (initiative)",
  memberCount: "Số thành viên (members)",
  advancedWorkerCount: "Số LĐTT (LĐTT holders)",
  grassrootsFighterCount: "Số CSTĐCS (CSTĐCS holders)",
};

const NEED: Record<EvidenceNeed, (minShare: number | null) => string> = {
  excellentOrInitiative: () => "it needs duties completed excellently or a recognised initiative",
  memberShare: (m) => `at least ${m ?? 70}% of members must hold Lao động tiên tiến`,
  provincialInitiative: () => "the title needs an initiative with province-wide effect",
  fighterMember: () => "at least one member must hold Chiến sĩ thi đua cơ sở",
};

export const requirementsEn: RequirementTexts = {
  columnsNotFound: (r) =>
    `${r.rating ? `rated “${RATING[r.rating]}”, and ` : ""}the book has no column ${r.columns
      .map((c) => COLUMN[c])
      .join(" nor ")}, so this cannot be judged; ${NEED[r.need](r.minShare)}`,
  memberCountsMissing: (r) =>
    `member count or LĐTT count missing, so the share cannot be worked out; at least ${r.minShare}% of members must hold Lao động tiên tiến`,
  advancedShareBelow: (r) =>
    `${r.advanced} of ${r.members} members hold Lao động tiên tiến (${r.share}%), below ${r.minShare}%`,
  fighterMemberUnknown: () =>
    "Số CSTĐCS is blank, so it is not shown that a member holds Chiến sĩ thi đua cơ sở; at least one must",
  noFighterMember: () => "no member holds Chiến sĩ thi đua cơ sở; at least one must",
  collectiveDisciplined: (r) =>
    `discipline “${r.discipline}”; a collective with anyone disciplined at warning (cảnh cáo) or above is not eligible`,
  serviceTooShort: (r) =>
    `recruited on ${formatDate(r.recruitedOn)}, less than ${r.months} months of service by the end of ${r.year}`,
  ratingBelowGood: (r) => `rated “${RATING[r.rating]}”, while the title needs duties completed well or better`,
  advancedWorkerNotFound: (r) =>
    `no Lao động tiên tiến for ${r.year} found in ${
      r.historySheet ? "the nominations or the award history" : "the nominations (the book has no history sheet)"
    }; the title needs it that year`,
  ratingAndInitiativeMissing: () =>
    "no rating and no initiative given; the title needs duties completed excellently or a recognised initiative",
  ratingBelowExcellent: (r) =>
    `rated “${RATING[r.rating]}” with no initiative; the title needs duties completed excellently or a recognised initiative`,
  fighterYearsLacking: (r) =>
    `needs ${r.length} consecutive years of Chiến sĩ thi đua cơ sở, but this person's award history lacks ${yearList(r.missing)}`,
  fighterYearsUnproven: (r) =>
    `${r.length} consecutive years of Chiến sĩ thi đua cơ sở not shown: ${
      r.historySheet ? "the history sheet lacks" : "no history sheet to confirm"
    } ${yearList(r.missing)}`,
  provincialInitiativeMissing: () => "no initiative given; the title needs an initiative with province-wide effect",
  meritYearsUnproven: (r) =>
    `${r.length} consecutive years of Chiến sĩ thi đua cơ sở not shown (missing ${yearList(r.missing)}); if proposed on ${r.length} consecutive years of excellent duties with 2 applied initiatives, please attach that evidence`,
};
