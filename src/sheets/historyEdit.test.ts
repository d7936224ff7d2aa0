import type { HistoryEntry } from "../domain/model";
import type { HistoryPlan } from "../domain/recordHistory";
import { historyEdit } from "./historyEdit";
import { parseBook } from "./parse";

/** A ward's own history sheet, kept with four columns only. */
const clerkSheet = {
  name: "Lịch sử khen thưởng",
  values: [
    ["Họ và tên", "Mã đơn vị", "Hình thức", "Năm"],
    ["Lò Thị Mai", "X-TAVAN", "Lao động tiên tiến", 2023],
  ],
};

const entry = (over: Partial<HistoryEntry>): HistoryEntry => ({
  row: 0,
  extra: {},
  name: "Giàng A Sử",
  unit: "X-TAVAN",
  award: "Lao động tiên tiến",
  year: 2024,
  decisionNumber: "4120/QĐ-UBND",
  decisionDate: { year: 2024, month: 12, day: 25 },
  kind: null,
  source: null,
  subject: null,
  staffTier: null,
  enterprise: null,
  ...over,
});

const plan = (entries: HistoryEntry[]): HistoryPlan => ({
  year: 2024,
  append: entries.map((e, i) => ({ entry: e, nominationRow: 5 + i })),
  update: [],
  unchanged: 0,
  kept: [],
});

const headersAdded = (entries: HistoryEntry[]) =>
  historyEdit(parseBook([clerkSheet]), plan(entries))
    .cells.filter((c) => c.header)
    .map((c) => c.value);

describe("recording into the clerk's own history sheet", () => {
  it("adds the statistics columns only when an entry says something there", () => {
    expect(headersAdded([entry({})])).not.toContain("Đối tượng");
    const added = headersAdded([entry({ subject: "individual" }), entry({ name: "Hợp tác xã Bản Hồ" })]);
    expect(added).toContain("Đối tượng");
    expect(added).not.toContain("Phân loại cán bộ");
    expect(added).not.toContain("Doanh nghiệp");
  });

  it("writes the subject as the clerk reads it, on the appended row", () => {
    const edit = historyEdit(parseBook([clerkSheet]), plan([entry({ subject: "individual" })]));
    const col = edit.cells.find((c) => c.header && c.value === "Đối tượng")?.col;
    expect(edit.cells.find((c) => c.row === 3 && c.col === col)?.value).toBe("Cá nhân");
  });
});
