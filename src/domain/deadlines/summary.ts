/**
 * Views of the obligations the adapters share: counts by status, who owes what (for the lists and
 * the reminders), a unit × milestone matrix, and one status per milestone row (for colouring the
 * `Tiến độ` sheet). Pure functions of a Tracker.
 */
import type { Milestone, Unit } from "../model";
import type { Obligation, Tracker } from "./obligations";
import { STATUSES, type Status } from "./status";

/** Sheet order of who owes: the office (null) before every unit. */
const rowOf = (u: Unit | null) => (u ? u.row : -1);

export type StatusCounts = Record<Status, number>;

export function emptyCounts(): StatusCounts {
  return { overdue: 0, due_soon: 0, late: 0, done: 0, open: 0 };
}

export function countByStatus(obligations: readonly Obligation[]): StatusCounts {
  const counts = emptyCounts();
  for (const o of obligations) counts[o.status]++;
  return counts;
}

// Which status speaks for several obligations: what still needs doing before what is settled.
const WEIGHT: Record<Status, number> = { overdue: 5, due_soon: 4, open: 3, late: 2, done: 1 };

/** The status that speaks for several obligations (a milestone row, a matrix cell); null for none. */
export function combinedStatus(statuses: Iterable<Status>): Status | null {
  let best: Status | null = null;
  for (const s of statuses) if (best === null || WEIGHT[s] > WEIGHT[best]) best = s;
  return best;
}

/** What one unit (or the office, `unit` null) owes with the given statuses, by deadline. */
export interface Owed {
  unit: Unit | null;
  items: Obligation[];
}

/**
 * Obligations with the given statuses grouped by who owes them: the office first, then units in the
 * order of the units sheet; each group's items by deadline, then milestone row.
 */
export function owedBy(tracker: Tracker, statuses: readonly Status[]): Owed[] {
  const wanted = new Set(statuses);
  const groups = new Map<Unit | null, Obligation[]>();
  for (const o of tracker.obligations) {
    if (!wanted.has(o.status)) continue;
    let list = groups.get(o.unit);
    if (!list) groups.set(o.unit, (list = []));
    list.push(o);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => rowOf(a) - rowOf(b))
    .map(([unit, items]) => ({
      unit,
      items: items.sort(
        (x, y) =>
          x.due.year - y.due.year ||
          x.due.month - y.due.month ||
          x.due.day - y.due.day ||
          x.milestone.row - y.milestone.row,
      ),
    }));
}

/** For the reminders: every unit with something overdue or due soon, and all it owes of those. */
export function reminderGroups(tracker: Tracker): (Owed & { unit: Unit })[] {
  return owedBy(tracker, ["overdue", "due_soon"]).filter((g): g is Owed & { unit: Unit } => g.unit !== null);
}

export interface MatrixCell {
  status: Status;
  /** The unit's occurrences of the milestone, in date order. */
  obligations: Obligation[];
}

export interface StatusMatrix {
  /** Units that owe anything (the office first, as null), in sheet order. */
  rows: (Unit | null)[];
  /** Milestones with obligations, in sheet order. */
  columns: Milestone[];
  /** cells[row][column]; null where the unit owes nothing of that milestone. */
  cells: (MatrixCell | null)[][];
}

export function statusMatrix(tracker: Tracker): StatusMatrix {
  const columns: Milestone[] = [];
  const columnOf = new Map<Milestone, number>();
  const indexOf = new Map<Unit | null, number>();
  const rows: (Unit | null)[] = [];
  for (const o of tracker.obligations) {
    if (!columnOf.has(o.milestone)) {
      columnOf.set(o.milestone, columns.length);
      columns.push(o.milestone);
    }
    if (!indexOf.has(o.unit)) {
      indexOf.set(o.unit, rows.length);
      rows.push(o.unit);
    }
  }
  rows.sort((a, b) => rowOf(a) - rowOf(b));
  rows.forEach((u, i) => indexOf.set(u, i));
  const cells: (MatrixCell | null)[][] = rows.map(() => columns.map(() => null));
  for (const o of tracker.obligations) {
    const r = indexOf.get(o.unit) as number;
    const c = columnOf.get(o.milestone) as number;
    const cell = cells[r][c];
    if (cell) {
      cell.obligations.push(o);
      cell.status = combinedStatus([cell.status, o.status]) as Status;
    } else cells[r][c] = { status: o.status, obligations: [o] };
  }
  return { rows, columns, cells };
}

export interface MilestoneRow {
  milestone: Milestone;
  status: Status;
  counts: StatusCounts;
  /** Who is overdue on it (null = the office), in the order met. */
  overdue: (Unit | null)[];
}

/** One status per milestone row of `Tiến độ`, with its counts: what "Tô màu Tiến độ" paints. */
export function milestoneRows(tracker: Tracker): MilestoneRow[] {
  const rows = new Map<Milestone, MilestoneRow>();
  for (const o of tracker.obligations) {
    let r = rows.get(o.milestone);
    if (!r)
      rows.set(o.milestone, (r = { milestone: o.milestone, status: o.status, counts: emptyCounts(), overdue: [] }));
    r.counts[o.status]++;
    if (o.status === "overdue" && !r.overdue.includes(o.unit)) r.overdue.push(o.unit);
  }
  for (const r of rows.values()) r.status = combinedStatus(STATUSES.filter((s) => r.counts[s] > 0)) as Status;
  return [...rows.values()];
}
