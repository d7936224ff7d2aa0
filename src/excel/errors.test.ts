/**
 * Excel's refusals, raised by the in-memory host as Excel raises them, and the kind the pane explains
 * each as. (The pane's words for each kind: src/taskpane/office.test.tsx.)
 */
import { describeExcelError } from "./errors";
import { createMemoryHost } from "./memory";
import { nominationsSheet, unitsSheet } from "./testBooks";
import { markFindings, readBook, selectCell, setupBook } from "./workbook";

const NOMINATIONS = "Đề nghị khen thưởng";
const mark = [{ sheet: NOMINATIONS, cell: "E5", note: "Đơn vị “SP99” không có trong sheet Đơn vị." }];

async function refusal(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("Excel did not refuse");
}

describe("Excel's refusals, as the pane explains them", () => {
  test("the clerk typing in a cell: every request is refused until Enter or Esc", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(5)]);
    host.setCellEditing(true);
    const e = await refusal(readBook(host.run));
    expect(describeExcelError(e)).toEqual({ kind: "cellEdit", code: "InvalidOperationInCellEditMode" });
    host.setCellEditing(false);
    expect((await readBook(host.run)).sheets).toHaveLength(2);
  });

  test("a protected sheet refuses marks, and nothing of the batch is written", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(5)]);
    host.protectSheet(NOMINATIONS);
    const e = await refusal(markFindings(host.run, mark));
    expect(describeExcelError(e)).toEqual({ kind: "protected", code: "AccessDenied" });
    expect(host.cellFormat(NOMINATIONS, 4, 4)).toEqual({ fill: null, note: null });
    host.protectSheet(NOMINATIONS, false);
    expect((await markFindings(host.run, mark)).marked).toBe(1);
  });

  test("a workbook whose structure is protected refuses new sheets", async () => {
    const host = createMemoryHost([unitsSheet()]);
    host.protectStructure();
    const e = await refusal(setupBook(host.run, "vi"));
    expect(describeExcelError(e)).toEqual({ kind: "protected", code: "AccessDenied" });
    expect(host.sheetNames()).toEqual(["Đơn vị"]);
  });

  test("a sheet renamed since the check: going to its cell finds no such sheet", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(5)]);
    host.renameSheet(NOMINATIONS, "ĐNKT (cũ)");
    const e = await refusal(selectCell(host.run, NOMINATIONS, "E5"));
    expect(describeExcelError(e)).toEqual({ kind: "notFound", code: "ItemNotFound" });
  });

  test("a book too large even for row blocks of one row is refused as too large", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(5)], { cellsPerSync: 4 });
    const e = await refusal(readBook(host.run));
    expect(describeExcelError(e)).toEqual({ kind: "tooLarge", code: "ResponsePayloadSizeLimitExceeded" });
  });

  test("a request too large to send is refused whole", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(40)], { requestCellsPerSync: 50 });
    const many = Array.from({ length: 40 }, (_, i) => ({ ...mark[0], cell: `E${i + 4}` }));
    const e = await refusal(markFindings(host.run, many));
    expect(describeExcelError(e)).toEqual({ kind: "tooLarge", code: "RequestPayloadSizeLimitExceeded" });
    expect(host.cellFormat(NOMINATIONS, 3, 4).fill).toBeNull();
  });

  test("an older Excel lacks an API the feature needs", async () => {
    const host = createMemoryHost([unitsSheet(), nominationsSheet(5)], { apiVersion: "1.7" });
    const e = await refusal(markFindings(host.run, mark));
    expect(describeExcelError(e)).toEqual({ kind: "apiMissing", code: "ApiNotFound" });
    // What Office 2019 has is enough to read the book and go to a cell.
    expect((await readBook(host.run)).sheets).toHaveLength(2);
    await selectCell(host.run, NOMINATIONS, "E5");
    expect(host.selection()).toEqual({ sheet: NOMINATIONS, address: "E5" });
  });

  test("any other code keeps its code; an error without one is not Excel's", async () => {
    const host = createMemoryHost([unitsSheet()]);
    host.failNextSync("Conflict");
    const e = await refusal(readBook(host.run));
    expect(describeExcelError(e)).toEqual({ kind: "other", code: "Conflict" });
    expect(describeExcelError(new Error("Cannot read properties of undefined"))).toBeNull();
    expect(describeExcelError({ code: 42 })).toBeNull();
    expect(describeExcelError("InvalidArgument")).toBeNull();
  });
});
