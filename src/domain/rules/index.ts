import type { CheckContext } from "../context";
import type { Finding } from "../model";

export interface Rule {
  /** The finding codes this rule may emit. */
  codes: readonly string[];
  check(ctx: CheckContext): Finding[];
}

/** Every rule, in the order their findings read best. */
export const RULES: readonly Rule[] = [];
