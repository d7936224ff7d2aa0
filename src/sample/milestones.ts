/**
 * Tiến độ: what the 2024 plan asks for and by when. The plan gives few dates (the training
 * conference in quý II, the anniversaries); every other deadline is assumed and says so in its note.
 * Office tasks of Phòng Nội vụ carry their completion date; what units owe is in the submissions.
 */
import type { Milestone, Recurrence } from "../domain/model";
import { EVERY_UNIT } from "../sheets/contract";
import { blockHeads } from "./blocks";
import { d24, numbered, type Draft } from "./records";

const ASSUMED = "Ngày giả định";

/** Milestone codes other modules refer to. */
export const MILESTONE = {
  targets: "DK-CT",
  halfYearReport: "BC-6T",
  nominations: "HS-KT",
  yearReport: "BC-NAM",
  education: "BC-GD",
  nationalPrograms: "BC-MTQG",
  news: "TIN-TDKT",
} as const;

interface MilestoneOptions {
  recurrence?: Recurrence;
  minCount?: number;
  completedOn?: string;
  note?: string | null;
}

function milestone(
  code: string,
  content: string,
  due: string,
  assignee: string,
  basis: string,
  options: MilestoneOptions = {},
): Draft<Milestone> {
  return {
    code,
    content,
    due: d24(due),
    assignee,
    recurrence: options.recurrence ?? "none",
    minCount: options.minCount ?? null,
    completedOn: options.completedOn ? d24(options.completedOn) : null,
    basis,
    note: options.note === undefined ? ASSUMED : options.note,
  };
}

/** Sơ kết (mid-year) and tổng kết (year-end) meetings of each block, organised by its head (plan II.4). */
function blockMeetings(kind: "SK" | "TK"): Draft<Milestone>[] {
  return blockHeads().map((b) =>
    kind === "SK"
      ? milestone(
          `SK-${b.code}`,
          `Hội nghị sơ kết 6 tháng đầu năm 2024 của ${b.name} (trưởng khối gửi biên bản)`,
          "31/07",
          b.head,
          "II.4",
        )
      : milestone(
          `TK-${b.code}`,
          `Hội nghị tổng kết, bình xét thi đua năm 2024 của ${b.name} (trưởng khối gửi biên bản)`,
          "30/11",
          b.head,
          "II.4",
        ),
  );
}

function milestones(): Draft<Milestone>[] {
  return [
    milestone("CT-2024", "Ban hành Chỉ thị phát động phong trào thi đua năm 2024", "31/01", "PNV", "II.1", {
      completedOn: "24/01",
    }),
    milestone("KH-2024", "Ban hành Kế hoạch công tác thi đua, khen thưởng năm 2024", "31/01", "PNV", "II.1", {
      completedOn: "26/01",
    }),
    milestone(
      MILESTONE.news,
      "Đăng tin, bài về điển hình tiên tiến, gương người tốt việc tốt trên Cổng TTĐT thị xã và Cổng TTĐT Ban TĐKT tỉnh (ít nhất 1 - 2 tin, bài/tháng)",
      "31/01",
      "TTVHTTTT",
      "IV.5",
      { recurrence: "monthly", minCount: 1, note: "Hạn cuối mỗi tháng (ngày giả định); tên tin, bài ghi ở sheet Nộp" },
    ),
    milestone(
      "KN-0302",
      "Hoạt động kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2024) và đón Tết Nguyên đán Giáp Thìn",
      "03/02",
      "BTGTU",
      "III.2",
      { completedOn: "03/02", note: null },
    ),
    milestone("QD-KHOI", "Quyết định phê duyệt các khối thi đua của thị xã năm 2024", "29/02", "PNV", "II.1", {
      completedOn: "20/02",
    }),
    milestone(
      MILESTONE.targets,
      "Các đơn vị đăng ký chỉ tiêu, nội dung thi đua năm 2024 với UBND thị xã (qua Phòng Nội vụ)",
      "29/02",
      EVERY_UNIT,
      "III.1",
      { note: "Ngày giả định; chỉ tiêu giao tại Quyết định số 4389/QĐ-UBND ngày 18/12/2023" },
    ),
    milestone("DK-TINH", "Văn bản đăng ký chỉ tiêu thi đua năm 2024 của thị xã với UBND tỉnh", "15/03", "PNV", "II.1", {
      completedOn: "14/03",
    }),
    milestone(
      "KN-0705",
      "Hoạt động kỷ niệm 70 năm Ngày Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024)",
      "07/05",
      "BCHQS",
      "III.2",
      { completedOn: "07/05", note: null },
    ),
    milestone(
      "KN-1905",
      "Hoạt động kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024)",
      "19/05",
      "BTGTU",
      "III.2",
      { completedOn: "19/05", note: null },
    ),
    milestone(
      MILESTONE.halfYearReport,
      "Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2024",
      "20/06",
      EVERY_UNIT,
      "II.1",
    ),
    milestone(
      "BC6T-TINH",
      "Báo cáo sơ kết 6 tháng công tác thi đua, khen thưởng của thị xã gửi Ban TĐKT tỉnh",
      "30/06",
      "PNV",
      "II.1",
      {
        completedOn: "27/06",
      },
    ),
    milestone(
      "HN-TAPHUAN",
      "Tổ chức hội nghị tập huấn công tác thi đua, khen thưởng năm 2024",
      "30/06",
      "PNV",
      "II.1",
      {
        completedOn: "21/06",
        note: "Kế hoạch ghi quý II/2024",
      },
    ),
    ...blockMeetings("SK"),
    milestone(
      MILESTONE.education,
      "Báo cáo kết quả phong trào thi đua “Đổi mới, phát triển, nâng cao chất lượng giáo dục và đào tạo nguồn nhân lực” năm học 2023 - 2024",
      "15/08",
      "K7",
      "III.2",
    ),
    milestone(
      MILESTONE.nationalPrograms,
      "Báo cáo kết quả thi đua thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số 9 tháng năm 2024",
      "30/09",
      "K6",
      "III.2",
    ),
    milestone(
      MILESTONE.nominations,
      "Nộp tờ trình, hồ sơ đề nghị khen thưởng tổng kết năm 2024 về Hội đồng TĐKT thị xã (qua Phòng Nội vụ)",
      "25/11",
      EVERY_UNIT,
      "IV.3",
      { note: "Ngày giả định; đơn vị không có đề nghị gửi văn bản báo không" },
    ),
    ...blockMeetings("TK"),
    milestone(
      MILESTONE.yearReport,
      "Báo cáo tổng kết công tác thi đua, khen thưởng năm 2024",
      "15/12",
      EVERY_UNIT,
      "II.1",
    ),
    milestone(
      "KN-2212",
      "Hoạt động kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024) và 35 năm Ngày hội Quốc phòng toàn dân",
      "22/12",
      "BCHQS",
      "III.2",
      { note: null },
    ),
    milestone(
      "BCNAM-TINH",
      "Báo cáo tổng kết công tác thi đua, khen thưởng năm 2024 của thị xã gửi Ban TĐKT tỉnh",
      "31/12",
      "PNV",
      "II.1",
    ),
  ];
}

export function sampleMilestones(): Milestone[] {
  return numbered(milestones());
}
