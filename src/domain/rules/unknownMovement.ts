import { codeKey, nameKey } from "../text";
import { unknownReference, type Reference } from "./unknownReference";

export const UNKNOWN_MOVEMENT = "UNKNOWN_MOVEMENT";

/** A target or nomination naming a movement the movements sheet does not define, by code or by name. */
export const unknownMovement = unknownReference({
  code: UNKNOWN_MOVEMENT,
  known: ({ index: { movements } }) => movements && ((v) => movements.has(codeKey(v)) || movements.has(nameKey(v))),
  references: ({ book }): Reference[] => [
    ...(book.targets ?? []).map((t) => ({
      sheet: "targets" as const,
      row: t.row,
      field: "movement",
      value: t.movement,
      unit: t.unit,
    })),
    ...(book.nominations ?? []).map((n) => ({
      sheet: "nominations" as const,
      row: n.row,
      field: "movement",
      value: n.movement,
      unit: n.unit,
    })),
  ],
  names: "ref",
});
