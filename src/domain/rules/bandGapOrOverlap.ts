import { finding, type Finding } from "../finding";
import { bandProblems } from "../scoring/bands";
import type { Rule } from "./index";

export const BAND_GAP_OR_OVERLAP = "BAND_GAP_OR_OVERLAP";

/**
 * A band table (Xếp loại) that leaves totals without a band (a gap), gives some totals two bands
 * (an overlap), or has a band whose Điểm từ is above its Điểm đến. Reported on the upper band.
 */
export const bandGapOrOverlap: Rule<typeof BAND_GAP_OR_OVERLAP> = {
  codes: [BAND_GAP_OR_OVERLAP],
  check(ctx) {
    const bands = ctx.book.bands;
    if (!bands) return [];
    const out: Finding<typeof BAND_GAP_OR_OVERLAP>[] = [];
    for (const p of bandProblems(bands.filter((b) => b.from !== null || b.to !== null))) {
      const other = p.kind === "inverted" ? null : p.below;
      out.push(
        finding(BAND_GAP_OR_OVERLAP, "error", ctx.at("bands", p.band.row, p.kind === "inverted" ? "to" : "from"), {
          ref: p.band.code || null,
          params: {
            problem: p.kind,
            name: p.band.name,
            from: p.band.from,
            to: p.band.to,
            other: other?.name ?? null,
            otherFrom: other?.from ?? null,
            otherTo: other?.to ?? null,
          },
        }),
      );
    }
    return out;
  },
};
