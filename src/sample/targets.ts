/**
 * Chỉ tiêu thi đua registered by the units against those assigned by QĐ 4389/QĐ-UBND (18/12/2023).
 * Figures are invented but of the right size. Results are not in yet on the demo day (10/12/2024).
 * Two rows register less than assigned: the mistakes the checker must flag.
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

interface Entry {
  draft: Draft<Target>;
  planted?: Planted;
}

function target([unit, name, movement, measure, assigned, registered, direction]: Row): Draft<Target> {
  return {
    unit,
    name,
    code: null,
    movement,
    measure,
    assigned,
    registered,
    result: null,
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
