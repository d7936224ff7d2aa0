import { previewSheets } from "./previewSheets";

describe("the sample the preview opens", () => {
  const plan = (sheets: ReturnType<typeof previewSheets>) =>
    sheets.find((s) => s.name === "Kế hoạch")?.values.find((r) => r[0] === "Năm")?.[1];

  it("is the Sa Pa 2024 book by default, or for a sample it does not know", () => {
    expect(plan(previewSheets(""))).toBe(2024);
    expect(plan(previewSheets("?sample=khong-co"))).toBe(2024);
  });

  it("is the 2026 ward book, with its merger sheet, for ?sample=phuong-2026", () => {
    const sheets = previewSheets("?preview&sample=phuong-2026");
    expect(plan(sheets)).toBe(2026);
    expect(sheets.map((s) => s.name)).toContain("Sáp nhập đơn vị");
  });
});
