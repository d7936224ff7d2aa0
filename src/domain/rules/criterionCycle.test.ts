import { criterionCycle } from "./criterionCycle";
import { book, codesAt, criterion, run } from "./testBook";

describe("CRITERION_CYCLE", () => {
  it("groups inside each other, and a group inside itself, are reported on each row of the loop", () => {
    const f = run(
      criterionCycle,
      book({
        criteria: [
          criterion("I", null, 60, { parent: "II" }),
          criterion("II", null, 40, { parent: "I" }),
          criterion("II.1", "qualitative", 10, { parent: "II" }),
          criterion("III", null, 10, { parent: "III" }),
        ],
      }),
    );
    expect(codesAt(f)).toEqual(["CRITERION_CYCLE@2", "CRITERION_CYCLE@3", "CRITERION_CYCLE@5"]);
    expect(f[0]).toMatchObject({ severity: "error", column: "Thuộc nhóm", params: { code: "I", parent: "II" } });
  });

  it("a proper tree is quiet", () => {
    expect(
      run(
        criterionCycle,
        book({ criteria: [criterion("I", null, 60), criterion("I.1", "qualitative", 10, { parent: "I" })] }),
      ),
    ).toEqual([]);
  });
});
