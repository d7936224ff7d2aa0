/** Finding messages in English, keyed by finding code. Parameters in braces. */
export const findingsEn: Record<string, string> = {
  MISSING_SHEET: "Sheet “{sheet}” is missing (also looked for: {aliases}).",
  MISSING_COLUMN: "Sheet “{sheet}” has no column “{header}” (also looked for: {aliases}).",
  REQUIRED_MISSING: "Row {row}: column “{column}” is empty.",
  INVALID_VALUE: "Row {row}, column “{column}”: “{value}” is not allowed; expected one of: {allowed}.",
  INVALID_DATE: "Row {row}, column “{column}”: “{value}” is not a real date (write dd/mm/yyyy).",
  INVALID_NUMBER: "Row {row}, column “{column}”: “{value}” is not a number.",
};
