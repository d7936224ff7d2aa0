import { finding, type Finding } from "../finding";
import { dissolvedOn } from "../mergers";
import { codeKey } from "../text";
import type { Rule } from "./index";

export const UNIT_DISSOLVED = "UNIT_DISSOLVED";

/** TT 15/2025/TT-BNV: no award to an agency or unit dissolved by the reorganisation. */
const BASIS = "Thông tư 15/2025/TT-BNV";

/**
 * A nomination, dated on or after a merger (its Ngày đề nghị, else the reference day), for a unit the
 * Sáp nhập đơn vị sheet says was merged away: propose it under its successor, which the message names.
 */
export const unitDissolved: Rule<typeof UNIT_DISSOLVED> = {
  codes: [UNIT_DISSOLVED],
  needs: [{ sheet: "units", field: "code" }],
  check(ctx) {
    if (!ctx.book.mergers?.length) return [];
    const out: Finding<typeof UNIT_DISSOLVED>[] = [];
    for (const n of ctx.book.nominations ?? []) {
      if (!n.unit) continue;
      const merger = ctx.mergers.mergerOf(n.unit);
      // A unit still in the units sheet under that code is running (the sheet lists it): not dissolved.
      if (!merger || ctx.index.units?.has(codeKey(n.unit)) || !dissolvedOn(merger, n.proposedOn ?? ctx.today)) continue;
      const successor = ctx.mergers.successor(n.unit);
      const successorUnit = ctx.index.units?.get(successor);
      out.push(
        finding(UNIT_DISSOLVED, "error", ctx.at("nominations", n.row, "unit"), {
          unit: n.unit,
          ref: successorUnit?.code ?? merger.newCode,
          params: {
            value: n.unit,
            successor: successorUnit?.code ?? merger.newCode,
            successorName: successorUnit?.name || null,
            mergedOn: merger.mergedOn,
            basis: BASIS,
          },
        }),
      );
    }
    return out;
  },
};
