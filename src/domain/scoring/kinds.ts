/**
 * How each kind of criterion turns its data (Số liệu, or a target's result) into points, and the
 * bounds a score of each kind stays within. Pure arithmetic, one function a kind.
 */
import type { Criterion, Direction } from "../model";

/** The range a score may take: [low, high]. */
export interface Bounds {
  low: number;
  high: number;
}

const positive = (x: number | null): number | null => (x === null ? null : Math.abs(x));

function minOf(...xs: (number | null)[]): number | null {
  const known = xs.filter((x): x is number => x !== null);
  return known.length ? Math.min(...known) : null;
}

/**
 * Bounds of a criterion's score. Target-based, qualitative and counted: 0 to the maximum (and the
 * cap, for counted). Bonus: 0 to the cap (else the maximum). Penalty: minus the cap (else the
 * maximum) to 0. With neither maximum nor cap the score is unbounded on that side.
 */
export function leafBounds(c: Criterion): Bounds {
  const max = positive(c.max);
  const cap = positive(c.cap);
  switch (c.kind) {
    case "bonus":
      return { low: 0, high: cap ?? max ?? Infinity };
    case "penalty":
      return { low: -(cap ?? max ?? Infinity), high: 0 };
    case "counted":
      return { low: 0, high: minOf(max, cap) ?? Infinity };
    default:
      return { low: 0, high: max ?? Infinity };
  }
}

/**
 * Bounds of a group: never above its maximum (Điểm tối đa, or Giới hạn when smaller), and, when it
 * has a Giới hạn, never below minus it (a group of penalties "trừ tối đa 10 điểm").
 */
export function groupBounds(c: Criterion): Bounds {
  const cap = positive(c.cap);
  return { low: cap === null ? -Infinity : -cap, high: minOf(positive(c.max), cap) ?? Infinity };
}

export function clamp(x: number, b: Bounds): number {
  return Math.min(b.high, Math.max(b.low, x));
}

/**
 * Scores are kept to two decimals, as clerks write them, half away from zero (4,975 → 4,98, as a
 * clerk rounds by hand, though 4.975 is 4.97499… in binary); totals add the rounded scores.
 */
export function round2(x: number): number {
  // The nudge (far below a hundredth of a point) undoes the binary error of the multiplication.
  const cents = Math.round(Math.abs(x) * 100 + 1e-6);
  return cents === 0 ? 0 : (Math.sign(x) * cents) / 100;
}

const EPS = 1e-9;

/**
 * A target-based criterion's excess over its target, relative to the target: (actual − target) /
 * target, or the other way for a Giảm target. Null when the target cannot be a base: 0 or less for
 * Tăng; below 0 for Giảm (a Giảm target of 0 — "no cases" — is met only by 0 and has no excess).
 */
export function relativeExcess(actual: number, target: number, direction: Direction): number | null {
  if (direction === "down") {
    if (target < 0) return null;
    if (target === 0) return actual <= 0 ? 0 : -Infinity;
    return (target - actual) / target;
  }
  if (target <= 0) return null;
  return (actual - target) / target;
}

/**
 * The common formula of the provinces' guidance (domain.md, Emulation blocks):
 * below target 0.5·max·actual/target (for Giảm, 0.5·max·target/actual); on target 0.5·max;
 * above target 0.5·max + (own excess / the block's best excess)·0.5·max, so the best gets the max.
 * `bestExcess` is the largest positive excess among the block's units on this criterion.
 */
export function targetScore(
  max: number,
  actual: number,
  target: number,
  direction: Direction,
  bestExcess: number,
): number | null {
  const excess = relativeExcess(actual, target, direction);
  if (excess === null) return null;
  const half = max / 2;
  if (excess < -EPS) {
    if (direction === "down") return actual <= 0 || target === 0 ? 0 : Math.max(0, (half * target) / actual);
    return Math.max(0, (half * actual) / target);
  }
  if (excess <= EPS || bestExcess <= EPS) return half;
  return Math.min(max, half + (excess / bestExcess) * half);
}

/** Qualitative (Định tính): met (Số liệu 1, Đạt) earns the maximum, not met (0) nothing. */
export function qualitativeScore(max: number, value: number): number {
  return value > 0 ? max : 0;
}

/**
 * Counted, bonus and penalty: Số liệu × Điểm mỗi lần, within the criterion's bounds. A penalty
 * deducts, whichever sign the clerk gave its points.
 */
export function countedScore(c: Criterion, count: number): number | null {
  if (c.points === null) return null;
  const points = Math.abs(c.points) * count;
  return clamp(c.kind === "penalty" ? -points : points, leafBounds(c));
}

/** A score typed for a penalty means a deduction, whether written 2 or −2. */
export function typedScore(c: Criterion, typed: number): number {
  return c.kind === "penalty" ? -Math.abs(typed) : typed;
}
