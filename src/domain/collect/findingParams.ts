/**
 * The finding codes of collecting the units' returned templates (issue 15), added to `FindingParams`
 * in src/domain/finding.ts; src/i18n/templates.{vi,en}.ts say them.
 */
export interface CollectFindingParams {
  /** A returned row whose Mã đơn vị is not the template's unit: the row is not merged. */
  UNIT_MISMATCH: { file: string; value: string; expected: string };
  /** A returned file that never was our template, read by the contract's headers and aliases. */
  NOT_TEMPLATE: { file: string };
  /** A template made from another book (its Mã sổ differs from the master's): merged, worth a look. */
  TEMPLATE_OTHER_BOOK: { file: string; book: string; expected: string };
}
