import { multipleForms } from "./multipleForms";
import { book, codesAt, nomination, run } from "./testBook";

describe("MULTIPLE_FORMS", () => {
  it("a Giấy khen and a Bằng khen for the same person's year are flagged on the later row", () => {
    const f = run(
      multipleForms,
      book({
        nominations: [
          nomination("Hoàng Thị Mai", "X-TAPHIN", "Giấy khen của Chủ tịch UBND thị xã"),
          nomination("Hoàng Thị Mai", "X-TAPHIN", "Bằng khen của Chủ tịch UBND tỉnh", { kind: null }),
        ],
      }),
    );
    expect(codesAt(f)).toEqual(["MULTIPLE_FORMS@3"]);
    expect(f[0]).toMatchObject({
      severity: "error",
      column: "Hình thức",
      ref: "2",
      params: { firstAward: "Giấy khen của Chủ tịch UBND thị xã", award: "Bằng khen của Chủ tịch UBND tỉnh" },
    });
  });

  it("titles stack: LĐTT, CSTĐCS and a Giấy khen for one person are fine", () => {
    const f = run(
      multipleForms,
      book({
        nominations: [
          nomination("Hoàng Thị Mai", "X-TAPHIN", "LĐTT"),
          nomination("Hoàng Thị Mai", "X-TAPHIN", "CSTĐCS"),
          nomination("Hoàng Thị Mai", "X-TAPHIN", "GKH"),
        ],
      }),
    );
    expect(f).toEqual([]);
  });

  it("a thematic or ad-hoc form besides the regular one rewards another achievement: quiet", () => {
    const f = run(
      multipleForms,
      book({
        nominations: [
          nomination("Hoàng Thị Mai", "X-TAPHIN", "GKH"),
          nomination("Hoàng Thị Mai", "X-TAPHIN", "BKT", { kind: "adHoc" }),
          nomination("Hoàng Thị Mai", "X-TAPHIN", "BKT", { kind: "thematic" }),
        ],
      }),
    );
    expect(f).toEqual([]);
  });

  it("a form the council rejected does not count, nor does the same name in another unit", () => {
    const f = run(
      multipleForms,
      book({
        nominations: [
          nomination("Hoàng Thị Mai", "X-TAPHIN", "GKH", { outcome: "rejected" }),
          nomination("Hoàng Thị Mai", "X-TAPHIN", "BKT"),
          nomination("Hoàng Thị Mai", "X-TAVAN", "GKH"),
        ],
      }),
    );
    expect(f).toEqual([]);
  });
});
