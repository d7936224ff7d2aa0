import { heldYears, isRejected } from "../context";
import type { Finding } from "../finding";
import { AWARD } from "../ruleset";
import type { Rule } from "./index";
import { columnRead, CRITERIA_NOT_MET, criteriaFinding, hasInitiative } from "./support";
import type { EvidenceColumn } from "../finding";

/**
 * Chiến sĩ thi đua cơ sở (Law Đ23): Lao động tiên tiến the same year, and either rated "hoàn thành
 * xuất sắc nhiệm vụ" or an initiative. LĐTT is often conferred by the unit's own head, so its absence
 * from the book is a warning (evidence missing), never an error. A rating below excellent with no
 * initiative is an error; no rating and no initiative is a warning. Where the book has no Xếp loại or
 * no Sáng kiến column, the warning says the column is not there, never that the row left it blank.
 */
export const grassrootsFighterCriteria: Rule<typeof CRITERIA_NOT_MET> = {
  codes: [CRITERIA_NOT_MET],
  check(ctx) {
    const out: Finding<typeof CRITERIA_NOT_MET>[] = [];
    const y = ctx.year;
    (ctx.book.nominations ?? []).forEach((n, i) => {
      const award = ctx.index.nominationAwards[i];
      if (award?.code !== AWARD.grassrootsEmulationFighter || isRejected(n) || !n.name) return;
      if (n.subject !== null && n.subject !== "individual") return;
      const person = ctx.index.nominationPersons[i];
      if (!heldYears(ctx, person, AWARD.advancedWorker).has(y)) {
        out.push(
          criteriaFinding(ctx, n, award, "warning", "award", {
            kind: "advancedWorkerNotFound",
            year: y,
            historySheet: ctx.book.history !== null,
          }),
        );
      }
      if (n.rating === "excellent" || hasInitiative(n.initiative)) return;
      const absent = (["rating", "initiative"] as EvidenceColumn[]).filter((f) => !columnRead(ctx, "nominations", f));
      if (absent.length > 0) {
        out.push(
          criteriaFinding(ctx, n, award, "warning", absent.includes("rating") ? "award" : "rating", {
            kind: "columnsNotFound",
            columns: absent,
            need: "excellentOrInitiative",
            rating: n.rating,
            minShare: null,
          }),
        );
      } else if (n.rating === null) {
        out.push(criteriaFinding(ctx, n, award, "warning", "rating", { kind: "ratingAndInitiativeMissing" }));
      } else {
        out.push(criteriaFinding(ctx, n, award, "error", "rating", { kind: "ratingBelowExcellent", rating: n.rating }));
      }
    });
    return out;
  },
};
