import { unknownMilestone } from "./unknownMilestone";
import { book, codesAt, milestone, run, submission } from "./testBook";

describe("UNKNOWN_MILESTONE", () => {
  it("a submission for a milestone code the Tiến độ sheet does not define is flagged", () => {
    const f = run(
      unknownMilestone,
      book({
        milestones: [milestone("BC6T", "Tất cả")],
        submissions: [submission("X-TAVAN", "bc6t"), submission("X-TAPHIN", "BC-NAM")],
      }),
    );
    expect(codesAt(f)).toEqual(["UNKNOWN_MILESTONE@3"]);
    expect(f[0]).toMatchObject({ severity: "error", column: "Mã tiến độ", unit: "X-TAPHIN", ref: "BC-NAM" });
  });

  it("without the milestones sheet nothing is checked", () => {
    expect(run(unknownMilestone, book({ submissions: [submission("X-TAVAN", "BC-NAM")] }))).toEqual([]);
  });
});
