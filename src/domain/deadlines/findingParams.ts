/**
 * The deadline codes and their typed parameters (joined into FindingParams, src/domain/finding.ts),
 * and how the rules fill them from an obligation. Data only: dates, periods, counts; the office's own
 * milestones have `unit` null on the finding, and the messages in src/i18n/deadlines.*.ts say so.
 */
import type { CheckContext } from "../context";
import type { DateOnly } from "../model";
import type { Obligation } from "./obligations";
import { periodLabel, type Period } from "./periods";

/** What every deadline finding about an obligation carries. */
export interface ObligationParams {
  /** The milestone code, as written in Tiến độ. */
  milestone: string;
  /** Its Nội dung. */
  content: string;
  due: DateOnly;
  /** The occurrence's period; null for a milestone that does not repeat. */
  period: Period | null;
  /** The unit's name (Tên đơn vị); null for the office's own milestone. */
  unitName: string | null;
}

export interface DeadlineFindingParams {
  /** `days`: how many days past the deadline on the reference day. */
  OVERDUE: ObligationParams & { days: number };
  /** `count` of `required` hand-ins in the period that has ended. */
  COUNT_SHORT: ObligationParams & { count: number; required: number };
  /** `days` after the deadline it was handed in. */
  SUBMITTED_LATE: ObligationParams & { handedIn: DateOnly; days: number };
  /** `value`: the date in the cell; `today`: the reference day. */
  DATE_AFTER_TODAY: { value: DateOnly; today: DateOnly };
}

/** The milestone code, plus `@period` for one occurrence of a recurring milestone. */
export function obligationRef(o: Obligation): string {
  return o.period ? `${o.milestone.code}@${periodLabel(o.period)}` : o.milestone.code;
}

export function obligationParams(o: Obligation): ObligationParams {
  return {
    milestone: o.milestone.code,
    content: o.milestone.content,
    due: o.due,
    period: o.period,
    unitName: o.unit ? o.unit.name || o.unit.code : null,
  };
}

/**
 * Whether what units hand in can be judged: the `Nộp` sheet is there and readable. Without it, every
 * unit would look overdue; CHECKS_SKIPPED says what was not checked. The office's own milestones,
 * closed by their Ngày hoàn thành, are judged all the same.
 */
export function submissionsKept(ctx: CheckContext): boolean {
  const log = ctx.book.submissions;
  if (log === null) return false;
  // Rows but none with a unit, milestone and date: a required column is missing (the parser says so).
  return log.length === 0 || log.some((s) => s.unit && s.milestone && s.submittedOn);
}

/** The obligations the rules report on: all of the office's, the units' only when `Nộp` is kept. */
export function reportable(ctx: CheckContext, obligations: readonly Obligation[]): Obligation[] {
  return submissionsKept(ctx) ? [...obligations] : obligations.filter((o) => o.unit === null);
}
