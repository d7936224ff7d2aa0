/**
 * Ranks within a block: highest total first; equal totals share a rank and the next rank skips
 * (1, 2, 2, 4), as emulation results are published. Equal means equal to two decimals.
 */
export interface Ranked<T> {
  item: T;
  rank: number;
  /** Another unit has the same total. */
  tied: boolean;
}

export function rankByTotal<T>(items: readonly T[], total: (item: T) => number): Ranked<T>[] {
  const keyed = items.map((item, i) => ({ item, i, cents: Math.round(total(item) * 100) }));
  keyed.sort((a, b) => b.cents - a.cents || a.i - b.i);
  const out: Ranked<T>[] = [];
  keyed.forEach((k, i) => {
    const rank = i > 0 && keyed[i - 1].cents === k.cents ? out[i - 1].rank : i + 1;
    const tied = (i > 0 && keyed[i - 1].cents === k.cents) || (i + 1 < keyed.length && keyed[i + 1].cents === k.cents);
    out.push({ item: k.item, rank, tied });
  });
  return out;
}
