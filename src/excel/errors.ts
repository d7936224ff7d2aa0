/**
 * Excel's errors in the pane's terms. Office.js rejects with an error whose `code` is one of
 * OfficeExtension.ErrorCodes / Excel.ErrorCodes (not localised); the pane turns each kind into plain
 * words and a next step (excelError.<kind> in i18n), and anything else into a message with its code.
 */

export type ExcelErrorKind =
  /** The clerk is typing in a cell (InvalidOperationInCellEditMode): Enter or Esc, then again. */
  | "cellEdit"
  /** A protected sheet or workbook, or a read-only one (AccessDenied). */
  | "protected"
  /** A sheet renamed or deleted meanwhile (ItemNotFound). */
  | "notFound"
  /** Excel on the web refused a request or response as too large, even in blocks. */
  | "tooLarge"
  /** This Excel lacks the API (ApiNotFound, NotImplemented, ApiNotAvailable). */
  | "apiMissing"
  /** Several workbooks open and this one lost focus (InactiveWorkbook). */
  | "inactive"
  | "other";

export interface ExcelErrorReason {
  kind: ExcelErrorKind;
  code: string;
}

const KINDS: Record<string, ExcelErrorKind> = {
  InvalidOperationInCellEditMode: "cellEdit",
  AccessDenied: "protected",
  ItemNotFound: "notFound",
  RequestPayloadSizeLimitExceeded: "tooLarge",
  ResponsePayloadSizeLimitExceeded: "tooLarge",
  ApiNotFound: "apiMissing",
  ApiNotAvailable: "apiMissing",
  NotImplemented: "apiMissing",
  InactiveWorkbook: "inactive",
};

/** The error code Office.js put on an error, or null for an error that is not Excel's. */
export function excelErrorCode(e: unknown): string | null {
  if (typeof e !== "object" || e === null) return null;
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" && /^[A-Za-z][A-Za-z0-9]*$/.test(code) ? code : null;
}

/** Which kind of Excel error this is, with its code; null when Excel gave no code. */
export function describeExcelError(e: unknown): ExcelErrorReason | null {
  const code = excelErrorCode(e);
  return code === null ? null : { kind: KINDS[code] ?? "other", code };
}
