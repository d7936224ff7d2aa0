/**
 * The check of a book as it is opened, made where the file was read (the page's worker) while the
 * page draws the book: the very reading and check the pane would make on the page (the in-memory
 * book built as the page builds it, read through the same `PaneServices`, the same checker), handed
 * to the pane for its first check. The page's thread then never reads and checks a big book at once.
 */
import { localToday } from "../domain/today";
import type { DateOnly } from "../domain/model";
import { checkWorkbook } from "../sheets/checkWorkbook";
import { checkResultOf } from "../taskpane/checkResult";
import type { CheckResult } from "../taskpane/state";
import { appServices } from "./appServices";
import { memoryBook } from "./memoryBook";
import type { OpenedSheet } from "./workbookValues";

export async function checkOpened(
  sheets: readonly OpenedSheet[],
  today: DateOnly = localToday(),
  now: number = Date.now(),
): Promise<CheckResult> {
  const host = await memoryBook(sheets);
  const read = await appServices(host).readBook();
  return checkResultOf(read, checkWorkbook(read, today), now);
}
