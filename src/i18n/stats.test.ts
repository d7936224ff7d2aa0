import { st } from "./stats";
import { statsEn } from "./stats.en";
import { statsVi } from "./stats.vi";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the statistics' words", () => {
  it("say the same things in Vietnamese and English, with the same parameters", () => {
    for (const part of ["ui"] as const) {
      expect(Object.keys(statsEn[part]).sort()).toEqual(Object.keys(statsVi[part]).sort());
      for (const key of Object.keys(statsVi[part]))
        expect([key, placeholders(statsEn[part][key])]).toEqual([key, placeholders(statsVi[part][key])]);
    }
  });

  it("fall back to the shared tables for what they do not hold", () => {
    expect(st("vi", "stats.reason.noDate")).toBe("Thiếu ngày quyết định: không xếp được vào kỳ nào");
    expect(st("en", "file.missing", { file: "so.xlsx" })).toBe("file “so.xlsx” not found.");
  });
});
