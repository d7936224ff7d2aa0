import { compareDates } from "../dates";
import { finding, type Finding } from "../finding";
import type { Rule } from "./index";

export const DECISION_BEFORE_NOMINATION = "DECISION_BEFORE_NOMINATION";

/** A decision cannot predate the proposal it answers: one of the two dates is mistyped. */
export const decisionBeforeNomination: Rule<typeof DECISION_BEFORE_NOMINATION> = {
  codes: [DECISION_BEFORE_NOMINATION],
  check(ctx) {
    const out: Finding<typeof DECISION_BEFORE_NOMINATION>[] = [];
    for (const n of ctx.book.nominations ?? []) {
      if (!n.decisionDate || !n.proposedOn || compareDates(n.decisionDate, n.proposedOn) >= 0) continue;
      out.push(
        finding(DECISION_BEFORE_NOMINATION, "error", ctx.at("nominations", n.row, "decisionDate"), {
          unit: n.unit || null,
          params: {
            name: n.name,
            decisionDate: n.decisionDate,
            proposedOn: n.proposedOn,
            decision: n.decisionNumber,
          },
        }),
      );
    }
    return out;
  },
};
