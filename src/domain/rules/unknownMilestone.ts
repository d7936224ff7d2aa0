import { codeKey } from "../text";
import { unknownReference } from "./unknownReference";

export const UNKNOWN_MILESTONE = "UNKNOWN_MILESTONE";

/** A submission for a milestone code the milestones sheet does not define. */
export const unknownMilestone = unknownReference({
  code: UNKNOWN_MILESTONE,
  known: ({ index: { milestones } }) => milestones && ((v) => milestones.has(codeKey(v))),
  references: ({ book }) =>
    (book.submissions ?? []).map((s) => ({
      sheet: "submissions",
      row: s.row,
      field: "milestone",
      value: s.milestone,
      unit: s.unit,
    })),
  names: "ref",
});
