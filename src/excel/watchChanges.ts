/**
 * Tells the pane when the book changed, so it can check again (the pane debounces), and what Excel
 * said of the change: the worksheet, and for an edit the range and kind (the live reader re-reads
 * just that). Each detail may be missing (a paste on the web may carry none): then it is null, and
 * the reader reads more. 1 sync to subscribe, 1 to unsubscribe.
 */
import { resume, type ExcelRun } from "./host";
import type { SheetChange } from "./liveBook";

type EventArgs = { worksheetId?: unknown; address?: unknown; changeType?: unknown; type?: unknown } | undefined;

const text = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

/** What a WorksheetChanged / WorksheetAdded / WorksheetDeleted event said; a sheet added or deleted is whole. */
export function changeOf(args: EventArgs): SheetChange | null {
  const worksheetId = text(args?.worksheetId);
  if (!worksheetId) return null;
  const changed = args?.type === undefined || args.type === "WorksheetChanged";
  return {
    worksheetId,
    address: changed ? text(args?.address) : null,
    changeType: changed ? text(args?.changeType) : text(args?.type),
  };
}

export async function watchChanges(
  run: ExcelRun,
  onChange: (change: SheetChange | null) => void,
): Promise<() => Promise<void>> {
  const handlers = await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const handler = async (args: EventArgs) => {
      onChange(changeOf(args));
    };
    const results = [
      worksheets.onChanged.add(handler),
      worksheets.onAdded.add(handler),
      worksheets.onDeleted.add(handler),
    ];
    await context.sync();
    return results;
  });
  let stopped = false;
  return async () => {
    if (stopped) return;
    stopped = true;
    // A handler is removed through the context it was added with.
    await resume(run, handlers[0].context as Excel.RequestContext, async (context) => {
      for (const h of handlers) h.remove();
      await context.sync();
    });
  };
}
