/**
 * The deadline checks of `tdkt check` end to end: raw cells as a clerk typed them → findings on their
 * cells, in Vietnamese and English. Bad input is a finding on its cell, never a crash.
 */
import type { CellValue } from "../src/domain/model";
import { message } from "../src/i18n";
import { checkWorkbook } from "../src/sheets/checkWorkbook";
import type { RawSheet } from "../src/sheets/parse";

const PLAN: CellValue[][] = [
  ["Mục", "Giá trị"],
  ["Năm", 2024],
  ["Cấp", "Huyện"],
];
const UNITS: CellValue[][] = [
  ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Khối thi đua"],
  ["X-BANHO", "UBND xã Bản Hồ", "Xã, phường", "K6"],
  ["X-TAVAN", "UBND xã Tả Van", "Xã, phường", "K6"],
  ["TTVHTTTT", "Trung tâm Văn hóa, Thể thao và Truyền thông", "Đơn vị sự nghiệp", "K4"],
];
const HEADER = ["Mã", "Nội dung", "Hạn", "Đơn vị thực hiện", "Lặp lại", "Số lượng tối thiểu", "Ngày hoàn thành"];

function sheets(milestones: CellValue[][], submissions: CellValue[][]): RawSheet[] {
  return [
    { name: "Kế hoạch", values: PLAN },
    { name: "Đơn vị", values: UNITS },
    { name: "Tiến độ", values: [HEADER, ...milestones] },
    { name: "Nộp", values: [["Mã đơn vị", "Mã tiến độ", "Ngày nộp", "Ghi chú"], ...submissions] },
  ];
}

const deadlineCodes = new Set(["OVERDUE", "COUNT_SHORT", "SUBMITTED_LATE", "DATE_AFTER_TODAY"]);

describe("the deadline checks of a workbook", () => {
  const check = checkWorkbook(
    sheets(
      [
        ["DK-CT", "Đăng ký chỉ tiêu thi đua năm 2024", "15/03/2024", "Tất cả", "Không", null, null],
        ["TIN-TDKT", "Đăng tin, bài về điển hình tiên tiến", "31/01/2024", "TTVHTTTT", "Hàng tháng", 1, null],
        ["CT-2024", "Ban hành Chỉ thị phát động thi đua năm 2024", "31/01/2024", null, null, null, "05/02/2024"],
      ],
      [
        ["X-TAVAN", "dk-ct", "14/03/2024", null],
        ["X-BANHO", "DK-CT", "18/03/2024", null],
        ["TTVHTTTT", "TIN-TDKT", "18/01/2024", "Xã Tả Van - điểm sáng nông thôn mới"],
        ["TTVHTTTT", "TIN-TDKT", "2024-03-12", "Hội LHPN xã Trung Chải giúp hội viên thoát nghèo"],
      ],
    ),
    { year: 2024, month: 4, day: 10 },
  );
  const mine = check.findings.filter((f) => deadlineCodes.has(f.code));

  it("finds who is overdue, late and short on 10/04/2024, each on its cell", () => {
    expect(mine.map((f) => `${f.code} ${f.cell} ${f.unit ?? "-"} ${f.ref}`)).toEqual([
      "OVERDUE C2 TTVHTTTT DK-CT",
      "COUNT_SHORT F3 TTVHTTTT TIN-TDKT@2024-02",
      "SUBMITTED_LATE G4 - CT-2024",
      "SUBMITTED_LATE C3 X-BANHO DK-CT",
    ]);
    expect(mine.map((f) => f.severity)).toEqual(["error", "error", "warning", "warning"]);
  });

  it("reads each as a sentence in both languages, the office's task in its own words", () => {
    const vi = mine.map((f) => message(f, "vi"));
    expect(vi).toEqual([
      "Dòng 2: Trung tâm Văn hóa, Thể thao và Truyền thông chưa nộp “Đăng ký chỉ tiêu thi đua năm 2024” (DK-CT), hạn 15/03/2024, đã quá hạn 26 ngày.",
      "Dòng 3: “Đăng tin, bài về điển hình tiên tiến” (TIN-TDKT, tháng 02/2024), hạn 29/02/2024: Trung tâm Văn hóa, Thể thao và Truyền thông mới có 0, cần ít nhất 1.",
      "Dòng 4: “Ban hành Chỉ thị phát động thi đua năm 2024” (CT-2024) hoàn thành ngày 05/02/2024, muộn 5 ngày so với hạn 31/01/2024.",
      "Dòng 3: UBND xã Bản Hồ nộp “Đăng ký chỉ tiêu thi đua năm 2024” (DK-CT) ngày 18/03/2024, muộn 3 ngày so với hạn 15/03/2024.",
    ]);
    for (const f of mine) expect(message(f, "en")).toMatch(/^Row \d+: [^{}]+$/);
    expect(message(mine[0], "en")).toContain("has not handed in “Đăng ký chỉ tiêu thi đua năm 2024” (DK-CT)");
  });

  it("bad input is a finding on its cell: a deadline that is not a date, an unknown recurrence, a count not whole, a Nộp date after the reference day", () => {
    const bad = checkWorkbook(
      sheets(
        [
          ["BC-6T", "Báo cáo sơ kết 6 tháng", "31/06/2024", "Tất cả", null, null, null],
          ["TIN-TDKT", "Đăng tin, bài", "31/01/2024", "TTVHTTTT", "Hai tuần một lần", null, null],
          ["TIN-CD", "Tin, bài chuyên đề", "30/06/2024", "TTVHTTTT", "Hàng quý", "1,5", null],
          ["HN", "Hội nghị tập huấn", "sau Tết", null, null, null, null],
        ],
        [["X-TAVAN", "TIN-TDKT", "19/06/2042", null]],
      ),
      { year: 2024, month: 12, day: 10 },
    );
    const at = bad.findings
      .filter((f) => f.severity !== "info" && !["OVERDUE", "COUNT_SHORT"].includes(f.code))
      .map((f) => `${f.code} ${f.sheet}!${f.cell}`);
    expect(at).toEqual([
      "INVALID_DATE Tiến độ!C2",
      "INVALID_VALUE Tiến độ!E3",
      "INVALID_NUMBER Tiến độ!F4",
      "INVALID_DATE Tiến độ!C5",
      "DATE_AFTER_TODAY Nộp!C2",
    ]);
    // The rows that can still be read are tracked: TIN-TDKT as not repeating, TIN-CD as not counted.
    const owed = bad.findings.filter((f) => f.code === "OVERDUE").map((f) => f.ref);
    expect(owed).toContain("TIN-TDKT");
    expect(owed).toContain("TIN-CD@2024-Q2");
  });
});
