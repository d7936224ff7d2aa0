/**
 * The finding codes of the emulation blocks' score sheets and their typed parameters (added to
 * `FindingParams` in src/domain/finding.ts); src/i18n/blocks.{vi,en}.ts say them.
 */
import type { CriterionKind } from "../model";

/** What a criterion lacks for its Loại (CRITERION_INCOMPLETE); "limit": neither Điểm tối đa nor Giới hạn. */
export type CriterionGap = "kind" | "max" | "target" | "points" | "limit";

/** Why a score row is left out of the ranking (SCORE_NOT_COUNTED). */
export type UncountedScore =
  /** The criterion does not apply to the unit's block (Khối áp dụng). */
  | "notForBlock"
  /** The criterion is a group, scored from its criteria. */
  | "group"
  /** The unit is in no block. */
  | "noBlock"
  /** The criterion is in a loop of groups (CRITERION_CYCLE). */
  | "loop";

export type BandProblemKind = "gap" | "overlap" | "inverted";

export interface BlockFindingParams {
  /** A typed score above the criterion's maximum; for a deduction (`deduction`), more than its limit. */
  SCORE_ABOVE_MAX: { criterion: string; name: string; value: number; max: number; deduction: boolean };
  /** A negative typed score on a criterion that does not deduct. */
  SCORE_BELOW_ZERO: { criterion: string; name: string; value: number };
  /** A self-score further from the computed score than `tolerance` (Điểm mỗi lần, else rounding). */
  SELF_SCORE_DIFFERS: { criterion: string; name: string; self: number; computed: number; tolerance: number };
  /** A unit of a scored block without any Chấm điểm row. */
  BLOCK_UNIT_UNSCORED: { name: string; block: string };
  /** A Mã tiêu chí (in Chấm điểm, or a Thuộc nhóm) the score sheet does not define. */
  UNKNOWN_CRITERION: { value: string };
  /** A criterion's Mã chỉ tiêu that no target row carries. */
  UNKNOWN_TARGET: { value: string };
  DUPLICATE_CRITERION: { code: string; firstRow: number };
  /** The unit is the finding's `unit`. */
  DUPLICATE_SCORE: { criterion: string; firstRow: number };
  CRITERION_CYCLE: { code: string; parent: string };
  /** The column concerned is the finding's `column`. */
  CRITERION_INCOMPLETE: { code: string; name: string; kind: CriterionKind | null; missing: CriterionGap };
  SCORE_NOT_COUNTED: { criterion: string; block: string | null; why: UncountedScore };
  /** Reported on the upper band of the pair; `other` is the lower (null for an inverted band). */
  BAND_GAP_OR_OVERLAP: {
    problem: BandProblemKind;
    name: string;
    from: number | null;
    to: number | null;
    other: string | null;
    otherFrom: number | null;
    otherTo: number | null;
  };
}
