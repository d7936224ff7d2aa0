import type { Finding } from "../model";
import { codeKey } from "../text";
import type { Rule } from "./index";
import { finding } from "./support";

export const UNKNOWN_BLOCK = "UNKNOWN_BLOCK";

/** A unit placed in a block that the blocks sheet does not define. */
export const unknownBlock: Rule = {
  codes: [UNKNOWN_BLOCK],
  check(ctx) {
    const blocks = ctx.index.blocks;
    if (!blocks) return [];
    const out: Finding[] = [];
    for (const u of ctx.book.units) {
      if (!u.block || blocks.has(codeKey(u.block))) continue;
      out.push(
        finding(UNKNOWN_BLOCK, "error", "units", u.row, "block", {
          unit: u.code || null,
          ref: u.block,
          params: { value: u.block },
        }),
      );
    }
    return out;
  },
};
