import { finding, type Finding } from "../finding";
import { buildTree, isGroup } from "../scoring/criteria";
import { leafBounds } from "../scoring/kinds";
import { codeKey } from "../text";
import type { Rule } from "./index";

export const SCORE_ABOVE_MAX = "SCORE_ABOVE_MAX";
export const SCORE_BELOW_ZERO = "SCORE_BELOW_ZERO";

const TYPED = ["self", "reviewed", "final"] as const;

/**
 * A typed score (Tự chấm, Thẩm định, Điểm chốt) outside its criterion's range: above the maximum
 * (for a penalty, deducting more than its limit), or below 0 where the criterion does not deduct.
 * The ranking counts the score brought within the range; the clerk must correct the cell.
 */
export const scoreOutOfRange: Rule<typeof SCORE_ABOVE_MAX | typeof SCORE_BELOW_ZERO> = {
  codes: [SCORE_ABOVE_MAX, SCORE_BELOW_ZERO],
  check(ctx) {
    const { criteria, scores } = ctx.book;
    if (!criteria || !scores) return [];
    const tree = buildTree(criteria);
    const out: Finding<typeof SCORE_ABOVE_MAX | typeof SCORE_BELOW_ZERO>[] = [];
    for (const s of scores) {
      const node = s.criterion ? tree.byKey.get(codeKey(s.criterion)) : undefined;
      if (!node || isGroup(node)) continue;
      const c = node.criterion;
      const b = leafBounds(c);
      const deduction = c.kind === "penalty";
      for (const field of TYPED) {
        const value = s[field];
        if (value === null) continue;
        const about = { unit: s.unit || null, ref: c.code };
        if (deduction ? Math.abs(value) > -b.low + 1e-9 : value > b.high + 1e-9) {
          const max = deduction ? -b.low : b.high;
          out.push(
            finding(SCORE_ABOVE_MAX, "error", ctx.at("scores", s.row, field), {
              ...about,
              params: { criterion: c.code, name: c.name, value, max, deduction },
            }),
          );
        } else if (!deduction && value < 0) {
          out.push(
            finding(SCORE_BELOW_ZERO, "error", ctx.at("scores", s.row, field), {
              ...about,
              params: { criterion: c.code, name: c.name, value },
            }),
          );
        }
      }
    }
    return out;
  },
};
