/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { createMemoryHost, type MemoryHost } from "../excel/memory";
import { checkWorkbook } from "../sheets/checkWorkbook";
import { servicesFor } from "./host";
import { renderTestPane } from "./testPane";

/** Fourteen sheets written into the in-memory book take a while on a busy machine. */
const SLOW = { timeout: 10_000 };

/** Everything the host keeps of the book: every sheet (hidden ones too) with cells, formats and tables. */
function wholeBook(host: MemoryHost) {
  return {
    active: host.activeSheet(),
    sheets: host.allSheetNames().map((name) => ({ ...host.sheetState(name), tables: host.inspect(name).tables })),
  };
}

/** A ward clerk's first book: her units, and a sheet of her own notes she was on. */
function clerksBook() {
  return createMemoryHost([
    {
      name: "Đơn vị",
      values: [
        ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
        ["P-SAPA", "UBND phường Sa Pa", "Xã, phường"],
        ["X-TAPHIN", "UBND xã Tả Phìn", "Xã, phường"],
        ["TH-HAMRONG", "Trường Tiểu học Hàm Rồng", "Trường học"],
      ],
    },
    { name: "Ghi chú của chị Hoà", values: [["Gọi xã Tả Phìn hỏi danh sách đề nghị"]] },
  ]);
}

function renderPane(host: MemoryHost) {
  return renderTestPane({
    services: servicesFor(host.run, "preview"),
    checker: checkWorkbook,
    today: () => ({ year: 2024, month: 11, day: 18 }),
  });
}

describe("Thiết lập sổ in the pane", () => {
  test("says what each sheet it added is for and which are optional, opens the first, fills the catalogue", async () => {
    const host = clerksBook();
    host.setActiveSheet("Ghi chú của chị Hoà");
    renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: /Thiết lập sổ/ }));

    const notice = await screen.findByTestId("notice", {}, SLOW);
    expect(notice.textContent).toContain("Đã thêm 14 sheet và mở sheet “Kế hoạch”");
    expect(notice.textContent).toContain("“Hoàn tác” gỡ đúng các sheet này");
    expect(notice.textContent).toContain(
      "Danh mục khen thưởng (không bắt buộc): đã điền sẵn danh mục khen thưởng đang áp dụng",
    );
    expect(notice.textContent).toContain("Lịch sử khen thưởng (không bắt buộc): khen thưởng các năm trước");
    expect(host.activeSheet()).toBe("Kế hoạch");
    expect(host.values("Danh mục khen thưởng").map((r) => r[1])).toContain("Chiến sĩ thi đua cơ sở");
  });

  test("Hoàn tác after set-up leaves the book exactly as it was, and the clerk back on her own sheet", async () => {
    const host = clerksBook();
    host.setActiveSheet("Ghi chú của chị Hoà");
    const before = wholeBook(host);
    renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra sổ" }));
    await screen.findByTestId("summary", {}, SLOW);

    fireEvent.click(screen.getByRole("button", { name: /Thiết lập sổ/ }));
    // The notice, and the live region that speaks it (issue 12: every notice spoken).
    await screen.findAllByText(/Đã thêm 14 sheet/, {}, SLOW);
    expect(host.allSheetNames()).toContain("Danh mục khen thưởng");

    fireEvent.click(await screen.findByRole("button", { name: "Hoàn tác" }));
    expect(await screen.findAllByText("Đã hoàn tác: Thiết lập sổ.", {}, SLOW)).not.toHaveLength(0);
    expect(screen.getByTestId("notice").textContent).toContain("Đã hoàn tác: Thiết lập sổ.");
    expect(wholeBook(host)).toEqual(before);
    // Nothing more to undo: the button goes.
    await waitFor(() => expect(screen.queryByRole("button", { name: "Hoàn tác" })).toBeNull(), SLOW);
  });
});
