/** Generated books for the benchmarks: realistic shapes, deterministic content. */
import type { CellValue } from "../domain/model";
import type { RawSheet } from "../sheets/parse";

const FAMILY = ["Giàng", "Lý", "Thào", "Sùng", "Vàng", "Tẩn", "Phàn", "Chảo", "Hoàng", "Lò", "Nguyễn", "Trần"];
const MIDDLE = ["A", "Thị", "Seo", "Láo", "Văn", "Thị Thu"];
const GIVEN = ["Sử", "Mỷ", "Chứ", "Páo", "Dua", "Lở", "San", "Mẩy", "Chỉn", "Tiến", "Hương", "Hà", "Hòa", "Thủy"];
const AWARDS = [
  "Lao động tiên tiến",
  "Lao động tiên tiến",
  "Lao động tiên tiến",
  "Chiến sĩ thi đua cơ sở",
  "Giấy khen của Chủ tịch UBND thị xã",
  "LĐTT",
];

/** A small deterministic PRNG so every run measures the same book. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export interface BookSize {
  units: number;
  nominations: number;
  targets: number;
  history: number;
}

export function generateBook(size: BookSize, seed = 2024): RawSheet[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const unitCode = (i: number) => `DV${String(i).padStart(4, "0")}`;
  const person = () => `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)} ${Math.floor(rnd() * 5000)}`;

  const units: CellValue[][] = [["Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Khối thi đua", "Số người", "Số LĐTT"]];
  for (let i = 1; i <= size.units; i++)
    units.push([unitCode(i), `Đơn vị số ${i}`, "Cơ quan chuyên môn", `K${(i % 8) + 1}`, 40, 30]);
  const blocks: CellValue[][] = [["Mã khối", "Tên khối", "Trưởng khối"]];
  for (let i = 1; i <= 8; i++) blocks.push([`K${i}`, `Khối thi đua số ${i}`, unitCode(i)]);

  const nominations: CellValue[][] = [
    [
      "STT",
      "Đối tượng",
      "Họ và tên",
      "Chức vụ",
      "Mã đơn vị",
      "Hình thức",
      "Loại khen thưởng",
      "Xếp loại",
      "Sáng kiến",
      "Ngày tuyển dụng",
      "Ngày đề nghị",
      "Nữ",
      "Dân tộc thiểu số",
    ],
  ];
  for (let i = 1; i <= size.nominations; i++) {
    nominations.push([
      i,
      "Cá nhân",
      person(),
      "Chuyên viên",
      unitCode(1 + Math.floor(rnd() * size.units)),
      pick(AWARDS),
      "Thường xuyên",
      rnd() < 0.5 ? "Hoàn thành xuất sắc nhiệm vụ" : "Hoàn thành tốt nhiệm vụ",
      rnd() < 0.2 ? "Sáng kiến cải tiến quy trình" : "",
      40000 + Math.floor(rnd() * 5000),
      "20/11/2024",
      rnd() < 0.5 ? "x" : "",
      rnd() < 0.6 ? "x" : "",
    ]);
  }
  const targets: CellValue[][] = [["Mã đơn vị", "Chỉ tiêu", "Đơn vị tính", "Giao", "Đăng ký", "Chiều"]];
  for (let i = 1; i <= size.targets; i++) {
    const assigned = 50 + Math.floor(rnd() * 50);
    targets.push([
      unitCode(1 + (i % size.units)),
      `Chỉ tiêu ${i}`,
      "%",
      assigned,
      assigned + Math.floor(rnd() * 5) - 1,
      rnd() < 0.8 ? "Tăng" : "Giảm",
    ]);
  }
  const history: CellValue[][] = [["Họ và tên", "Mã đơn vị", "Hình thức", "Năm", "Số quyết định"]];
  for (let i = 1; i <= size.history; i++) {
    history.push([
      person(),
      unitCode(1 + Math.floor(rnd() * size.units)),
      pick(AWARDS),
      2021 + (i % 3),
      `${i}/QĐ-UBND`,
    ]);
  }
  return [
    {
      name: "Kế hoạch",
      values: [
        ["Mục", "Giá trị"],
        ["Năm", 2024],
        ["Cấp", "Huyện"],
        ["Cơ quan ban hành", "UBND thị xã Sa Pa"],
      ],
    },
    { name: "Đơn vị", values: units },
    { name: "Khối thi đua", values: blocks },
    { name: "Chỉ tiêu", values: targets },
    { name: "Đề nghị khen thưởng", values: nominations },
    { name: "Lịch sử khen thưởng", values: history },
  ];
}

const STATS_AWARDS = [
  "Bằng khen của Chủ tịch UBND tỉnh",
  "Bằng khen của Chủ tịch UBND tỉnh",
  "Chiến sĩ thi đua cấp tỉnh",
  "Cờ thi đua của UBND tỉnh",
  "Huân chương Lao động hạng Ba",
  "Bằng khen của Thủ tướng Chính phủ",
  "Lao động tiên tiến",
  "Chiến sĩ thi đua cơ sở",
];
const SUBJECTS = ["Cá nhân", "Cá nhân", "Cá nhân", "Tập thể", "Hộ gia đình", ""];
const TIERS = ["", "Người trực tiếp lao động, công tác", "Lãnh đạo khác từ phó phòng trở lên", "Doanh nhân", ""];
const KINDS = ["", "Thường xuyên", "Chuyên đề", "Đột xuất"];

/**
 * A province's book for the statistics: `rows` records, a quarter nominations decided in the year
 * and the rest history over five years, with the columns the forms read (subject, tier, kind,
 * decision dates on both sides of the period's edges).
 */
export function generateStatsBook(rows: number, seed = 2025): RawSheet[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const units = 400;
  const unitCode = (i: number) => `DV${String(i).padStart(4, "0")}`;
  const person = () => `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)} ${Math.floor(rnd() * 20000)}`;
  const date = (year: number) => `${1 + Math.floor(rnd() * 28)}/${1 + Math.floor(rnd() * 12)}/${year}`;
  const unitRows: CellValue[][] = [["Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Khối thi đua"]];
  for (let i = 1; i <= units; i++)
    unitRows.push([
      unitCode(i),
      `Đơn vị số ${i}`,
      i % 10 === 0 ? "Doanh nghiệp" : "Cơ quan chuyên môn",
      `K${(i % 8) + 1}`,
    ]);
  const nominationCount = Math.floor(rows / 4);
  const nominations: CellValue[][] = [
    [
      "STT",
      "Đối tượng",
      "Họ và tên",
      "Mã đơn vị",
      "Hình thức",
      "Loại khen thưởng",
      "Phân loại cán bộ",
      "Lao động trực tiếp",
      "Kết quả",
      "Số quyết định",
      "Ngày quyết định",
    ],
  ];
  for (let i = 1; i <= nominationCount; i++) {
    const approved = rnd() < 0.7;
    nominations.push([
      i,
      pick(SUBJECTS.slice(0, 5)),
      person(),
      unitCode(1 + Math.floor(rnd() * units)),
      pick(STATS_AWARDS),
      pick(KINDS),
      pick(TIERS),
      rnd() < 0.3 ? "x" : "",
      approved ? "Đồng ý" : "Đề nghị",
      approved ? `${i}/QĐ-UBND` : "",
      approved ? date(2025) : "",
    ]);
  }
  const history: CellValue[][] = [
    [
      "Họ và tên",
      "Mã đơn vị",
      "Hình thức",
      "Năm",
      "Số quyết định",
      "Ngày quyết định",
      "Đối tượng",
      "Loại khen thưởng",
      "Phân loại cán bộ",
    ],
  ];
  for (let i = 1; i <= rows - nominationCount; i++) {
    const year = 2021 + (i % 5);
    history.push([
      person(),
      unitCode(1 + Math.floor(rnd() * units)),
      pick(STATS_AWARDS),
      year,
      `H${i}/QĐ-UBND`,
      rnd() < 0.9 ? date(year) : "",
      pick(SUBJECTS),
      pick(KINDS),
      pick(TIERS),
    ]);
  }
  const movements: CellValue[][] = [["Mã phong trào", "Tên phong trào", "Loại", "Phạm vi", "Giai đoạn"]];
  for (let i = 1; i <= 40; i++)
    movements.push([`PT${i}`, `Phong trào số ${i}`, i % 4 ? "Chuyên đề" : "Thường xuyên", "Toàn tỉnh", "2021-2025"]);
  return [
    {
      name: "Kế hoạch",
      values: [
        ["Mục", "Giá trị"],
        ["Năm", 2025],
        ["Cấp", "Tỉnh"],
        ["Cơ quan ban hành", "Sở Nội vụ tỉnh Lào Cai"],
      ],
    },
    { name: "Đơn vị", values: unitRows },
    { name: "Phong trào", values: movements },
    { name: "Đề nghị khen thưởng", values: nominations },
    { name: "Lịch sử khen thưởng", values: history },
  ];
}

/** A ward's book for the roll-up: its own people, 2025, commune level. */
export function generateWardBook(index: number, nominations: number): RawSheet[] {
  const sheets = generateBook({ units: 30, nominations, targets: 0, history: 300 }, 7000 + index);
  const plan = sheets.find((s) => s.name === "Kế hoạch")!;
  plan.values = [
    ["Mục", "Giá trị"],
    ["Năm", 2025],
    ["Cấp", "Xã"],
    ["Cơ quan ban hành", `UBND xã số ${index}`],
  ];
  return sheets;
}
