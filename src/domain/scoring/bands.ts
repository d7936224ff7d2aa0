/**
 * Classification bands (Xếp loại): each covers Điểm từ ≤ total ≤ Điểm đến; a total on a shared
 * boundary ("từ 80 đến 90", "từ 90 đến 100") belongs to the upper band, as guidance writes "từ 80
 * đến dưới 90". A blank Điểm từ or Điểm đến leaves that side open.
 */
import type { Band } from "../model";

const EPS = 1e-9;
/** Totals are kept to two decimals, so a step of 0.01 between bands ("89,99" then "90") leaves no gap. */
const STEP = 0.01;

const low = (b: Band) => b.from ?? -Infinity;
const high = (b: Band) => b.to ?? Infinity;

/** The band of a total: the one containing it with the highest Điểm từ; null when none does. */
export function classify(total: number, bands: readonly Band[]): Band | null {
  let best: Band | null = null;
  for (const b of bands) {
    if (total < low(b) - EPS || total > high(b) + EPS) continue;
    if (best === null || low(b) > low(best)) best = b;
  }
  return best;
}

export type BandProblem =
  | { kind: "inverted"; band: Band }
  | { kind: "gap"; band: Band; below: Band }
  | { kind: "overlap"; band: Band; below: Band };

/**
 * What is wrong with a band table: a band whose Điểm từ exceeds its Điểm đến, a gap between two
 * neighbouring bands (totals that fall in no band), or two bands covering the same totals. Each is
 * reported on the upper band of the pair, naming the lower one.
 */
export function bandProblems(bands: readonly Band[]): BandProblem[] {
  const out: BandProblem[] = [];
  const usable: Band[] = [];
  for (const b of bands) {
    if (b.from !== null && b.to !== null && b.from > b.to + EPS) out.push({ kind: "inverted", band: b });
    else usable.push(b);
  }
  const sorted = [...usable].sort((a, b) => low(a) - low(b) || high(a) - high(b) || a.row - b.row);
  // Compared with the band reaching highest so far, so a wide band is not mistaken for a gap.
  let reach: Band | null = null;
  for (const band of sorted) {
    if (reach !== null) {
      if (low(band) < high(reach) - EPS) out.push({ kind: "overlap", band, below: reach });
      else if (low(band) > high(reach) + STEP + EPS) out.push({ kind: "gap", band, below: reach });
    }
    if (reach === null || high(band) > high(reach)) reach = band;
  }
  return out.sort((a, b) => a.band.row - b.band.row);
}
