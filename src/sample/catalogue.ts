/**
 * The sample's Danh mục khen thưởng: the ruleset's catalogue applies, and the town adds its own rule
 * that CSTĐCS stays within 15% of a unit's LĐTT. No text in force sets that quota (it was NĐ 91/2017
 * Đ9.3's); the sample keeps it as an assumed local rule, labelled so, to show where such a rule lives.
 */
import type { CatalogueEntry } from "../domain/model";

export function sampleCatalogue(): CatalogueEntry[] {
  return [
    {
      row: 2,
      extra: {},
      code: "CSTDCS",
      name: "Chiến sĩ thi đua cơ sở",
      subjects: ["individual"],
      decidingLevel: "district",
      maxRatio: 15,
      ratioBase: "LDTT",
      moneyFactor: null,
      minVoteShare: null,
      legalBasis:
        "Điều 23 Luật Thi đua, khen thưởng 2022; tỷ lệ: quy định riêng của thị xã Sa Pa (giả định, minh họa), không quá 15% số Lao động tiên tiến",
    },
  ];
}
