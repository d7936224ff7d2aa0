import { heldYears, isRejected } from "../context";
import type { Finding } from "../model";
import { AWARD } from "../ruleset";
import type { Rule } from "./index";
import { CRITERIA_NOT_MET, criteriaFinding, hasInitiative, missingChainYears, yearList } from "./support";

/**
 * Chiến sĩ thi đua cấp tỉnh (Law Đ22): three consecutive years of CSTĐCS, plus an initiative with
 * province-wide effect. The run may be the three years before the book's year (from the history) or
 * end in the book's year when this book also proposes CSTĐCS for the person.
 * Severity: an error when the book keeps an award history (a Lịch sử khen thưởng sheet with rows) and
 * it lacks years of the run: the book can decide it; a warning when there is no history to look in.
 * An empty initiative is a warning: the book cannot judge the initiative's reach anyway.
 * Ad-hoc proposals are exempt.
 */
export const provincialFighterCriteria: Rule = {
  codes: [CRITERIA_NOT_MET],
  check(ctx) {
    const out: Finding[] = [];
    const length = ctx.ruleset.criteria.provincialEmulationYears;
    (ctx.book.nominations ?? []).forEach((n, i) => {
      const award = ctx.index.nominationAwards[i];
      if (award?.code !== AWARD.provincialEmulationFighter || isRejected(n) || !n.name || n.kind === "adHoc") return;
      if (n.subject !== null && n.subject !== "individual") return;
      const person = ctx.index.nominationPersons[i];
      const missing = missingChainYears(heldYears(ctx, person, AWARD.grassrootsEmulationFighter), ctx.year, length);
      if (missing) {
        const years = yearList(missing);
        const kept = (ctx.book.history?.length ?? 0) > 0;
        out.push(
          kept
            ? criteriaFinding(n, award, "error", "award", {
                vi: `cần ${length} năm liên tục đạt Chiến sĩ thi đua cơ sở, nhưng lịch sử khen thưởng của người này không có năm ${years}`,
                en: `needs ${length} consecutive years of Chiến sĩ thi đua cơ sở, but this person's award history lacks ${years}`,
              })
            : criteriaFinding(n, award, "warning", "award", {
                vi: `chưa chứng minh được ${length} năm liên tục đạt Chiến sĩ thi đua cơ sở: ${
                  ctx.book.history
                    ? "sheet Lịch sử khen thưởng chưa có"
                    : "sổ không có sheet Lịch sử khen thưởng để xác nhận"
                } năm ${years}`,
                en: `${length} consecutive years of Chiến sĩ thi đua cơ sở not shown: ${
                  ctx.book.history ? "the history sheet lacks" : "no history sheet to confirm"
                } ${years}`,
              }),
        );
      }
      if (!hasInitiative(n.initiative)) {
        out.push(
          criteriaFinding(n, award, "warning", "initiative", {
            vi: "chưa ghi sáng kiến; danh hiệu cần sáng kiến có phạm vi ảnh hưởng trong toàn tỉnh",
            en: "no initiative given; the title needs an initiative with province-wide effect",
          }),
        );
      }
    });
    return out;
  },
};
