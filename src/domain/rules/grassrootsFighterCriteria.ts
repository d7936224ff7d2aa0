import { heldYears, isRejected } from "../context";
import type { Finding } from "../model";
import { AWARD } from "../ruleset";
import type { Rule } from "./index";
import { CRITERIA_NOT_MET, RATING_WORDS, criteriaFinding, hasInitiative } from "./support";

/**
 * Chiến sĩ thi đua cơ sở (Law Đ23): Lao động tiên tiến the same year, and either rated "hoàn thành
 * xuất sắc nhiệm vụ" or an initiative. LĐTT is often conferred by the unit's own head, so its absence
 * from the book is a warning (evidence missing), never an error. A rating below excellent with no
 * initiative is an error; no rating and no initiative is a warning.
 */
export const grassrootsFighterCriteria: Rule = {
  codes: [CRITERIA_NOT_MET],
  check(ctx) {
    const out: Finding[] = [];
    const y = ctx.year;
    (ctx.book.nominations ?? []).forEach((n, i) => {
      const award = ctx.index.nominationAwards[i];
      if (award?.code !== AWARD.grassrootsEmulationFighter || isRejected(n) || !n.name) return;
      if (n.subject !== null && n.subject !== "individual") return;
      const person = ctx.index.nominationPersons[i];
      if (!heldYears(ctx, person, AWARD.advancedWorker).has(y)) {
        const where = ctx.book.history
          ? {
              vi: "sheet Đề nghị khen thưởng hay sheet Lịch sử khen thưởng",
              en: "the nominations or the award history",
            }
          : {
              vi: "sheet Đề nghị khen thưởng (sổ không có sheet Lịch sử khen thưởng)",
              en: "the nominations (the book has no history sheet)",
            };
        out.push(
          criteriaFinding(n, award, "warning", "award", {
            vi: `chưa thấy danh hiệu Lao động tiên tiến năm ${y} của người này trong ${where.vi}; cần đạt Lao động tiên tiến năm ${y}`,
            en: `no Lao động tiên tiến for ${y} found in ${where.en}; the title needs it that year`,
          }),
        );
      }
      if (n.rating === "excellent" || hasInitiative(n.initiative)) return;
      if (n.rating === null) {
        out.push(
          criteriaFinding(n, award, "warning", "rating", {
            vi: "chưa ghi Xếp loại và Sáng kiến; cần hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến được công nhận",
            en: "no rating and no initiative given; the title needs duties completed excellently or a recognised initiative",
          }),
        );
      } else {
        const r = RATING_WORDS[n.rating];
        out.push(
          criteriaFinding(n, award, "error", "rating", {
            vi: `xếp loại “${r.vi}” và không có sáng kiến; cần hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến được công nhận`,
            en: `rated “${r.en}” with no initiative; the title needs duties completed excellently or a recognised initiative`,
          }),
        );
      }
    });
    return out;
  },
};
