import { makeContext } from "../context";
import { block, book, history, nomination, plan, unit } from "../rules/testBook";
import { consecutiveTitles, currentRun } from "./chains";
import { yearsSideBySide } from "./years";

const TODAY = { year: 2024, month: 12, day: 10 };
const LDTT = "Lao động tiên tiến";
const CSTDCS = "Chiến sĩ thi đua cơ sở";
const BK = "Bằng khen của Chủ tịch UBND tỉnh";

const UNITS = [
  unit("PNV", "Phòng Nội vụ", { type: "agency", block: "K1" }),
  unit("X-TAVAN", "UBND xã Tả Van", { block: "K4" }),
  unit("TTYT", "Trung tâm Y tế thị xã", { type: "publicService" }),
];
const BLOCKS = [block("K1", { name: "Khối các cơ quan tổng hợp" }), block("K4", { name: "Khối các xã" })];

/** The town's 2024 book: history 2022–2023 and this year's nominations. */
const book2024 = () =>
  book({
    units: UNITS,
    blocks: BLOCKS,
    history: [
      history("Lò Thị Hương", "PNV", LDTT, 2022),
      history("Lò Thị Hương", "PNV", LDTT, 2023),
      history("Lò Thị Hương", "PNV", CSTDCS, 2023),
      history("Giàng A Sử", "X-TAVAN", LDTT, 2023),
      history("Trần Quốc Khánh", "TTYT", CSTDCS, 2022),
      history("Trần Quốc Khánh", "TTYT", CSTDCS, 2023),
    ],
    nominations: [
      nomination("Lò Thị Hương", "PNV", LDTT, { outcome: "approved" }),
      nomination("Lò Thị Hương", "PNV", CSTDCS),
      nomination("Giàng A Sử", "X-TAVAN", LDTT, { outcome: "rejected" }),
      nomination("Trần Quốc Khánh", "TTYT", CSTDCS, { outcome: "forwarded" }),
    ],
  });

/** Last year's book, given on the command line too: its history overlaps this year's. */
const book2023 = () =>
  book({
    plan: plan(2023),
    units: UNITS,
    history: [
      history("Lò Thị Hương", "PNV", LDTT, 2022),
      history("Trần Quốc Khánh", "TTYT", CSTDCS, 2022),
      // Old-style tone mark, as older books write it.
      history("Nguyễn Thị Thuỷ", "PNV", LDTT, 2021),
    ],
    nominations: [nomination("Giàng A Sử", "X-TAVAN", LDTT, { outcome: "approved" })],
  });

describe("years side by side", () => {
  const view = yearsSideBySide([book2023(), book2024()].map((b) => makeContext(b, TODAY)));

  it("lists every year from the first to the last, each award of a person counted once", () => {
    expect(view.years).toEqual([2021, 2022, 2023, 2024]);
    // 2021 Thuỷ; 2022 Hương LĐTT, Khánh; 2023 Hương ×2, Sử (history and last year's decision), Khánh;
    // 2024 Hương LĐTT decided, Hương CSTĐCS and Khánh proposed, Sử rejected.
    expect(view.totals).toEqual([
      { awarded: 1, proposed: 0 },
      { awarded: 2, proposed: 0 },
      { awarded: 4, proposed: 0 },
      { awarded: 1, proposed: 2 },
    ]);
  });

  it("splits the same figures by award, unit and block", () => {
    const ldtt = view.byAward.find((l) => l.label === LDTT)!;
    expect(ldtt.counts.map((c) => c.awarded)).toEqual([1, 1, 2, 1]);
    const pnv = view.byUnit.find((l) => l.key === "PNV")!;
    expect([pnv.label, pnv.total]).toEqual(["Phòng Nội vụ", { awarded: 5, proposed: 1 }]);
    expect(view.byBlock.map((l) => [l.label, l.total.awarded, l.total.proposed])).toEqual([
      ["Khối các cơ quan tổng hợp", 5, 1],
      [null, 2, 1],
      ["Khối các xã", 1, 0],
    ]);
  });

  it("is empty for a book without history or nominations", () => {
    expect(yearsSideBySide([makeContext(book(), TODAY)]).years).toEqual([]);
  });
});

describe("consecutive titles and the next award of the chain", () => {
  it("finds the consecutive years ending this year or last", () => {
    expect(currentRun([2020, 2022, 2023], 2024)).toEqual([2022, 2023]);
    expect(currentRun([2021, 2022], 2024)).toEqual([]);
    expect(currentRun([2022, 2023, 2024], 2024)).toEqual([2022, 2023, 2024]);
  });

  it("says who is ready for Bằng khen and when CSTĐ cấp tỉnh comes", () => {
    const chains = consecutiveTitles(
      [book2023(), book2024()].map((b) => makeContext(b, TODAY)),
      2024,
    );
    const khanh = chains.find((c) => c.name === "Trần Quốc Khánh")!;
    expect(khanh).toMatchObject({ years: [2022, 2023, 2024], lastIsProposal: true, unitName: "Trung tâm Y tế thị xã" });
    expect(khanh.next.map((s) => [s.award.code, s.has, s.eligibleYear, s.ready])).toEqual([
      ["BKT", 3, 2024, true],
      ["CSTDT", 3, 2024, true],
    ]);
    const huong = chains.filter((c) => c.name === "Lò Thị Hương").map((c) => [c.title.code, c.years]);
    // Those ready for a next award come first.
    expect(huong).toEqual([
      ["CSTDCS", [2023, 2024]],
      ["LDTT", [2022, 2023, 2024]],
    ]);
    const huongFighter = chains.find((c) => c.name === "Lò Thị Hương" && c.title.code === "CSTDCS")!;
    expect(huongFighter.next.map((s) => [s.award.code, s.eligibleYear, s.ready])).toEqual([
      ["BKT", 2024, true],
      ["CSTDT", 2025, false],
    ]);
    // A single year of LĐTT is no chain.
    expect(chains.some((c) => c.name === "Giàng A Sử")).toBe(false);
  });

  it("does not count đột xuất or chuyên đề awards, and restarts after the award is received", () => {
    const b = book({
      units: UNITS,
      history: [
        history("Phan Thị Thanh Hòa", "X-TAVAN", CSTDCS, 2021),
        history("Phan Thị Thanh Hòa", "X-TAVAN", CSTDCS, 2022),
        history("Phan Thị Thanh Hòa", "X-TAVAN", BK, 2022),
        history("Phan Thị Thanh Hòa", "X-TAVAN", CSTDCS, 2023, { kind: "thematic" }),
        history("Vàng Seo Chứ", "X-TAVAN", CSTDCS, 2022),
        history("Vàng Seo Chứ", "X-TAVAN", CSTDCS, 2023),
      ],
      nominations: [nomination("Phan Thị Thanh Hoà", "X-TAVAN", CSTDCS)],
    });
    const chains = consecutiveTitles([makeContext(b, TODAY)], 2024);
    const hoa = chains.find((c) => c.name.startsWith("Phan"))!;
    // 2023 was chuyên đề: the chain is this year's proposal alone.
    expect(hoa.years).toEqual([2024]);
    expect(hoa.next.map((s) => [s.award.code, s.eligibleYear])).toEqual([
      ["BKT", 2025],
      ["CSTDT", 2026],
    ]);
    const chu = chains.find((c) => c.name === "Vàng Seo Chứ")!;
    expect(chu.next.map((s) => [s.award.code, s.has, s.eligibleYear, s.ready])).toEqual([
      ["BKT", 2, 2023, true],
      ["CSTDT", 2, 2024, false],
    ]);
  });

  it("this year's nomination for CSTĐ cấp tỉnh does not restart the chain it rests on", () => {
    const b = book({
      units: UNITS,
      history: [2021, 2022, 2023].map((y) => history("Phan Thị Thanh Hòa", "X-TAVAN", CSTDCS, y)),
      nominations: [nomination("Phan Thị Thanh Hòa", "X-TAVAN", "Chiến sĩ thi đua cấp tỉnh")],
    });
    const [hoa] = consecutiveTitles([makeContext(b, TODAY)], 2024);
    expect(hoa.next.find((s) => s.award.code === "CSTDT")).toMatchObject({ has: 3, eligibleYear: 2023, ready: true });
  });

  it("after Bằng khen in the chain's last year, the next Bằng khen needs two more years", () => {
    const b = book({
      units: UNITS,
      history: [
        history("Vàng Seo Chứ", "X-TAVAN", CSTDCS, 2022),
        history("Vàng Seo Chứ", "X-TAVAN", CSTDCS, 2023),
        history("Vàng Seo Chứ", "X-TAVAN", BK, 2023),
      ],
    });
    const [chu] = consecutiveTitles([makeContext(b, TODAY)], 2024);
    expect(chu.next.find((s) => s.award.code === "BKT")).toMatchObject({ has: 0, eligibleYear: 2025, ready: false });
  });
});
