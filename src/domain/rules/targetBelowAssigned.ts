import { finding, type Finding } from "../finding";
import type { Rule } from "./index";

export const TARGET_BELOW_ASSIGNED = "TARGET_BELOW_ASSIGNED";

/**
 * A unit registering less than it was assigned: lower for a "Tăng" target (the default), higher for a
 * "Giảm" one (e.g. the poverty rate). Equal is fine.
 */
export const targetBelowAssigned: Rule<typeof TARGET_BELOW_ASSIGNED> = {
  codes: [TARGET_BELOW_ASSIGNED],
  check(ctx) {
    const out: Finding<typeof TARGET_BELOW_ASSIGNED>[] = [];
    for (const t of ctx.book.targets ?? []) {
      if (t.assigned === null || t.registered === null) continue;
      const down = t.direction === "down";
      if (down ? t.registered <= t.assigned : t.registered >= t.assigned) continue;
      out.push(
        finding(TARGET_BELOW_ASSIGNED, "error", ctx.at("targets", t.row, "registered"), {
          unit: t.unit || null,
          ref: t.movement,
          params: {
            target: t.name,
            assigned: t.assigned,
            registered: t.registered,
            measure: t.measure ?? "",
            direction: down ? "down" : "up",
          },
        }),
      );
    }
    return out;
  },
};
