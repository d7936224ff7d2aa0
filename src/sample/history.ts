/**
 * Lịch sử khen thưởng 2021–2023 of the 2024 nominees: what proves the chains the law asks for
 * (CSTĐ cấp tỉnh: CSTĐCS three years running; Bằng khen tỉnh: CSTĐCS two years running).
 * Decision numbers and dates are fictional. One 2021 entry is typed with the old tone mark
 * ("Hoà"), as older books often are: it is still the same person.
 */
import type { HistoryEntry } from "../domain/model";
import { d, numbered, type Draft } from "./records";

/** The town's year-end decisions (fictional): titles in one, CSTĐCS and Giấy khen in their own. */
const DECISIONS: Record<"title" | "fighter" | "merit", Record<number, [number: string, date: string]>> = {
  title: {
    2021: ["3215/QĐ-UBND", "22/12/2021"],
    2022: ["3462/QĐ-UBND", "20/12/2022"],
    2023: ["4120/QĐ-UBND", "25/12/2023"],
  },
  fighter: {
    2021: ["3217/QĐ-UBND", "22/12/2021"],
    2022: ["3464/QĐ-UBND", "20/12/2022"],
    2023: ["4122/QĐ-UBND", "25/12/2023"],
  },
  merit: {
    2021: ["3230/QĐ-UBND", "24/12/2021"],
    2022: ["3470/QĐ-UBND", "23/12/2022"],
    2023: ["4131/QĐ-UBND", "27/12/2023"],
  },
};

const DECISION_OF: Record<string, keyof typeof DECISIONS> = {
  "Lao động tiên tiến": "title",
  LĐTT: "title",
  "Tập thể lao động tiên tiến": "title",
  "Chiến sĩ thi đua cơ sở": "fighter",
  CSTĐCS: "fighter",
  "Giấy khen của Chủ tịch UBND thị xã": "merit",
};

/** [name, unit, award as typed, years] */
const HISTORY: readonly [name: string, unit: string, award: string, years: number[]][] = [
  ["Hoàng Văn Tiến", "PNV", "Lao động tiên tiến", [2023]],
  ["Lò Thị Hương", "PNV", "Lao động tiên tiến", [2022, 2023]],
  ["Lò Thị Hương", "PNV", "Chiến sĩ thi đua cơ sở", [2023]],
  ["Nguyễn Thị Thu Hà", "PTCKH", "Lao động tiên tiến", [2021]],
  ["Nguyễn Thị Thu Hà", "PTCKH", "Chiến sĩ thi đua cơ sở", [2022, 2023]],
  ["Vũ Thị Ngọc Ánh", "PGDDT", "Lao động tiên tiến", [2022, 2023]],
  ["Lý Láo San", "PDT", "Lao động tiên tiến", [2021, 2022, 2023]],
  ["Sùng A Páo", "PDT", "LĐTT", [2023]],
  ["Phòng Tư pháp thị xã", "PTP", "Tập thể lao động tiên tiến", [2023]],
  ["Thanh tra thị xã", "TTRA", "Tập thể lao động tiên tiến", [2022]],
  ["Trần Quốc Khánh", "TTYT", "Chiến sĩ thi đua cơ sở", [2021, 2022, 2023]],
  ["Nguyễn Thị Mai Phương", "TTYT", "Lao động tiên tiến", [2022, 2023]],
  ["Lương Văn Hiệp", "TTGDNN", "Chiến sĩ thi đua cơ sở", [2022, 2023]],
  ["Trần Thị Bích Ngọc", "P-SAPA", "Lao động tiên tiến", [2022, 2023]],
  ["Trần Thị Bích Ngọc", "P-SAPA", "Giấy khen của Chủ tịch UBND thị xã", [2022]],
  ["Lý Thị Hòa", "P-SAPA", "Lao động tiên tiến", [2023]],
  ["Giàng A Sử", "X-TAVAN", "Lao động tiên tiến", [2022, 2023]],
  ["Chảo Láo Chỉn", "X-TAPHIN", "Lao động tiên tiến", [2023]],
  ["Giàng Seo Phử", "X-MUONGHOA", "CSTĐCS", [2022, 2023]],
  ["UBND xã Mường Hoa", "X-MUONGHOA", "Tập thể lao động tiên tiến", [2023]],
  ["Thào Seo Chứ", "X-TRUNGCHAI", "Lao động tiên tiến", [2022, 2023]],
  ["Phan Thị Thanh Hoà", "THCS-SAPA", "Chiến sĩ thi đua cơ sở", [2021]],
  ["Phan Thị Thanh Hòa", "THCS-SAPA", "Chiến sĩ thi đua cơ sở", [2022, 2023]],
  ["Nguyễn Thị Lan Anh", "THCS-SAPA", "Lao động tiên tiến", [2022, 2023]],
  ["Nguyễn Thị Lan Anh", "THCS-SAPA", "Chiến sĩ thi đua cơ sở", [2022]],
  ["Giàng Thị Sao", "TH-TAVAN", "Lao động tiên tiến", [2023]],
  ["Hợp tác xã Dệt may thổ cẩm Tả Van", "HTX-TAVAN", "Giấy khen của Chủ tịch UBND thị xã", [2021]],
];

function entry(name: string, unit: string, award: string, year: number): Draft<HistoryEntry> {
  const [decisionNumber, date] = DECISIONS[DECISION_OF[award]][year];
  return {
    name,
    unit,
    award,
    year,
    decisionNumber,
    decisionDate: d(date),
    kind: "regular",
    source: null,
    subject: null,
    staffTier: null,
    enterprise: null,
  };
}

export function sampleHistory(): HistoryEntry[] {
  return numbered(HISTORY.flatMap(([name, unit, award, years]) => years.map((year) => entry(name, unit, award, year))));
}
