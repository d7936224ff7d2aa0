import { message } from "../../i18n";
import { voteShort } from "./voteShort";
import { book, catalogueEntry, codesAt, nomination, plan, run } from "./testBook";

const approved = (votesFor: number | null, councilSize: number | null = 15) =>
  ({ outcome: "approved", votesFor, councilSize, rating: "excellent" }) as const;

describe("VOTE_SHORT", () => {
  it("a CSTĐCS the town council approved with 11 of 15 votes (73%) is short of 80%: it needed 12", () => {
    const f = run(
      voteShort,
      book({
        nominations: [
          nomination("Lò Thị Hương", "PNV", "Chiến sĩ thi đua cơ sở", approved(12)),
          nomination("Phạm Minh Đức", "PNV", "CSTĐCS", approved(11)),
        ],
      }),
    );
    expect(codesAt(f)).toEqual(["VOTE_SHORT@3"]);
    expect(f[0]).toMatchObject({
      severity: "error",
      column: "Số phiếu đồng ý",
      ref: "CSTDCS",
      params: { votes: 11, members: 15, share: 73, minShare: 80, needed: 12, confirmed: true },
    });
    expect(f[0].params.basis).toMatch(/98\/2023/);
    expect(message(f[0], "vi")).toBe(
      "Dòng 3: Chiến sĩ thi đua cơ sở cho “Phạm Minh Đức” của Phòng Nội vụ (PNV) được 11/15 phiếu đồng ý (73%), chưa đạt 80% tổng số thành viên Hội đồng (cần ít nhất 12 phiếu; khoản 7 Điều 30 Nghị định 98/2023/NĐ-CP).",
    );
    expect(message(f[0], "en")).toMatch(/^Row 3: .* got 11 of 15 votes \(73%\), short of 80% of all council members/);
  });

  it("counts against all members: the council size may come from the plan when the row leaves it blank", () => {
    const b = book({
      plan: { ...plan(2024, "district"), councilSize: 20 },
      nominations: [nomination("Giàng Thị Sùng", "X-TAVAN", "CSTĐCS", approved(15, null))],
    });
    expect(run(voteShort, b)[0]?.params).toMatchObject({ members: 20, share: 75, needed: 16 });
    const enough = book({
      plan: { ...plan(2024, "district"), councilSize: 20 },
      nominations: [nomination("Giàng Thị Sùng", "X-TAVAN", "CSTĐCS", approved(16, null))],
    });
    expect(run(voteShort, enough)).toEqual([]);
  });

  it("the province council needs 90% for CSTĐ cấp tỉnh: 26 of 30 is short", () => {
    const f = run(
      voteShort,
      book({
        plan: plan(2024, "province"),
        nominations: [nomination("Vàng Thị Mỷ", "X-TAVAN", "Chiến sĩ thi đua cấp tỉnh", approved(26, 30))],
      }),
    );
    expect(f[0]).toMatchObject({ severity: "error", params: { minShare: 90, needed: 27 } });
  });

  it("a Cờ thi đua the province council approved with 7 of 10 is short of 80%", () => {
    const f = run(
      voteShort,
      book({
        plan: plan(2024, "province"),
        nominations: [
          nomination("UBND xã Tả Van", "X-TAVAN", "Cờ thi đua của UBND tỉnh", {
            ...approved(7, 10),
            subject: "collective",
          }),
        ],
      }),
    );
    expect(codesAt(f)).toEqual(["VOTE_SHORT@2"]);
  });

  it("a town's vote on CSTĐ cấp tỉnh goes up with the dossier: the province council judges the share", () => {
    const b = book({ nominations: [nomination("Vàng Thị Mỷ", "X-TAVAN", "CSTĐ cấp tỉnh", approved(10))] });
    expect(run(voteShort, b)).toEqual([]);
  });

  it("after 01/07/2025 the shares are unconfirmed: a ward's shortfall is a warning citing that", () => {
    const f = run(
      voteShort,
      book({
        plan: plan(2026, "commune"),
        nominations: [nomination("Lý Thị Hoà", "P-SAPA", "Chiến sĩ thi đua cơ sở", approved(11))],
      }),
      { year: 2026, month: 12, day: 1 },
    );
    expect(f[0]).toMatchObject({ severity: "warning", params: { minShare: 80, confirmed: false } });
    expect(f[0].params.basis).toMatch(/152\/2025/);
    expect(message(f[0], "vi")).toMatch(
      /chưa được xác nhận theo văn bản đang có hiệu lực, có thể sửa ở sheet Danh mục khen thưởng\)\.$/,
    );
  });

  it("the book's own catalogue share (70%) is the rule the council follows: 11 of 15 passes", () => {
    const b = book({
      catalogue: [catalogueEntry("CSTDCS", "Chiến sĩ thi đua cơ sở", { minVoteShare: 70 })],
      nominations: [nomination("Phạm Minh Đức", "PNV", "CSTĐCS", approved(11))],
    });
    expect(run(voteShort, b)).toEqual([]);
  });

  it("quiet for titles without a vote rule, for rows not approved, and for books that keep no votes", () => {
    const b = book({
      nominations: [
        nomination("Hoàng Văn Tiến", "PNV", "Lao động tiên tiến", approved(3)),
        nomination("Đỗ Thị Lan", "VPHDND", "CSTĐCS", { ...approved(5), outcome: "rejected" }),
        nomination("Trần Văn Long", "PTCKH", "CSTĐCS", { ...approved(9), outcome: "proposed" }),
        nomination("Nguyễn Thị Thu Hà", "PTCKH", "CSTĐCS", approved(null)),
        nomination("Lò Thị Hương", "PNV", "CSTĐCS", approved(8, null)),
      ],
    });
    expect(run(voteShort, b)).toEqual([]);
  });
});
