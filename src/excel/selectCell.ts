import type { ExcelRun } from "./host";
import { counted } from "./sync";

/** Takes the clerk to a finding's cell: activates its sheet and selects the cell (1 sync). */
export async function selectCell(run: ExcelRun, sheet: string, cell: string): Promise<{ syncs: number }> {
  return run(async (context) => {
    const counter = counted(context);
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await counter.sync();
    return { syncs: counter.syncs };
  });
}
