/**
 * The occurrences of a milestone over the plan year. A recurring milestone repeats from its first
 * deadline every month, quarter, half-year or year; each occurrence is named by the calendar period its
 * deadline falls in ("2024-03", "2024-Q2", "2024-H1", "2024") and collects what was handed in after
 * the previous occurrence's deadline, up to and including its own.
 *
 * A first deadline on the last day of its month keeps to month ends (31/01 → 29/02 → 31/03 → 30/04),
 * as clerks mean "by the end of each month"; any other day repeats as that day, clamped to the length
 * of a short month (30/01 → 29/02 → 30/03).
 */
import { addMonths, dayNumber, daysInMonth } from "../dates";
import type { DateOnly, Recurrence } from "../model";

export type PeriodKind = "month" | "quarter" | "half" | "year";

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2; 1 for a year. */
  index: number;
}

export interface Occurrence {
  due: DateOnly;
  /** Day number (dates.dayNumber) of the deadline. */
  dueDay: number;
  /** Day number of the first day whose hand-ins this occurrence collects. */
  fromDay: number;
  /** Null for a milestone that does not repeat. */
  period: Period | null;
}

const STEP: Record<Exclude<Recurrence, "none">, { months: number; kind: PeriodKind }> = {
  monthly: { months: 1, kind: "month" },
  quarterly: { months: 3, kind: "quarter" },
  halfYearly: { months: 6, kind: "half" },
  yearly: { months: 12, kind: "year" },
};

export function isRecurring(recurrence: Recurrence | null): recurrence is Exclude<Recurrence, "none"> {
  return recurrence !== null && recurrence !== "none";
}

/** The calendar period of a kind that holds a date. */
export function periodOf(kind: PeriodKind, d: DateOnly): Period {
  switch (kind) {
    case "month":
      return { kind, year: d.year, index: d.month };
    case "quarter":
      return { kind, year: d.year, index: Math.ceil(d.month / 3) };
    case "half":
      return { kind, year: d.year, index: d.month <= 6 ? 1 : 2 };
    case "year":
      return { kind, year: d.year, index: 1 };
  }
}

/** "2024-03", "2024-Q2", "2024-H1", "2024": the period part of a finding's ref (`TIN@2024-03`). */
export function periodLabel(p: Period): string {
  switch (p.kind) {
    case "month":
      return `${p.year}-${String(p.index).padStart(2, "0")}`;
    case "quarter":
      return `${p.year}-Q${p.index}`;
    case "half":
      return `${p.year}-H${p.index}`;
    case "year":
      return String(p.year);
  }
}

function isMonthEnd(d: DateOnly): boolean {
  return d.day === daysInMonth(d.year, d.month);
}

/** The k-th deadline after the first (k may be negative). */
function nth(first: DateOnly, months: number, k: number, monthEnds: boolean): DateOnly {
  const d = addMonths(first, months * k);
  return monthEnds ? { ...d, day: daysInMonth(d.year, d.month) } : d;
}

/**
 * The occurrences of a milestone in the plan year `year`, in date order. A milestone that does not
 * repeat has one, at its deadline, whatever the year. A recurring one has those of its deadlines that
 * fall in the plan year (from the first deadline on); when the first deadline is after the plan year,
 * just that one.
 */
export function occurrences(first: DateOnly, recurrence: Recurrence | null, year: number): Occurrence[] {
  if (!isRecurring(recurrence)) {
    const day = dayNumber(first);
    return [{ due: first, dueDay: day, fromDay: Number.NEGATIVE_INFINITY, period: null }];
  }
  const { months, kind } = STEP[recurrence];
  const monthEnds = isMonthEnd(first);
  // A first deadline before the plan year: start at the first step that reaches the plan year.
  let k = first.year < year ? Math.ceil(((year - first.year) * 12 - (first.month - 1)) / months) : 0;
  let previous = nth(first, months, k - 1, monthEnds);
  const out: Occurrence[] = [];
  for (;;) {
    const due = nth(first, months, k, monthEnds);
    if (due.year > year && out.length > 0) break;
    out.push({ due, dueDay: dayNumber(due), fromDay: dayNumber(previous) + 1, period: periodOf(kind, due) });
    if (due.year > year) break;
    previous = due;
    k++;
  }
  return out;
}
