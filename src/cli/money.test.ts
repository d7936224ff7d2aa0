import { main } from "./main";
import type { JsonMoney } from "./money";
import { captureIo } from "../../test/fixtures/cliIo";
import { tempBooks } from "../../test/fixtures/tempBooks";

const capture = () => captureIo({ year: 2024, month: 12, day: 10 });

const { book } = tempBooks("tdkt-money-");

const PLAN = [
  ["Mục", "Giá trị"],
  ["Năm", 2024],
  ["Cấp", "Huyện"],
];
const UNITS = [
  ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
  ["X-TAVAN", "UBND xã Tả Van", "Xã, phường"],
  ["P-SAPA", "UBND phường Sa Pa", "Xã, phường"],
];
const HEAD = ["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức", "Kết quả"];

/**
 * Priced by hand with 2,340,000 đ (NĐ 73/2024): CSTĐCS 2,340,000; LĐTT 0.3 → 702,000 → 710,000;
 * TTLĐTT 0.8 → 1,872,000 → 1,880,000; Bằng khen tỉnh (the province pays) 3.0 × ½ → 3,510,000.
 * Giàng A Sử's LĐTT gives way to his CSTĐCS; Phàn Văn Lở was rejected.
 */
const NOMINATIONS = [
  HEAD,
  [1, "Cá nhân", "Giàng A Sử", "X-TAVAN", "Lao động tiên tiến", "Đề nghị"],
  [2, "Cá nhân", "Giàng A Sử", "X-TAVAN", "Chiến sĩ thi đua cơ sở", "Đề nghị"],
  [3, "Cá nhân", "Lý Thị Hoà", "X-TAVAN", "LĐTT", "Đồng ý"],
  [4, "Tập thể", "Trạm Y tế xã Tả Van", "X-TAVAN", "Tập thể lao động tiên tiến", "Đồng ý"],
  [5, "Cá nhân", "Vàng Thị Mai", "P-SAPA", "Bằng khen của Chủ tịch UBND tỉnh", "Trình cấp trên"],
  [6, "Cá nhân", "Phàn Văn Lở", "P-SAPA", "Lao động tiên tiến", "Không đồng ý"],
];

describe("tdkt money", () => {
  it("prints what this level and the level above pay, by award and by unit, and what is not paid; exit 0", async () => {
    const file = await book("so-tien-thuong.xlsx", {
      "Kế hoạch": PLAN,
      "Đơn vị": UNITS,
      "Đề nghị khen thưởng": NOMINATIONS,
    });
    const io = capture();
    expect(await main(["money", file], io)).toBe(0);
    const text = io.stdout.join("\n");
    expect(text).toContain("Mức lương cơ sở 2.340.000 đ (Nghị định 73/2024/NĐ-CP)");
    expect(text).toMatch(/Chiến sĩ thi đua cơ sở +1 +2\.340\.000\n/);
    expect(text).toMatch(/Tập thể lao động tiên tiến +1 +1\.880\.000\n/);
    expect(text).toMatch(/Lao động tiên tiến +1 +710\.000\n/);
    expect(text).toMatch(/Cộng +3 +4\.930\.000\n/);
    expect(text).toMatch(/Bằng khen của Chủ tịch UBND tỉnh +1 +3\.510\.000\n/);
    expect(text).toMatch(/X-TAVAN +UBND xã Tả Van +3 +4\.930\.000 +0\n/);
    expect(text).toMatch(/P-SAPA +UBND phường Sa Pa +1 +0 +3\.510\.000\n/);
    expect(text).toContain("Tổng cấp này chi: 4.930.000 đ (3 khen thưởng); cấp trên chi: 3.510.000 đ (1 khen thưởng).");
    expect(text).toContain("Dòng 2: Giàng A Sử — Lao động tiên tiến: cùng kỳ với danh hiệu cao hơn ở dòng 3");
    expect(text).toContain("Dòng 7: Phàn Văn Lở — Lao động tiên tiến: Hội đồng không đồng ý.");
    expect(io.stderr).toEqual([]);
  });

  it("--json gives each nomination's amount and the totals, in the documented shape", async () => {
    const file = await book("so-tien-thuong-json.xlsx", {
      "Kế hoạch": [...PLAN, ["Mức lương cơ sở", 2_530_000]],
      "Đơn vị": UNITS,
      "Đề nghị khen thưởng": NOMINATIONS,
    });
    const io = capture();
    expect(await main(["money", file, "--json", "--lang", "en"], io)).toBe(0);
    const json = JSON.parse(io.stdout.join("")) as JsonMoney;
    expect(json.baseSalaries).toEqual([{ amount: 2_530_000, from: "book", basis: null }]);
    // 0.3 × 2,530,000 = 759,000 → 760,000; 1.0 → 2,530,000; 0.8 → 2,024,000 → 2,030,000.
    expect(json.total.here).toEqual({ count: 3, amount: 760_000 + 2_530_000 + 2_030_000 });
    expect(json.lines[0]).toMatchObject({ row: 2, status: "superseded", supersededBy: 3, amount: 760_000 });
    expect(json.lines[3]).toMatchObject({ row: 5, code: "TTLDTT", subject: "collective", amount: 2_030_000 });
    expect(json.lines[5]).toMatchObject({ row: 7, status: "rejected", amount: null, payer: null });
  });

  it("a book without nominations, no file, two files: one line on stderr and exit 2", async () => {
    const file = await book("chi-don-vi.xlsx", { "Đơn vị": UNITS });
    let io = capture();
    expect(await main(["money", file], io)).toBe(2);
    expect(io.stderr).toEqual([expect.stringContaining("không có sheet Đề nghị khen thưởng")]);
    io = capture();
    expect(await main(["money"], io)).toBe(2);
    expect(io.stderr).toEqual([expect.stringContaining("tdkt money so-tdkt.xlsx")]);
    io = capture();
    expect(await main(["money", file, file], io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stdout).toEqual([]);
  });
});
