import { finding, type Finding } from "../finding";
import { blockIsScored, buildTree } from "../scoring/criteria";
import { codeKey } from "../text";
import type { Rule } from "./index";

export const BLOCK_UNIT_UNSCORED = "BLOCK_UNIT_UNSCORED";

/**
 * A unit of a block that the score sheet applies to, without a single row in Chấm điểm: it would be
 * left out of its block's ranking. Reported on the unit's row in Đơn vị.
 */
export const blockUnitUnscored: Rule<typeof BLOCK_UNIT_UNSCORED> = {
  codes: [BLOCK_UNIT_UNSCORED],
  needs: [
    { sheet: "units", field: "code", when: "scores" },
    { sheet: "units", field: "block", when: "scores" },
  ],
  check(ctx) {
    const { criteria, scores, units } = ctx.book;
    if (!criteria || !scores) return [];
    const tree = buildTree(criteria);
    const scored = new Set(scores.filter((s) => s.unit).map((s) => codeKey(s.unit)));
    const blockScored = new Map<string, boolean>();
    const out: Finding<typeof BLOCK_UNIT_UNSCORED>[] = [];
    for (const u of units) {
      if (!u.code || !u.block || scored.has(codeKey(u.code))) continue;
      const b = codeKey(u.block);
      let applies = blockScored.get(b);
      if (applies === undefined) blockScored.set(b, (applies = blockIsScored(tree, b)));
      if (!applies) continue;
      out.push(
        finding(BLOCK_UNIT_UNSCORED, "warning", ctx.at("units", u.row, "code"), {
          unit: u.code,
          ref: u.block,
          params: { name: u.name, block: u.block },
        }),
      );
    }
    return out;
  },
};
