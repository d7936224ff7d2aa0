import { isRejected } from "../context";
import type { Finding } from "../finding";
import { AWARD } from "../ruleset";
import { looseKey } from "../text";
import type { Rule } from "./index";
import { CRITERIA_NOT_MET, criteriaFinding } from "./support";

/**
 * Tập thể lao động tiên tiến (Law Đ28.1): at least 70% of members hold Lao động tiên tiến
 * (Số LĐTT / Số thành viên), and nobody disciplined at "cảnh cáo" or above. Blank counts leave the
 * share unproven: a warning saying which columns to fill.
 */
export const advancedCollectiveCriteria: Rule<typeof CRITERIA_NOT_MET> = {
  codes: [CRITERIA_NOT_MET],
  check(ctx) {
    const out: Finding<typeof CRITERIA_NOT_MET>[] = [];
    const { collectiveAdvancedShare: minShare, barringDiscipline } = ctx.ruleset.criteria;
    (ctx.book.nominations ?? []).forEach((n, i) => {
      const award = ctx.index.nominationAwards[i];
      if (award?.code !== AWARD.advancedCollective || isRejected(n)) return;
      if (n.subject !== null && n.subject !== "collective") return;
      const members = n.memberCount;
      const advanced = n.advancedWorkerCount;
      if (members === null || advanced === null || members <= 0) {
        const field = members === null || members <= 0 ? "memberCount" : "advancedWorkerCount";
        out.push(criteriaFinding(ctx, n, award, "warning", field, { kind: "memberCountsMissing", minShare }));
      } else if (advanced * 100 < minShare * members) {
        const share = Math.round((advanced * 1000) / members) / 10;
        out.push(
          criteriaFinding(ctx, n, award, "error", "advancedWorkerCount", {
            kind: "advancedShareBelow",
            advanced,
            members,
            share,
            minShare,
          }),
        );
      }
      if (n.discipline) {
        const k = looseKey(n.discipline);
        // "Không", "Không bị kỷ luật", "không cảnh cáo": no discipline.
        if (!k.startsWith("khong") && barringDiscipline.some((d) => k.includes(d))) {
          out.push(
            criteriaFinding(ctx, n, award, "error", "discipline", {
              kind: "collectiveDisciplined",
              discipline: n.discipline,
            }),
          );
        }
      }
    });
    return out;
  },
};
