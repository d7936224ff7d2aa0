/**
 * Books built the way other clerks build them, not from our sample: merged banners and the national
 * heading above the table, the header frozen at row 5 or 6, a two-row header under a merged group
 * title, the column-number row, section rows, totals, an Excel Table with its totals row, the
 * signature block, text dates, Vietnamese and abbreviated sheet names, award names as decisions
 * write them. Each book lists the mistakes planted in it (every error or warning the check must
 * raise, at its sheet and row). Written to .xlsx with exceljs by the tests; nothing is committed.
 */
import ExcelJS from "exceljs";
import path from "path";

export interface Planted {
  code: string;
  sheet: string;
  row: number | null;
  /** Why it is a mistake, for the reader of the test. */
  why: string;
}

export interface ClerkBook {
  file: string;
  /** Every error and warning the check must raise, and no other. */
  planted: Planted[];
  /** Rows of data without any mistake: no finding of any severity may point at them, except notes listed here. */
  clean: { sheet: string; rows: number[] };
}

type Row = (string | number | Date | null)[];

/** National heading and the issuer, merged across the table as a clerk lays it out. */
function banner(ws: ExcelJS.Worksheet, width: string, title: string): void {
  ws.getCell("A1").value = "UBND PHƯỜNG ĐÔNG HƯNG";
  ws.getCell("E1").value = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  ws.getCell("A2").value = "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG";
  ws.getCell("E2").value = "Độc lập - Tự do - Hạnh phúc";
  ws.mergeCells("A1:D1");
  ws.mergeCells(`E1:${width}1`);
  ws.mergeCells("A2:D2");
  ws.mergeCells(`E2:${width}2`);
  ws.getCell("A4").value = title;
  ws.mergeCells(`A4:${width}4`);
  for (const a of ["A1", "E1", "A2", "E2", "A4"]) {
    ws.getCell(a).font = { name: "Times New Roman", bold: true, size: 12 };
    ws.getCell(a).alignment = { horizontal: "center" };
  }
}

function put(ws: ExcelJS.Worksheet, row: number, cells: Row): void {
  cells.forEach((v, i) => {
    if (v !== null) ws.getCell(row, i + 1).value = v;
  });
}

/** The plan as a ward keeps it: the 2026 plan of phường Đông Hưng. */
function planSheet(wb: ExcelJS.Workbook): void {
  const plan = wb.addWorksheet("Kế hoạch");
  plan.getCell("A1").value = "KẾ HOẠCH THI ĐUA, KHEN THƯỞNG NĂM 2026";
  plan.mergeCells("A1:B1");
  put(plan, 3, ["Mục", "Giá trị"]);
  put(plan, 4, ["Năm", 2026]);
  put(plan, 5, ["Cấp", "Phường"]);
  put(plan, 6, ["Cơ quan ban hành", "UBND phường Đông Hưng"]);
}

function signature(ws: ExcelJS.Worksheet, row: number, leftCol: number, rightCol: number): void {
  ws.getCell(row, rightCol).value = "Đông Hưng, ngày 10 tháng 12 năm 2026";
  ws.getCell(row + 1, leftCol).value = "NGƯỜI LẬP BIỂU";
  ws.getCell(row + 1, rightCol).value = "TM. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG";
  ws.getCell(row + 2, rightCol).value = "CHỦ TỊCH";
  ws.getCell(row + 3, leftCol).value = "(Ký, ghi rõ họ tên)";
  ws.getCell(row + 3, rightCol).value = "(Ký tên, đóng dấu)";
  ws.getCell(row + 7, leftCol).value = "Trần Văn Minh";
  ws.getCell(row + 7, rightCol).value = "Nguyễn Thị Thu Hà";
}

/**
 * The ward book of the issue: a 2026 ward (phường Đông Hưng, tỉnh Hưng Yên) after the reform, whose
 * nominations sheet is "Đề nghị khen thưởng năm 2026" and units sheet "DS đơn vị".
 */
export async function wardBook(dir: string): Promise<ClerkBook> {
  const wb = new ExcelJS.Workbook();
  const NOM = "Đề nghị khen thưởng năm 2026";
  const UNITS = "DS đơn vị";

  planSheet(wb);

  // Units as an Excel Table with its totals row, under a merged banner; header frozen at row 5.
  const units = wb.addWorksheet(UNITS, { views: [{ state: "frozen", ySplit: 5 }] });
  banner(units, "F", "DANH SÁCH CÁC ĐƠN VỊ, TỔ DÂN PHỐ");
  units.addTable({
    name: "DonVi",
    ref: "A5",
    headerRow: true,
    totalsRow: true,
    columns: [
      { name: "Mã ĐV", totalsRowLabel: "Tổng" },
      { name: "Tên đơn vị" },
      { name: "Loại đơn vị" },
      { name: "Số CBCCVC", totalsRowFunction: "sum" },
      { name: "Số LĐTT", totalsRowFunction: "sum" },
      { name: "Ghi chú" },
    ],
    rows: [
      ["VP", "Văn phòng HĐND và UBND phường", "Cơ quan chuyên môn", 18, 16, null],
      ["MN-DH", "Trường Mầm non Đông Hưng", "Trường học", 32, 28, null],
      ["TH-DH", "Trường Tiểu học Đông Hưng", "Trường học", 41, 36, null],
      ["TYT", "Trạm Y tế phường Đông Hưng", "Đơn vị sự nghiệp", 12, 10, "Sáp nhập 2025"],
      ["TDP3", "Tổ dân phố số 3", "Khác", null, null, null],
    ],
  });

  // Nominations: two header rows under a merged group, the column numbers, sections, totals, signatures.
  const nom = wb.addWorksheet(NOM, { views: [{ state: "frozen", ySplit: 7 }] });
  banner(nom, "K", "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2026");
  put(nom, 5, [
    "STT",
    "Họ và tên",
    "Đối tượng",
    "Đơn vị",
    null,
    "Chức vụ",
    "Danh hiệu đề nghị",
    "Đánh giá, xếp loại",
    "Sáng kiến",
    "Ngày tuyển dụng",
    "Ghi chú",
  ]);
  put(nom, 6, [null, null, null, "Mã đơn vị", "Tên đơn vị"]);
  for (const col of ["A", "B", "C", "F", "G", "H", "I", "J", "K"]) nom.mergeCells(`${col}5:${col}6`);
  nom.mergeCells("D5:E5");
  put(nom, 7, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)"]);
  put(nom, 8, ["A. DANH HIỆU THI ĐUA"]);
  nom.mergeCells("A8:K8");
  put(nom, 9, ["I", "Lao động tiên tiến (5 cá nhân, 1 tập thể)"]);
  const tt = (n: number, ...rest: Row): Row => [n, ...rest];
  put(
    nom,
    10,
    tt(
      1,
      "Nguyễn Văn Hùng",
      "Cá nhân",
      "VP",
      "Văn phòng HĐND và UBND phường",
      "Chuyên viên",
      "Lao động tiên tiến năm 2026",
      "Hoàn thành xuất sắc nhiệm vụ",
      "Số hóa hồ sơ một cửa",
      "15/03/2019",
    ),
  );
  put(
    nom,
    11,
    tt(
      2,
      "Trần Thị Lan",
      "Cá nhân",
      "MN-DH",
      "Trường Mầm non Đông Hưng",
      "Giáo viên",
      "Danh hiệu “Lao động tiên tiến”",
      "Hoàn thành tốt nhiệm vụ",
      null,
      "01/08/2016",
    ),
  );
  // Recruited 01/09/2026: not six months by the end of 2026.
  put(
    nom,
    12,
    tt(
      3,
      "Phạm Văn Đức",
      "Cá nhân",
      "TH-DH",
      "Trường Tiểu học Đông Hưng",
      "Giáo viên",
      "LĐTT",
      "Hoàn thành tốt nhiệm vụ",
      null,
      "01/09/2026",
    ),
  );
  // The unit code carries a zero-width space, pasted from a web page: it is still VP.
  put(
    nom,
    13,
    tt(
      4,
      "Lê Thị Hoa",
      "Cá nhân",
      "VP\u200b",
      "Văn phòng HĐND và UBND phường",
      "Văn thư",
      "Lao động tiên tiến năm 2026",
      "Hoàn thành tốt nhiệm vụ",
      null,
      "10/10/2020",
    ),
  );
  // The same person as row 11, written as the abbreviation.
  put(
    nom,
    14,
    tt(
      5,
      "Trần Thị Lan",
      "Cá nhân",
      "MN-DH",
      "Trường Mầm non Đông Hưng",
      "Giáo viên",
      "LĐTT",
      "Hoàn thành tốt nhiệm vụ",
      null,
      "01/08/2016",
    ),
  );
  // A collective for an individual's title.
  put(
    nom,
    15,
    tt(
      6,
      "Trường Mầm non Đông Hưng",
      "Tập thể",
      "MN-DH",
      "Trường Mầm non Đông Hưng",
      null,
      "Lao động tiên tiến năm 2026",
      null,
      null,
      null,
    ),
  );
  put(nom, 16, ["II", "Chiến sĩ thi đua cơ sở (2 cá nhân)"]);
  put(
    nom,
    17,
    tt(
      7,
      "Nguyễn Văn Hùng",
      "Cá nhân",
      "VP",
      "Văn phòng HĐND và UBND phường",
      "Chuyên viên",
      "Danh hiệu Chiến sĩ thi đua cơ sở năm 2026",
      "Hoàn thành xuất sắc nhiệm vụ",
      "Số hóa hồ sơ một cửa",
      "15/03/2019",
    ),
  );
  // Rated "tốt" without an initiative, and not a Lao động tiên tiến of 2026 in the book.
  put(
    nom,
    18,
    tt(
      8,
      "Vũ Thị Hằng",
      "Cá nhân",
      "TYT",
      "Trạm Y tế phường Đông Hưng",
      "Y sĩ",
      "Chiến sỹ thi đua cơ sở",
      "Hoàn thành tốt nhiệm vụ",
      null,
      "01/06/2015",
    ),
  );
  put(nom, 19, ["B. HÌNH THỨC KHEN THƯỞNG"]);
  nom.mergeCells("A19:K19");
  put(
    nom,
    20,
    tt(
      9,
      "Tổ dân phố số 3",
      "Tập thể",
      "TDP3",
      "Tổ dân phố số 3",
      null,
      "Giấy khen của Chủ tịch UBND phường Đông Hưng",
      null,
      null,
      null,
    ),
  );
  put(
    nom,
    21,
    tt(
      10,
      "Đỗ Văn Thắng",
      "Cá nhân",
      "VP",
      "Văn phòng HĐND và UBND phường",
      "Phó Chủ tịch UBND phường",
      "Bằng khen của Chủ tịch UBND tỉnh Hưng Yên",
      "Hoàn thành xuất sắc nhiệm vụ",
      null,
      "01/02/2010",
    ),
  );
  put(
    nom,
    22,
    tt(
      11,
      "Tổ dân phố số 3",
      "Thôn, tổ dân phố",
      "TDP3",
      "Tổ dân phố số 3",
      null,
      "Tổ dân phố văn hóa năm 2026",
      null,
      null,
      null,
    ),
  );
  // A unit the ward does not have.
  put(
    nom,
    23,
    tt(
      12,
      "Bùi Thị Thu",
      "Cá nhân",
      "TYT-DH",
      "Trạm Y tế",
      "Điều dưỡng",
      "Giấy khen của Chủ tịch UBND phường Đông Hưng",
      null,
      null,
      null,
    ),
  );
  // A title no catalogue holds.
  put(
    nom,
    24,
    tt(
      13,
      "Hoàng Văn Nam",
      "Cá nhân",
      "TH-DH",
      "Trường Tiểu học Đông Hưng",
      "Hiệu trưởng",
      "Lao động xuất sắc năm 2026",
      null,
      null,
      null,
    ),
  );
  put(nom, 25, ["Tổng cộng: 13"]);
  nom.mergeCells("A25:F25");
  signature(nom, 27, 2, 7);

  // Award history under its abbreviated name: Đỗ Văn Thắng's two years of CSTĐCS for the Bằng khen.
  const history = wb.addWorksheet("LS khen thưởng");
  put(history, 1, ["Họ và tên", "Mã ĐV", "Danh hiệu", "Năm", "Số QĐ"]);
  put(history, 2, ["Đỗ Văn Thắng", "VP", "CSTĐCS", 2024, "125/QĐ-UBND"]);
  put(history, 3, ["Đỗ Văn Thắng", "VP", "Chiến sĩ thi đua cơ sở năm 2025", 2025, "98/QĐ-UBND"]);

  // Targets under "Chỉ tiêu TĐ", numbers as clerks type them.
  const targets = wb.addWorksheet("Chỉ tiêu TĐ");
  put(targets, 1, ["Mã ĐV", "Tên chỉ tiêu", "ĐVT", "Chỉ tiêu giao", "Chỉ tiêu đăng ký", "Chiều"]);
  put(targets, 2, ["VP", "Hồ sơ giải quyết đúng hạn", "%", 98, 99, "Tăng"]);
  // Registered below what was assigned.
  put(targets, 3, ["TYT", "Tỷ lệ tiêm chủng đầy đủ", "%", 95, "90", "Tăng"]);

  wb.addWorksheet("Ghi chép").getCell("A1").value = "Nhắc: nộp hồ sơ về Phòng Nội vụ trước 10/12";

  const file = path.join(dir, "so-tdkt-dong-hung-2026.xlsx");
  await wb.xlsx.writeFile(file);
  return {
    file,
    planted: [
      { code: "CRITERIA_NOT_MET", sheet: NOM, row: 12, why: "recruited 01/09/2026, too late for LĐTT 2026" },
      { code: "INVISIBLE_CHARACTERS", sheet: NOM, row: 13, why: "a zero-width space in the unit code" },
      { code: "DUPLICATE_NOMINATION", sheet: NOM, row: 14, why: "Trần Thị Lan proposed twice for LĐTT" },
      { code: "AWARD_SUBJECT_MISMATCH", sheet: NOM, row: 15, why: "a collective for Lao động tiên tiến" },
      { code: "CRITERIA_NOT_MET", sheet: NOM, row: 18, why: "CSTĐCS rated good without an initiative" },
      { code: "CRITERIA_NOT_MET", sheet: NOM, row: 18, why: "CSTĐCS without LĐTT 2026 in the book" },
      { code: "UNKNOWN_UNIT", sheet: NOM, row: 23, why: "TYT-DH is not a unit" },
      { code: "UNKNOWN_AWARD", sheet: NOM, row: 24, why: "no Lao động xuất sắc title for an individual" },
      { code: "TARGET_BELOW_ASSIGNED", sheet: "Chỉ tiêu TĐ", row: 3, why: "registered 90 under 95" },
    ],
    clean: { sheet: NOM, rows: [10, 11, 17, 20, 21, 22] },
  };
}

/**
 * A book whose nominations are on "Sheet1" (known only by its header), with the unit code column
 * written twice (the first left empty), a supplementary list under a similar name, and deadlines
 * with text dates under "Tiến độ 2026".
 */
export async function sheet1Book(dir: string): Promise<ClerkBook> {
  const wb = new ExcelJS.Workbook();
  planSheet(wb);
  const units = wb.addWorksheet("Đơn vị");
  put(units, 1, ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"]);
  put(units, 2, ["VP", "Văn phòng HĐND và UBND phường", "Cơ quan chuyên môn"]);
  put(units, 3, ["MN-DH", "Trường Mầm non Đông Hưng", "Trường học"]);

  const s1 = wb.addWorksheet("Sheet1", { views: [{ state: "frozen", ySplit: 3 }] });
  s1.getCell("A1").value = "Danh sách đề nghị khen thưởng cuối năm";
  s1.mergeCells("A1:G1");
  put(s1, 3, ["TT", "Họ tên", "Đối tượng", "Mã đơn vị", "Mã đơn vị", "Hình thức khen thưởng", "Xếp loại"]);
  put(s1, 4, [1, "Nguyễn Thị Mai", "Cá nhân", null, "VP", "Lao động tiên tiến", "Hoàn thành tốt nhiệm vụ"]);
  put(s1, 5, [2, "Phạm Thị Ngọc", "Cá nhân", null, "MN-DH", "LĐTT", "Hoàn thành tốt nhiệm vụ"]);
  put(s1, 6, [3, "Lương Văn Tâm", "Cá nhân", null, "MN-DHH", "LĐTT", "Hoàn thành tốt nhiệm vụ"]);

  const extra = wb.addWorksheet("Đề nghị khen thưởng bổ sung");
  put(extra, 1, ["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức"]);
  put(extra, 2, [1, "Cá nhân", "Đinh Văn Toàn", "VP", "Giấy khen"]);

  const ms = wb.addWorksheet("Tiến độ 2026");
  put(ms, 1, ["Mã", "Nội dung", "Hạn", "Đơn vị thực hiện"]);
  put(ms, 2, ["BC-NAM", "Báo cáo tổng kết năm", "15/11/2026", "Tất cả"]);
  put(ms, 3, ["HS-KT", "Nộp hồ sơ đề nghị khen thưởng", "31/11/2026", "Tất cả"]);

  const file = path.join(dir, "so-tdkt-sheet1.xlsx");
  await wb.xlsx.writeFile(file);
  return {
    file,
    planted: [
      { code: "DUPLICATE_COLUMN", sheet: "Sheet1", row: 3, why: "Mã đơn vị written twice; the first is empty" },
      { code: "UNKNOWN_UNIT", sheet: "Sheet1", row: 6, why: "MN-DHH is not a unit" },
      { code: "SHEET_NOT_READ", sheet: "Đề nghị khen thưởng bổ sung", row: null, why: "a second list, not read" },
      { code: "INVALID_DATE", sheet: "Tiến độ 2026", row: 3, why: "31/11/2026 does not exist" },
    ],
    clean: { sheet: "Sheet1", rows: [4, 5] },
  };
}

/**
 * A book the checker could only half read: nominations under "Đề nghị KT" without a unit code column
 * (the unit is under "Đơn vị công tác") and without Xếp loại or Sáng kiến; targets whose header sits
 * at row 18, past the rows searched.
 */
export async function halfReadBook(dir: string): Promise<ClerkBook> {
  const wb = new ExcelJS.Workbook();
  planSheet(wb);
  const units = wb.addWorksheet("ĐV");
  put(units, 1, ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"]);
  put(units, 2, ["VP", "Văn phòng HĐND và UBND phường", "Cơ quan chuyên môn"]);

  const nom = wb.addWorksheet("Đề nghị KT");
  put(nom, 1, ["STT", "Họ và tên", "Đối tượng", "Đơn vị công tác", "Danh hiệu thi đua đề nghị"]);
  put(nom, 2, [1, "Nguyễn Văn Hùng", "Cá nhân", "Văn phòng HĐND và UBND phường", "Chiến sĩ thi đua cơ sở"]);
  put(nom, 3, [2, "Lê Thị Hoa", "Cá nhân", "Văn phòng HĐND và UBND phường", "Lao động tiên tiến"]);

  const targets = wb.addWorksheet("Chỉ tiêu");
  targets.getCell("A1").value = "BẢNG ĐĂNG KÝ CHỈ TIÊU THI ĐUA NĂM 2026";
  for (let r = 2; r <= 17; r++) targets.getCell(r, 1).value = r === 10 ? "(Kèm theo Kế hoạch số 12/KH-UBND)" : null;
  put(targets, 18, ["Mã đơn vị", "Chỉ tiêu", "Giao", "Đăng ký"]);
  put(targets, 19, ["VP", "Hồ sơ đúng hạn", 98, 97]);

  const file = path.join(dir, "so-tdkt-nua-doc.xlsx");
  await wb.xlsx.writeFile(file);
  return {
    file,
    planted: [
      { code: "MISSING_COLUMN", sheet: "Đề nghị KT", row: 1, why: "no Mã đơn vị column" },
      { code: "CRITERIA_NOT_MET", sheet: "Đề nghị KT", row: 2, why: "CSTĐCS: no Xếp loại nor Sáng kiến column" },
      { code: "CRITERIA_NOT_MET", sheet: "Đề nghị KT", row: 2, why: "CSTĐCS: LĐTT of 2026 not in the book" },
      { code: "MISSING_COLUMN", sheet: "Chỉ tiêu", row: null, why: "header at row 18" },
      { code: "MISSING_COLUMN", sheet: "Chỉ tiêu", row: null, why: "header at row 18" },
      { code: "MISSING_COLUMN", sheet: "Chỉ tiêu", row: null, why: "header at row 18" },
      { code: "MISSING_COLUMN", sheet: "Chỉ tiêu", row: null, why: "header at row 18" },
    ],
    clean: { sheet: "Đề nghị KT", rows: [3] },
  };
}

/** Only the units are read; the nominations are under a name that is more than the contract's. */
export async function unreadBook(dir: string): Promise<ClerkBook> {
  const wb = new ExcelJS.Workbook();
  planSheet(wb);
  const units = wb.addWorksheet("Danh sách đơn vị");
  put(units, 1, ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"]);
  put(units, 2, ["VP", "Văn phòng HĐND và UBND phường", "Cơ quan chuyên môn"]);
  const nom = wb.addWorksheet("Đề nghị khen thưởng đợt 2");
  put(nom, 1, ["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức"]);
  put(nom, 2, [1, "Cá nhân", "Nguyễn Văn Hùng", "KHONG-CO", "Lao động tiên tiến"]);
  const file = path.join(dir, "so-tdkt-chua-doc.xlsx");
  await wb.xlsx.writeFile(file);
  return {
    file,
    planted: [{ code: "SHEET_NOT_READ", sheet: "Đề nghị khen thưởng đợt 2", row: null, why: "not read" }],
    clean: { sheet: "Danh sách đơn vị", rows: [2] },
  };
}

/**
 * Another ward's book (phường Hồng Châu), laid out by its own clerk: no plan sheet, units under
 * "Danh sach DV" written without tone marks with a "Cộng" row, the nominations under "DS đề nghị
 * khen thưởng" with a two-row header (“Cá nhân/Tập thể”, “Danh hiệu đề nghị”, “Đánh giá, xếp
 * loại”), column numbers 1 2 3…, sections, awards as decisions write them and abbreviations,
 * "Tổng cộng", and a signature block signed "KT. CHỦ TỊCH".
 */
export async function hongChauBook(dir: string): Promise<ClerkBook> {
  const wb = new ExcelJS.Workbook();
  const UNITS = "Danh sach DV";
  const NOM = "DS đề nghị khen thưởng";
  const u = wb.addWorksheet(UNITS, { views: [{ state: "frozen", ySplit: 6 }] });
  put(u, 1, ["UBND PHƯỜNG HỒNG CHÂU", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
  u.mergeCells("A1:C1");
  u.mergeCells("D1:F1");
  put(u, 3, ["DANH SÁCH ĐƠN VỊ THUỘC PHƯỜNG"]);
  u.mergeCells("A3:F3");
  put(u, 6, ["STT", "Mã ĐV", "Tên đơn vị", "Loại đơn vị", "Biên chế", "Ghi chú"]);
  put(u, 7, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]);
  put(u, 8, [1, "VP", "Văn phòng HĐND và UBND phường", "Cơ quan chuyên môn", 20]);
  put(u, 9, [2, "THCS-HC", "Trường THCS Hồng Châu", "Trường học", 38]);
  put(u, 10, [3, "TDP5", "Tổ dân phố số 5", "Khác"]);
  put(u, 11, ["Cộng", null, null, null, 58]);

  const n = wb.addWorksheet(NOM, { views: [{ state: "frozen", ySplit: 7 }] });
  put(n, 1, ["UBND PHƯỜNG HỒNG CHÂU", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
  n.mergeCells("A1:D1");
  n.mergeCells("E1:I1");
  put(n, 2, [null, null, null, null, "Độc lập - Tự do - Hạnh phúc"]);
  n.mergeCells("E2:I2");
  put(n, 3, ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2026"]);
  n.mergeCells("A3:I3");
  put(n, 5, ["TT", "Họ và tên", "Cá nhân/Tập thể", "Đơn vị", null, "Đề nghị", null, "Đánh giá, xếp loại", "Ghi chú"]);
  n.mergeCells("D5:E5");
  n.mergeCells("F5:G5");
  for (const c of ["A", "B", "C", "H", "I"]) n.mergeCells(`${c}5:${c}6`);
  put(n, 6, [null, null, null, "Mã ĐV", "Chức vụ", "Danh hiệu đề nghị", "Sáng kiến"]);
  put(n, 7, ["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
  put(n, 8, ["A. DANH HIỆU THI ĐUA"]);
  n.mergeCells("A8:I8");
  put(n, 9, ["I", "Lao động tiên tiến (4 cá nhân)"]);
  const good = "Hoàn thành tốt nhiệm vụ";
  put(n, 10, [1, "Đào Thị Ngọc Ánh", "Cá nhân", "VP", "Chuyên viên", "Lao động tiên tiến năm 2026", null, good]);
  put(n, 11, [2, "Bùi Văn Toàn", "Cá nhân", "THCS\u200b-HC", "Giáo viên", "LĐTT", null, good]);
  put(n, 12, [3, "Đào Thị Ngọc Ánh", "Cá nhân", "VP", "Chuyên viên", "“Lao động tiên tiến”", null, good]);
  put(n, 13, [4, "Trường THCS Hồng Châu", "Tập thể", "THCS-HC", null, "Lao động tiên tiến"]);
  put(n, 14, ["II", "Chiến sĩ thi đua cơ sở (2 cá nhân)"]);
  put(n, 15, [
    5,
    "Bùi Văn Toàn",
    "Cá nhân",
    "THCS-HC",
    "Giáo viên",
    "Danh hiệu Chiến sĩ thi đua cơ sở năm 2026",
    "Đổi mới dạy học môn Toán",
    "Hoàn thành xuất sắc nhiệm vụ",
  ]);
  put(n, 16, [6, "Đào Thị Ngọc Ánh", "Cá nhân", "VP", "Chuyên viên", "CSTĐCS", null, good]);
  put(n, 17, ["B. HÌNH THỨC KHEN THƯỞNG"]);
  n.mergeCells("A17:I17");
  const gk = "Giấy khen của Chủ tịch UBND phường Hồng Châu";
  put(n, 18, [7, "Tổ dân phố số 5", "Tập thể", "TDP5", null, gk]);
  put(n, 19, [8, "Phạm Thị Huệ", "Cá nhân", "TYT-HC", "Y sĩ", gk, null, good]);
  put(n, 20, [9, "Trần Đức Long", "Cá nhân", "VP", "Phó Chủ tịch", "Bằng khen của Chủ tịch UBND tỉnh Hưng Yên"]);
  put(n, 21, [10, "Vũ Minh Tuấn", "Cá nhân", "VP", "Công chức", "Giấy khen của Giám đốc Sở Nội vụ", null, good]);
  put(n, 22, ["Tổng cộng: 10"]);
  put(n, 24, [null, null, null, null, null, "Hồng Châu, ngày 20 tháng 11 năm 2026"]);
  put(n, 25, [null, "NGƯỜI LẬP BIỂU", null, null, null, "KT. CHỦ TỊCH"]);
  put(n, 26, [null, null, null, null, null, "PHÓ CHỦ TỊCH"]);
  put(n, 30, [null, "Nguyễn Thu Trang", null, null, null, "Trần Đức Long"]);
  const file = path.join(dir, "so-tdkt-hong-chau-2026.xlsx");
  await wb.xlsx.writeFile(file);
  return {
    file,
    planted: [
      { code: "PLAN_ASSUMED", sheet: "Kế hoạch", row: null, why: "no plan sheet: the year and level are assumed" },
      { code: "INVISIBLE_CHARACTERS", sheet: NOM, row: 11, why: "a zero-width space in THCS-HC" },
      { code: "DUPLICATE_NOMINATION", sheet: NOM, row: 12, why: "Đào Thị Ngọc Ánh, LĐTT twice (row 10 in words)" },
      { code: "AWARD_SUBJECT_MISMATCH", sheet: NOM, row: 13, why: "LĐTT for a school" },
      { code: "CRITERIA_NOT_MET", sheet: NOM, row: 16, why: "CSTĐCS rated good, without an initiative" },
      { code: "UNKNOWN_UNIT", sheet: NOM, row: 19, why: "TYT-HC is no unit of the ward" },
      { code: "CRITERIA_NOT_MET", sheet: NOM, row: 20, why: "Bằng khen: no two years of CSTĐCS in the book" },
      { code: "UNKNOWN_AWARD", sheet: NOM, row: 21, why: "a Giấy khen of a department director is not the ward's" },
    ],
    clean: { sheet: NOM, rows: [10, 15, 18] },
  };
}

/** Units, and the nominations on a sheet whose name and headers are like nothing of the book's. */
export async function strangeSheetBook(dir: string): Promise<ClerkBook> {
  const wb = new ExcelJS.Workbook();
  const units = wb.addWorksheet("Đơn vị");
  put(units, 1, ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"]);
  put(units, 2, ["VP", "Văn phòng HĐND và UBND phường", "Cơ quan chuyên môn"]);
  const odd = wb.addWorksheet("Khen thưởng 2026");
  put(odd, 1, ["Số TT", "Người được đề nghị", "Nơi công tác", "Khen gì"]);
  put(odd, 2, [1, "Lê Văn Hải", "VP", "Lao động tiên tiến"]);
  const file = path.join(dir, "so-tdkt-khen-thuong-2026.xlsx");
  await wb.xlsx.writeFile(file);
  return {
    file,
    planted: [
      { code: "PLAN_ASSUMED", sheet: "Kế hoạch", row: null, why: "no plan sheet" },
      { code: "SHEET_NOT_READ", sheet: "Khen thưởng 2026", row: null, why: "like nothing, nominations not read" },
    ],
    clean: { sheet: "Đơn vị", rows: [2] },
  };
}
