import type { CheckContext } from "../context";
import { finding, type Finding, type FindingCode, type FindingParams } from "../finding";
import type { SheetKey } from "../model";
import type { Rule } from "./index";

/** A cell that names something another sheet should define. */
export interface Reference {
  sheet: SheetKey;
  row: number;
  field: string;
  /** As typed; empty and null references are not checked. */
  value: string | null;
  /** The unit of the row, when the reference is not itself a unit code. */
  unit?: string | null;
}

/** The codes whose parameters are just the value not found. */
type ReferenceCode = { [C in FindingCode]: { value: string } extends FindingParams[C] ? C : never }[FindingCode];

export interface ReferenceDefinition<C extends ReferenceCode> {
  code: C;
  /** Whether a value is defined; null when there is nothing to compare against (sheet or codes absent). */
  known(ctx: CheckContext): ((value: string) => boolean) | null;
  /** Every reference of the book to check, in the order the findings should read. */
  references(ctx: CheckContext): Iterable<Reference>;
  /**
   * "unit": the reference is a unit code, and the finding's unit is the value; "ref": the finding's
   * unit is the row's unit and its ref the value.
   */
  names: "unit" | "ref";
}

/** One reference rule: every reference the defining sheet does not know is an error at its cell. */
export function unknownReference<C extends ReferenceCode>(def: ReferenceDefinition<C>): Rule<C> {
  return {
    codes: [def.code],
    check(ctx) {
      const known = def.known(ctx);
      if (!known) return [];
      const out: Finding<C>[] = [];
      for (const r of def.references(ctx)) {
        if (!r.value || known(r.value)) continue;
        const about = def.names === "unit" ? { unit: r.value, ref: null } : { unit: r.unit || null, ref: r.value };
        out.push(
          finding(def.code, "error", ctx.at(r.sheet, r.row, r.field), {
            ...about,
            params: { value: r.value } as Finding<C>["params"],
          }),
        );
      }
      return out;
    },
  };
}
