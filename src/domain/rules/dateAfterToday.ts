import { trackerOf } from "../deadlines";
import { finding, type Finding } from "../finding";
import type { DateOnly } from "../model";
import type { Rule } from "./index";

export const DATE_AFTER_TODAY = "DATE_AFTER_TODAY";

/**
 * A `Nộp` date or a milestone's `Ngày hoàn thành` after the reference day: a typing slip, or a book
 * looked at as of an earlier day. Either way it has not happened yet on that day, so it is not counted.
 */
export const dateAfterToday: Rule<typeof DATE_AFTER_TODAY> = {
  codes: [DATE_AFTER_TODAY],
  check(ctx) {
    const t = trackerOf(ctx);
    const out: Finding<typeof DATE_AFTER_TODAY>[] = [];
    for (const s of t.laterSubmissions) {
      out.push(
        finding(DATE_AFTER_TODAY, "warning", ctx.at("submissions", s.row, "submittedOn"), {
          unit: s.unit || null,
          ref: s.milestone || null,
          params: { value: s.submittedOn as DateOnly, today: ctx.today },
        }),
      );
    }
    for (const m of t.laterCompletions) {
      out.push(
        finding(DATE_AFTER_TODAY, "warning", ctx.at("milestones", m.row, "completedOn"), {
          ref: m.code || null,
          params: { value: m.completedOn as DateOnly, today: ctx.today },
        }),
      );
    }
    return out;
  },
};
