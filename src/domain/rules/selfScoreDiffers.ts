import { finding, type Finding } from "../finding";
import { scoreBlocks } from "../scoring/score";
import { codeKey } from "../text";
import type { Rule } from "./index";

export const SELF_SCORE_DIFFERS = "SELF_SCORE_DIFFERS";

/** Without Điểm mỗi lần, a difference within rounding (scores are written to one or two decimals) is none. */
const ROUNDING = 0.05;

/**
 * A self-score (Tự chấm) that differs from the score the book's data gives by more than the
 * criterion's points (Điểm mỗi lần): a note, so the reviewer looks at it before Thẩm định.
 */
export const selfScoreDiffers: Rule<typeof SELF_SCORE_DIFFERS> = {
  codes: [SELF_SCORE_DIFFERS],
  check(ctx) {
    if (!ctx.book.criteria || !ctx.book.scores) return [];
    const out: Finding<typeof SELF_SCORE_DIFFERS>[] = [];
    const { blocks, tree } = scoreBlocks(ctx.book);
    for (const block of blocks) {
      for (const u of block.units) {
        for (const c of u.criteria) {
          if (c.group || c.row === null || c.self === null || c.computed === null) continue;
          const points = tree.byKey.get(codeKey(c.code))?.criterion.points;
          const tolerance = points ? Math.abs(points) : ROUNDING;
          const self = c.kind === "penalty" ? -Math.abs(c.self) : c.self;
          if (Math.abs(self - c.computed) <= tolerance + 1e-9) continue;
          out.push(
            finding(SELF_SCORE_DIFFERS, "info", ctx.at("scores", c.row, "self"), {
              unit: u.unit,
              ref: c.code,
              params: { criterion: c.code, name: c.name, self: c.self, computed: c.computed, tolerance },
            }),
          );
        }
      }
    }
    return out;
  },
};
