import { duplicateCriterion } from "./duplicateCriterion";
import { book, codesAt, criterion, run } from "./testBook";

describe("DUPLICATE_CRITERION", () => {
  it("a second “I.1” (in any case) is reported naming the first row", () => {
    const f = run(
      duplicateCriterion,
      book({
        criteria: [
          criterion("I.1", "qualitative", 10),
          criterion("I.2", "qualitative", 5),
          criterion("i.1", "counted", 5),
        ],
      }),
    );
    expect(codesAt(f)).toEqual(["DUPLICATE_CRITERION@4"]);
    expect(f[0].params).toEqual({ code: "i.1", firstRow: 2 });
  });

  it("distinct codes are quiet", () => {
    expect(
      run(duplicateCriterion, book({ criteria: [criterion("I.1", "qualitative", 10), criterion("I.2", null, 5)] })),
    ).toEqual([]);
  });
});
