import { isRejected } from "../context";
import { finding, type Finding } from "../finding";
import { looseKey } from "../text";
import type { Rule } from "./index";

export const DISCIPLINE_PENDING = "DISCIPLINE_PENDING";

/** What clerks write in Kỷ luật while a case is open (diacritics folded). */
const PENDING = [
  "dang xem xet",
  "dang bi xem xet",
  "dang dieu tra",
  "dang bi dieu tra",
  "dang thanh tra",
  "dang kiem tra",
  "dang giai quyet",
  "dang khieu nai",
  "dang bi khieu nai",
  "cho ket luan",
  "chua co ket luan",
  "dang truy cuu",
  "khoi to",
];

/** True when the Kỷ luật cell says a discipline, investigation or complaint is still pending. */
export function isPending(discipline: string | null): boolean {
  if (!discipline) return false;
  const k = looseKey(discipline);
  return PENDING.some((p) => k.includes(p));
}

/**
 * Nobody is awarded while a discipline, investigation or complaint about them is pending; the
 * achievement counts again from its conclusion (NĐ 152/2025 Điều 4). Checked by the rulesets that
 * cite the principle (from 01/07/2025); the council's rejected rows are left alone.
 */
export const disciplinePending: Rule<typeof DISCIPLINE_PENDING> = {
  codes: [DISCIPLINE_PENDING],
  check(ctx) {
    const basis = ctx.ruleset.criteria.principlesBasis;
    if (!basis) return [];
    const out: Finding<typeof DISCIPLINE_PENDING>[] = [];
    (ctx.book.nominations ?? []).forEach((n, i) => {
      if (!isPending(n.discipline) || isRejected(n)) return;
      const award = ctx.index.nominationAwards[i];
      out.push(
        finding(DISCIPLINE_PENDING, "error", ctx.at("nominations", n.row, "discipline"), {
          unit: n.unit || null,
          ref: award?.code ?? null,
          params: { name: n.name, award: award?.name ?? n.award, discipline: n.discipline ?? "", basis },
        }),
      );
    });
    return out;
  },
};
