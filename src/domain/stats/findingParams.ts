/**
 * The roll-up's finding codes (tdkt rollup) and their typed parameters, added to FindingParams in
 * ../finding.ts; their messages are in src/i18n/stats.findings.*.ts.
 */

/** How two rows of different books were found to be the same person. */
export type MatchedBy = "idNumber" | "birthDate" | "name";

/** The roll-up's finding codes and their parameters (added to FindingParams in ../finding.ts). */
export interface RollupFindingParams {
  /** At the later row; `other…` is the first book's row, `otherFile` that book as named on the command line. */
  DUPLICATE_ACROSS_BOOKS: {
    name: string;
    award: string;
    year: number;
    otherFile: string;
    otherSheet: string;
    otherRow: number;
    matchedBy: MatchedBy;
  };
  /** A book that cannot be used: `reason` as the file reader gives it (missing, corrupt, tooManyRows…). */
  BOOK_UNUSABLE: { file: string; reason: string };
}
