import { finding, type Finding } from "../finding";
import { buildTree } from "../scoring/criteria";
import type { Rule } from "./index";

export const DUPLICATE_CRITERION = "DUPLICATE_CRITERION";

/** Two criteria with one code: the later one is not scored (its scores would go to the first). */
export const duplicateCriterion: Rule<typeof DUPLICATE_CRITERION> = {
  codes: [DUPLICATE_CRITERION],
  check(ctx) {
    if (!ctx.book.criteria) return [];
    const out: Finding<typeof DUPLICATE_CRITERION>[] = [];
    for (const { criterion, first } of buildTree(ctx.book.criteria).duplicates) {
      out.push(
        finding(DUPLICATE_CRITERION, "error", ctx.at("criteria", criterion.row, "code"), {
          ref: criterion.code,
          params: { code: criterion.code, firstRow: first.row },
        }),
      );
    }
    return out;
  },
};
