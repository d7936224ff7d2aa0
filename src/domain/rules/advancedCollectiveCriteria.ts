import { isRejected } from "../context";
import type { Finding } from "../finding";
import { AWARD } from "../ruleset";
import { looseKey } from "../text";
import type { Rule } from "./index";
import { columnRead, CRITERIA_NOT_MET, criteriaFinding } from "./support";
import type { EvidenceColumn } from "../finding";

/**
 * Tập thể lao động tiên tiến (Law Đ28.1) and Tập thể lao động xuất sắc (Law Đ27): at least 70% of
 * members hold Lao động tiên tiến (Số LĐTT / Số thành viên), and nobody disciplined at "cảnh cáo" or
 * above; Tập thể lao động xuất sắc also needs at least one member holding Chiến sĩ thi đua cơ sở
 * (Số CSTĐCS). Blank counts leave a criterion unproven: a warning saying which column to fill, or
 * which columns the book lacks.
 */
export const advancedCollectiveCriteria: Rule<typeof CRITERIA_NOT_MET> = {
  codes: [CRITERIA_NOT_MET],
  check(ctx) {
    const out: Finding<typeof CRITERIA_NOT_MET>[] = [];
    const { collectiveAdvancedShare: minShare, barringDiscipline } = ctx.ruleset.criteria;
    (ctx.book.nominations ?? []).forEach((n, i) => {
      const award = ctx.index.nominationAwards[i];
      const excellent = award?.code === AWARD.excellentCollective;
      if (!award || (award.code !== AWARD.advancedCollective && !excellent) || isRejected(n)) return;
      if (n.subject !== null && n.subject !== "collective") return;
      const members = n.memberCount;
      const advanced = n.advancedWorkerCount;
      const absent = (["memberCount", "advancedWorkerCount"] as EvidenceColumn[]).filter(
        (f) => !columnRead(ctx, "nominations", f),
      );
      if ((members === null || advanced === null) && absent.length > 0) {
        out.push(
          criteriaFinding(ctx, n, award, "warning", "award", {
            kind: "columnsNotFound",
            columns: absent,
            need: "memberShare",
            rating: null,
            minShare,
          }),
        );
      } else if (members === null || advanced === null || members <= 0) {
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
      if (excellent && n.grassrootsFighterCount === null && !columnRead(ctx, "nominations", "grassrootsFighterCount")) {
        out.push(
          criteriaFinding(ctx, n, award, "warning", "award", {
            kind: "columnsNotFound",
            columns: ["grassrootsFighterCount"],
            need: "fighterMember",
            rating: null,
            minShare: null,
          }),
        );
      } else if (excellent && n.grassrootsFighterCount === null) {
        out.push(criteriaFinding(ctx, n, award, "warning", "grassrootsFighterCount", { kind: "fighterMemberUnknown" }));
      } else if (excellent && (n.grassrootsFighterCount ?? 0) < 1) {
        out.push(criteriaFinding(ctx, n, award, "error", "grassrootsFighterCount", { kind: "noFighterMember" }));
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
