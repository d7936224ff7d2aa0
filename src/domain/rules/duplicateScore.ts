import { finding, type Finding } from "../finding";
import { codeKey } from "../text";
import type { Rule } from "./index";

export const DUPLICATE_SCORE = "DUPLICATE_SCORE";

/** One unit scored twice on one criterion: the first row counts, the later ones are reported. */
export const duplicateScore: Rule<typeof DUPLICATE_SCORE> = {
  codes: [DUPLICATE_SCORE],
  check(ctx) {
    const out: Finding<typeof DUPLICATE_SCORE>[] = [];
    const first = new Map<string, number>();
    for (const s of ctx.book.scores ?? []) {
      if (!s.unit || !s.criterion) continue;
      const k = `${codeKey(s.unit)}\u0000${codeKey(s.criterion)}`;
      const firstRow = first.get(k);
      if (firstRow === undefined) {
        first.set(k, s.row);
        continue;
      }
      out.push(
        finding(DUPLICATE_SCORE, "error", ctx.at("scores", s.row, "criterion"), {
          unit: s.unit,
          ref: s.criterion,
          params: { criterion: s.criterion, firstRow },
        }),
      );
    }
    return out;
  },
};
