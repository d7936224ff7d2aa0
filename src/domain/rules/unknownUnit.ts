import type { CheckContext } from "../context";
import { EVERY_UNIT } from "../model";
import { codeKey, looseKey } from "../text";
import type { Rule } from "./index";
import { unknownReference, type Reference } from "./unknownReference";

export const UNKNOWN_UNIT = "UNKNOWN_UNIT";

const EVERY = looseKey(EVERY_UNIT);

function* unitReferences({ book, index }: CheckContext): Generator<Reference> {
  for (const b of book.blocks ?? []) {
    yield { sheet: "blocks", row: b.row, field: "head", value: b.head };
    yield { sheet: "blocks", row: b.row, field: "deputy", value: b.deputy };
  }
  for (const m of book.movements ?? [])
    yield { sheet: "movements", row: m.row, field: "standingUnit", value: m.standingUnit };
  for (const t of book.targets ?? []) yield { sheet: "targets", row: t.row, field: "unit", value: t.unit };
  for (const n of book.nominations ?? []) yield { sheet: "nominations", row: n.row, field: "unit", value: n.unit };
  for (const s of book.submissions ?? []) yield { sheet: "submissions", row: s.row, field: "unit", value: s.unit };
  for (const m of book.mergers ?? []) yield { sheet: "mergers", row: m.row, field: "newCode", value: m.newCode };
  for (const s of book.scores ?? []) yield { sheet: "scores", row: s.row, field: "unit", value: s.unit };
  // A milestone's assignees: units, blocks, or "Tất cả". A name that is no unit may be a block, which
  // cannot be told without the blocks sheet.
  const blocks = index.blocks;
  if (!blocks) return;
  for (const m of book.milestones ?? []) {
    for (const part of (m.assignee ?? "").split(/[,;]/)) {
      const value = part.trim();
      if (!value || looseKey(value) === EVERY || blocks.has(codeKey(value))) continue;
      yield { sheet: "milestones", row: m.row, field: "assignee", value };
    }
  }
}

/**
 * A unit code that the units sheet does not define. Checked: block head and deputy, a movement's
 * standing agency, targets, nominations, milestone assignees (a unit, a block, or "Tất cả") and
 * submissions, the successor named in Sáp nhập đơn vị, and the units scored in Chấm điểm. Not the history: it may name units that were merged or dissolved (the 2025 reform),
 * so an old code there is normal, and such rows simply match no nominee.
 */
export const unknownUnit: Rule<typeof UNKNOWN_UNIT> = {
  ...unknownReference({
    code: UNKNOWN_UNIT,
    // A code the Sáp nhập đơn vị sheet names as merged is known: UNIT_DISSOLVED says whether it may still be proposed.
    known: ({ index: { units }, mergers }) => units && ((v) => units.has(codeKey(v)) || mergers.mergerOf(v) !== null),
    references: unitReferences,
    names: "unit",
  }),
  // Without the units' codes every reference would look unknown.
  needs: [{ sheet: "units", field: "code" }],
};
