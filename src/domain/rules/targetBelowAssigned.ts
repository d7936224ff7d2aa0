import type { Finding } from "../model";
import type { Rule } from "./index";
import { finding, phrase } from "./support";

export const TARGET_BELOW_ASSIGNED = "TARGET_BELOW_ASSIGNED";

/**
 * A unit registering less than it was assigned: lower for a "Tăng" target (the default), higher for a
 * "Giảm" one (e.g. the poverty rate). Equal is fine.
 */
export const targetBelowAssigned: Rule = {
  codes: [TARGET_BELOW_ASSIGNED],
  check(ctx) {
    const out: Finding[] = [];
    for (const t of ctx.book.targets ?? []) {
      if (t.assigned === null || t.registered === null) continue;
      const down = t.direction === "down";
      if (down ? t.registered <= t.assigned : t.registered >= t.assigned) continue;
      out.push(
        finding(TARGET_BELOW_ASSIGNED, "error", "targets", t.row, "registered", {
          unit: t.unit || null,
          ref: t.movement,
          params: {
            target: t.name,
            assigned: t.assigned,
            registered: t.registered,
            measure: t.measure ?? "",
            ...phrase("worse", down ? { vi: "cao hơn", en: "above" } : { vi: "thấp hơn", en: "below" }),
            ...phrase(
              "direction",
              down ? { vi: "Giảm", en: "lower is better" } : { vi: "Tăng", en: "higher is better" },
            ),
          },
        }),
      );
    }
    return out;
  },
};
