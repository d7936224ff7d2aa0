import { finding, type Finding, type SkippableSheet } from "../finding";
import type { Rule } from "./index";

export const CHECKS_SKIPPED = "CHECKS_SKIPPED";

/** In the order the notes read best; src/i18n says what each absence leaves unchecked. */
const SKIPPABLE: readonly SkippableSheet[] = [
  "blocks",
  "movements",
  "targets",
  "nominations",
  "history",
  "milestones",
  "submissions",
];

/** An optional sheet is absent, so the checks that need it were not done: a note per sheet. */
export const checksSkipped: Rule<typeof CHECKS_SKIPPED> = {
  codes: [CHECKS_SKIPPED],
  check(ctx) {
    const out: Finding<typeof CHECKS_SKIPPED>[] = [];
    for (const key of SKIPPABLE) {
      if (ctx.book[key] !== null) continue;
      out.push(finding(CHECKS_SKIPPED, "info", ctx.at(key, null), { params: { skipped: key } }));
    }
    return out;
  },
};
