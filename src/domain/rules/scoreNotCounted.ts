import { finding, type Finding } from "../finding";
import type { Unit } from "../model";
import { appliesTo, buildTree, isGroup } from "../scoring/criteria";
import type { UncountedScore } from "../scoring/findingParams";
import { codeKey } from "../text";
import type { Rule } from "./index";

export const SCORE_NOT_COUNTED = "SCORE_NOT_COUNTED";

/**
 * A score row the ranking leaves out, and why: the criterion does not apply to the unit's block, it
 * is a group (scored from its criteria), the unit is in no block, or the criterion is in a loop of
 * groups. Unknown units and criteria have their own findings.
 */
export const scoreNotCounted: Rule<typeof SCORE_NOT_COUNTED> = {
  codes: [SCORE_NOT_COUNTED],
  needs: [
    { sheet: "units", field: "code", when: "scores" },
    { sheet: "units", field: "block", when: "scores" },
  ],
  check(ctx) {
    const { criteria, scores } = ctx.book;
    const units = ctx.index.units;
    if (!criteria || !scores || !units) return [];
    const tree = buildTree(criteria);
    const out: Finding<typeof SCORE_NOT_COUNTED>[] = [];
    const report = (row: number, unit: Unit, criterion: string, why: UncountedScore) =>
      out.push(
        finding(SCORE_NOT_COUNTED, "warning", ctx.at("scores", row, "criterion"), {
          unit: unit.code,
          ref: criterion,
          params: { criterion, block: unit.block, why },
        }),
      );
    for (const s of scores) {
      if (!s.unit || !s.criterion) continue;
      const unit = units.get(codeKey(s.unit));
      if (!unit) continue;
      const key = codeKey(s.criterion);
      if (tree.detached.has(key)) report(s.row, unit, s.criterion, "loop");
      const node = tree.byKey.get(key);
      if (!node) continue;
      if (isGroup(node)) report(s.row, unit, s.criterion, "group");
      else if (!unit.block) report(s.row, unit, s.criterion, "noBlock");
      else if (!appliesTo(node, codeKey(unit.block))) report(s.row, unit, s.criterion, "notForBlock");
    }
    return out;
  },
};
