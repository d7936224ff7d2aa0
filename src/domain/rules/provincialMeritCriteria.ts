import { heldYears, isRejected } from "../context";
import type { Finding } from "../finding";
import { AWARD } from "../ruleset";
import type { Rule } from "./index";
import { CRITERIA_NOT_MET, criteriaFinding, missingChainYears } from "./support";

/**
 * Bằng khen của Chủ tịch UBND tỉnh for an individual's regular achievement (Law Đ74.1.d): two
 * consecutive years of CSTĐCS, or two or more consecutive years "hoàn thành xuất sắc nhiệm vụ" with
 * two initiatives applied. The book sees only the CSTĐCS history, so when that chain is not shown
 * this is a warning naming the evidence to attach, never an error. Thematic and ad-hoc proposals,
 * and collectives, follow other criteria and are not checked here.
 */
export const provincialMeritCriteria: Rule<typeof CRITERIA_NOT_MET> = {
  codes: [CRITERIA_NOT_MET],
  check(ctx) {
    const out: Finding<typeof CRITERIA_NOT_MET>[] = [];
    const length = ctx.ruleset.criteria.provincialMeritYears;
    (ctx.book.nominations ?? []).forEach((n, i) => {
      const award = ctx.index.nominationAwards[i];
      if (award?.code !== AWARD.provincialMerit || isRejected(n) || !n.name) return;
      if (n.subject !== "individual" || (n.kind !== null && n.kind !== "regular")) return;
      const person = ctx.index.nominationPersons[i];
      const missing = missingChainYears(heldYears(ctx, person, AWARD.grassrootsEmulationFighter), ctx.year, length);
      if (!missing) return;
      out.push(criteriaFinding(ctx, n, award, "warning", "award", { kind: "meritYearsUnproven", length, missing }));
    });
    return out;
  },
};
