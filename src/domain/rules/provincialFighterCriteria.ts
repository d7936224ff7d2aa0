import { heldYears, isRejected } from "../context";
import type { Finding } from "../finding";
import { AWARD } from "../ruleset";
import type { Rule } from "./index";
import { columnRead, CRITERIA_NOT_MET, criteriaFinding, hasInitiative, missingChainYears } from "./support";

/**
 * Chiến sĩ thi đua cấp tỉnh (Law Đ22): three consecutive years of CSTĐCS, plus an initiative with
 * province-wide effect. The run may be the three years before the book's year (from the history) or
 * end in the book's year when this book also proposes CSTĐCS for the person.
 * Severity: an error when the book keeps an award history (a Lịch sử khen thưởng sheet with rows) and
 * it lacks years of the run: the book can decide it; a warning when there is no history to look in.
 * An empty initiative is a warning: the book cannot judge the initiative's reach anyway.
 * Ad-hoc proposals are exempt.
 */
export const provincialFighterCriteria: Rule<typeof CRITERIA_NOT_MET> = {
  codes: [CRITERIA_NOT_MET],
  check(ctx) {
    const out: Finding<typeof CRITERIA_NOT_MET>[] = [];
    const length = ctx.ruleset.criteria.provincialEmulationYears;
    (ctx.book.nominations ?? []).forEach((n, i) => {
      const award = ctx.index.nominationAwards[i];
      if (award?.code !== AWARD.provincialEmulationFighter || isRejected(n) || !n.name || n.kind === "adHoc") return;
      if (n.subject !== null && n.subject !== "individual") return;
      const person = ctx.index.nominationPersons[i];
      const missing = missingChainYears(heldYears(ctx, person, AWARD.grassrootsEmulationFighter), ctx.year, length);
      if (missing) {
        const kept = (ctx.book.history?.length ?? 0) > 0;
        out.push(
          kept
            ? criteriaFinding(ctx, n, award, "error", "award", { kind: "fighterYearsLacking", length, missing })
            : criteriaFinding(ctx, n, award, "warning", "award", {
                kind: "fighterYearsUnproven",
                length,
                missing,
                historySheet: ctx.book.history !== null,
              }),
        );
      }
      if (!hasInitiative(n.initiative)) {
        out.push(
          columnRead(ctx, "nominations", "initiative")
            ? criteriaFinding(ctx, n, award, "warning", "initiative", { kind: "provincialInitiativeMissing" })
            : criteriaFinding(ctx, n, award, "warning", "award", {
                kind: "columnsNotFound",
                columns: ["initiative"],
                need: "provincialInitiative",
                rating: null,
                minShare: null,
              }),
        );
      }
    });
    return out;
  },
};
