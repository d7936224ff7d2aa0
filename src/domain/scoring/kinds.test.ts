import { criterion } from "../rules/testBook";
import { countedScore, groupBounds, leafBounds, qualitativeScore, relativeExcess, round2, targetScore } from "./kinds";

describe("a target-based criterion (Định lượng), max 10", () => {
  it("Tăng: below target in proportion, on target half, the best excess the max, others in between", () => {
    expect(targetScore(10, 80, 100, "up", 0.2)).toBe(4); // 0,5 × 10 × 80/100
    expect(targetScore(10, 100, 100, "up", 0.2)).toBe(5);
    expect(targetScore(10, 120, 100, "up", 0.2)).toBe(10);
    expect(targetScore(10, 105, 100, "up", 0.2)).toBe(6.25); // 5 + (5% / 20%) × 5
  });

  it("Giảm (the poverty rate): lower is better, excess measured the other way", () => {
    expect(relativeExcess(4, 5, "down")).toBeCloseTo(0.2);
    expect(targetScore(10, 4, 5, "down", 0.2)).toBe(10);
    expect(targetScore(10, 5, 5, "down", 0.2)).toBe(5);
    expect(targetScore(10, 4.5, 5, "down", 0.2)).toBeCloseTo(7.5);
    expect(targetScore(10, 6.25, 5, "down", 0.2)).toBe(4); // 0,5 × 10 × 5/6,25
  });

  it("a Giảm target of 0 (no cases) is met only by 0; a Tăng target of 0 cannot be a base", () => {
    expect(targetScore(10, 0, 0, "down", 0)).toBe(5);
    expect(targetScore(10, 2, 0, "down", 0)).toBe(0);
    expect(targetScore(10, 5, 0, "up", 0)).toBeNull();
  });

  it("never below 0 nor above the max (a negative actual, an excess above the best given)", () => {
    expect(targetScore(10, -5, 100, "up", 0.1)).toBe(0);
    expect(targetScore(10, 150, 100, "up", 0.1)).toBe(10);
  });
});

describe("the other kinds", () => {
  it("Định tính: met earns the max, not met nothing", () => {
    expect(qualitativeScore(10, 1)).toBe(10);
    expect(qualitativeScore(10, 0)).toBe(0);
  });

  it("Chấm theo số lượng: count × points up to Giới hạn and the max", () => {
    const news = criterion("TB", "counted", 10, { points: 0.5, cap: 6 });
    expect(countedScore(news, 8)).toBe(4);
    expect(countedScore(news, 20)).toBe(6);
    expect(countedScore(criterion("MH", "counted", 10, { points: 3 }), 5)).toBe(10);
    expect(countedScore(criterion("MH", "counted", 10), 5)).toBeNull();
  });

  it("Cộng điểm within Giới hạn; Trừ điểm deducts within Giới hạn, whatever sign its points carry", () => {
    expect(countedScore(criterion("C", "bonus", null, { points: 10, cap: 15 }), 2)).toBe(15);
    expect(countedScore(criterion("T", "penalty", null, { points: -2, cap: 5 }), 2)).toBe(-4);
    expect(countedScore(criterion("T", "penalty", null, { points: 2, cap: 5 }), 4)).toBe(-5);
    expect(countedScore(criterion("T", "penalty", 3, { points: 2 }), 4)).toBe(-3);
  });

  it("bounds: a penalty's range is below 0; a group's Giới hạn limits what it deducts", () => {
    expect(leafBounds(criterion("T", "penalty", null, { cap: 5 }))).toEqual({ low: -5, high: 0 });
    expect(leafBounds(criterion("C", "bonus", 10))).toEqual({ low: 0, high: 10 });
    expect(leafBounds(criterion("Q", "qualitative", null))).toEqual({ low: 0, high: Infinity });
    expect(groupBounds(criterion("G", null, 60))).toEqual({ low: -Infinity, high: 60 });
    expect(groupBounds(criterion("G", null, null, { cap: 10 }))).toEqual({ low: -10, high: 10 });
  });

  it("scores keep two decimals, rounded half away from zero as by hand", () => {
    expect(round2(6.666666)).toBe(6.67);
    expect(round2(4.975)).toBe(4.98);
    expect(round2(-4.975)).toBe(-4.98);
    expect(round2(0.1 + 0.2)).toBe(0.3);
    expect(round2(-0.001)).toBe(0);
  });
});
