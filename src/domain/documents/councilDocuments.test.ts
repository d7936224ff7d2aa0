import { book, nomination } from "../rules/testBook";
import { councilDocuments } from "./councilDocuments";

const TODAY = { year: 2024, month: 12, day: 28 };

describe("which nominations the council's documents carry", () => {
  it("before the council decides anything, drafts from the proposals, leaving out what this town cannot award", () => {
    const docs = councilDocuments(
      book({
        nominations: [
          nomination("Giàng Thị Sùng", "X-TAVAN", "Lao động tiên tiến"),
          nomination("Bộ phận Một cửa phường Sa Pa", "P-SAPA", "Lao động tiên tiến", { subject: "collective" }),
          nomination("Hộ ông Lý A Chư", "X-TAVAN", "Gia đình văn hóa", { subject: "household" }),
          nomination("Vàng Thị Mỷ", "X-TAVAN", "Bằng khen của Chủ tịch UBND tỉnh"),
          nomination("Sần Văn Lâm", "X-TAVAN", "Huy hiệu tự đặt"),
        ],
      }),
      TODAY,
    );
    expect(docs.draft).toBe(true);
    expect(docs.decisions.map((d) => [d.award.code, d.counts])).toEqual([
      ["LDTT", { individual: 1, collective: 0, household: 0 }],
    ]);
    expect(docs.upward.map((d) => d.award.code)).toEqual(["BKT"]);
    expect(docs.skipped).toEqual([
      { row: 3, reason: "subjectMismatch" },
      { row: 4, reason: "below" },
      { row: 6, reason: "unknownAward" },
    ]);
  });

  it("once the council has decided, only what it approved (and sent up) is in the documents", () => {
    const docs = councilDocuments(
      book({
        nominations: [
          nomination("Giàng Thị Sùng", "X-TAVAN", "LĐTT", { outcome: "approved" }),
          nomination("Sần Văn Lâm", "X-TAVAN", "LĐTT", { outcome: "rejected", reason: "Chưa đủ 6 tháng công tác" }),
          nomination("Lý Thị Hòa", "P-SAPA", "LĐTT", { outcome: "proposed" }),
          nomination("Vàng Thị Mỷ", "X-TAVAN", "Bằng khen của Chủ tịch UBND tỉnh", { outcome: "forwarded" }),
        ],
      }),
      TODAY,
    );
    expect(docs.draft).toBe(false);
    expect(docs.decisions[0].groups[0].items.map((a) => a.name)).toEqual(["Giàng Thị Sùng"]);
    expect(docs.decisions[0].totalMoney).toBe(710_000);
    expect(docs.upward[0].groups[0].items.map((a) => a.name)).toEqual(["Vàng Thị Mỷ"]);
    expect(docs.submission.here).toEqual([expect.objectContaining({ total: 1 })]);
  });
});
