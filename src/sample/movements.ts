/**
 * Phong trào thi đua: the regular one (plan III.1) and the thematic ones of plan III.2.
 * The plan names ten in parentheses and ends with "…": the eleventh, "Dân vận khéo", is assumed
 * (a movement most towns run, its standing body the Ban Dân vận). Standing units are assumed too.
 */
import type { Movement } from "../domain/model";
import { numbered, type Draft } from "./records";

const PERIOD = "2021-2025";

export const REGULAR_MOVEMENT = "THUONGXUYEN";

const MOVEMENTS: readonly Draft<Movement>[] = [
  movement(
    REGULAR_MOVEMENT,
    "Phong trào thi đua thường xuyên thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2024",
    "regular",
    "PNV",
  ),
  movement("TNLCDN", "Thanh niên làm chủ đất nước", "thematic", "TDOAN"),
  movement("SKND", "Bảo vệ, chăm sóc sức khỏe nhân dân và công tác dân số", "thematic", "PYT"),
  movement("GDDT", "Đổi mới, phát triển, nâng cao chất lượng giáo dục và đào tạo nguồn nhân lực", "thematic", "PGDDT"),
  movement("CCHC", "Thi đua đẩy mạnh cải cách hành chính", "thematic", "PNV"),
  movement("QPAN", "Xây dựng nền quốc phòng - an ninh vững chắc", "thematic", "BCHQS"),
  // The plan gives only the number; the standing unit is an assumption.
  movement("NQ10", "Thi đua thực hiện Nghị quyết số 10-NQ/TU của Tỉnh ủy Lào Cai", "thematic", "PKT"),
  movement("CTMTQG", "Thi đua thực hiện các Chương trình mục tiêu quốc gia", "thematic", "PDT"),
  movement("CDS", "Thi đua thực hiện chuyển đổi số", "thematic", "PVHTT"),
  movement("VNN", "Vì người nghèo - Không để ai bị bỏ lại phía sau", "thematic", "MTTQ"),
  movement(
    "HTTK",
    "Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí",
    "thematic",
    "PQLDT",
  ),
  // Assumed: not among the ten the plan lists before its "…".
  movement("DVK", "Thi đua “Dân vận khéo”", "thematic", "BDVTU"),
];

function movement(code: string, name: string, type: Movement["type"], standingUnit: string): Draft<Movement> {
  // Launched town-wide; the regular movement is the year's own, the thematic ones run over the
  // five-year period (their Thời hạn is left empty: Giai đoạn 2021-2025 says it).
  const yearly = type === "regular";
  return {
    code,
    name,
    type,
    standingUnit,
    period: yearly ? "2024" : PERIOD,
    scope: "sectorOrLocality",
    duration: yearly ? "oneYear" : null,
    method: null,
  };
}

export function sampleMovements(): Movement[] {
  return numbered(MOVEMENTS);
}
