import { EVERY_UNIT } from "../model";
import type { Finding, SheetKey } from "../model";
import { codeKey, looseKey } from "../text";
import type { Rule } from "./index";
import { finding } from "./support";

export const UNKNOWN_UNIT = "UNKNOWN_UNIT";

const EVERY = looseKey(EVERY_UNIT);

/**
 * A unit code that the units sheet does not define. Checked: block head and deputy, a movement's
 * standing agency, targets, nominations, milestone assignees (a unit, a block, or "Tất cả") and
 * submissions. Not the history: it may name units that were merged or dissolved (the 2025 reform),
 * so an old code there is normal, and such rows simply match no nominee.
 */
export const unknownUnit: Rule = {
  codes: [UNKNOWN_UNIT],
  check(ctx) {
    const units = ctx.index.units;
    if (!units) return [];
    const out: Finding[] = [];
    const ref = (sheet: SheetKey, row: number, field: string, value: string | null) => {
      if (!value || units.has(codeKey(value))) return;
      out.push(finding(UNKNOWN_UNIT, "error", sheet, row, field, { unit: value, params: { value } }));
    };
    const { book } = ctx;
    for (const b of book.blocks ?? []) {
      ref("blocks", b.row, "head", b.head);
      ref("blocks", b.row, "deputy", b.deputy);
    }
    for (const m of book.movements ?? []) ref("movements", m.row, "standingUnit", m.standingUnit);
    for (const t of book.targets ?? []) ref("targets", t.row, "unit", t.unit);
    for (const n of book.nominations ?? []) ref("nominations", n.row, "unit", n.unit);
    for (const s of book.submissions ?? []) ref("submissions", s.row, "unit", s.unit);

    const blocks = ctx.index.blocks;
    for (const m of book.milestones ?? []) {
      if (!m.assignee) continue;
      for (const part of m.assignee.split(/[,;]/)) {
        const value = part.trim();
        if (!value || looseKey(value) === EVERY || units.has(codeKey(value))) continue;
        // Not a unit: it may be a block, which we cannot tell without the blocks sheet.
        if (!blocks || blocks.has(codeKey(value))) continue;
        out.push(finding(UNKNOWN_UNIT, "error", "milestones", m.row, "assignee", { unit: value, params: { value } }));
      }
    }
    return out;
  },
};
