/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { File as NodeFile } from "buffer";
import ExcelJS from "exceljs";
import { TextDecoder, TextEncoder } from "util";
import { TAVAN_ROWS, TODAY, masterBook } from "../../../test/fixtures/returnedTemplates";
import type { CellValue } from "../../domain/model";
import { nomination } from "../../domain/rules/testBook";
import { createMemoryHost } from "../../excel/memory";
import { templateBytes } from "../../files/templateWorkbook";
import { unitTemplate } from "../../sheets/template";
import { writeBook } from "../../sheets/write";
import { servicesFor } from "../host";
import { loadTabBar, Pane, PaneRoot } from "../Pane";

jest.setTimeout(90_000);
const NOMINATIONS = "Đề nghị khen thưởng";
const TARGETS = "Chỉ tiêu";
const REGISTERED: Record<string, number> = { HN: 2.5, TVH: 6 };

/** What Xã Tả Van sends back: its template with two nominations, filled with exceljs. */
async function tavanReturn(): Promise<File> {
  const b = masterBook();
  const tpl = unitTemplate(b, b.units[0], TODAY);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await templateBytes(tpl)).buffer as ArrayBuffer);
  const ws = wb.getWorksheet(NOMINATIONS) as ExcelJS.Worksheet;
  const col = new Map<string, number>();
  ws.getRow(1).eachCell((c, n) => col.set(String(c.value), n));
  TAVAN_ROWS.slice(0, 2).forEach((r, i) => {
    for (const [h, v] of Object.entries(r)) ws.getCell(i + 2, col.get(h) as number).value = v;
  });
  // Its registrations: poor households down 2.5%, 6 villages up to the cultural standard.
  const targets = wb.getWorksheet(TARGETS) as ExcelJS.Worksheet;
  const tcol = new Map<string, number>();
  targets.getRow(1).eachCell((c, n) => tcol.set(String(c.value), n));
  targets.eachRow((row, n) => {
    const code = String(row.getCell(tcol.get("Mã chỉ tiêu") as number).value ?? "");
    if (n > 1 && code in REGISTERED) row.getCell(tcol.get("Đăng ký") as number).value = REGISTERED[code];
  });
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  // Node's File: jsdom's Blob cannot be read by slices.
  return new NodeFile([bytes], "X-TAVAN gui lai.xlsx") as unknown as File;
}

function open() {
  // The ward's own nomination is already in the book.
  const book = {
    ...masterBook(),
    nominations: [{ ...nomination("Lò Văn Pả", "P-SAPA", "Lao động tiên tiến"), row: 2 }],
  };
  const host = createMemoryHost(writeBook(book).map((s) => ({ name: s.name, values: s.values as CellValue[][] })));
  render(
    <PaneRoot services={servicesFor(host.run, "preview")} lang="vi" checkOnOpen={false}>
      <Pane />
    </PaneRoot>,
  );
  fireEvent.click(screen.getByRole("tab", { name: "Mẫu biểu" }));
  return host;
}

beforeAll(() => {
  // jsdom lacks what the zip reader decodes names with (browsers and Node have it).
  Object.assign(globalThis, { TextEncoder, TextDecoder });
  let n = 0;
  URL.createObjectURL = () => `blob:tdkt/${++n}`;
  URL.revokeObjectURL = () => undefined;
});

// The tab bar is a chunk of its own, fetched as the pane starts (issue 11).
beforeAll(() => loadTabBar(), 60_000);

describe("the Mẫu biểu tab", () => {
  test("checks two returned files, merges the good one's nominations and registrations in one batch, and Hoàn tác removes exactly that", async () => {
    const host = open();
    const before = host.values(NOMINATIONS);
    const targetsBefore = host.values(TARGETS);
    const letter = new NodeFile([Buffer.from("Kính gửi Phòng Nội vụ…")], "thu-xin-loi.xlsx") as unknown as File;
    const input = await screen.findByTestId("returned-files", {}, { timeout: 20_000 });
    fireEvent.change(input, { target: { files: [await tavanReturn(), letter] } });

    const report = await screen.findByTestId("returned-report", {}, { timeout: 30_000 });
    const items = [...report.querySelectorAll(":scope > li")].map((li) => li.textContent ?? "");
    expect(items[0]).toMatch(/^Sẽ gộpX-TAVAN gui lai\.xlsx: đã nhập 4 dòng/);
    expect(screen.getByTestId("templates-note").textContent).toMatch(
      /^Các tệp có 2 đăng ký chỉ tiêu: Gộp vào sổ ghi cả/,
    );
    expect(items[1]).toMatch(/^Từ chốithu-xin-loi\.xlsx: không nhập\./);
    // The book is not touched before the clerk says so.
    expect(host.values(NOMINATIONS)).toEqual(before);

    const merge = screen.getByTestId("merge-returned");
    await waitFor(() => expect(merge).not.toHaveProperty("disabled", true));
    fireEvent.click(merge);
    await waitFor(() =>
      expect(screen.getByTestId("templates-note").textContent).toBe(
        "Đã gộp 2 dòng đề nghị vào sheet “Đề nghị khen thưởng” và 2 đăng ký chỉ tiêu vào sheet “Chỉ tiêu”. Bấm Hoàn tác để bỏ đúng những thay đổi này.",
      ),
    );
    const after = host.values(NOMINATIONS);
    const header = after[0].map(String);
    const rows = after.slice(before.length);
    expect(rows.map((r) => r[header.indexOf("Họ và tên")])).toEqual(["Giàng Thị Sao", "Sùng A Páo".normalize("NFD")]);
    expect(rows[1][header.indexOf("Thành tích")]).toBe("=SUM(A1:A3) không phải công thức");
    expect(rows[0][header.indexOf("Nguồn")]).toBe("X-TAVAN gui lai.xlsx, dòng 2 (mẫu X-TAVAN năm 2024)");
    // The registrations went into Tả Van's own rows of Chỉ tiêu, with their source.
    const targets = host.values(TARGETS);
    const th = targets[0].map(String);
    const tavan = targets.filter((r) => r[th.indexOf("Mã đơn vị")] === "X-TAVAN");
    expect(tavan.map((r) => [r[th.indexOf("Mã chỉ tiêu")], r[th.indexOf("Đăng ký")]])).toEqual([
      ["HN", 2.5],
      ["TVH", 6],
    ]);
    expect(String(tavan[0][th.indexOf("Nguồn")])).toMatch(/^X-TAVAN gui lai\.xlsx, dòng \d+ \(mẫu X-TAVAN năm 2024\)$/);
    expect(targets).toHaveLength(targetsBefore.length);

    const undo = screen.getByTestId("undo-merge");
    await waitFor(() => expect(undo).not.toHaveProperty("disabled", true));
    fireEvent.click(undo);
    await waitFor(() => expect(screen.getByTestId("templates-note").textContent).toMatch(/^Đã hoàn tác: \d+ ô/));
    // One Hoàn tác takes back both sheets' changes.
    expect(host.values(TARGETS)).toEqual(targetsBefore);
    const undone = host.values(NOMINATIONS);
    expect(undone.slice(1).filter((r) => r.some((v) => v !== "" && v !== null))).toEqual(
      before.slice(1).filter((r) => r.some((v) => v !== "" && v !== null)),
    );
  });

  test("makes every unit.s template in one .zip to download", async () => {
    open();
    fireEvent.click(await screen.findByTestId("make-templates", {}, { timeout: 20_000 }));
    const link = await screen.findByTestId("template-download", {}, { timeout: 30_000 });
    expect(link.getAttribute("download")).toBe("mau-de-nghi-2024.zip");
    expect(link.textContent).toBe("Tải mau-de-nghi-2024.zip (3 mẫu)");
  });
});
