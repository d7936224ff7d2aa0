/**
 * The unit a block proposes for the flag (Cờ thi đua của UBND tỉnh): the first in rank that has met
 * or exceeded all its targets and has no discipline pending among its nominees; otherwise the next
 * one, saying why each one above it was passed over. Equal totals at the rank the choice falls on are
 * left to the block (the law's tie rule — women first — does not apply to units).
 */
import type { Direction, Nomination, Target } from "../model";
import { isPending } from "../rules/disciplinePending";

export type LeaderGate =
  /** A target with a result worse than the registered one (or the assigned one when none). */
  | { kind: "targetMissed"; target: string; row: number; actual: number; goal: number; direction: Direction }
  /** A target without a result: "met" cannot be shown. */
  | { kind: "targetUnreported"; target: string; row: number }
  /** A nominee of the unit whose Kỷ luật says a discipline, investigation or complaint is pending. */
  | { kind: "discipline"; person: string; discipline: string; row: number };

export type LeaderOutcome =
  /** A first-ranked unit passes every gate (a tied peer may have been passed over). */
  | "first"
  /** Units above were passed over; the leader is further down. */
  | "next"
  /** Several units share the rank the choice falls on: the block decides. */
  | "tie"
  /** No scored unit passes the gates. */
  | "none"
  /** No unit of the block has scores. */
  | "unscored";

export interface PassedOver {
  unit: string;
  rank: number;
  gates: LeaderGate[];
}

export interface LeaderDecision {
  outcome: LeaderOutcome;
  /** Unit code of the proposed leader; null for tie, none, unscored. */
  leader: string | null;
  /** Units ranked above the choice, stopped by a gate, in rank order. */
  passedOver: PassedOver[];
  /** With a tie: the units sharing the rank. */
  tied: string[];
}

/**
 * A Kỷ luật cell saying a discipline, investigation or complaint is still pending, read as
 * DISCIPLINE_PENDING reads it (NĐ 152/2025 Điều 4: no award while one is pending).
 */
export const hasPendingDiscipline = isPending;

/**
 * Why a unit cannot be proposed. `actualOf` gives a target's actual value when the targets sheet has
 * no result (a target-based criterion's Số liệu in Chấm điểm).
 */
export function leaderGates(
  targets: readonly Target[],
  nominations: readonly Nomination[],
  actualOf: (t: Target) => number | null,
): LeaderGate[] {
  const gates: LeaderGate[] = [];
  for (const t of targets) {
    const goal = t.registered ?? t.assigned;
    if (goal === null) continue;
    const actual = t.result ?? actualOf(t);
    if (actual === null) {
      gates.push({ kind: "targetUnreported", target: t.name, row: t.row });
      continue;
    }
    const direction = t.direction ?? "up";
    if (direction === "down" ? actual > goal : actual < goal)
      gates.push({ kind: "targetMissed", target: t.name, row: t.row, actual, goal, direction });
  }
  for (const n of nominations) {
    if (hasPendingDiscipline(n.discipline))
      gates.push({ kind: "discipline", person: n.name, discipline: n.discipline ?? "", row: n.row });
  }
  return gates;
}

/** Chooses the leader from units in rank order (unscored units excluded). */
export function chooseLeader(
  ranked: readonly { unit: string; rank: number; gates: readonly LeaderGate[] }[],
): LeaderDecision {
  if (ranked.length === 0) return { outcome: "unscored", leader: null, passedOver: [], tied: [] };
  const passedOver: PassedOver[] = [];
  let i = 0;
  while (i < ranked.length) {
    const rank = ranked[i].rank;
    const same = [];
    while (i < ranked.length && ranked[i].rank === rank) same.push(ranked[i++]);
    const eligible = same.filter((u) => u.gates.length === 0);
    for (const u of same) if (u.gates.length > 0) passedOver.push({ unit: u.unit, rank: u.rank, gates: [...u.gates] });
    if (eligible.length === 1) {
      return { outcome: rank === ranked[0].rank ? "first" : "next", leader: eligible[0].unit, passedOver, tied: [] };
    }
    if (eligible.length > 1) return { outcome: "tie", leader: null, passedOver, tied: eligible.map((u) => u.unit) };
  }
  return { outcome: "none", leader: null, passedOver, tied: [] };
}
