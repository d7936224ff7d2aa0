import type { Book, HistoryEntry, Nomination } from "./model";
import { recordHistory, type SourceCodec } from "./recordHistory";
import { book, history, nomination } from "./rules/testBook";

const TODAY = { year: 2024, month: 12, day: 28 };
const DEC_25 = { year: 2024, month: 12, day: 25 };
const codec: SourceCodec = {
  format: ({ year, row }) => `ĐN dòng ${row} năm ${year}`,
  parse: (text) => {
    const m = /^ĐN dòng (\d+) năm (\d{4})$/.exec(text);
    return m ? { row: Number(m[1]), year: Number(m[2]) } : null;
  },
};

const decided = (decisionNumber: string | null, more: Partial<Nomination> = {}): Partial<Nomination> => ({
  outcome: "approved",
  decisionNumber,
  decisionDate: decisionNumber ? DEC_25 : null,
  ...more,
});

/** The history after a plan is written, as the adapters would leave it (rows numbered on). */
function written(b: Book): Book {
  const plan = recordHistory(b, TODAY, codec);
  const rows: HistoryEntry[] = (b.history ?? []).map((h) => {
    const u = plan.update.find((x) => x.row === h.row);
    return u ? u.after : h;
  });
  const last = Math.max(1, ...rows.map((h) => h.row));
  plan.append.forEach(({ entry }, i) => rows.push({ ...entry, row: last + 1 + i }));
  return { ...b, history: rows };
}

const council = () =>
  book({
    nominations: [
      nomination("Giàng Thị Sùng", "X-TAVAN", "Lao động tiên tiến", decided("4120/QĐ-UBND")),
      nomination("Lý Thị Hòa", "P-SAPA", "CSTĐCS", decided("4122/QĐ-UBND")),
      nomination("Sần Văn Lâm", "X-TAVAN", "LĐTT", decided(null)),
      nomination("Vàng Thị Mỷ", "X-TAVAN", "Bằng khen của Chủ tịch UBND tỉnh", {
        outcome: "forwarded",
        decisionNumber: "3051/QĐ-UBND",
        decisionDate: { year: 2025, month: 3, day: 14 },
      }),
      nomination("Lò Văn Páo", "X-TAPHIN", "Bằng khen của Chủ tịch UBND tỉnh", { outcome: "forwarded" }),
      nomination("Hầu A Chứ", "X-TAPHIN", "LĐTT", decided("4120/QĐ-UBND", { outcome: "rejected" })),
    ],
    history: [],
  });

describe("recording decided nominations in the award history", () => {
  it("appends each approved nomination with a decision, and the one the province decided later, once", () => {
    const plan = recordHistory(council(), TODAY, codec);
    expect(plan.append.map((a) => a.entry)).toEqual([
      expect.objectContaining({
        name: "Giàng Thị Sùng",
        unit: "X-TAVAN",
        award: "Lao động tiên tiến",
        year: 2024,
        decisionNumber: "4120/QĐ-UBND",
        decisionDate: DEC_25,
        source: "ĐN dòng 2 năm 2024",
      }),
      expect.objectContaining({ name: "Lý Thị Hòa", award: "Chiến sĩ thi đua cơ sở", source: "ĐN dòng 3 năm 2024" }),
      expect.objectContaining({
        name: "Vàng Thị Mỷ",
        award: "Bằng khen của Chủ tịch UBND tỉnh",
        decisionNumber: "3051/QĐ-UBND",
        decisionDate: { year: 2025, month: 3, day: 14 },
      }),
    ]);
    expect(plan.update).toEqual([]);
  });

  it("running again adds nothing: every decision is already there", () => {
    const once = written(council());
    const again = recordHistory(once, TODAY, codec);
    expect(again).toMatchObject({ append: [], update: [], unchanged: 3, kept: [] });
    expect(written(once).history).toEqual(once.history);
  });

  it("a corrected decision number updates the row it wrote, and nothing else", () => {
    const once = written(council());
    const corrected = {
      ...once,
      nominations: (once.nominations ?? []).map((n) =>
        n.name === "Lý Thị Hòa" ? { ...n, decisionNumber: "4123/QĐ-UBND", decisionDate: { ...DEC_25, day: 26 } } : n,
      ),
    };
    const plan = recordHistory(corrected, TODAY, codec);
    expect(plan.append).toEqual([]);
    expect(plan.update).toHaveLength(1);
    expect(plan.update[0]).toMatchObject({
      row: 3,
      before: { decisionNumber: "4122/QĐ-UBND" },
      after: { name: "Lý Thị Hòa", decisionNumber: "4123/QĐ-UBND", decisionDate: { day: 26 } },
    });
  });

  it("the clerk's own row for the same title and year (old tone mark, code typed) is the same award: never overwritten", () => {
    const typedByHand = { ...history("Lý Thị Hoà", "P-SAPA", "CSTĐCS", 2024), decisionNumber: "4100/QĐ-UBND" };
    const same = {
      ...history("Giàng Thị Sùng", "X-TAVAN", "LĐTT", 2024),
      decisionNumber: "4120/QĐ-UBND",
      decisionDate: DEC_25,
    };
    const b = {
      ...council(),
      history: [
        { ...typedByHand, row: 2 },
        { ...same, row: 3 },
      ],
    };
    const plan = recordHistory(b, TODAY, codec);
    expect(plan.kept).toEqual([{ row: 2, nominationRow: 3 }]);
    expect(plan.unchanged).toBe(1);
    expect(plan.append.map((a) => a.entry.name)).toEqual(["Vàng Thị Mỷ"]);
  });

  it("last year's award of the same title is another year: this year's is still appended", () => {
    const b = { ...council(), history: [{ ...history("Giàng Thị Sùng", "X-TAVAN", "LĐTT", 2023), row: 2 }] };
    expect(recordHistory(b, TODAY, codec).append.map((a) => a.entry.name)).toContain("Giàng Thị Sùng");
  });
});
