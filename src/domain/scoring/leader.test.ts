import { nomination, target } from "../rules/testBook";
import { chooseLeader, hasPendingDiscipline, leaderGates } from "./leader";

describe("the gates of the flag", () => {
  it("a Kỷ luật cell stops the unit while a discipline, investigation or complaint is pending", () => {
    for (const text of ["Đang xem xét kỷ luật", "đang bị điều tra", "Chờ kết luận thanh tra"])
      expect(hasPendingDiscipline(text)).toBe(true);
    for (const text of [null, "", "Không", "không bị kỷ luật", "Khiển trách năm 2022 (đã hết thời hạn)"])
      expect(hasPendingDiscipline(text)).toBe(false);
  });

  it("targets met or exceeded pass, by their direction; a missing result stops", () => {
    const gates = leaderGates(
      [
        { ...target("X-TAVAN", "Thu ngân sách", 3200, 3300, { result: 3300 }), row: 2 },
        { ...target("X-TAVAN", "Tỷ lệ hộ nghèo", 8.9, 8.5, { result: 8.6, direction: "down" }), row: 3 },
        { ...target("X-TAVAN", "Gia đình văn hóa", 85, 87), row: 4 },
        { ...target("X-TAVAN", "Chưa giao", 0, 0, { assigned: null, registered: null }), row: 5 },
      ],
      [],
      () => null,
    );
    expect(gates).toEqual([
      { kind: "targetMissed", target: "Tỷ lệ hộ nghèo", row: 3, actual: 8.6, goal: 8.5, direction: "down" },
      { kind: "targetUnreported", target: "Gia đình văn hóa", row: 4 },
    ]);
  });

  it("a result missing in Chỉ tiêu may come from the score sheet", () => {
    const t = { ...target("X-TAVAN", "Gia đình văn hóa", 85, 87, { code: "CT-GDVH" }), row: 4 };
    expect(leaderGates([t], [], () => 88)).toEqual([]);
  });

  it("a nominee of the unit with a discipline pending stops it", () => {
    const n = { ...nomination("Thào A Lử", "X-TAVAN", "LĐTT", { discipline: "Đang xem xét kỷ luật" }), row: 12 };
    expect(leaderGates([], [n], () => null)).toEqual([
      { kind: "discipline", person: "Thào A Lử", discipline: "Đang xem xét kỷ luật", row: 12 },
    ]);
  });
});

describe("choosing the leader", () => {
  const gate = { kind: "targetUnreported" as const, target: "Thu ngân sách", row: 2 };

  it("the first in rank without gates; a tied peer with a gate does not stop the other", () => {
    expect(
      chooseLeader([
        { unit: "A", rank: 1, gates: [gate] },
        { unit: "B", rank: 1, gates: [] },
        { unit: "C", rank: 3, gates: [] },
      ]),
    ).toEqual({ outcome: "first", leader: "B", passedOver: [{ unit: "A", rank: 1, gates: [gate] }], tied: [] });
  });

  it("tied eligible units at the rank the choice falls on: the block decides", () => {
    expect(
      chooseLeader([
        { unit: "A", rank: 1, gates: [gate] },
        { unit: "B", rank: 2, gates: [] },
        { unit: "C", rank: 2, gates: [] },
      ]),
    ).toEqual({ outcome: "tie", leader: null, passedOver: [{ unit: "A", rank: 1, gates: [gate] }], tied: ["B", "C"] });
  });

  it("nobody scored: unscored", () => {
    expect(chooseLeader([])).toEqual({ outcome: "unscored", leader: null, passedOver: [], tied: [] });
  });
});
