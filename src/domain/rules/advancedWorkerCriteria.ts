import { isRejected } from "../context";
import { addMonths, compareDates, formatDate } from "../dates";
import type { Finding } from "../model";
import { AWARD } from "../ruleset";
import type { Rule } from "./index";
import { CRITERIA_NOT_MET, RATING_WORDS, criteriaFinding } from "./support";

/**
 * Lao động tiên tiến: duties completed well or better (Law Đ24.1), and not for someone recruited less
 * than six months before the year ends (TT 01/2024). An empty rating or recruitment date proves
 * nothing either way and stays quiet: most LĐTT rows carry neither.
 */
export const advancedWorkerCriteria: Rule = {
  codes: [CRITERIA_NOT_MET],
  check(ctx) {
    const out: Finding[] = [];
    const months = ctx.ruleset.criteria.minServiceMonths;
    const yearEnd = { year: ctx.year + 1, month: 1, day: 1 };
    (ctx.book.nominations ?? []).forEach((n, i) => {
      const award = ctx.index.nominationAwards[i];
      if (award?.code !== AWARD.advancedWorker || isRejected(n)) return;
      if (n.subject !== null && n.subject !== "individual") return;
      if (n.recruitedOn && compareDates(addMonths(n.recruitedOn, months), yearEnd) > 0) {
        const date = formatDate(n.recruitedOn);
        out.push(
          criteriaFinding(
            n,
            award,
            "error",
            "recruitedOn",
            {
              vi: `tuyển dụng ngày ${date}, đến hết năm ${ctx.year} chưa đủ ${months} tháng công tác`,
              en: `recruited on ${date}, less than ${months} months of service by the end of ${ctx.year}`,
            },
            `${award.legalBasis}; Thông tư 01/2024/TT-BNV`,
          ),
        );
      }
      if (n.rating === "completed" || n.rating === "notCompleted") {
        const r = RATING_WORDS[n.rating];
        out.push(
          criteriaFinding(n, award, "error", "rating", {
            vi: `xếp loại “${r.vi}”, trong khi danh hiệu cần hoàn thành tốt nhiệm vụ trở lên`,
            en: `rated “${r.en}”, while the title needs duties completed well or better`,
          }),
        );
      }
    });
    return out;
  },
};
