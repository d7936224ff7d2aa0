import { noChoices } from "../../sheets/readingMap";
import { chooseColumn, chooseSheet, ignoreSheet, releaseSheet, sameChoices } from "./choices";

describe("the clerk's draft of how the book is read", () => {
  test("choosing a sheet for the nominations takes it from any other contract sheet and from the ignored", () => {
    let c = ignoreSheet(noChoices(), "DS bổ sung", true);
    c = chooseSheet(c, "history", "DS bổ sung");
    c = chooseSheet(c, "nominations", "DS bổ sung");
    expect(c).toEqual({ sheets: { nominations: "DS bổ sung" }, columns: {}, ignored: [] });
    expect(chooseSheet(c, "nominations", null)).toEqual(noChoices());
  });

  test("one column is one field: choosing it for Hình thức takes it from Xếp loại", () => {
    const g = { header: "Danh hiệu đề nghị", column: "G" };
    let c = chooseColumn(noChoices(), "nominations", "rating", g);
    c = chooseColumn(c, "nominations", "award", g);
    expect(c.columns).toEqual({ nominations: { award: g } });
    expect(chooseColumn(c, "nominations", "award", null).columns).toEqual({});
  });

  test("a sheet said to be no part of the book is no longer chosen; automatic again forgets both", () => {
    const c = ignoreSheet(chooseSheet(noChoices(), "targets", "Ghi chép"), "Ghi chép", true);
    expect(c).toEqual({ sheets: {}, columns: {}, ignored: ["Ghi chép"] });
    expect(releaseSheet(chooseSheet(noChoices(), "targets", "Ghi chép"), "Ghi chép")).toEqual(noChoices());
  });

  test("the same choices made in another order are the same reading", () => {
    const a = chooseSheet(chooseSheet(noChoices(), "units", "ĐV"), "nominations", "Sheet1");
    const b = chooseSheet(chooseSheet(noChoices(), "nominations", "Sheet1"), "units", "ĐV");
    expect(sameChoices(a, b)).toBe(true);
    expect(sameChoices(a, noChoices())).toBe(false);
  });
});
