import { message } from "../../i18n";
import { disciplinePending } from "./disciplinePending";
import { book, nomination, plan, run } from "./testBook";

const ward = (discipline: string | null, more = {}) =>
  book({
    plan: plan(2026, "commune"),
    nominations: [nomination("Vàng Thị Mỷ", "P-SAPA", "Lao động tiên tiến", { discipline, ...more })],
  });

describe("DISCIPLINE_PENDING", () => {
  it("a 2026 nominee whose Kỷ luật reads “Đang xem xét kỷ luật” is an error citing NĐ 152/2025 Điều 4", () => {
    const f = run(disciplinePending, ward("Đang xem xét kỷ luật"));
    expect(f.map((x) => [x.row, x.severity, x.column])).toEqual([[2, "error", "Kỷ luật"]]);
    expect(message(f[0], "vi")).toContain("Điều 4 Nghị định 152/2025/NĐ-CP");
  });

  it("also an investigation or a complaint still open, however it is typed", () => {
    for (const typed of ["đang bị điều tra", "ĐANG GIẢI QUYẾT KHIẾU NẠI", "Chờ kết luận thanh tra"]) {
      expect(run(disciplinePending, ward(typed))).toHaveLength(1);
    }
  });

  it("is quiet for no discipline, a concluded one, a row the council rejected, and the 2024 rules", () => {
    expect(run(disciplinePending, ward(null))).toEqual([]);
    expect(run(disciplinePending, ward("Không"))).toEqual([]);
    expect(run(disciplinePending, ward("Khiển trách năm 2023 (đã hết thời hạn)"))).toEqual([]);
    expect(run(disciplinePending, ward("Đang xem xét kỷ luật", { outcome: "rejected" }))).toEqual([]);
    const town = book({ nominations: [nomination("Vàng Thị Mỷ", "P-SAPA", "LĐTT", { discipline: "Đang xem xét" })] });
    expect(run(disciplinePending, town)).toEqual([]);
  });
});
