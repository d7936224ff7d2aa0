import type { Finding, SheetKey } from "../model";
import { codeKey, nameKey } from "../text";
import type { Rule } from "./index";
import { finding } from "./support";

export const UNKNOWN_MOVEMENT = "UNKNOWN_MOVEMENT";

/** A target or nomination naming a movement the movements sheet does not define, by code or by name. */
export const unknownMovement: Rule = {
  codes: [UNKNOWN_MOVEMENT],
  check(ctx) {
    const movements = ctx.index.movements;
    if (!movements) return [];
    const out: Finding[] = [];
    const ref = (sheet: SheetKey, row: number, unit: string, value: string | null) => {
      if (!value || movements.has(codeKey(value)) || movements.has(nameKey(value))) return;
      out.push(
        finding(UNKNOWN_MOVEMENT, "error", sheet, row, "movement", {
          unit: unit || null,
          ref: value,
          params: { value },
        }),
      );
    };
    for (const t of ctx.book.targets ?? []) ref("targets", t.row, t.unit, t.movement);
    for (const n of ctx.book.nominations ?? []) ref("nominations", n.row, n.unit, n.movement);
    return out;
  },
};
