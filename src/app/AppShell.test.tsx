/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { AppShell } from "./AppShell";
import type { BookChanges } from "./bookChanges";
import type { BookReader } from "./bookReader";
import { OpenError, type OpenedBook } from "./opened";
import { memoryRecentFiles } from "./recentFiles";

/** A reader that hands back a ward's small book and records what the page asks it to save. */
function fakeReader(fail?: string, cannotSave: string | null = null) {
  const saved: BookChanges[] = [];
  const book: OpenedBook = {
    name: "so-phuong-hoang-lien-2025.xlsx",
    ms: 12,
    warnings: [],
    sheets: [
      {
        name: "Đơn vị",
        visibility: "Visible",
        values: [
          ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
          ["P-HOANGLIEN", "UBND phường Hoàng Liên", "Xã, phường"],
        ],
      },
      { name: "Danh mục riêng", visibility: "Hidden", values: [["Xã, phường"]] },
    ],
  };
  const reader: BookReader = {
    open: async (_file, _name, _lang, onProgress) => {
      onProgress("sheets", 1, 2);
      if (fail) throw new OpenError(fail);
      return book;
    },
    openSample: async () => book,
    save: async (changes) => {
      saved.push(changes);
      return new Uint8Array([80, 75, 3, 4]);
    },
    canSave: async () => cannotSave,
  };
  return { reader, saved };
}

let clicked: string[] = [];
beforeEach(() => {
  localStorage.clear();
  clicked = [];
  URL.createObjectURL = () => "blob:tdkt/1";
  URL.revokeObjectURL = () => undefined;
  // jsdom does not download: record which file the page offered.
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push(this.download);
  };
});

async function openFile(file = new File(["PK"], "so-phuong-hoang-lien-2025.xlsx")) {
  const input = screen.getByTestId("open-file");
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

describe("the web page", () => {
  test("opens the clerk's file into the grid and the pane, hidden sheets hidden", async () => {
    const { reader } = fakeReader();
    render(<AppShell reader={reader} />);
    await openFile();
    await screen.findByTestId("book");
    expect(screen.getByTestId("file-name").textContent).toBe("so-phuong-hoang-lien-2025.xlsx");
    expect(screen.getByTestId("pane")).toBeTruthy();
    const tabs = screen.getByRole("tablist", { name: "Các sheet" });
    expect(tabs.textContent).toBe("Đơn vị");
    // The pane on this page is not the preview of the sample book.
    expect(screen.queryByTestId("preview-note")).toBeNull();
  });

  test("Lưu về máy sends only the edited cell to be written, and offers the file under its own name", async () => {
    const { reader, saved } = fakeReader();
    render(<AppShell reader={reader} />);
    await openFile();
    await screen.findByTestId("book");
    fireEvent.doubleClick(document.querySelector('td[data-cell="B2"]') as HTMLElement);
    const input = screen.getByRole("textbox", { name: "Sửa ô B2" });
    fireEvent.change(input, { target: { value: "UBND phường Hoàng Liên (mới)" } });
    fireEvent.keyDown(input, { key: "Enter" });
    await act(async () => {
      fireEvent.click(screen.getByTestId("save"));
    });
    await screen.findByTestId("save-notice");
    expect(saved).toHaveLength(1);
    expect(saved[0].deleted).toEqual([]);
    const units = saved[0].sheets.filter((s) => s.cells.length);
    expect(units.map((s) => s.name)).toEqual(["Đơn vị"]);
    expect(units[0].cells).toEqual([{ row: 1, col: 1, value: "UBND phường Hoàng Liên (mới)" }]);
    expect(clicked).toEqual(["so-phuong-hoang-lien-2025.xlsx"]);
  });

  test("a file that cannot be opened leaves the start screen with the reader's sentence", async () => {
    const { reader } = fakeReader("tệp “so.xlsx” bị hỏng, không đọc được.");
    render(<AppShell reader={reader} />);
    await openFile();
    await waitFor(() =>
      expect(screen.getByTestId("open-error").textContent).toBe(
        "Không mở được sổ: tệp “so.xlsx” bị hỏng, không đọc được.",
      ),
    );
    expect(screen.queryByTestId("book")).toBeNull();
  });

  test("the language chosen on the start screen is remembered, and nothing else is stored", async () => {
    const { reader } = fakeReader();
    render(<AppShell reader={reader} />);
    fireEvent.click(screen.getByTestId("app-language"));
    expect(await screen.findByRole("button", { name: "Open a book (.xlsx)" })).toBeTruthy();
    expect(Object.keys(localStorage)).toEqual(["tdkt.lang"]);
    expect(localStorage.getItem("tdkt.lang")).toBe("en");
  });
});

describe("changes are never dropped without asking", () => {
  test("Mở sổ khác with an edit not saved asks first, and staying keeps the book", async () => {
    const { reader } = fakeReader();
    render(<AppShell reader={reader} />);
    await openFile();
    await screen.findByTestId("book");
    fireEvent.doubleClick(document.querySelector('td[data-cell="C2"]') as HTMLElement);
    const input = screen.getByRole("textbox", { name: "Sửa ô C2" });
    fireEvent.change(input, { target: { value: "Phường" } });
    fireEvent.keyDown(input, { key: "Enter" });
    const asked: string[] = [];
    window.confirm = (text?: string) => {
      asked.push(String(text));
      return false;
    };
    fireEvent.click(screen.getByTestId("close-book"));
    expect(asked).toEqual(["Sổ có thay đổi chưa lưu. Bỏ các thay đổi này và mở sổ khác?"]);
    expect(screen.getByTestId("book")).toBeTruthy();
    window.confirm = () => true;
    fireEvent.click(screen.getByTestId("close-book"));
    await screen.findByTestId("start");
  });
});

describe("a file the page can read but exceljs cannot write back", () => {
  test("is said as soon as it is open, before the clerk works on it", async () => {
    const { reader } = fakeReader(undefined, "invalid zip entry");
    render(<AppShell reader={reader} />);
    await openFile();
    await screen.findByTestId("book");
    const said = /Lưu ý: Trang kiểm tra và sửa được sổ này nhưng không lưu lại được tệp \(invalid zip entry\)/;
    // Shown in the notice bar, and spoken (the pane's live region repeats it).
    expect(await screen.findByText(said, { selector: ".fui-MessageBarBody" })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId("spoken-alert").textContent).toMatch(said));
  });
});

describe("recent files, only when the clerk asks", () => {
  test("without the choice, opening a file keeps nothing", async () => {
    const { reader } = fakeReader();
    const recent = memoryRecentFiles();
    render(<AppShell reader={reader} recent={recent} />);
    expect((screen.getByRole("checkbox") as HTMLInputElement).checked).toBe(false);
    await openFile();
    await screen.findByTestId("book");
    expect(recent.stored()).toBe(0);
    expect(screen.queryByTestId("forget-recent")).toBeNull();
  });

  test("with the choice, the file opened is listed with its size and reopens; Quên các tệp gần đây forgets it", async () => {
    const { reader } = fakeReader();
    const opened: Blob[] = [];
    const open = reader.open;
    reader.open = (file, ...rest) => {
      opened.push(file);
      return open(file, ...rest);
    };
    const recent = memoryRecentFiles(() => new Date(2025, 10, 14, 9, 5).getTime());
    render(<AppShell reader={reader} recent={recent} />);
    fireEvent.click(screen.getByRole("checkbox", { name: /Nhớ các tệp mở gần đây/ }));
    await openFile(new File([new Uint8Array(3 * 1024)], "so-phuong-hoang-lien-2025.xlsx"));
    await screen.findByTestId("book");
    window.confirm = () => true;
    fireEvent.click(screen.getByTestId("close-book"));
    await screen.findByTestId("start");
    const again = await screen.findByRole("button", { name: /so-phuong-hoang-lien-2025\.xlsx/ });
    expect(again.textContent).toBe("so-phuong-hoang-lien-2025.xlsx · 14/11/2025 09:05 · 3 KB");

    await act(async () => {
      fireEvent.click(again);
    });
    await screen.findByTestId("book");
    expect(opened).toHaveLength(2);
    expect(opened[1].size).toBe(3 * 1024);
    fireEvent.click(screen.getByTestId("close-book"));
    await screen.findByTestId("start");

    await act(async () => {
      fireEvent.click(screen.getByTestId("forget-recent"));
    });
    expect(recent.stored()).toBe(0);
    expect(recent.kept()).toBe(false);
    expect(screen.queryByRole("button", { name: /so-phuong-hoang-lien-2025\.xlsx/ })).toBeNull();
    expect((screen.getByRole("checkbox") as HTMLInputElement).checked).toBe(false);
  });
});
