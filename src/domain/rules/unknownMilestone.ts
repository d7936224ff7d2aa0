import type { Finding } from "../model";
import { codeKey } from "../text";
import type { Rule } from "./index";
import { finding } from "./support";

export const UNKNOWN_MILESTONE = "UNKNOWN_MILESTONE";

/** A submission for a milestone code the milestones sheet does not define. */
export const unknownMilestone: Rule = {
  codes: [UNKNOWN_MILESTONE],
  check(ctx) {
    const milestones = ctx.index.milestones;
    if (!milestones) return [];
    const out: Finding[] = [];
    for (const s of ctx.book.submissions ?? []) {
      if (!s.milestone || milestones.has(codeKey(s.milestone))) continue;
      out.push(
        finding(UNKNOWN_MILESTONE, "error", "submissions", s.row, "milestone", {
          unit: s.unit || null,
          ref: s.milestone,
          params: { value: s.milestone },
        }),
      );
    }
    return out;
  },
};
