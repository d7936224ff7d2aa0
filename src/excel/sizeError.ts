/**
 * Excel on the web refuses a request or a response over 5 MB (and sometimes fails on size with a
 * general error): readers and writers then go on in smaller blocks. Kept apart from the readers so
 * that the pane's first script can tell such an error without carrying them.
 */
const SIZE_ERRORS = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "RequestPayloadSizeLimitExceeded",
  "GeneralException",
]);

/** Excel on the web refused a request or response as too large (or failed on its size). */
export function isSizeError(e: unknown): boolean {
  return typeof e === "object" && e !== null && SIZE_ERRORS.has(String((e as { code?: unknown }).code));
}
