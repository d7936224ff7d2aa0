/**
 * The finding codes of the council's vote and decision (issue 17), with their typed parameters;
 * FindingParams (finding.ts) extends this, and src/i18n/documents.{vi,en}.ts say them.
 */
import type { DateOnly } from "./model";

export interface CouncilFindingParams {
  /**
   * Approved with fewer "Đồng ý" votes than the award's share of all council members.
   * `share` is floored to a whole percent; `needed` the fewest votes that pass; `confirmed` false
   * where the ruleset holds the share as unconfirmed (after 01/07/2025).
   */
  VOTE_SHORT: {
    name: string;
    award: string;
    votes: number;
    members: number;
    share: number;
    minShare: number;
    needed: number;
    basis: string;
    confirmed: boolean;
  };
  /** Approved at this level, the decisions issued from `from`, but no decision number. */
  DECISION_MISSING: { name: string; award: string; from: DateOnly };
  /** The decision's date is before the nomination's. `decision`: its number, when typed. */
  DECISION_BEFORE_NOMINATION: { name: string; decisionDate: DateOnly; proposedOn: DateOnly; decision: string | null };
}

export type CouncilFindingCode = keyof CouncilFindingParams;
