/**
 * Chỉ tiêu thi đua registered by the units against those assigned by QĐ 4389/QĐ-UBND (18/12/2023).
 * Figures are invented but of the right size. On the demo day (10/12/2024) the blocks that score
 * themselves (K2 agencies, K5 wards, K6 communes) have reported their estimated year-end results
 * (ước thực hiện) for the block review; the other units' results are not in yet.
 * Two rows register less than assigned: the mistakes the checker must flag. Phường Sa Pa ends the
 * year just short of its waste-collection target, which keeps it from the flag (see scores.ts).
 */
import type { Direction, Target } from "../domain/model";
import type { Planted, SampleMistake } from "./mistakes";
import { REGULAR_MOVEMENT } from "./movements";
import { numbered, type Draft } from "./records";
import { targetsRegisteredOn } from "./submissions";

type Row = [
  unit: string,
  name: string,
  movement: string,
  measure: string,
  assigned: number,
  registered: number,
  direction?: Direction,
];

const POVERTY = "Tỷ lệ hộ nghèo cuối năm";
const BUDGET = "Thu ngân sách nhà nước trên địa bàn";
const WASTE = "Tỷ lệ thu gom, xử lý rác thải sinh hoạt";
const MILLION = "triệu đồng";
const R = REGULAR_MOVEMENT;

const COMMUNES: readonly Row[] = [
  ["X-BANHO", POVERTY, "VNN", "%", 14.5, 14, "down"],
  ["X-BANHO", BUDGET, R, MILLION, 1200, 1250],
  ["X-BANHO", "Tỷ lệ dân số tham gia bảo hiểm y tế", "SKND", "%", 97, 97.5],
  ["X-HOANGLIEN", POVERTY, "VNN", "%", 9.8, 9.5, "down"],
  ["X-HOANGLIEN", BUDGET, R, MILLION, 1850, 1900],
  ["X-HOANGLIEN", "Diện tích trồng rừng mới", "NQ10", "ha", 15, 15],
  ["X-LIENMINH", POVERTY, "VNN", "%", 18.2, 18, "down"],
  ["X-LIENMINH", BUDGET, R, MILLION, 950, 1000],
  ["X-LIENMINH", "Số tiêu chí nông thôn mới đạt thêm", "CTMTQG", "tiêu chí", 2, 2],
  ["X-MUONGBO", POVERTY, "VNN", "%", 16.5, 16, "down"],
  ["X-MUONGBO", BUDGET, R, MILLION, 1100, 1100],
  ["X-MUONGBO", "Số km đường giao thông nông thôn được cứng hóa", "HTTK", "km", 3, 3.5],
  ["X-MUONGHOA", POVERTY, "VNN", "%", 11.3, 11, "down"],
  ["X-MUONGHOA", BUDGET, R, MILLION, 2400, 2500],
  ["X-MUONGHOA", "Số hộ làm du lịch cộng đồng (homestay) đạt chuẩn", "NQ10", "hộ", 10, 12],
  ["X-NGUCHISON", POVERTY, "VNN", "%", 21.5, 21, "down"],
  ["X-NGUCHISON", BUDGET, R, MILLION, 700, 720],
  ["X-NGUCHISON", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "SKND", "%", 95, 95],
  ["X-TAPHIN", POVERTY, "VNN", "%", 12.6, 12.5, "down"],
  ["X-TAPHIN", BUDGET, R, MILLION, 1600, 1650],
  ["X-TAPHIN", "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến", "CDS", "%", 50, 55],
  ["X-TAVAN", POVERTY, "VNN", "%", 8.9, 8.5, "down"],
  ["X-TAVAN", BUDGET, R, MILLION, 3200, 3300],
  ["X-TAVAN", "Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa", R, "%", 85, 87],
  ["X-THANHBINH", POVERTY, "VNN", "%", 15.4, 15, "down"],
  ["X-THANHBINH", BUDGET, R, MILLION, 900, 950],
  ["X-THANHBINH", "Diện tích chè, cây dược liệu trồng mới", "NQ10", "ha", 20, 20],
  ["X-TRUNGCHAI", POVERTY, "VNN", "%", 19.7, 19.5, "down"],
  ["X-TRUNGCHAI", BUDGET, R, MILLION, 850, 900],
  ["X-TRUNGCHAI", "Số thanh niên được hỗ trợ học nghề, tạo việc làm", "TNLCDN", "người", 30, 30],
];

/** A row registered below what was assigned: a mistake the checker must flag. */
interface Below {
  below: Row;
}
const below = (row: Row): Below => ({ below: row });

const WARDS: readonly (Row | Below)[] = [
  below(["P-CAUMAY", WASTE, "HTTK", "%", 90, 85]),
  ["P-CAUMAY", BUDGET, R, MILLION, 3500, 3600],
  ["P-HAMRONG", WASTE, "HTTK", "%", 95, 96],
  ["P-HAMRONG", BUDGET, R, MILLION, 5200, 5300],
  ["P-OQUYHO", WASTE, "HTTK", "%", 90, 92],
  below(["P-OQUYHO", POVERTY, "VNN", "%", 3.5, 4, "down"]),
  ["P-OQUYHO", BUDGET, R, MILLION, 2900, 3000],
  ["P-PHANSIPANG", WASTE, "HTTK", "%", 92, 92],
  ["P-PHANSIPANG", BUDGET, R, MILLION, 4100, 4100],
  ["P-SAPA", WASTE, "HTTK", "%", 100, 100],
  ["P-SAPA", BUDGET, R, MILLION, 18500, 19000],
  ["P-SAPAA", WASTE, "HTTK", "%", 98, 99],
  ["P-SAPAA", BUDGET, R, MILLION, 9200, 9500],
];

const OTHERS: readonly Row[] = [
  ["PNV", "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn", "CCHC", "%", 100, 100],
  ["VPHDND", "Tỷ lệ văn bản đi được ký số (trừ văn bản mật)", "CDS", "%", 95, 98],
  ["PTCKH", "Tỷ lệ tiết kiệm chi thường xuyên", "HTTK", "%", 10, 10],
  ["PGDDT", "Tỷ lệ huy động trẻ 5 tuổi ra lớp", "GDDT", "%", 99.5, 99.8],
  ["PGDDT", "Số trường đạt chuẩn quốc gia được công nhận mới", "GDDT", "trường", 2, 3],
  ["PYT", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin", "SKND", "%", 95, 96],
  ["TTYT", "Tỷ suất chết trẻ em dưới 1 tuổi", "SKND", "‰", 16, 15.5, "down"],
  ["TTYT", "Tỷ lệ dân số được quản lý bằng hồ sơ sức khỏe điện tử", "CDS", "%", 90, 92],
  ["PLDTBXH", "Số lao động được giải quyết việc làm mới", R, "người", 1100, 1150],
  ["PKT", "Diện tích cây dược liệu trồng mới", "NQ10", "ha", 50, 55],
  ["PDT", "Số hộ đồng bào dân tộc thiểu số được hỗ trợ nhà ở", "CTMTQG", "hộ", 120, 120],
  ["PQLDT", "Số km đường giao thông nông thôn được cứng hóa", "HTTK", "km", 15, 16],
  ["TDOAN", "Số công trình, phần việc thanh niên", "TNLCDN", "công trình", 20, 25],
  ["MTTQ", "Quỹ “Vì người nghèo” vận động được", "VNN", MILLION, 800, 850],
  ["BDVTU", "Số mô hình “Dân vận khéo” được công nhận", "DVK", "mô hình", 10, 12],
  ["BCHQS", "Tỷ lệ hoàn thành chỉ tiêu giao quân", "QPAN", "%", 100, 100],
  ["CATX", "Tỷ lệ điều tra, khám phá án hình sự", "QPAN", "%", 80, 85],
  ["TTVHTTTT", "Số tin, bài tuyên truyền điển hình tiên tiến, gương người tốt việc tốt", R, "tin, bài", 24, 24],
];

/** Mã chỉ tiêu of the targets every commune or ward carries, so the score sheet can name them. */
const CODES: Record<string, string> = { [POVERTY]: "CT-HN", [BUDGET]: "CT-NS", [WASTE]: "CT-RT" };

/** Estimated year-end results (ước thực hiện), by unit and target. */
const RESULTS: Record<string, Record<string, number>> = {
  "X-BANHO": { [POVERTY]: 13.2, [BUDGET]: 1320, "Tỷ lệ dân số tham gia bảo hiểm y tế": 97.8 },
  "X-HOANGLIEN": { [POVERTY]: 9.1, [BUDGET]: 2010, "Diện tích trồng rừng mới": 16 },
  "X-LIENMINH": { [POVERTY]: 17.5, [BUDGET]: 1040, "Số tiêu chí nông thôn mới đạt thêm": 2 },
  "X-MUONGBO": { [POVERTY]: 15.8, [BUDGET]: 1150, "Số km đường giao thông nông thôn được cứng hóa": 3.6 },
  "X-MUONGHOA": { [POVERTY]: 10.2, [BUDGET]: 2700, "Số hộ làm du lịch cộng đồng (homestay) đạt chuẩn": 14 },
  "X-NGUCHISON": { [POVERTY]: 20.5, [BUDGET]: 735, "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ": 96 },
  "X-TAPHIN": { [POVERTY]: 12, [BUDGET]: 1720, "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến": 58 },
  "X-TAVAN": { [POVERTY]: 7.6, [BUDGET]: 3650, "Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa": 88 },
  "X-THANHBINH": { [POVERTY]: 14.6, [BUDGET]: 990, "Diện tích chè, cây dược liệu trồng mới": 21 },
  "X-TRUNGCHAI": { [POVERTY]: 19, [BUDGET]: 930, "Số thanh niên được hỗ trợ học nghề, tạo việc làm": 32 },
  "P-CAUMAY": { [WASTE]: 88, [BUDGET]: 3800 },
  "P-HAMRONG": { [WASTE]: 97, [BUDGET]: 5650 },
  "P-OQUYHO": { [WASTE]: 93, [POVERTY]: 3.6, [BUDGET]: 3150 },
  "P-PHANSIPANG": { [WASTE]: 92.5, [BUDGET]: 4200 },
  // Registered 100%: one residential group's collection point opened late in the year.
  "P-SAPA": { [WASTE]: 99.5, [BUDGET]: 21500 },
  "P-SAPAA": { [WASTE]: 99, [BUDGET]: 10100 },
  PNV: { "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn": 100 },
  VPHDND: { "Tỷ lệ văn bản đi được ký số (trừ văn bản mật)": 99 },
  PTCKH: { "Tỷ lệ tiết kiệm chi thường xuyên": 11 },
  PGDDT: { "Tỷ lệ huy động trẻ 5 tuổi ra lớp": 99.8, "Số trường đạt chuẩn quốc gia được công nhận mới": 3 },
  PYT: { "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin": 97 },
  PLDTBXH: { "Số lao động được giải quyết việc làm mới": 1210 },
  PKT: { "Diện tích cây dược liệu trồng mới": 58 },
  PDT: { "Số hộ đồng bào dân tộc thiểu số được hỗ trợ nhà ở": 120 },
  PQLDT: { "Số km đường giao thông nông thôn được cứng hóa": 17 },
};

interface Entry {
  draft: Draft<Target>;
  planted?: Planted;
}

function target([unit, name, movement, measure, assigned, registered, direction]: Row): Draft<Target> {
  return {
    unit,
    name,
    code: CODES[name] ?? null,
    movement,
    measure,
    assigned,
    registered,
    result: RESULTS[unit]?.[name] ?? null,
    direction: direction ?? "up",
    registeredOn: targetsRegisteredOn(unit),
  };
}

const PLANTED: Planted = { code: "TARGET_BELOW_ASSIGNED", field: "registered" };

function entries(): Entry[] {
  return [...COMMUNES, ...WARDS, ...OTHERS].map((line) =>
    "below" in line ? { draft: target(line.below), planted: PLANTED } : { draft: target(line) },
  );
}

export function sampleTargets(): { targets: Target[]; mistakes: SampleMistake[] } {
  const list = entries();
  const targets = numbered(list.map((e) => e.draft));
  const mistakes: SampleMistake[] = [];
  list.forEach((e, i) => {
    if (e.planted)
      mistakes.push({ code: e.planted.code, sheet: "targets", row: targets[i].row, field: e.planted.field });
  });
  return { targets, mistakes };
}
