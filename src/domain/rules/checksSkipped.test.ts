import { message } from "../../i18n";
import { checksSkipped } from "./checksSkipped";
import { book, nomination, run } from "./testBook";

describe("CHECKS_SKIPPED", () => {
  it("a book of units and nominations alone gets one note per absent sheet, none for the sheets it has", () => {
    const f = run(checksSkipped, book({ nominations: [nomination("Giàng Thị Sùng", "X-TAVAN", "LĐTT")] }));
    const sheets = f.map((x) => x.sheet);
    expect(sheets).toEqual(["Khối thi đua", "Phong trào", "Chỉ tiêu", "Lịch sử khen thưởng", "Tiến độ", "Nộp"]);
    expect(f.map((x) => x.params.skipped)).toEqual([
      "blocks",
      "movements",
      "targets",
      "history",
      "milestones",
      "submissions",
    ]);
    expect(f.every((x) => x.severity === "info" && x.row === null && x.cell === null)).toBe(true);
    const history = f.find((x) => x.sheet === "Lịch sử khen thưởng");
    expect(history && message(history, "vi")).toMatch(/lịch sử khen thưởng/);
    expect(history && message(history, "en")).toMatch(/history/);
  });

  it("an absent catalogue is not a skipped check (the ruleset's defaults apply), nor an absent plan", () => {
    const f = run(checksSkipped, book({ plan: null }));
    expect(f.map((x) => x.sheet)).not.toContain("Danh mục khen thưởng");
    expect(f.map((x) => x.sheet)).not.toContain("Kế hoạch");
  });

  it("a book with every sheet, even empty ones, is quiet", () => {
    const all = book({
      blocks: [],
      movements: [],
      targets: [],
      nominations: [],
      history: [],
      milestones: [],
      submissions: [],
    });
    expect(run(checksSkipped, all)).toEqual([]);
  });
});
