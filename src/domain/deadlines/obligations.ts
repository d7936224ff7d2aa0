/**
 * Obligations: who owes which occurrence of which milestone, and where each stands on the reference
 * day. Built from the `Tiến độ` milestones and the `Nộp` log in one pass over each (the log is indexed
 * by milestone and unit first), so a 500-unit book with 50,000 hand-ins takes milliseconds.
 *
 * - A milestone that does not repeat is handed in by the first `Nộp` row of the unit for it.
 * - A recurring one has one occurrence per period; hand-ins close the oldest open occurrence first
 *   (a late report for March closes March, not April), and never one whose period has not begun.
 * - A counted milestone (`Số lượng tối thiểu`) needs that many `Nộp` rows dated within each
 *   occurrence's period (after the previous deadline, up to its own); a period ends on its deadline.
 * - A milestone for a single unit or for the office itself is also closed by its `Ngày hoàn thành`.
 * - What is dated after the reference day has not happened yet as of that day: it is not counted
 *   (and DATE_AFTER_TODAY says so on its cell).
 */
import { dayNumber } from "../dates";
import type { Book, DateOnly, Milestone, Submission, Unit } from "../model";
import { codeKey } from "../text";
import { resolveAssignees, unitDirectory } from "./assignees";
import { occurrences, type Occurrence, type Period } from "./periods";
import { statusOn, type Status } from "./status";

/** Where a hand-in is recorded: a `Nộp` row, or the milestone's own `Ngày hoàn thành`. */
export interface HandIn {
  date: DateOnly;
  day: number;
  sheet: "submissions" | "milestones";
  row: number;
}

export interface Obligation {
  milestone: Milestone;
  /** The unit that owes it; null for the standing office's own milestone. */
  unit: Unit | null;
  /** The occurrence's period; null for a milestone that does not repeat. */
  period: Period | null;
  due: DateOnly;
  status: Status;
  /** The hand-in that completed it (for a counted milestone, the one that reached the count). */
  handedIn: HandIn | null;
  /** Hand-ins counted for it. */
  count: number;
  /** Hand-ins it needs: `Số lượng tối thiểu`, or 1. */
  required: number;
  /** The milestone has a `Số lượng tối thiểu`. */
  counted: boolean;
  /** Days after the deadline: of the hand-in when late, of the reference day when overdue; else 0. */
  daysLate: number;
  /** Days from the reference day to the deadline (negative once it has passed). */
  daysLeft: number;
}

export interface Tracker {
  today: DateOnly;
  /** The plan year recurring milestones are expanded over. */
  year: number;
  /** By milestone (sheet order), then occurrence, then unit (units sheet order). */
  obligations: Obligation[];
  /** `Nộp` rows dated after the reference day (their `submittedOn` is set): not counted. */
  laterSubmissions: Submission[];
  /** Milestones whose `Ngày hoàn thành` (set) is after the reference day: not counted. */
  laterCompletions: Milestone[];
}

/** codeKey with a cache: the same few codes repeat over tens of thousands of rows. */
function cachedCodeKey(): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let k = cache.get(text);
    if (k === undefined) cache.set(text, (k = codeKey(text)));
    return k;
  };
}

/** milestone codeKey → unit codeKey → hand-ins up to the reference day, in date order. */
type HandInIndex = Map<string, Map<string, HandIn[]>>;

function indexSubmissions(
  submissions: readonly Submission[],
  todayDay: number,
  key: (text: string) => string,
  later: Submission[],
): HandInIndex {
  const index: HandInIndex = new Map();
  for (const s of submissions) {
    if (!s.submittedOn) continue;
    const day = dayNumber(s.submittedOn);
    if (day > todayDay) {
      later.push(s);
      continue;
    }
    if (!s.milestone || !s.unit) continue;
    const m = key(s.milestone);
    let byUnit = index.get(m);
    if (!byUnit) index.set(m, (byUnit = new Map()));
    const u = key(s.unit);
    let list = byUnit.get(u);
    if (!list) byUnit.set(u, (list = []));
    list.push({ date: s.submittedOn, day, sheet: "submissions", row: s.row });
  }
  // The log is usually kept in order of arrival; sort only the lists that are not.
  for (const byUnit of index.values())
    for (const list of byUnit.values()) {
      for (let i = 1; i < list.length; i++)
        if (list[i].day < list[i - 1].day) {
          list.sort((a, b) => a.day - b.day);
          break;
        }
    }
  return index;
}

interface Outcome {
  handedIn: HandIn | null;
  count: number;
}

/** A milestone that does not repeat: the first hand-in, or the `required`-th for a counted one. */
function single(handIns: readonly HandIn[], closing: HandIn | null, required: number, counted: boolean): Outcome {
  if (!counted) {
    const all = closing ? merge(handIns, closing) : handIns;
    return { handedIn: all[0] ?? null, count: all.length };
  }
  const reached = handIns.length >= required ? handIns[required - 1] : null;
  const handedIn = closing && (!reached || closing.day < reached.day) ? closing : reached;
  return { handedIn, count: handIns.length };
}

/** Recurring, one hand-in each: the oldest open occurrence whose period has begun takes the next hand-in. */
function oldestFirst(handIns: readonly HandIn[], occs: readonly Occurrence[]): Outcome[] {
  const out: Outcome[] = occs.map(() => ({ handedIn: null, count: 0 }));
  let j = 0;
  for (const h of handIns) {
    if (j >= occs.length) break;
    // Early for the next open occurrence (a second copy of one already closed): not counted.
    if (h.day < occs[j].fromDay) continue;
    out[j] = { handedIn: h, count: 1 };
    j++;
  }
  return out;
}

/** Recurring and counted: the hand-ins dated within each occurrence's period. */
function perPeriod(
  handIns: readonly HandIn[],
  closing: HandIn | null,
  occs: readonly Occurrence[],
  required: number,
): Outcome[] {
  let i = 0;
  return occs.map((o) => {
    while (i < handIns.length && handIns[i].day < o.fromDay) i++;
    const start = i;
    while (i < handIns.length && handIns[i].day <= o.dueDay) i++;
    const count = i - start;
    const reached = count >= required ? handIns[start + required - 1] : null;
    const closes = closing !== null && closing.day >= o.fromDay && closing.day <= o.dueDay;
    const handedIn = closes && (!reached || closing.day < reached.day) ? closing : reached;
    return { handedIn, count };
  });
}

function merge(handIns: readonly HandIn[], extra: HandIn): HandIn[] {
  const at = handIns.findIndex((h) => h.day > extra.day);
  return at < 0 ? [...handIns, extra] : [...handIns.slice(0, at), extra, ...handIns.slice(at)];
}

const NONE: readonly HandIn[] = [];

/**
 * Every obligation of the book on the reference day `today`, with recurring milestones expanded over
 * the plan year `year` (the plan's year; the caller decides when the plan gives none).
 */
export function trackDeadlines(book: Book, today: DateOnly, year: number): Tracker {
  const todayDay = dayNumber(today);
  const key = cachedCodeKey();
  const laterSubmissions: Submission[] = [];
  const laterCompletions: Milestone[] = [];
  const index = indexSubmissions(book.submissions ?? [], todayDay, key, laterSubmissions);
  const units = unitDirectory(book);
  const obligations: Obligation[] = [];

  for (const m of book.milestones ?? []) {
    if (m.completedOn && dayNumber(m.completedOn) > todayDay) laterCompletions.push(m);
    if (!m.code || !m.due) continue;
    const occs = occurrences(m.due, m.recurrence, year);
    const who = resolveAssignees(m.assignee, units);
    const counted = m.minCount !== null && m.minCount >= 1;
    const required = counted ? (m.minCount as number) : 1;
    const completedDay = m.completedOn ? dayNumber(m.completedOn) : null;
    // Ngày hoàn thành closes a milestone of one unit or of the office; for many units it says nothing.
    const closing: HandIn | null =
      m.completedOn && completedDay !== null && completedDay <= todayDay && (who.office || who.single)
        ? { date: m.completedOn, day: completedDay, sheet: "milestones", row: m.row }
        : null;
    const byUnit = index.get(key(m.code));
    const owers: (Unit | null)[] = who.office ? [null] : who.units;
    const recurring = occs[0].period !== null;

    const results = owers.map((u) => {
      const handIns = (u && byUnit?.get(key(u.code))) || NONE;
      if (!recurring) return [single(handIns, closing, required, counted)];
      if (counted) return perPeriod(handIns, closing, occs, required);
      return oldestFirst(closing ? merge(handIns, closing) : handIns, occs);
    });

    occs.forEach((o, i) => {
      owers.forEach((u, w) => {
        const { handedIn, count } = results[w][i];
        const status = statusOn(o.dueDay, handedIn?.day ?? null, todayDay);
        obligations.push({
          milestone: m,
          unit: u,
          period: o.period,
          due: o.due,
          status,
          handedIn,
          count,
          required,
          counted,
          daysLate:
            status === "late" && handedIn ? handedIn.day - o.dueDay : status === "overdue" ? todayDay - o.dueDay : 0,
          daysLeft: o.dueDay - todayDay,
        });
      });
    });
  }
  return { today, year, obligations, laterSubmissions, laterCompletions };
}
