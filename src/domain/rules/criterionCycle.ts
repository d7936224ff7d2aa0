import { finding, type Finding } from "../finding";
import { buildTree } from "../scoring/criteria";
import type { Rule } from "./index";

export const CRITERION_CYCLE = "CRITERION_CYCLE";

/**
 * Groups that contain each other (A in B, B in A, or A in itself): they and what hangs below them
 * cannot be added up, so they are left out of the scoring until the clerk fixes Thuộc nhóm.
 */
export const criterionCycle: Rule<typeof CRITERION_CYCLE> = {
  codes: [CRITERION_CYCLE],
  check(ctx) {
    if (!ctx.book.criteria) return [];
    const out: Finding<typeof CRITERION_CYCLE>[] = [];
    for (const c of buildTree(ctx.book.criteria).cycles) {
      out.push(
        finding(CRITERION_CYCLE, "error", ctx.at("criteria", c.row, "parent"), {
          ref: c.code,
          params: { code: c.code, parent: c.parent ?? "" },
        }),
      );
    }
    return out;
  },
};
