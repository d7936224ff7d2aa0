/**
 * The block score sheets of the Sa Pa sample (plan II.4: block reviews at year end): the province's
 * score sheet for communes and wards (blocks K5, K6) and for the town's agencies (K2), 100 points each
 * plus capped bonus and penalty points shared by all three; the classification bands; and every
 * unit's self-scores (Tự chấm), the block's review (Thẩm định) and, after an explanation (Giải trình),
 * a few final scores (Điểm chốt). Criteria, maxima and figures are plausible, not an official sheet.
 *
 * Planted: xã Ngũ Chỉ Sơn gives itself 12 points on a 10-point criterion (SCORE_ABOVE_MAX).
 * Not a mistake: phường Sa Pa tops its block but missed its waste-collection target, so the block
 * proposes the next ward for the flag; two agencies tie.
 */
import type { Band, Criterion, CriterionKind, ScoreEntry } from "../domain/model";
import type { SampleMistake } from "./mistakes";
import { numbered, type Draft } from "./records";

type CriterionRow = [
  code: string,
  name: string,
  parent: string | null,
  kind: CriterionKind | null,
  max: number | null,
  extra?: { points?: number; cap?: number; target?: string; blocks?: string },
];

const COMMUNES_WARDS = "K5, K6";
const AGENCIES = "K2";

const CRITERIA: readonly CriterionRow[] = [
  // Communes and wards (khối xã, phường).
  ["A", "Thực hiện các chỉ tiêu phát triển kinh tế - xã hội", null, null, 40, { blocks: COMMUNES_WARDS }],
  ["A.1", "Thu ngân sách nhà nước trên địa bàn", "A", "quantitative", 15, { target: "CT-NS" }],
  ["A.2", "Giảm tỷ lệ hộ nghèo", "A", "quantitative", 10, { target: "CT-HN", blocks: "K6" }],
  ["A.3", "Tỷ lệ thu gom, xử lý rác thải sinh hoạt", "A", "quantitative", 10, { target: "CT-RT", blocks: "K5" }],
  ["A.4", "Xây dựng nông thôn mới, đô thị văn minh", "A", "qualitative", 15],
  ["B", "Công tác thi đua, khen thưởng", null, null, 20, { blocks: COMMUNES_WARDS }],
  ["B.1", "Ban hành kế hoạch, phát động phong trào thi đua đúng hạn", "B", "qualitative", 5],
  ["B.2", "Tin, bài về điển hình tiên tiến trên Cổng thông tin điện tử thị xã", "B", "counted", 5, { points: 0.5 }],
  ["B.3", "Mô hình, điển hình tiên tiến được nhân rộng", "B", "counted", 6, { points: 2 }],
  ["B.4", "Gửi hồ sơ, báo cáo thi đua, khen thưởng đúng hạn", "B", "qualitative", 4],
  ["C", "Cải cách hành chính, chuyển đổi số", null, null, 20, { blocks: COMMUNES_WARDS }],
  ["C.1", "Giải quyết thủ tục hành chính đúng hạn, không để tồn đọng", "C", "qualitative", 10],
  ["C.2", "Chỉ số chuyển đổi số cấp xã", "C", "qualitative", 10],
  ["D", "Quốc phòng, an ninh", null, null, 20, { blocks: COMMUNES_WARDS }],
  ["D.1", "Hoàn thành chỉ tiêu tuyển chọn, gọi công dân nhập ngũ", "D", "qualitative", 10],
  ["D.2", "Không để xảy ra điểm nóng về an ninh, trật tự", "D", "qualitative", 10],
  // The town's agencies (khối các phòng chuyên môn).
  ["CQ1", "Thực hiện nhiệm vụ chuyên môn", null, null, 50, { blocks: AGENCIES }],
  ["CQ1.1", "Mức độ hoàn thành nhiệm vụ chuyên môn theo kế hoạch năm", "CQ1", "qualitative", 25],
  ["CQ1.2", "Tham mưu văn bản, báo cáo đúng hạn, đúng chất lượng", "CQ1", "qualitative", 15],
  ["CQ1.3", "Sáng kiến, giải pháp được công nhận", "CQ1", "counted", 10, { points: 2.5 }],
  ["CQ2", "Cải cách hành chính, chuyển đổi số", null, null, 20, { blocks: AGENCIES }],
  ["CQ2.1", "Giải quyết công việc, thủ tục đúng hạn", "CQ2", "qualitative", 10],
  ["CQ2.2", "Văn bản đi được ký số, gửi trên môi trường điện tử", "CQ2", "qualitative", 10],
  ["CQ3", "Công tác thi đua, khen thưởng và xây dựng đơn vị", null, null, 30, { blocks: AGENCIES }],
  ["CQ3.1", "Phát động, tổ chức phong trào thi đua", "CQ3", "qualitative", 10],
  ["CQ3.2", "Tin, bài tuyên truyền về thi đua, khen thưởng", "CQ3", "counted", 5, { points: 0.5 }],
  ["CQ3.3", "Tổ chức Đảng, đoàn thể được xếp loại hoàn thành tốt nhiệm vụ trở lên", "CQ3", "qualitative", 10],
  ["CQ3.4", "Gửi báo cáo thi đua, khen thưởng đúng hạn", "CQ3", "qualitative", 5],
  // Bonus and penalty points, for all three blocks.
  [
    "TH",
    "Điểm thưởng: Cờ thi đua, Bằng khen của Chủ tịch UBND tỉnh trở lên trong năm",
    null,
    "bonus",
    null,
    { points: 5, cap: 10, blocks: "K2, K5, K6" },
  ],
  [
    "TR",
    "Điểm trừ: cán bộ bị kỷ luật, đơn thư vượt cấp, báo cáo sai số liệu",
    null,
    "penalty",
    null,
    { points: 2, cap: 10, blocks: "K2, K5, K6" },
  ],
];

const BANDS: readonly [code: string, name: string, from: number, to: number | null][] = [
  ["XS", "Xuất sắc", 90, null],
  ["T", "Tốt", 80, 90],
  ["K", "Khá", 65, 80],
  ["TB", "Trung bình", 0, 65],
];

/**
 * Communes and wards: the reviewed score (Thẩm định) of A.4, C.1, C.2 (graded); news items and models
 * counted; flags won; violations. B.1, B.4, D.1, D.2 are met (Đạt) unless listed in NOT_MET.
 */
type LocalProfile = [
  a4: number,
  news: number,
  models: number,
  c1: number,
  c2: number,
  flags: number,
  violations: number,
];

const LOCAL: Record<string, LocalProfile> = {
  "P-CAUMAY": [12, 7, 1, 8.5, 8, 0, 1],
  "P-HAMRONG": [14, 12, 2, 9.5, 9, 1, 0],
  "P-OQUYHO": [12.5, 8, 1, 9, 8.5, 0, 0],
  "P-PHANSIPANG": [13, 9, 2, 9, 8.5, 0, 0],
  "P-SAPA": [14.5, 14, 3, 10, 9.5, 1, 0],
  "P-SAPAA": [13.5, 10, 2, 9.5, 9, 0, 1],
  "X-BANHO": [12, 6, 1, 8.5, 7.5, 0, 0],
  "X-HOANGLIEN": [13, 8, 2, 9, 8, 0, 0],
  "X-LIENMINH": [11, 4, 1, 8, 7, 0, 1],
  "X-MUONGBO": [11.5, 5, 1, 7, 7, 0, 0],
  "X-MUONGHOA": [13.5, 10, 2, 9, 8.5, 1, 0],
  "X-NGUCHISON": [10.5, 3, 0, 7.5, 6.5, 0, 0],
  "X-TAPHIN": [13, 9, 2, 9.5, 9, 0, 0],
  "X-TAVAN": [14.5, 12, 3, 9.5, 9.5, 1, 0],
  "X-THANHBINH": [11.5, 6, 1, 8, 7.5, 0, 0],
  "X-TRUNGCHAI": [11, 5, 1, 8, 7, 0, 1],
};

/** Met criteria a unit did not meet: D.1 (military call-up) for Liên Minh, B.4 (reports on time) for Cầu Mây. */
const NOT_MET: Record<string, string[]> = { "X-LIENMINH": ["D.1"], "P-CAUMAY": ["B.4"] };

/** Agencies: reviewed CQ1.1, CQ1.2, CQ2.2 (graded); initiatives and news counted; flags; violations. */
type AgencyProfile = [
  q11: number,
  q12: number,
  initiatives: number,
  q22: number,
  news: number,
  flags: number,
  violations: number,
];

const AGENCY: Record<string, AgencyProfile> = {
  PNV: [24, 14, 3, 10, 10, 1, 0],
  VPHDND: [23, 14, 2, 10, 8, 0, 0],
  PTCKH: [23, 13.5, 2, 9.5, 6, 0, 0],
  PVHTT: [22, 13, 1, 9, 10, 0, 0],
  PGDDT: [24.5, 14.5, 4, 10, 10, 1, 0],
  PYT: [22, 13, 1, 9, 6, 0, 0],
  PKT: [23, 13.5, 2, 9.5, 6, 0, 0],
  PQLDT: [21.5, 12.5, 1, 9, 4, 0, 1],
  PTNMT: [21, 12.5, 1, 8.5, 4, 0, 1],
  PLDTBXH: [22.5, 13.5, 2, 9.5, 8, 0, 0],
  PDT: [22, 12.5, 1, 9, 6, 0, 0],
};

/** What the units wrote themselves where the block's review differs (most self-score the maximum). */
const SELF_GRADED = (max: number, reviewed: number) => (reviewed >= max - 1 ? reviewed : max);

interface ScoreDraft {
  entry: Draft<ScoreEntry>;
  planted?: boolean;
}

const draft = (unit: string, criterion: string, more: Partial<Draft<ScoreEntry>>): ScoreDraft => ({
  entry: {
    unit,
    criterion,
    value: null,
    self: null,
    reviewed: null,
    final: null,
    explanation: null,
    note: null,
    ...more,
  },
});

const MAX = new Map(CRITERIA.map(([code, , , , max]) => [code, max ?? 0]));
const max = (code: string) => MAX.get(code) ?? 0;
/** The score a count earns: the unit writes it itself, as the score sheet counts it. */
const counted = (count: number, points: number, ceiling: number) => Math.min(ceiling, count * points);

function met(unit: string, criterion: string): ScoreDraft {
  const ok = !(NOT_MET[unit] ?? []).includes(criterion);
  return draft(unit, criterion, { value: ok ? 1 : 0, self: ok ? max(criterion) : 0 });
}

function graded(unit: string, criterion: string, reviewed: number): ScoreDraft {
  const self = SELF_GRADED(max(criterion), reviewed);
  return draft(unit, criterion, { self, reviewed: self === reviewed ? null : reviewed });
}

function bonusAndPenalty(unit: string, flags: number, violations: number): ScoreDraft[] {
  const out: ScoreDraft[] = [];
  if (flags > 0)
    out.push(
      draft(unit, "TH", { value: flags, self: counted(flags, 5, 10), note: "Bằng khen của Chủ tịch UBND tỉnh" }),
    );
  if (violations > 0)
    out.push(
      draft(unit, "TR", { value: violations, self: counted(violations, 2, 10), note: "01 công chức bị khiển trách" }),
    );
  return out;
}

function localScores(unit: string, [a4, news, models, c1, c2, flags, violations]: LocalProfile): ScoreDraft[] {
  return [
    graded(unit, "A.4", a4),
    met(unit, "B.1"),
    draft(unit, "B.2", { value: news, self: counted(news, 0.5, 5) }),
    draft(unit, "B.3", { value: models, self: counted(models, 2, 6) }),
    met(unit, "B.4"),
    graded(unit, "C.1", c1),
    graded(unit, "C.2", c2),
    met(unit, "D.1"),
    met(unit, "D.2"),
    ...bonusAndPenalty(unit, flags, violations),
  ];
}

function agencyScores(
  unit: string,
  [q11, q12, initiatives, q22, news, flags, violations]: AgencyProfile,
): ScoreDraft[] {
  return [
    graded(unit, "CQ1.1", q11),
    graded(unit, "CQ1.2", q12),
    draft(unit, "CQ1.3", { value: initiatives, self: counted(initiatives, 2.5, 10) }),
    met(unit, "CQ2.1"),
    graded(unit, "CQ2.2", q22),
    met(unit, "CQ3.1"),
    draft(unit, "CQ3.2", { value: news, self: counted(news, 0.5, 5) }),
    met(unit, "CQ3.3"),
    met(unit, "CQ3.4"),
    ...bonusAndPenalty(unit, flags, violations),
  ];
}

/** The review's corrections after the units explained themselves (Giải trình), and the planted mistake. */
function amend(rows: ScoreDraft[]): ScoreDraft[] {
  return rows.map((r) => {
    const { unit, criterion } = r.entry;
    if (unit === "X-MUONGBO" && criterion === "C.1")
      return {
        entry: {
          ...r.entry,
          explanation: "Đã bổ sung sổ theo dõi hồ sơ: 12 hồ sơ quá hạn do lỗi đồng bộ phần mềm một cửa",
          final: 8,
        },
      };
    if (unit === "PTNMT" && criterion === "CQ1.1")
      return {
        entry: { ...r.entry, explanation: "Bổ sung kết quả đo đạc, cấp giấy chứng nhận quý IV", final: 21.5 },
      };
    // Planted: a self-score above the criterion's maximum (12 on 10), not yet reviewed.
    if (unit === "X-NGUCHISON" && criterion === "C.2")
      return { entry: { ...r.entry, self: 12, reviewed: null }, planted: true };
    return r;
  });
}

export function sampleCriteria(): Criterion[] {
  return numbered(
    CRITERIA.map(([code, name, parent, kind, maxPoints, extra = {}]): Draft<Criterion> => ({
      code,
      name,
      parent,
      kind,
      max: maxPoints,
      points: extra.points ?? null,
      cap: extra.cap ?? null,
      target: extra.target ?? null,
      blocks: extra.blocks ?? null,
    })),
  );
}

export function sampleBands(): Band[] {
  return numbered(BANDS.map(([code, name, from, to]): Draft<Band> => ({ code, name, from, to })));
}

export function sampleScores(): { scores: ScoreEntry[]; mistakes: SampleMistake[] } {
  const drafts = amend([
    ...Object.entries(AGENCY).flatMap(([unit, p]) => agencyScores(unit, p)),
    ...Object.entries(LOCAL).flatMap(([unit, p]) => localScores(unit, p)),
  ]);
  const scores = numbered(drafts.map((d) => d.entry));
  const mistakes: SampleMistake[] = [];
  drafts.forEach((d, i) => {
    if (d.planted) mistakes.push({ code: "SCORE_ABOVE_MAX", sheet: "scores", row: scores[i].row, field: "self" });
  });
  return { scores, mistakes };
}
