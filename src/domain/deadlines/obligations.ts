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

/**
 * The `Nộp` log indexed for the tracker: milestone codeKey → unit codeKey → positions in the log of
 * its hand-ins up to the reference day, in date order. Positions (not objects) keep 50,000 rows light;
 * a HandIn is made only for the hand-in that completes an obligation.
 */
interface LogIndex {
  byMilestone: Map<string, Map<string, number[]>>;
  /** Day number of each log row (NaN when it has no date). */
  days: Float64Array;
}

function indexSubmissions(
  submissions: readonly Submission[],
  todayDay: number,
  key: (text: string) => string,
  later: Submission[],
): LogIndex {
  const byMilestone = new Map<string, Map<string, number[]>>();
  const days = new Float64Array(submissions.length).fill(Number.NaN);
  for (let i = 0; i < submissions.length; i++) {
    const s = submissions[i];
    if (!s.submittedOn) continue;
    const day = dayNumber(s.submittedOn);
    days[i] = day;
    if (day > todayDay) {
      later.push(s);
      continue;
    }
    if (!s.milestone || !s.unit) continue;
    const m = key(s.milestone);
    let byUnit = byMilestone.get(m);
    if (!byUnit) byMilestone.set(m, (byUnit = new Map()));
    const u = key(s.unit);
    const list = byUnit.get(u);
    if (list) list.push(i);
    else byUnit.set(u, [i]);
  }
  // The log is usually kept in order of arrival; sort only the lists that are not.
  for (const byUnit of byMilestone.values())
    for (const list of byUnit.values()) {
      for (let i = 1; i < list.length; i++)
        if (days[list[i]] < days[list[i - 1]]) {
          list.sort((a, b) => days[a] - days[b] || a - b);
          break;
        }
    }
  return { byMilestone, days };
}

/** In the per-occurrence results: no hand-in, or the milestone's own Ngày hoàn thành. */
const NOTHING = -1;
const CLOSING = -2;

/**
 * What each unit handed in for one milestone, occurrence by occurrence, from `at` on (one unit's
 * occurrences follow each other): `handed[at + i]` the log position of the hand-in that completed
 * occurrence i (or NOTHING, or CLOSING), `counts[at + i]` how many were counted.
 */
interface Results {
  handed: Int32Array;
  counts: Int32Array;
  at: number;
}

interface Rule {
  occs: readonly Occurrence[];
  recurring: boolean;
  counted: boolean;
  required: number;
  /** Day number of a Ngày hoàn thành that closes the milestone, or NaN. */
  closingDay: number;
}

/** A milestone that does not repeat: the first hand-in, or the `required`-th for a counted one. */
function single(list: readonly number[], days: Float64Array, r: Rule, out: Results): void {
  const closes = !Number.isNaN(r.closingDay);
  if (!r.counted) {
    const first = list.length ? list[0] : NOTHING;
    out.handed[out.at] = closes && (first === NOTHING || r.closingDay < days[first]) ? CLOSING : first;
    out.counts[out.at] = list.length + (closes ? 1 : 0);
    return;
  }
  const reached = list.length >= r.required ? list[r.required - 1] : NOTHING;
  out.handed[out.at] = closes && (reached === NOTHING || r.closingDay < days[reached]) ? CLOSING : reached;
  out.counts[out.at] = list.length;
}

/**
 * Recurring, one hand-in each: the oldest open occurrence whose period has begun takes the next
 * hand-in (the Ngày hoàn thành among them, in date order); an early second copy is not counted.
 */
function oldestFirst(list: readonly number[], days: Float64Array, r: Rule, out: Results): void {
  out.handed.fill(NOTHING, out.at, out.at + r.occs.length);
  let j = 0;
  let closingLeft = !Number.isNaN(r.closingDay);
  let i = 0;
  while (j < r.occs.length && (i < list.length || closingLeft)) {
    const takeClosing = closingLeft && (i >= list.length || r.closingDay < days[list[i]]);
    const day = takeClosing ? r.closingDay : days[list[i]];
    const who = takeClosing ? CLOSING : list[i];
    if (takeClosing) closingLeft = false;
    else i++;
    if (day < r.occs[j].fromDay) continue;
    out.handed[out.at + j] = who;
    out.counts[out.at + j] = 1;
    j++;
  }
}

/** Recurring and counted: the hand-ins dated within each occurrence's period (after the previous deadline). */
function perPeriod(list: readonly number[], days: Float64Array, r: Rule, out: Results): void {
  let i = 0;
  r.occs.forEach((o, k) => {
    while (i < list.length && days[list[i]] < o.fromDay) i++;
    const start = i;
    while (i < list.length && days[list[i]] <= o.dueDay) i++;
    const count = i - start;
    const reached = count >= r.required ? list[start + r.required - 1] : NOTHING;
    const closes = r.closingDay >= o.fromDay && r.closingDay <= o.dueDay;
    out.handed[out.at + k] = closes && (reached === NOTHING || r.closingDay < days[reached]) ? CLOSING : reached;
    out.counts[out.at + k] = count;
  });
}

const NONE: readonly number[] = [];

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

  const log = book.submissions ?? [];
  const handIn = (at: number, m: Milestone): HandIn | null => {
    if (at === NOTHING) return null;
    if (at === CLOSING) {
      const date = m.completedOn as DateOnly;
      return { date, day: dayNumber(date), sheet: "milestones", row: m.row };
    }
    return { date: log[at].submittedOn as DateOnly, day: index.days[at], sheet: "submissions", row: log[at].row };
  };

  for (const m of book.milestones ?? []) {
    if (m.completedOn && dayNumber(m.completedOn) > todayDay) laterCompletions.push(m);
    if (!m.code || !m.due) continue;
    const occs = occurrences(m.due, m.recurrence, year);
    const who = resolveAssignees(m.assignee, units);
    const counted = m.minCount !== null && m.minCount >= 1;
    const completedDay = m.completedOn ? dayNumber(m.completedOn) : Number.NaN;
    const rule: Rule = {
      occs,
      recurring: occs[0].period !== null,
      counted,
      required: counted ? (m.minCount as number) : 1,
      // Ngày hoàn thành closes a milestone of one unit or of the office; for many units it says nothing.
      closingDay: completedDay <= todayDay && (who.office || who.single) ? completedDay : Number.NaN,
    };
    const byUnit = index.byMilestone.get(key(m.code));
    const owers: (Unit | null)[] = who.office ? [null] : who.units;
    const compute = !rule.recurring ? single : counted ? perPeriod : oldestFirst;
    // Results of every unit, then obligations occurrence by occurrence (the order of the JSON).
    const n = occs.length;
    const results: Results = {
      handed: new Int32Array(n * owers.length),
      counts: new Int32Array(n * owers.length),
      at: 0,
    };
    for (let w = 0; w < owers.length; w++) {
      const u = owers[w];
      results.at = w * n;
      compute((u && byUnit?.get(key(u.code))) || NONE, index.days, rule, results);
    }
    const { handed, counts } = results;
    for (let i = 0; i < n; i++) {
      const o = occs[i];
      for (let w = 0; w < owers.length; w++) {
        const at = handed[w * n + i];
        const h = handIn(at, m);
        const status = statusOn(o.dueDay, h ? h.day : null, todayDay);
        obligations.push({
          milestone: m,
          unit: owers[w],
          period: o.period,
          due: o.due,
          status,
          handedIn: h,
          count: counts[w * n + i],
          required: rule.required,
          counted,
          daysLate: status === "late" && h ? h.day - o.dueDay : status === "overdue" ? todayDay - o.dueDay : 0,
          daysLeft: o.dueDay - todayDay,
        });
      }
    }
  }
  return { today, year, obligations, laterSubmissions, laterCompletions };
}
