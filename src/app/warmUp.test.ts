import { readXlsxBlob } from "../files/readBlob";
import { checkOpened } from "./openingCheck";
import { warmUp, warmUpBook } from "./warmUp";

const TODAY = { year: 2025, month: 11, day: 20 };

describe("the worker's warm-up while the clerk chooses a file", () => {
  test("its made-up book is read by the page's reader and checked as a clerk's book is, mistakes found", async () => {
    const read = await readXlsxBlob(new Blob([warmUpBook(300)]), "warm-up.xlsx", {}, { everySheet: true });
    expect(read.sheets.map((s) => [s.name, s.values.length])).toEqual([
      ["Đơn vị", 4],
      ["Đề nghị khen thưởng", 301],
    ]);
    expect(read.sheets[1].values[3]).toEqual([
      3,
      "Cá nhân",
      "Hoàng Văn Tiến 3",
      "TRUONG-MN",
      "Lao động tiên tiến",
      2025,
    ]);
    const checked = await checkOpened(
      read.sheets.map((s) => ({ name: s.name, visibility: "Visible" as const, values: s.values })),
      TODAY,
    );
    const codes = (code: string) => checked.findings.filter((f) => f.code === code).map((f) => f.cell);
    // Rows 2, 52, 102, … (nominations 2, 52, …) are from X-LAOCHAI; nominations 100, 200, 300 repeat the row before.
    expect(codes("UNKNOWN_UNIT")).toEqual(["D3", "D53", "D103", "D153", "D203", "D253"]);
    expect(codes("DUPLICATE_NOMINATION")).toEqual(["C101", "C201", "C301"]);
  });

  test("runs whole when nothing asks, and stops at once when a request has come", async () => {
    expect(await warmUp()).toBeGreaterThan(0);
    expect(await warmUp(() => true)).toBe(0);
  });
});
