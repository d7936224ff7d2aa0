import { codeKey } from "../text";
import { unknownReference } from "./unknownReference";

export const UNKNOWN_BLOCK = "UNKNOWN_BLOCK";

/** A unit placed in a block that the blocks sheet does not define. */
export const unknownBlock = unknownReference({
  code: UNKNOWN_BLOCK,
  known: ({ index: { blocks } }) => blocks && ((v) => blocks.has(codeKey(v))),
  references: ({ book }) =>
    book.units.map((u) => ({ sheet: "units", row: u.row, field: "block", value: u.block, unit: u.code })),
  names: "ref",
});
