import { finding, type Finding } from "../finding";
import { codeKey } from "../text";
import type { Rule } from "./index";

export const DUPLICATE_UNIT_CODE = "DUPLICATE_UNIT_CODE";

/** Two units with one code: every later one is reported, naming the row of the first. */
export const duplicateUnitCode: Rule<typeof DUPLICATE_UNIT_CODE> = {
  codes: [DUPLICATE_UNIT_CODE],
  needs: [{ sheet: "units", field: "code" }],
  check(ctx) {
    const out: Finding<typeof DUPLICATE_UNIT_CODE>[] = [];
    const first = new Map<string, number>();
    for (const u of ctx.book.units) {
      if (!u.code) continue;
      const k = codeKey(u.code);
      const firstRow = first.get(k);
      if (firstRow === undefined) {
        first.set(k, u.row);
        continue;
      }
      const firstCell = ctx.at("units", firstRow, "code").cell;
      out.push(
        finding(DUPLICATE_UNIT_CODE, "error", ctx.at("units", u.row, "code"), {
          unit: u.code,
          ref: String(firstRow),
          params: { code: u.code, name: u.name, firstRow, ...(firstCell ? { firstCell } : {}) },
        }),
      );
    }
    return out;
  },
};
