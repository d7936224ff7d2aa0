/**
 * Tells the pane when the book changed, so it can check again (the pane debounces).
 * Event details are never read: on the web a paste or a picked drop-down may carry none.
 * 1 sync to subscribe, 1 to unsubscribe.
 */
import { resume, type ExcelRun } from "./host";

export async function watchChanges(run: ExcelRun, onChange: () => void): Promise<() => Promise<void>> {
  const handlers = await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const handler = async () => {
      onChange();
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
