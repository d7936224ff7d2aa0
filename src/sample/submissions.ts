/**
 * Nộp: who handed in what, and when, as the standing office logged it (in order of arrival).
 * On the demo day (10/12/2024) some units are late, some never sent, and the year-end report is
 * only just coming in. The monthly news items carry their titles; April and August have none.
 */
import { compareDates } from "../domain/dates";
import type { DateOnly, Submission } from "../domain/model";
import { blockHeads } from "./blocks";
import { MILESTONE } from "./milestones";
import { d24, numbered, type Draft } from "./records";

type Day = string | null;

/**
 * What every unit owes ("Tất cả"), as dd/mm of 2024 or null when not handed in.
 * Deadlines: đăng ký chỉ tiêu 29/02, báo cáo 6 tháng 20/06, hồ sơ khen thưởng 25/11, báo cáo năm 15/12.
 */
const EVERY_UNIT_TABLE: readonly [unit: string, targets: Day, halfYear: Day, nominations: Day, yearEnd: Day][] = [
  ["VPTU", "26/02", "18/06", "22/11", null],
  ["BTCTU", "27/02", "19/06", null, null],
  ["UBKTTU", "23/02", "17/06", null, null],
  ["BTGTU", "26/02", "19/06", "25/11", null],
  ["BDVTU", "28/02", "20/06", "21/11", null],
  ["TTCT", "29/02", "21/06", null, null],
  ["MTTQ", "22/02", "14/06", "20/11", null],
  ["TDOAN", "27/02", "19/06", "22/11", null],
  ["HLHPN", "26/02", "18/06", "21/11", null],
  ["HND", "01/03", "24/06", null, null],
  ["HCCB", "28/02", "20/06", null, null],
  ["LDLD", "27/02", null, "25/11", null],
  ["PNV", "20/02", "12/06", "18/11", null],
  ["VPHDND", "23/02", "17/06", "20/11", null],
  ["PTCKH", "21/02", "14/06", "19/11", null],
  ["PVHTT", "26/02", "19/06", "22/11", null],
  ["PGDDT", "22/02", "14/06", "19/11", "10/12"],
  ["PYT", "26/02", "18/06", "22/11", null],
  ["PKT", "28/02", "20/06", "21/11", null],
  ["PQLDT", "27/02", "19/06", "22/11", null],
  ["PTNMT", "04/03", "21/06", "22/11", null],
  ["PLDTBXH", "26/02", "19/06", "21/11", null],
  ["PDT", "23/02", "18/06", "20/11", null],
  ["PTP", "26/02", "18/06", "22/11", null],
  ["TTRA", "27/02", "19/06", "21/11", null],
  ["CATX", "26/02", "20/06", "23/11", null],
  ["BCHQS", "27/02", "19/06", "22/11", null],
  ["VKS", "28/02", null, null, null],
  ["TAND", "01/03", "25/06", null, null],
  ["TTVHTTTT", "23/02", "18/06", "22/11", null],
  ["TTYT", "21/02", "14/06", "20/11", "05/12"],
  ["BQLDA", "28/02", "20/06", "25/11", null],
  ["TTDVNN", "27/02", "19/06", "22/11", null],
  ["TTGDNN", "26/02", "20/06", "21/11", null],
  ["BQLDL", "28/02", "19/06", null, null],
  ["TTPTQD", "29/02", null, null, null],
  ["P-CAUMAY", "05/03", "19/06", "22/11", null],
  ["P-HAMRONG", "27/02", "18/06", "21/11", null],
  ["P-OQUYHO", "28/02", "20/06", "22/11", null],
  ["P-PHANSIPANG", "26/02", "19/06", "20/11", null],
  ["P-SAPA", "22/02", "14/06", "19/11", "06/12"],
  ["P-SAPAA", "26/02", "18/06", "21/11", null],
  ["X-BANHO", "27/02", "20/06", "22/11", null],
  ["X-HOANGLIEN", "28/02", "19/06", "22/11", null],
  ["X-LIENMINH", "29/02", "21/06", "25/11", null],
  ["X-MUONGBO", "28/02", "28/06", "27/11", null],
  ["X-MUONGHOA", "26/02", "18/06", "21/11", null],
  ["X-NGUCHISON", "08/03", "24/06", "25/11", null],
  ["X-TAPHIN", "27/02", "19/06", "22/11", null],
  ["X-TAVAN", "23/02", "17/06", "20/11", "09/12"],
  ["X-THANHBINH", "28/02", "20/06", "22/11", null],
  ["X-TRUNGCHAI", "27/02", "19/06", "22/11", null],
  ["MN-SAPA", "26/02", "18/06", "22/11", null],
  ["THCS-SAPA", "22/02", "17/06", "20/11", "09/12"],
  ["TH-TAVAN", "26/02", "19/06", "21/11", null],
  ["THCS-BANHO", "28/02", "20/06", "26/11", null],
  ["THCS-TAPHIN", "27/02", "19/06", "22/11", null],
  ["MN-TRUNGCHAI", "29/02", "21/06", "25/11", null],
  ["DN-HAMRONG", "04/03", null, "25/11", null],
  ["DN-THOCAM", null, null, null, null],
  ["DN-XAYDUNG", null, null, null, null],
  ["HTX-TAVAN", "29/02", "26/06", "22/11", null],
  ["HTX-BANHO", null, null, null, null],
  ["HTX-TAPHIN", "06/03", null, "28/11", null],
];

/** Block meetings (plan II.4): the head's minutes of the mid-year and year-end meetings. */
const BLOCK_MINUTES: Record<string, [midYear: Day, yearEnd: Day]> = {
  K1: ["19/07", "28/11"],
  K2: ["24/07", "29/11"],
  K3: ["30/07", "02/12"],
  K4: ["17/07", "27/11"],
  K5: ["26/07", "29/11"],
  K6: ["05/08", "30/11"],
  K7: ["29/07", "26/11"],
  K8: [null, null],
};

/** Reports owed by the units of one block. */
const BLOCK_REPORTS: readonly [milestone: string, unit: string, day: Day][] = [
  [MILESTONE.education, "MN-SAPA", "08/08"],
  [MILESTONE.education, "THCS-SAPA", "12/08"],
  [MILESTONE.education, "TH-TAVAN", "14/08"],
  [MILESTONE.education, "THCS-BANHO", "20/08"],
  [MILESTONE.education, "THCS-TAPHIN", "15/08"],
  [MILESTONE.education, "MN-TRUNGCHAI", null],
  [MILESTONE.nationalPrograms, "X-BANHO", "27/09"],
  [MILESTONE.nationalPrograms, "X-HOANGLIEN", "30/09"],
  [MILESTONE.nationalPrograms, "X-LIENMINH", "26/09"],
  [MILESTONE.nationalPrograms, "X-MUONGBO", "04/10"],
  [MILESTONE.nationalPrograms, "X-MUONGHOA", "25/09"],
  [MILESTONE.nationalPrograms, "X-NGUCHISON", null],
  [MILESTONE.nationalPrograms, "X-TAPHIN", "27/09"],
  [MILESTONE.nationalPrograms, "X-TAVAN", "24/09"],
  [MILESTONE.nationalPrograms, "X-THANHBINH", "30/09"],
  [MILESTONE.nationalPrograms, "X-TRUNGCHAI", null],
];

/** News items on the town portal (plan IV.5), by the Trung tâm Văn hóa, Thể thao và Truyền thông. */
const NEWS: readonly [day: string, title: string][] = [
  ["18/01", "Xã Tả Van - điểm sáng trong phong trào xây dựng nông thôn mới"],
  ["29/01", "Cô giáo Giàng Thị Sao và lớp học tiếng Việt ở Tả Van"],
  ["26/02", "Thị xã Sa Pa phát động phong trào thi đua năm 2024"],
  ["12/03", "Hội LHPN xã Trung Chải giúp hội viên thoát nghèo"],
  ["27/03", "Đoàn Thanh niên xã Tả Phìn ra quân Tháng Thanh niên"],
  ["08/05", "Sa Pa kỷ niệm 70 năm Chiến thắng Điện Biên Phủ"],
  ["20/05", "Làm theo lời Bác: những việc làm nhỏ ở thôn Lao Chải"],
  ["24/06", "Tập huấn công tác thi đua, khen thưởng năm 2024"],
  ["16/07", "Thổ cẩm Tả Van: từ khung cửi đến sản phẩm OCOP"],
  ["12/09", "Anh Giàng A Chư dũng cảm cứu người trong lũ ở Bản Hồ"],
  ["19/09", "Công an thị xã giúp dân khắc phục hậu quả bão số 3"],
  ["22/10", "Quy trình cấp cứu ngoại viện cho vùng cao của Trung tâm Y tế thị xã"],
  ["28/11", "Khối các đơn vị sự nghiệp tổng kết thi đua năm 2024"],
];

const NEWS_UNIT = "TTVHTTTT";

function submission(unit: string, milestone: string, day: string, note: string | null = null): Draft<Submission> {
  return { unit, milestone, submittedOn: d24(day), note };
}

function drafts(nominating: ReadonlySet<string>): Draft<Submission>[] {
  const out: Draft<Submission>[] = [];
  for (const [unit, targets, halfYear, nominations, yearEnd] of EVERY_UNIT_TABLE) {
    if (targets) out.push(submission(unit, MILESTONE.targets, targets));
    if (halfYear) out.push(submission(unit, MILESTONE.halfYearReport, halfYear));
    if (nominations) {
      const note = nominating.has(unit) ? "Tờ trình kèm danh sách đề nghị" : "Văn bản báo không có đề nghị khen thưởng";
      out.push(submission(unit, MILESTONE.nominations, nominations, note));
    }
    if (yearEnd) out.push(submission(unit, MILESTONE.yearReport, yearEnd));
  }
  for (const b of blockHeads()) {
    const [midYear, yearEnd] = BLOCK_MINUTES[b.code];
    if (midYear) out.push(submission(b.head, `SK-${b.code}`, midYear, "Biên bản hội nghị sơ kết khối"));
    if (yearEnd) out.push(submission(b.head, `TK-${b.code}`, yearEnd, "Biên bản hội nghị tổng kết khối"));
  }
  for (const [milestone, unit, day] of BLOCK_REPORTS) if (day) out.push(submission(unit, milestone, day));
  for (const [day, title] of NEWS) out.push(submission(NEWS_UNIT, MILESTONE.news, day, title));
  // The log is kept in order of arrival; Array.prototype.sort is stable, so same-day rows keep their order.
  return out.sort((a, b) => compareDates(a.submittedOn as DateOnly, b.submittedOn as DateOnly));
}

/** `nominating`: codes of the units with nominations in the book (the others sent a written "none"). */
export function sampleSubmissions(nominating: ReadonlySet<string>): Submission[] {
  return numbered(drafts(nominating));
}

function dayOf(column: 1 | 3, unit: string): DateOnly | null {
  const entry = EVERY_UNIT_TABLE.find(([code]) => code === unit);
  const day = entry?.[column] ?? null;
  return day ? d24(day) : null;
}

/** The day a unit registered its targets (its "đăng ký chỉ tiêu" submission). Throws when it never did. */
export function targetsRegisteredOn(unit: string): DateOnly {
  const day = dayOf(1, unit);
  if (!day) throw new Error(`sample: ${unit} has targets but never registered them`);
  return day;
}

/** The day a unit's nominations dossier came in; its nominations are dated that day. Throws when it never did. */
export function dossierSentOn(unit: string): DateOnly {
  const day = dayOf(3, unit);
  if (!day) throw new Error(`sample: ${unit} has nominations but sent no dossier`);
  return day;
}
