/** Emulation blocks' scoring: the score-sheet tree, each kind's formula, bands, ranks and the leader. */
export { bandProblems, classify, type BandProblem } from "./bands";
export { appliesTo, blockList, buildTree, isGroup, type CriteriaTree, type CriterionNode } from "./criteria";
export { leafBounds, groupBounds, targetScore, type Bounds } from "./kinds";
export { chooseLeader, hasPendingDiscipline, type LeaderDecision, type LeaderGate, type LeaderOutcome } from "./leader";
export { rankByTotal } from "./rank";
export {
  scoreBlocks,
  type BlockResult,
  type CriterionResult,
  type ScoreSource,
  type Scoring,
  type UnitResult,
} from "./score";
export { unitScoreSheet, type UnitCriterion, type UnitScoreSheet } from "./unitSheet";
