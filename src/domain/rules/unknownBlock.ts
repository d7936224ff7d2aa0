import type { CheckContext } from "../context";
import { typedBlocks } from "../scoring/criteria";
import { codeKey } from "../text";
import { unknownReference, type Reference } from "./unknownReference";

export const UNKNOWN_BLOCK = "UNKNOWN_BLOCK";

function* blockReferences({ book }: CheckContext): Generator<Reference> {
  for (const u of book.units) yield { sheet: "units", row: u.row, field: "block", value: u.block, unit: u.code };
  // A score sheet's Khối áp dụng: block codes separated by commas, or "Tất cả".
  for (const c of book.criteria ?? [])
    for (const value of typedBlocks(c.blocks)) yield { sheet: "criteria", row: c.row, field: "blocks", value };
}

/** A unit placed in, or a criterion applied to, a block that the blocks sheet does not define. */
export const unknownBlock = unknownReference({
  code: UNKNOWN_BLOCK,
  known: ({ index: { blocks } }) => blocks && ((v) => blocks.has(codeKey(v))),
  references: blockReferences,
  names: "ref",
});
