/**
 * Merged units (the 2025 reorganisation): a table old code → new code with the date. History kept
 * under an old code counts for its successor, through a chain of mergers (A → B → C). A cycle is a
 * mistake in the sheet: its rows are reported and their codes left as they are, never a hang.
 */
import { compareDates } from "./dates";
import type { DateOnly, Merger } from "./model";
import { codeKey } from "./text";

export interface MergerIndex {
  /** codeKey of the unit a code now stands for: itself when it was never merged. */
  successor(code: string): string;
  /** The merger row that took this code away, if any (the first, by row). */
  mergerOf(code: string): Merger | null;
  /** Rows that take part in a cycle (A → B → A). */
  cycles: Merger[];
}

const NONE: MergerIndex = { successor: (code) => codeKey(code), mergerOf: () => null, cycles: [] };

export function indexMergers(mergers: readonly Merger[] | null): MergerIndex {
  if (!mergers || mergers.length === 0) return NONE;
  const next = new Map<string, Merger>();
  for (const m of mergers) {
    const from = codeKey(m.oldCode);
    if (!from || !codeKey(m.newCode) || next.has(from)) continue;
    next.set(from, m);
  }
  const resolved = new Map<string, string>();
  const inCycle = new Set<Merger>();
  const successor = (code: string): string => {
    const start = codeKey(code);
    const known = resolved.get(start);
    if (known !== undefined) return known;
    const path: string[] = [];
    const seen = new Set<string>();
    let at = start;
    while (next.has(at) && !seen.has(at)) {
      seen.add(at);
      path.push(at);
      at = codeKey(next.get(at)!.newCode);
    }
    if (seen.has(at)) {
      // A cycle: every code on it stays itself; the rows of the cycle are reported once.
      const loopFrom = path.indexOf(at);
      for (const c of path.slice(loopFrom)) inCycle.add(next.get(c)!);
      for (const c of path) resolved.set(c, c);
      return start;
    }
    for (const c of path) resolved.set(c, at);
    return path.length ? at : start;
  };
  for (const from of next.keys()) successor(from);
  return {
    successor,
    mergerOf: (code) => next.get(codeKey(code)) ?? null,
    cycles: mergers.filter((m) => inCycle.has(m)),
  };
}

/** True when a unit merged away on `mergedOn` can no longer be proposed on `on` (no date: from the start). */
export function dissolvedOn(merger: Merger, on: DateOnly): boolean {
  return !merger.mergedOn || compareDates(on, merger.mergedOn) >= 0;
}
