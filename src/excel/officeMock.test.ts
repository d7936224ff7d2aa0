/**
 * The adapter against Microsoft's own Office.js mock (office-addin-mock), besides the in-memory host:
 * taking the clerk to a finding's cell is one round trip that activates the sheet, then selects.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { ExcelRun } from "./host";
import { selectCell } from "./selectCell";

describe("selectCell against office-addin-mock", () => {
  it("activates the finding's sheet and selects its cell in one sync", async () => {
    const calls: string[] = [];
    const excel = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            getItem: (name: string) => ({
              activate: () => calls.push(`activate ${name}`),
              getRange: (address: string) => ({ select: () => calls.push(`select ${name}!${address}`) }),
            }),
          },
        },
      },
      run: async function (this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
        return batch(this.context);
      },
    }) as unknown as { run: ExcelRun };
    const result = await selectCell((batch) => excel.run(batch), "Đề nghị khen thưởng", "E47");
    expect(calls).toEqual(["activate Đề nghị khen thưởng", "select Đề nghị khen thưởng!E47"]);
    expect(result.syncs).toBe(1);
  });
});
