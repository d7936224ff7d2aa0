import { isRejected } from "../context";
import type { Finding } from "../model";
import { AWARD } from "../ruleset";
import { looseKey } from "../text";
import type { Rule } from "./index";
import { CRITERIA_NOT_MET, criteriaFinding } from "./support";

/**
 * Tập thể lao động tiên tiến (Law Đ28.1): at least 70% of members hold Lao động tiên tiến
 * (Số LĐTT / Số thành viên), and nobody disciplined at "cảnh cáo" or above. Blank counts leave the
 * share unproven: a warning saying which columns to fill.
 */
export const advancedCollectiveCriteria: Rule = {
  codes: [CRITERIA_NOT_MET],
  check(ctx) {
    const out: Finding[] = [];
    const { collectiveAdvancedShare: min, barringDiscipline } = ctx.ruleset.criteria;
    (ctx.book.nominations ?? []).forEach((n, i) => {
      const award = ctx.index.nominationAwards[i];
      if (award?.code !== AWARD.advancedCollective || isRejected(n)) return;
      if (n.subject !== null && n.subject !== "collective") return;
      const members = n.memberCount;
      const advanced = n.advancedWorkerCount;
      if (members === null || advanced === null || members <= 0) {
        out.push(
          criteriaFinding(
            n,
            award,
            "warning",
            members === null || members <= 0 ? "memberCount" : "advancedWorkerCount",
            {
              vi: `chưa ghi đủ Số thành viên và Số LĐTT nên chưa tính được tỷ lệ; cần ít nhất ${min}% thành viên đạt Lao động tiên tiến`,
              en: `member count or LĐTT count missing, so the share cannot be worked out; at least ${min}% of members must hold Lao động tiên tiến`,
            },
          ),
        );
      } else if (advanced * 100 < min * members) {
        const share = Math.round((advanced * 1000) / members) / 10;
        out.push(
          criteriaFinding(n, award, "error", "advancedWorkerCount", {
            vi: `${advanced}/${members} thành viên đạt Lao động tiên tiến (${String(share).replace(".", ",")}%), dưới mức ${min}%`,
            en: `${advanced} of ${members} members hold Lao động tiên tiến (${share}%), below ${min}%`,
          }),
        );
      }
      if (n.discipline) {
        const k = looseKey(n.discipline);
        // "Không", "Không bị kỷ luật", "không cảnh cáo": no discipline.
        if (!k.startsWith("khong") && barringDiscipline.some((d) => k.includes(d))) {
          out.push(
            criteriaFinding(n, award, "error", "discipline", {
              vi: `có kỷ luật “${n.discipline}”; tập thể có người bị kỷ luật từ hình thức cảnh cáo trở lên không được xét`,
              en: `discipline “${n.discipline}”; a collective with anyone disciplined at warning (cảnh cáo) or above is not eligible`,
            }),
          );
        }
      }
    });
    return out;
  },
};
