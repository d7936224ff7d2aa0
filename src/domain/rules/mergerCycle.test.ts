import { message } from "../../i18n";
import { mergerCycle } from "./mergerCycle";
import { book, merger, plan, run } from "./testBook";

describe("MERGER_CYCLE", () => {
  it("two rows that merge Tả Van into Bản Hồ and Bản Hồ back into Tả Van are both reported", () => {
    const f = run(
      mergerCycle,
      book({ plan: plan(2026, "commune"), mergers: [merger("X-TAVAN", "X-BANHO"), merger("X-BANHO", "X-TAVAN")] }),
    );
    expect(f.map((x) => [x.row, x.column])).toEqual([
      [2, "Mã đơn vị mới"],
      [3, "Mã đơn vị mới"],
    ]);
    expect(message(f[0], "vi")).toContain("X-TAVAN → X-BANHO → X-TAVAN");
  });

  it("a plain chain is quiet", () => {
    expect(run(mergerCycle, book({ mergers: [merger("X-TAPHIN", "P-SAPA2"), merger("P-SAPA2", "P-SAPA")] }))).toEqual(
      [],
    );
  });
});
