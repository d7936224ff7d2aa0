import type { CheckContext } from "../context";
import { buildTree } from "../scoring/criteria";
import { codeKey } from "../text";
import { unknownReference, type Reference } from "./unknownReference";

export const UNKNOWN_CRITERION = "UNKNOWN_CRITERION";

function* criterionReferences({ book }: CheckContext): Generator<Reference> {
  for (const c of book.criteria ?? []) yield { sheet: "criteria", row: c.row, field: "parent", value: c.parent };
  for (const s of book.scores ?? [])
    yield { sheet: "scores", row: s.row, field: "criterion", value: s.criterion, unit: s.unit };
}

/**
 * A criterion code the score sheet does not define: as a criterion's group in Tiêu chí chấm điểm (the
 * criterion is then scored at the top of the tree), or in Chấm điểm (the score is not counted).
 */
export const unknownCriterion = unknownReference({
  code: UNKNOWN_CRITERION,
  known: ({ book }) => {
    if (!book.criteria) return null;
    const tree = buildTree(book.criteria);
    // No criterion code at all: the code column is missing (the parser says so); nothing to compare.
    if (tree.byKey.size === 0 && tree.detached.size === 0) return null;
    return (v) => tree.byKey.has(codeKey(v)) || tree.detached.has(codeKey(v));
  },
  references: criterionReferences,
  names: "ref",
});
