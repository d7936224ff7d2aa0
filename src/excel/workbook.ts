/**
 * The Excel adapter: everything the pane asks of a workbook, over any `ExcelRun` (real Excel or the
 * in-memory host). Every function returns how many `context.sync()` round trips it made; the numbers
 * are constant in the size of the book (see each module's header).
 */
export type { ExcelRun } from "./host";
export { officeRun, runSupports, withCapabilities } from "./host";
export { readBook, CHUNK_CELLS, type ReadResult } from "./readBook";
export { saveReadingChoices } from "./readingMap";
export { selectCell } from "./selectCell";
export {
  markFindings,
  clearMarks,
  MARKS_SHEET,
  PROGRESS_SHEET,
  ERROR_FILL,
  type Mark,
  type MarkOptions,
} from "./marks";
export { setupBook, LISTS_SHEET, SETUP_ROWS, type SetupOptions } from "./setupBook";
export { watchChanges } from "./watchChanges";
export {
  checkCapabilities,
  officeSupports,
  REQUIREMENTS,
  type Feature,
  type Requirement,
  type IsSetSupported,
} from "./capabilities";
