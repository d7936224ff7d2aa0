import { codeKey } from "../text";
import { unknownReference } from "./unknownReference";

export const UNKNOWN_TARGET = "UNKNOWN_TARGET";

/**
 * A criterion naming a Mã chỉ tiêu that no row of Chỉ tiêu carries: its score cannot be computed
 * from the targets. Checked only when the book keeps a Chỉ tiêu sheet.
 */
export const unknownTarget = unknownReference({
  code: UNKNOWN_TARGET,
  known: ({ book: { targets } }) => {
    if (!targets) return null;
    const codes = new Set(targets.filter((t) => t.code).map((t) => codeKey(t.code as string)));
    return (v) => codes.has(codeKey(v));
  },
  references: ({ book }) =>
    (book.criteria ?? []).map((c) => ({ sheet: "criteria", row: c.row, field: "target", value: c.target })),
  names: "ref",
});
