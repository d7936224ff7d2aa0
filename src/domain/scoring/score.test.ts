import type { Book } from "../model";
import { band, block, book, criterion, nomination, score, target, unit } from "../rules/testBook";
import { scoreBlocks, type BlockResult, type UnitResult } from "./score";

/**
 * Khối các phường, scored by hand. Criteria (max):
 *   I   Thực hiện nhiệm vụ chính trị (group, 60)
 *     I.1 Thu ngân sách (Định lượng, 20, CT-NS)       I.2 Tỷ lệ hộ nghèo (Định lượng, 10, CT-HN, Giảm)
 *     I.3 Xây dựng chính quyền (Định tính, 10)        I.4 Tin bài (theo số lượng, 2/lần, max 10, giới hạn 8)
 *     I.5 Cải cách hành chính (group, 15): I.5.1 Định tính 10; I.5.2 theo số lượng 3/lần, max 10
 *   II  Cờ thi đua đã nhận (Cộng điểm, 10/lần, giới hạn 15)
 *   III Vi phạm (Trừ điểm, 2/lần, giới hạn 5)
 */
const CRITERIA = [
  criterion("I", null, 60, { name: "Thực hiện nhiệm vụ chính trị", blocks: "K5" }),
  criterion("I.1", "quantitative", 20, { parent: "I", name: "Thu ngân sách nhà nước", target: "CT-NS" }),
  criterion("I.2", "quantitative", 10, { parent: "I", name: "Tỷ lệ hộ nghèo", target: "CT-HN" }),
  criterion("I.3", "qualitative", 10, { parent: "I", name: "Xây dựng chính quyền trong sạch, vững mạnh" }),
  criterion("I.4", "counted", 10, { parent: "I", name: "Tin bài trên Cổng thông tin", points: 2, cap: 8 }),
  criterion("I.5", null, 15, { parent: "I", name: "Cải cách hành chính" }),
  criterion("I.5.1", "qualitative", 10, { parent: "I.5", name: "Chỉ số cải cách hành chính đạt yêu cầu" }),
  criterion("I.5.2", "counted", 10, { parent: "I.5", name: "Mô hình, sáng kiến cải cách được công nhận", points: 3 }),
  criterion("II", "bonus", null, { name: "Cờ thi đua đã nhận trong năm", points: 10, cap: 15, blocks: "K5" }),
  criterion("III", "penalty", null, { name: "Cán bộ vi phạm bị xử lý", points: 2, cap: 5, blocks: "K5" }),
];

const WARDS = [
  unit("P-SAPA", "UBND phường Sa Pa", { block: "K5" }),
  unit("P-HAMRONG", "UBND phường Hàm Rồng", { block: "K5" }),
  unit("P-CAUMAY", "UBND phường Cầu Mây", { block: "K5" }),
  unit("PNV", "Phòng Nội vụ", { type: "agency", block: "K2" }),
];

const TARGETS = [
  target("P-SAPA", "Thu ngân sách", 18500, 19000, { code: "CT-NS", result: 20900 }),
  target("P-SAPA", "Tỷ lệ hộ nghèo", 2.2, 2.0, { code: "CT-HN", result: 1.5, direction: "down" }),
  target("P-HAMRONG", "Thu ngân sách", 5200, 5300, { code: "CT-NS", result: 5565 }),
  target("P-HAMRONG", "Tỷ lệ hộ nghèo", 3.0, 3.0, { code: "CT-HN", result: 3.0, direction: "down" }),
  target("P-CAUMAY", "Thu ngân sách", 3500, 3600, { code: "CT-NS", result: 3240 }),
  target("P-CAUMAY", "Tỷ lệ hộ nghèo", 4.0, 4.0, { code: "CT-HN", result: 5.0, direction: "down" }),
];

const SCORES = [
  score("P-SAPA", "I.3", { value: 1 }),
  score("P-SAPA", "I.4", { value: 5 }),
  score("P-SAPA", "I.5.1", { value: 1 }),
  score("P-SAPA", "I.5.2", { value: 3 }),
  score("P-SAPA", "II", { value: 2 }),
  score("P-SAPA", "III", { value: 1 }),
  score("P-HAMRONG", "I.3", { value: 0 }),
  score("P-HAMRONG", "I.4", { value: 3 }),
  score("P-HAMRONG", "I.5.1", { value: 1 }),
  score("P-HAMRONG", "I.5.2", { value: 2, final: 7 }),
  score("P-HAMRONG", "II", { value: 1 }),
  score("P-HAMRONG", "III", { value: 0 }),
  score("P-CAUMAY", "I.3", { self: 10 }),
  score("P-CAUMAY", "I.4", { value: 4 }),
  score("P-CAUMAY", "I.5.1", { reviewed: 6, self: 9 }),
  score("P-CAUMAY", "I.5.2", { value: 1 }),
  score("P-CAUMAY", "III", { value: 4 }),
];

const BANDS = [
  band("XS", "Xuất sắc", 70, null),
  band("T", "Tốt", 50, 70),
  band("K", "Khá", 35, 50),
  band("TB", "Trung bình", 0, 35),
];

function wardsBook(parts: Partial<Book> = {}): Book {
  return book({
    units: WARDS,
    blocks: [block("K5", { name: "Khối các phường", head: "P-SAPA" }), block("K2")],
    criteria: CRITERIA,
    targets: TARGETS,
    scores: SCORES,
    bands: BANDS,
    ...parts,
  });
}

const onlyBlock = (b: Book): BlockResult => {
  const blocks = scoreBlocks(b).blocks;
  expect(blocks.map((x) => x.block)).toEqual(["K5"]);
  return blocks[0];
};
const unitOf = (r: BlockResult, code: string): UnitResult => r.units.find((u) => u.unit === code) as UnitResult;
const scoresOf = (u: UnitResult) => Object.fromEntries(u.criteria.map((c) => [c.code, c.score]));

describe("scoring Khối các phường by hand", () => {
  const k5 = onlyBlock(wardsBook());

  it("phường Sa Pa: the best excesses earn the maxima, the groups are capped at 15 and 60, bonus and penalty capped", () => {
    expect(scoresOf(unitOf(k5, "P-SAPA"))).toEqual({
      I: 60, // 20 + 10 + 10 + 8 + 15 = 63, capped at 60
      "I.1": 20, // +10% over the target, the block's best
      "I.2": 10, // 1,5% against 2,0%: 25% better, the block's best (Giảm)
      "I.3": 10,
      "I.4": 8, // 5 × 2 = 10, Giới hạn 8
      "I.5": 15, // 10 + 9 = 19, capped at 15
      "I.5.1": 10,
      "I.5.2": 9,
      II: 15, // 2 flags × 10, Giới hạn 15
      III: -2,
    });
    expect(unitOf(k5, "P-SAPA").total).toBe(73);
  });

  it("phường Hàm Rồng: half the best excess earns three quarters; on target half; Điểm chốt beats the data", () => {
    const u = unitOf(k5, "P-HAMRONG");
    expect(scoresOf(u)).toEqual({
      I: 41,
      "I.1": 15, // 10 + (5% / 10%) × 10
      "I.2": 5, // on target
      "I.3": 0, // not met
      "I.4": 6,
      "I.5": 15, // 10 + 7 = 17, capped
      "I.5.1": 10,
      "I.5.2": 7, // Điểm chốt 7 over the computed 6
      II: 10,
      III: 0,
    });
    expect(u.criteria.find((c) => c.code === "I.5.2")).toMatchObject({ source: "final", computed: 6, score: 7 });
    expect(u.total).toBe(51);
  });

  it("phường Cầu Mây: below target scores in proportion (Giảm the other way); self and review scores count where no data", () => {
    const u = unitOf(k5, "P-CAUMAY");
    expect(scoresOf(u)).toEqual({
      I: 40,
      "I.1": 9, // 0,5 × 20 × 3240 / 3600
      "I.2": 4, // 0,5 × 10 × 4,0 / 5,0
      "I.3": 10, // Tự chấm only
      "I.4": 8,
      "I.5": 9,
      "I.5.1": 6, // Thẩm định 6 over Tự chấm 9
      "I.5.2": 3,
      II: 0,
      III: -5, // 4 × 2 = 8, Giới hạn 5
    });
    const sources = Object.fromEntries(u.criteria.map((c) => [c.code, c.source]));
    expect(sources).toMatchObject({ "I.1": "computed", "I.3": "self", "I.5.1": "reviewed", I: "group", II: "none" });
    expect(u.total).toBe(35);
  });

  it("ranks, bands (35 on the boundary of Khá and Trung bình is Khá) and the proposed leader", () => {
    expect(k5.units.map((u) => [u.unit, u.rank, u.tied, u.band?.name])).toEqual([
      ["P-SAPA", 1, false, "Xuất sắc"],
      ["P-HAMRONG", 2, false, "Tốt"],
      ["P-CAUMAY", 3, false, "Khá"],
    ]);
    expect(k5.leader).toEqual({ outcome: "first", leader: "P-SAPA", passedOver: [], tied: [] });
    expect(k5.name).toBe("Khối các phường");
    expect(k5.head).toBe("P-SAPA");
    // 60 + 15 + 0: the most a ward can get.
    expect(k5.maxTotal).toBe(75);
  });

  it("lists each unit's criteria groups first, with their depth, range and the rows to go to", () => {
    const u = unitOf(k5, "P-HAMRONG");
    expect(u.criteria.map((c) => `${"  ".repeat(c.depth)}${c.code}`)).toEqual([
      "I",
      "  I.1",
      "  I.2",
      "  I.3",
      "  I.4",
      "  I.5",
      "    I.5.1",
      "    I.5.2",
      "II",
      "III",
    ]);
    expect(u.criteria.find((c) => c.code === "I.4")).toMatchObject({ low: 0, high: 8, row: 9 });
    expect(u.criteria.find((c) => c.code === "III")).toMatchObject({ low: -5, high: 0 });
    expect(u.criteria.find((c) => c.code === "I")).toMatchObject({ group: true, high: 60, row: null, criterionRow: 2 });
  });
});

describe("the score that counts", () => {
  const one = (s: Partial<Parameters<typeof score>[2]>) =>
    unitOf(onlyBlock(wardsBook({ scores: [score("P-SAPA", "I.4", s)] })), "P-SAPA").criteria.find(
      (c) => c.code === "I.4",
    );

  it("is Điểm chốt, else Thẩm định, else computed from Số liệu, else Tự chấm", () => {
    expect(one({ value: 2, self: 1, reviewed: 3, final: 5 })).toMatchObject({ score: 5, source: "final" });
    expect(one({ value: 2, self: 1, reviewed: 3 })).toMatchObject({ score: 3, source: "reviewed" });
    expect(one({ value: 2, self: 1 })).toMatchObject({ score: 4, source: "computed", computed: 4 });
    expect(one({ self: 1 })).toMatchObject({ score: 1, source: "self", computed: null });
    expect(one({})).toMatchObject({ score: 0, source: "none" });
  });

  it("a typed score above the criterion's range is brought within it and marked, never added as typed", () => {
    expect(one({ final: 12 })).toMatchObject({ score: 8, source: "final", clamped: true });
  });

  it("a penalty typed as 2 or −2 deducts 2", () => {
    const r = (s: number) =>
      unitOf(onlyBlock(wardsBook({ scores: [score("P-SAPA", "III", { self: s })] })), "P-SAPA").criteria.find(
        (c) => c.code === "III",
      )?.score;
    expect(r(2)).toBe(-2);
    expect(r(-2)).toBe(-2);
  });

  it("a target-based criterion takes its actual from Số liệu when Chỉ tiêu has no result", () => {
    const targets = TARGETS.map((t) => (t.unit === "P-CAUMAY" && t.code === "CT-NS" ? { ...t, result: null } : t));
    const k5 = onlyBlock(
      wardsBook({ targets, scores: [...SCORES, score("P-CAUMAY", "I.1", { value: 3240, self: 10 })] }),
    );
    expect(unitOf(k5, "P-CAUMAY").criteria.find((c) => c.code === "I.1")).toMatchObject({
      score: 9,
      source: "computed",
    });
  });

  it("without figures for a target-based criterion the self-score counts", () => {
    const k5 = onlyBlock(wardsBook({ targets: [], scores: [...SCORES, score("P-CAUMAY", "I.1", { self: 12.5 })] }));
    expect(unitOf(k5, "P-CAUMAY").criteria.find((c) => c.code === "I.1")).toMatchObject({
      score: 12.5,
      source: "self",
    });
  });
});

describe("ties", () => {
  it("equal totals share a rank, are flagged, and the next rank is skipped", () => {
    const units = [
      unit("X-TAVAN", "UBND xã Tả Van", { block: "K6" }),
      unit("X-TAPHIN", "UBND xã Tả Phìn", { block: "K6" }),
      unit("X-BANHO", "UBND xã Bản Hồ", { block: "K6" }),
      unit("X-HOANGLIEN", "UBND xã Hoàng Liên", { block: "K6" }),
    ];
    const k6 = scoreBlocks(
      book({
        units,
        criteria: [criterion("A", "qualitative", 100)],
        scores: [
          score("X-TAVAN", "A", { final: 90 }),
          score("X-TAPHIN", "A", { final: 95.5 }),
          score("X-BANHO", "A", { final: 90 }),
          score("X-HOANGLIEN", "A", { final: 80 }),
        ],
      }),
    ).blocks[0];
    expect(k6.units.map((u) => [u.unit, u.total, u.rank, u.tied])).toEqual([
      ["X-TAPHIN", 95.5, 1, false],
      ["X-TAVAN", 90, 2, true],
      ["X-BANHO", 90, 2, true],
      ["X-HOANGLIEN", 80, 4, false],
    ]);
  });

  it("two eligible units tied at the top: no leader is chosen, the block decides", () => {
    const units = [unit("X-TAVAN", "UBND xã Tả Van", { block: "K6" }), unit("X-TAPHIN", "Tả Phìn", { block: "K6" })];
    const k6 = scoreBlocks(
      book({
        units,
        criteria: [criterion("A", "qualitative", 100)],
        scores: [score("X-TAVAN", "A", { final: 92 }), score("X-TAPHIN", "A", { final: 92 })],
      }),
    ).blocks[0];
    expect(k6.leader).toEqual({ outcome: "tie", leader: null, passedOver: [], tied: ["X-TAVAN", "X-TAPHIN"] });
  });
});

describe("the unit proposed for the flag", () => {
  it("a first-ranked ward with a nominee whose discipline is pending is passed over for the next one", () => {
    const k5 = onlyBlock(
      wardsBook({
        nominations: [
          nomination("Lý Thị Hoà", "P-SAPA", "Lao động tiên tiến"),
          nomination("Vàng A Sử", "P-SAPA", "Lao động tiên tiến", { discipline: "Đang xem xét kỷ luật" }),
        ],
      }),
    );
    expect(k5.leader).toEqual({
      outcome: "next",
      leader: "P-HAMRONG",
      passedOver: [
        {
          unit: "P-SAPA",
          rank: 1,
          gates: [{ kind: "discipline", person: "Vàng A Sử", discipline: "Đang xem xét kỷ luật", row: 3 }],
        },
      ],
      tied: [],
    });
  });

  it("a target missed or without a result stops a unit; “Không” in Kỷ luật does not", () => {
    const results: Record<string, number | null> = {
      "P-SAPA CT-NS": 18000, // below the 19000 registered
      "P-HAMRONG CT-HN": null, // not reported
      "P-CAUMAY CT-NS": 3700,
      "P-CAUMAY CT-HN": 3.8,
    };
    const targets = TARGETS.map((t) => {
      const k = `${t.unit} ${t.code}`;
      return k in results ? { ...t, result: results[k] } : t;
    });
    const k5 = onlyBlock(
      wardsBook({ targets, nominations: [nomination("Giàng Thị Mai", "P-CAUMAY", "LĐTT", { discipline: "Không" })] }),
    );
    expect(k5.leader.outcome).toBe("next");
    expect(k5.leader.leader).toBe("P-CAUMAY");
    expect(k5.leader.passedOver.map((p) => [p.unit, p.gates.map((g) => g.kind)])).toEqual([
      ["P-SAPA", ["targetMissed"]],
      ["P-HAMRONG", ["targetUnreported"]],
    ]);
    expect(k5.leader.passedOver[0].gates[0]).toMatchObject({ actual: 18000, goal: 19000, direction: "up" });
  });

  it("no unit passing the gates leaves the flag unproposed, naming every one passed over", () => {
    const k5 = onlyBlock(wardsBook({ targets: TARGETS.map((t) => ({ ...t, result: null })) }));
    expect(k5.leader.outcome).toBe("none");
    expect(k5.leader.leader).toBeNull();
    expect(k5.leader.passedOver.map((p) => p.unit)).toEqual(["P-SAPA", "P-HAMRONG", "P-CAUMAY"]);
  });
});

describe("which blocks and units are scored", () => {
  it("a block no criterion applies to is not scored; a unit without scores is listed last, unranked", () => {
    const units = [...WARDS, unit("P-OQUYHO", "UBND phường Ô Quý Hồ", { block: "K5" })];
    const blocks = scoreBlocks(wardsBook({ units })).blocks;
    expect(blocks.map((b) => b.block)).toEqual(["K5"]);
    const last = blocks[0].units[blocks[0].units.length - 1];
    expect(last).toMatchObject({ unit: "P-OQUYHO", scored: false, total: null, rank: null, band: null });
  });

  it("a book without a score sheet has no blocks to score", () => {
    expect(scoreBlocks(book({ units: WARDS })).blocks).toEqual([]);
  });

  it("a criterion for every block (Khối áp dụng blank or “Tất cả”) scores blocks named only on the units", () => {
    const blocks = scoreBlocks(
      book({
        units: WARDS,
        criteria: [criterion("A", "qualitative", 10, { blocks: "Tất cả" })],
        scores: [score("PNV", "A", { value: 1 })],
      }),
    ).blocks;
    expect(blocks.map((b) => [b.block, b.name])).toEqual([
      ["K5", null],
      ["K2", null],
    ]);
    expect(blocks[1].units[0]).toMatchObject({ unit: "PNV", total: 10, rank: 1 });
  });

  it("a tree four levels deep adds up level by level, each group capped", () => {
    const criteria = [
      criterion("A", null, 50),
      criterion("A.1", null, 30, { parent: "A" }),
      criterion("A.1.1", null, 12, { parent: "A.1" }),
      criterion("A.1.1.1", "qualitative", 10, { parent: "A.1.1" }),
      criterion("A.1.1.2", "qualitative", 10, { parent: "A.1.1" }),
      criterion("A.1.2", "qualitative", 20, { parent: "A.1" }),
      criterion("A.2", "qualitative", 25, { parent: "A" }),
    ];
    const scores = ["A.1.1.1", "A.1.1.2", "A.1.2", "A.2"].map((c) => score("X-TAVAN", c, { value: 1 }));
    const k6 = scoreBlocks(book({ units: [unit("X-TAVAN", "Tả Van", { block: "K6" })], criteria, scores })).blocks[0];
    // A.1.1 = min(20, 12) = 12; A.1 = min(12 + 20, 30) = 30; A = min(30 + 25, 50) = 50.
    expect(scoresOf(k6.units[0])).toMatchObject({ "A.1.1": 12, "A.1": 30, A: 50 });
    expect(k6.units[0].total).toBe(50);
  });
});
