/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "util";
import { councilBook } from "../../../test/fixtures/councilBook";
import type { CellValue } from "../../domain/model";
import { createMemoryHost } from "../../excel/memory";
import { writeBook } from "../../sheets/write";
import { servicesFor } from "../host";
import { loadTabBar, Pane, PaneRoot } from "../Pane";

jest.setTimeout(60_000);
const HISTORY = "Lịch sử khen thưởng";

function open() {
  const host = createMemoryHost(
    writeBook(councilBook()).map((s) => ({ name: s.name, values: s.values as CellValue[][] })),
  );
  render(
    <PaneRoot services={servicesFor(host.run, "preview")} lang="vi" checkOnOpen={false}>
      <Pane />
    </PaneRoot>,
  );
  fireEvent.click(screen.getByRole("tab", { name: "Văn bản" }));
  return host;
}

beforeAll(() => {
  // jsdom lacks what the docx package encodes with (browsers and Node have it).
  Object.assign(globalThis, { TextEncoder, TextDecoder });
  // jsdom has no object URLs; the links only need an address.
  let n = 0;
  URL.createObjectURL = () => `blob:tdkt/${++n}`;
  URL.revokeObjectURL = () => undefined;
});

// The tab bar is a chunk the page fetches as it starts, before the pane is drawn.
beforeAll(() => loadTabBar(), 60_000);

describe("the Văn bản tab", () => {
  test("records the decided nominations in the history, then takes them back with Hoàn tác", async () => {
    const host = open();
    const before = host.values(HISTORY);
    fireEvent.click(await screen.findByTestId("record-history", {}, { timeout: 20_000 }));

    const note = await screen.findByTestId("documents-note", {}, { timeout: 20_000 });
    expect(note.textContent).toMatch(/^Đã ghi vào lịch sử: \d+ dòng mới, 0 dòng cập nhật/);
    const added = Number(/(\d+) dòng mới/.exec(note.textContent ?? "")?.[1]);
    expect(host.values(HISTORY)).toHaveLength(before.length + added);

    const undo = screen.getByTestId("undo-record");
    await waitFor(() => expect(undo).not.toHaveProperty("disabled", true));
    fireEvent.click(undo);
    await waitFor(() =>
      expect(screen.getByTestId("documents-note").textContent).toMatch(/^Đã hoàn tác, trả lại \d+ ô/),
    );
    expect(host.values(HISTORY)).toEqual(before);
  });

  test("drafts the documents and offers each for download under its own name", async () => {
    open();
    fireEvent.click(await screen.findByTestId("make-documents", {}, { timeout: 20_000 }));
    const links = await screen.findByTestId("document-links", {}, { timeout: 30_000 });
    const items = [...links.querySelectorAll("a")];
    expect(items.map((a) => a.getAttribute("download"))).toEqual([
      "to-trinh-khen-thuong-2024.docx",
      "quyet-dinh-lao-dong-tien-tien-2024.docx",
      "quyet-dinh-chien-si-thi-dua-co-so-2024.docx",
      "quyet-dinh-tap-the-lao-dong-tien-tien-2024.docx",
      "quyet-dinh-giay-khen-cua-chu-tich-ubnd-thi-xa-2024.docx",
      "quyet-dinh-thon-to-dan-pho-van-hoa-2024.docx",
      "to-trinh-cap-tren-chien-si-thi-dua-cap-tinh-2024.docx",
      "to-trinh-cap-tren-bang-khen-cua-chu-tich-ubnd-tinh-2024.docx",
    ]);
    expect(items[1].textContent).toMatch(/^Quyết định tặng Lao động tiên tiến \(\d+\)$/);
  });
});
