/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { CellValue } from "../../domain/model";
import { createMemoryHost } from "../../excel/memory";
import { decodeChoices, MAP_SHEET } from "../../sheets/readingMap";
import { servicesFor } from "../host";
import { Pane, PaneRoot } from "../Pane";

/** A ward clerk's book: units, and the nominations on "Trang tính1" with the award under another name. */
function clerkBook(): { name: string; values: CellValue[][] }[] {
  return [
    {
      name: "Đơn vị",
      values: [
        ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
        ["VP", "Văn phòng HĐND và UBND phường", "Cơ quan chuyên môn"],
        ["MN-DH", "Trường Mầm non Đông Hưng", "Trường học"],
      ],
    },
    {
      name: "Trang tính1",
      values: [
        ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024"],
        ["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Nội dung khen thưởng"],
        [1, "Cá nhân", "Trần Thị Lan", "MN-DH", "Lao động tiên tiến"],
        [2, "Tập thể", "Trường Mầm non Đông Hưng", "MN-DH", "Lao động tiên tiến"],
      ],
    },
  ];
}

function open(host: ReturnType<typeof createMemoryHost>) {
  return render(
    <PaneRoot
      services={servicesFor(host.run, "preview")}
      lang="vi"
      today={() => ({ year: 2024, month: 12, day: 10 })}
      checkOnOpen={false}
    >
      <Pane />
    </PaneRoot>,
  );
}

async function check() {
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra sổ" }));
  await screen.findByTestId("summary", {}, SLOW);
}

// A pane in jsdom on a busy machine is slow to render; these wait on rendering, not on time.
jest.setTimeout(60_000);
const SLOW = { timeout: 20_000 };

beforeEach(() => localStorage.clear());
// The tab is loaded on demand; load its module once beforehand so the test does not wait on the compiler.
beforeAll(() => import("./ReadingTab"));

describe("Cách đọc sổ", () => {
  test("shows how the book was read, and the clerk's choice of a column is kept in the book and used", async () => {
    const host = createMemoryHost(clerkBook());
    open(host);
    await check();
    expect(screen.getByTestId("read").textContent).toBe("Đã đọc: Đơn vị (2 dòng), Trang tính1 (2 dòng).");

    fireEvent.click(screen.getByRole("tab", { name: "Cách đọc sổ" }));
    const card = await screen.findByRole("region", { name: "Đề nghị khen thưởng" }, SLOW);
    expect(within(card).getByText(/Sheet “Trang tính1” \(theo dòng tiêu đề\)/)).toBeTruthy();
    const award = within(card).getByRole("combobox", { name: "Cột cho “Hình thức”" }) as HTMLSelectElement;
    expect(award.value).toBe("");
    expect(award.options[0].textContent).toBe("(không có)");

    const before = host.syncCount();
    fireEvent.change(award, { target: { value: "E" } });
    fireEvent.click(screen.getByTestId("reading-save"));
    await screen.findByText("Đã lưu cách đọc sổ trong tệp; sổ đã được kiểm tra lại theo cách đọc mới.", {}, SLOW);
    // Saved in 3 requests; the check that follows reads the book in 3 (Trang tính1 is known by its header).
    await waitFor(() => expect(host.syncCount() - before).toBe(6), SLOW);
    expect(host.inspect(MAP_SHEET).visibility).toBe("VeryHidden");
    expect(decodeChoices(host.values(MAP_SHEET)).columns).toEqual({
      nominations: { award: { header: "Nội dung khen thưởng", column: "E" } },
    });
    // The award is read now: the collective nominated for an individual's title is found.
    fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    await screen.findByText(/Lao động tiên tiến chỉ dành cho cá nhân/, {}, SLOW);
  });

  test("a book holding nothing to check but its units never reads as having no errors", async () => {
    const host = createMemoryHost([clerkBook()[0]]);
    open(host);
    await check();
    expect(screen.getByTestId("incomplete").textContent).toBe(
      "Chưa đọc được đề nghị khen thưởng, chỉ tiêu hay tiến độ nào, nên ngoài danh sách đơn vị chưa có gì để kiểm tra.",
    );
    expect(screen.queryByText("Không có phát hiện nào. Sổ đã đúng mẫu.")).toBeNull();
  });
});
