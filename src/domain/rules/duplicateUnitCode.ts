import type { Finding } from "../model";
import { codeKey } from "../text";
import type { Rule } from "./index";
import { finding } from "./support";

export const DUPLICATE_UNIT_CODE = "DUPLICATE_UNIT_CODE";

/** Two units with one code: every later one is reported, naming the row of the first. */
export const duplicateUnitCode: Rule = {
  codes: [DUPLICATE_UNIT_CODE],
  check(ctx) {
    const out: Finding[] = [];
    const first = new Map<string, number>();
    for (const u of ctx.book.units) {
      if (!u.code) continue;
      const k = codeKey(u.code);
      const firstRow = first.get(k);
      if (firstRow === undefined) {
        first.set(k, u.row);
        continue;
      }
      out.push(
        finding(DUPLICATE_UNIT_CODE, "error", "units", u.row, "code", {
          unit: u.code,
          ref: String(firstRow),
          params: { code: u.code, name: u.name, firstRow },
        }),
      );
    }
    return out;
  },
};
