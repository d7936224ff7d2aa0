/**
 * What a real office's Excel does to an add-in besides answering: the clerk typing in a cell, a
 * protected sheet or workbook, a request too large for Excel on the web, an older Excel without some
 * API, or any other error code. The in-memory host raises the same error codes at the same moment
 * (at sync), so each of the pane's answers to them is tested.
 *
 * Codes, as Office.js documents them (learn.microsoft.com, "Error handling with the application-specific
 * JavaScript APIs"): InvalidOperationInCellEditMode, AccessDenied, ItemNotFound,
 * RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded (Excel on the web only),
 * ApiNotFound. That a write to a protected sheet, or a new sheet in a workbook whose structure is
 * protected, answers AccessDenied is how this host models it; the pane says the same for both.
 */
import { MemoryError, type MemSheet } from "./book";

export class Faults {
  /** The clerk is typing in a cell: Excel refuses every request until Enter or Esc. */
  cellEdit = false;
  /** Sheet ids whose cells and formats cannot be changed. */
  readonly protectedSheets = new Set<string>();
  /** No sheet can be added, renamed or hidden. */
  protectedStructure = false;
  /** Errors the next syncs fail with, one each (after none of their operations ran). */
  readonly pending: { code: string; message: string }[] = [];
  /** Cells (values) and operations (formats, notes) one sync may send before the request is "too large". */
  requestCellsPerSync = Number.POSITIVE_INFINITY;
  /** Minor version of ExcelApi 1.x this Excel supports. */
  apiMinor = 18;

  /** At the start of a sync, before anything in it runs. */
  beforeSync(): void {
    if (this.cellEdit) {
      throw new MemoryError(
        "InvalidOperationInCellEditMode",
        "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
      );
    }
    const next = this.pending.shift();
    if (next) throw new MemoryError(next.code, next.message);
  }

  /** Before an operation changes a sheet's cells, formats, notes, validation or tables. */
  write(sheet: MemSheet): void {
    if (this.protectedSheets.has(sheet.id)) {
      throw new MemoryError("AccessDenied", "You cannot perform the requested operation. (the sheet is protected)");
    }
  }

  /** Before a sheet is added or its visibility changed. */
  structure(): void {
    if (this.protectedStructure) {
      throw new MemoryError("AccessDenied", "You cannot perform the requested operation. (the workbook is protected)");
    }
  }

  /** Before an API of ExcelApi 1.`minor` runs. */
  requires(minor: number, what: string): void {
    if (this.apiMinor < minor) {
      throw new MemoryError(
        "ApiNotFound",
        `The API you are trying to use could not be found. It may be available in a newer version of the Office application. (${what}: ExcelApi 1.${minor})`,
      );
    }
  }

  /** Before a sync's operations run: how much the request carries (Excel refuses it whole). */
  request(sent: number): void {
    if (sent > this.requestCellsPerSync) {
      throw new MemoryError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
  }
}

/** "1.9" → 9; only ExcelApi 1.x exists. */
export function minorOf(version: string): number {
  const [major, minor = "0"] = version.split(".");
  return major === "1" ? Number(minor) : major > "1" ? Number.POSITIVE_INFINITY : -1;
}
