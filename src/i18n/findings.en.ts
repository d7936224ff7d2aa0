/** Finding messages in English, one per finding code, from its typed parameters and its place. */
import type { CollectFindingParams } from "../domain/collect/findingParams";
import type { CouncilFindingCode } from "../domain/councilFindings";
import type { DeadlineFindingParams } from "../domain/deadlines/findingParams";
import type { PlanGap, QuotaBase, SkippableSheet } from "../domain/finding";
import type { ReadingFindingParams } from "../domain/reading";
import type { DecidingLevel, Direction, Level, Subject } from "../domain/model";
import { requirementsEn } from "./criteria.en";
import { ofUnitEn, proposedByEn, unitEn } from "./units";
import { formatDate } from "../domain/dates";
import type { BlockFindingParams } from "../domain/scoring/findingParams";
import { requirement, type FindingTexts } from "./language";
import { invalidDateEn } from "./pane.en";
import type { StatsFindingCode } from "./stats.findings.vi";
import { missingColumnMoreEn, missingSheetMoreEn, unknownAwardMoreEn } from "./reading.en";

const SUBJECT: Record<Subject, string> = {
  individual: "individuals",
  collective: "collectives",
  household: "households",
  village: "villages and residential groups",
};

const LEVEL: Record<Level, string> = {
  province: "province level",
  district: "district level",
  commune: "commune level",
};

const DECIDER: Record<DecidingLevel, string> = {
  central: "the central level",
  province: "the province",
  district: "the district",
  commune: "the commune",
};

const PLAN_GAP: Record<PlanGap, string> = {
  noPlanSheet: "The book has no plan sheet (Kế hoạch)",
  noYearNorLevel: "The plan sheet gives no year and level",
  noYear: "The plan sheet gives no year",
  noLevel: "The plan sheet gives no level",
};

/** What is not checked when the sheet is absent. */
const SKIPPED: Record<SkippableSheet, string> = {
  blocks: "the blocks named in the units sheet and in the milestones' assignees",
  movements: "the movements named in the targets and nominations",
  targets: "registered targets against assigned ones",
  nominations: "the nominations",
  history: "the criteria that need the award history (earlier years' titles)",
  milestones: "the milestone codes in the submissions",
  submissions: "who handed in what against the milestones",
};

const QUOTA_BASE: Record<QuotaBase, string> = {
  unitsSheet: "from the units sheet's LĐTT column",
  counted: "counted from this book's nominations and history, as the unit's LĐTT column is blank",
};

/** A registration worse than the assignment, by the target's direction. */
const WORSE: Record<Direction, string> = { up: "below", down: "above" };
const DIRECTION: Record<Direction, string> = { up: "higher is better", down: "lower is better" };

const measured = (n: number, measure: string) => (!measure ? `${n}` : measure === "%" ? `${n}%` : `${n} ${measure}`);
const didYouMeanEn = (s: readonly string[] | undefined) =>
  s && s.length ? ` Did you mean: ${s.map((x) => `“${x}”`).join(" or ")}?` : "";

/** Every code but those of features with their own files (deadlines, documents, stats.findings, blocks, reading). */
export const findingsEn: Omit<
  FindingTexts,
  | keyof DeadlineFindingParams
  | CouncilFindingCode
  | StatsFindingCode
  | keyof BlockFindingParams
  | keyof CollectFindingParams
  | keyof ReadingFindingParams
  | "CHECKS_BLOCKED"
> = {
  MISSING_SHEET: (p, f) => `Sheet “${f.sheet}” is missing (also looked for: ${p.aliases}).${missingSheetMoreEn(p)}`,
  MISSING_COLUMN: (p, f) =>
    `Sheet “${f.sheet}” has no column “${p.header}” (also looked for: ${p.aliases}).${missingColumnMoreEn(p)}`,
  REQUIRED_MISSING: (p, f) =>
    f.row === null ? `Sheet “${f.sheet}” has no “${p.item}” item.` : `Row ${f.row}: column “${f.column}” is empty.`,
  INVALID_VALUE: (p, f) =>
    `Row ${f.row}, column “${f.column}”: “${p.value}” is not allowed; expected one of: ${p.allowed}.`,
  INVALID_DATE: (p, f) => `Row ${f.row}, column “${f.column}”: ${invalidDateEn(p.value)}`,
  TWO_DIGIT_YEAR: (p, f) =>
    `Row ${f.row}, column “${f.column}”: “${p.value}” was read as ${formatDate(p.date)} (the year has two digits); if that is wrong, please write the year in full, e.g. 18/11/2024.`,
  INVALID_NUMBER: (p, f) => `Row ${f.row}, column “${f.column}”: “${p.value}” is not a number.`,

  PLAN_ASSUMED: (p) =>
    `${PLAN_GAP[p.missing]}: the book is checked for ${p.year} at ${LEVEL[p.level]}. Please fill in Năm and Cấp so the right rules apply.`,
  CHECKS_SKIPPED: (p, f) => `The book has no sheet “${f.sheet}”, so ${SKIPPED[p.skipped]} were not checked.`,
  DUPLICATE_UNIT_CODE: (p, f) =>
    `Row ${f.row}: unit code “${p.code}” is already used by the unit in row ${p.firstRow}; each unit needs its own code.`,
  UNKNOWN_UNIT: (p, f) => `Row ${f.row}, column “${f.column}”: unit “${p.value}” is not in the units sheet.`,
  UNKNOWN_BLOCK: (p, f) => `Row ${f.row}: block “${p.value}” is not in the blocks sheet.`,
  UNKNOWN_MOVEMENT: (p, f) =>
    `Row ${f.row}: movement “${p.value}” is not in the movements sheet (compared by code and by name).`,
  UNKNOWN_AWARD: (p, f) =>
    p.suggestions && p.suggestions.length
      ? `Row ${f.row}, column “${f.column}”: “${p.value}”${proposedByEn(f)} is not in the award catalogue in force.${didYouMeanEn(p.suggestions)}`
      : `Row ${f.row}, column “${f.column}”: “${p.value}”${proposedByEn(f)} is not in the award catalogue in force: ${p.ruleset}.${unknownAwardMoreEn(p)}`,
  UNKNOWN_MILESTONE: (p, f) => `Row ${f.row}: milestone code “${p.value}” is not in the milestones sheet.`,
  DUPLICATE_NOMINATION: (p, f) =>
    `Row ${f.row}: “${p.name}”${ofUnitEn(f)} is already proposed for ${p.award} in row ${p.firstRow}; one proposal per person or collective and award in ${p.year}.`,
  MULTIPLE_FORMS: (p, f) =>
    `Row ${f.row}: “${p.name}”${ofUnitEn(f)} is already proposed for ${p.firstAward} in row ${p.firstRow}; one achievement in ${p.year} gets one form, so ${p.award} should not be added (${p.basis}).`,
  AWARD_SUBJECT_MISMATCH: (p, f) =>
    `Row ${f.row}: ${p.award} is only for ${p.allowed.map((s) => SUBJECT[s]).join(", ")}, not for ${SUBJECT[p.subject]} such as “${p.name}”${ofUnitEn(f)} (${p.basis}).`,
  AWARD_FORWARDED: (p, f) =>
    `Row ${f.row}: ${p.award} is decided by ${DECIDER[p.decider]}; the dossier of “${p.name}”${f.unit ? ` (${unitEn(f)})` : ""} goes up to that level (${p.basis}).`,
  CRITERIA_NOT_MET: (p, f) =>
    `Row ${f.row}: ${p.award} for “${p.name}”${ofUnitEn(f)}: ${requirement(requirementsEn, p.requirement)} (${p.basis}).`,
  QUOTA_EXCEEDED: (p, f) =>
    `Row ${f.row}: ${unitEn(f)} proposes ${p.count} for ${p.award}, more than the ${p.allowed} allowed (${p.ratio}% of ${p.base} holding ${p.baseAward}, ${QUOTA_BASE[p.baseSource]}); the ratio is the book's own rule, in the Danh mục khen thưởng sheet${p.catalogueRow ? `, row ${p.catalogueRow}` : ""} (basis: ${p.basis}).`,
  UNIT_DISSOLVED: (p, f) =>
    `Row ${f.row}: unit “${p.value}” was merged into ${p.successorName ? `${p.successorName} (${p.successor})` : p.successor}${p.mergedOn ? ` on ${formatDate(p.mergedOn)}` : ""}; a dissolved unit is not awarded, so propose it under the new unit (${p.basis}).`,
  MERGER_CYCLE: (p, f) =>
    `Row ${f.row}: the mergers go round in a circle, ${p.chain.join(" → ")}; the new unit must be one that goes on. The history of these codes is not carried to a successor.`,
  DISCIPLINE_PENDING: (p, f) =>
    `Row ${f.row}: “${p.name}”${ofUnitEn(f)} has “${p.discipline}”; ${p.award} is not considered while a discipline, investigation or complaint is pending, and achievements count again from its conclusion (${p.basis}).`,
  AWARD_DISCONTINUED: (p, f) =>
    `Row ${f.row}, column “${f.column}”: ${p.award}${proposedByEn(f)} can no longer be awarded since ${formatDate(p.since)}, when the district level ended with the two-level local government${p.replacement ? `; propose ${p.replacement} instead` : ""} (${p.basis}).`,
  TARGET_BELOW_ASSIGNED: (p, f) =>
    `Row ${f.row}: ${f.unit ? `${unitEn(f)}: ` : ""}target “${p.target}” is registered at ${measured(p.registered, p.measure)}, ${WORSE[p.direction]} the assigned ${measured(p.assigned, p.measure)} (${DIRECTION[p.direction]}); the registration should match or beat the assignment.`,
};
