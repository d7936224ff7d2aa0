import { finding, type Finding } from "../finding";
import { codeKey } from "../text";
import type { Rule } from "./index";

export const MERGER_CYCLE = "MERGER_CYCLE";

/**
 * Rows of the Sáp nhập đơn vị sheet that lead back to themselves (A → B → A): the successor of a
 * merger must be a unit that goes on. Reported on each row of the cycle; their codes are then
 * compared as written, so the history is never followed round in circles.
 */
export const mergerCycle: Rule<typeof MERGER_CYCLE> = {
  codes: [MERGER_CYCLE],
  check(ctx) {
    const rows = ctx.mergers.cycles;
    if (rows.length === 0) return [];
    const out: Finding<typeof MERGER_CYCLE>[] = [];
    for (const m of rows) {
      // The chain as the clerk follows it from this row: old → new → … → back to the old code.
      const chain = [m.oldCode];
      let at = m.newCode;
      while (codeKey(at) !== codeKey(m.oldCode) && chain.length <= rows.length) {
        chain.push(at);
        at = ctx.mergers.mergerOf(at)?.newCode ?? m.oldCode;
      }
      chain.push(m.oldCode);
      out.push(
        finding(MERGER_CYCLE, "error", ctx.at("mergers", m.row, "newCode"), {
          unit: m.oldCode,
          ref: m.newCode,
          params: { chain },
        }),
      );
    }
    return out;
  },
};
