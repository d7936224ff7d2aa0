import { scoreBlocks } from "../domain/scoring";
import { codeKey } from "../domain/text";
import { buildSampleBook } from "./index";

const book = buildSampleBook();
const { blocks } = scoreBlocks(book);
const blockOf = (code: string) => blocks.find((b) => b.block === code);

describe("the block score sheets of the Sa Pa sample", () => {
  it("score the agencies (K2), the wards (K5) and the highland communes (K6), every unit of them", () => {
    expect(blocks.map((b) => [b.block, b.units.length])).toEqual([
      ["K2", 11],
      ["K5", 6],
      ["K6", 10],
    ]);
    expect(blocks.flatMap((b) => b.units).every((u) => u.scored && u.rank !== null && u.band !== null)).toBe(true);
  });

  it("have 100 points for each kind of block, plus up to 10 bonus points", () => {
    expect(blocks.map((b) => b.maxTotal)).toEqual([110, 110, 110]);
  });

  it("tell the three stories of the demo: a clean first, a first passed over, a tie", () => {
    expect(blockOf("K2")?.leader).toMatchObject({ outcome: "first", leader: "PGDDT" });
    expect(blockOf("K6")?.leader).toMatchObject({ outcome: "first", leader: "X-TAVAN" });
    const k5 = blockOf("K5");
    expect(k5?.units[0].unit).toBe("P-SAPA");
    expect(k5?.leader).toMatchObject({
      outcome: "next",
      leader: "P-HAMRONG",
      passedOver: [
        {
          unit: "P-SAPA",
          rank: 1,
          gates: [{ kind: "targetMissed", target: "Tỷ lệ thu gom, xử lý rác thải sinh hoạt" }],
        },
      ],
    });
    const tied = blocks.flatMap((b) => b.units.filter((u) => u.tied).map((u) => [u.unit, u.rank, u.total]));
    expect(tied).toEqual([
      ["PTCKH", 5, 89],
      ["PKT", 5, 89],
    ]);
  });

  it("give every target of the scored units a result, so the flag's gates can be shown", () => {
    const scored = new Set(blocks.flatMap((b) => b.units.map((u) => codeKey(u.unit))));
    const missing = (book.targets ?? []).filter((t) => scored.has(codeKey(t.unit)) && t.result === null);
    expect(missing.map((t) => `${t.unit}: ${t.name}`)).toEqual([]);
  });

  it("count the planted 12 points on xã Ngũ Chỉ Sơn's 10-point criterion as 10", () => {
    const c = blockOf("K6")
      ?.units.find((u) => u.unit === "X-NGUCHISON")
      ?.criteria.find((x) => x.code === "C.2");
    expect(c).toMatchObject({ self: 12, score: 10, source: "self", clamped: true });
  });
});
