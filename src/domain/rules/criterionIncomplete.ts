import { finding, type Finding } from "../finding";
import type { Criterion } from "../model";
import { buildTree, isGroup } from "../scoring/criteria";
import type { CriterionGap } from "../scoring/findingParams";
import type { Rule } from "./index";

export const CRITERION_INCOMPLETE = "CRITERION_INCOMPLETE";

/** What a criterion of its kind lacks, and the column to fill; null when complete. */
function gap(c: Criterion): { missing: CriterionGap; field: keyof Criterion } | null {
  const need = (missing: CriterionGap, field: keyof Criterion) => ({ missing, field });
  switch (c.kind) {
    case null:
      return need("kind", "kind");
    case "quantitative":
      return c.max === null ? need("max", "max") : c.target === null ? need("target", "target") : null;
    case "qualitative":
      return c.max === null ? need("max", "max") : null;
    case "counted":
      return c.points === null
        ? need("points", "points")
        : c.max === null && c.cap === null
          ? need("limit", "max")
          : null;
    case "bonus":
    case "penalty":
      return c.points === null
        ? need("points", "points")
        : c.max === null && c.cap === null
          ? need("limit", "cap")
          : null;
  }
}

/**
 * A criterion that cannot be computed from the data or has no limit: no Loại, a target-based one
 * without Điểm tối đa or Mã chỉ tiêu, a counted, bonus or penalty one without Điểm mỗi lần or any
 * limit. Typed scores (Tự chấm, Thẩm định, Điểm chốt) still count; a warning so the sheet gets fixed.
 */
export const criterionIncomplete: Rule<typeof CRITERION_INCOMPLETE> = {
  codes: [CRITERION_INCOMPLETE],
  check(ctx) {
    if (!ctx.book.criteria) return [];
    const out: Finding<typeof CRITERION_INCOMPLETE>[] = [];
    for (const node of buildTree(ctx.book.criteria).order) {
      if (isGroup(node)) continue;
      const c = node.criterion;
      const g = gap(c);
      if (g === null) continue;
      out.push(
        finding(CRITERION_INCOMPLETE, "warning", ctx.at("criteria", c.row, g.field), {
          ref: c.code,
          params: { code: c.code, name: c.name, kind: c.kind, missing: g.missing },
        }),
      );
    }
    return out.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  },
};
