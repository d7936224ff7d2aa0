import type { CheckContext } from "../context";
import type { Finding, FindingCode } from "../finding";
import type { SheetKey } from "../model";
import { advancedCollectiveCriteria } from "./advancedCollectiveCriteria";
import { advancedWorkerCriteria } from "./advancedWorkerCriteria";
import { awardDiscontinued } from "./awardDiscontinued";
import { awardForwarded } from "./awardForwarded";
import { awardSubjectMismatch } from "./awardSubjectMismatch";
import { bandGapOrOverlap } from "./bandGapOrOverlap";
import { blockUnitUnscored } from "./blockUnitUnscored";
import { checksSkipped } from "./checksSkipped";
import { countShort } from "./countShort";
import { dateAfterToday } from "./dateAfterToday";
import { disciplinePending } from "./disciplinePending";
import { decisionBeforeNomination } from "./decisionBeforeNomination";
import { decisionMissing } from "./decisionMissing";
import { criterionCycle } from "./criterionCycle";
import { criterionIncomplete } from "./criterionIncomplete";
import { duplicateCriterion } from "./duplicateCriterion";
import { duplicateNomination } from "./duplicateNomination";
import { duplicateScore } from "./duplicateScore";
import { duplicateUnitCode } from "./duplicateUnitCode";
import { grassrootsFighterCriteria } from "./grassrootsFighterCriteria";
import { multipleForms } from "./multipleForms";
import { overdue } from "./overdue";
import { planAssumed } from "./planAssumed";
import { provincialFighterCriteria } from "./provincialFighterCriteria";
import { provincialMeritCriteria } from "./provincialMeritCriteria";
import { quotaExceeded } from "./quotaExceeded";
import { submittedLate } from "./submittedLate";
import { scoreNotCounted } from "./scoreNotCounted";
import { scoreOutOfRange } from "./scoreOutOfRange";
import { selfScoreDiffers } from "./selfScoreDiffers";
import { targetBelowAssigned } from "./targetBelowAssigned";
import { unknownAward } from "./unknownAward";
import { unknownBlock } from "./unknownBlock";
import { unknownCriterion } from "./unknownCriterion";
import { unknownMilestone } from "./unknownMilestone";
import { unknownMovement } from "./unknownMovement";
import { unknownTarget } from "./unknownTarget";
import { unknownUnit } from "./unknownUnit";
import { unitDissolved } from "./unitDissolved";
import { mergerCycle } from "./mergerCycle";
import { voteShort } from "./voteShort";

/**
 * A column a rule cannot do without. Where the book lacks it (a renamed or missing header, a missing
 * units sheet) the rule is skipped and one CHECKS_BLOCKED note says so, instead of findings that blame
 * correct rows. `when`: only where that sheet is in the book (the score checks need the units' blocks
 * only in a book that scores its blocks).
 */
export interface Need {
  sheet: SheetKey;
  field: string;
  when?: SheetKey;
}

export interface Rule<C extends FindingCode = FindingCode> {
  /** The finding codes this rule may emit. */
  codes: readonly C[];
  /** Columns without which the rule's findings would be false. */
  needs?: readonly Need[];
  check(ctx: CheckContext): Finding<C>[];
}

/** Every rule, in the order their findings read best. */
export const RULES: readonly Rule[] = [
  planAssumed,
  checksSkipped,
  duplicateUnitCode,
  unknownUnit,
  unitDissolved,
  mergerCycle,
  unknownBlock,
  unknownMovement,
  unknownAward,
  awardDiscontinued,
  unknownMilestone,
  duplicateNomination,
  disciplinePending,
  awardSubjectMismatch,
  multipleForms,
  advancedWorkerCriteria,
  grassrootsFighterCriteria,
  provincialFighterCriteria,
  provincialMeritCriteria,
  advancedCollectiveCriteria,
  quotaExceeded,
  awardForwarded,
  targetBelowAssigned,
  overdue,
  countShort,
  submittedLate,
  dateAfterToday,
  // The council's vote and decision (issue 17).
  voteShort,
  decisionMissing,
  decisionBeforeNomination,
  // Emulation blocks' score sheets.
  duplicateCriterion,
  unknownCriterion,
  criterionCycle,
  criterionIncomplete,
  unknownTarget,
  bandGapOrOverlap,
  duplicateScore,
  scoreNotCounted,
  scoreOutOfRange,
  selfScoreDiffers,
  blockUnitUnscored,
];
