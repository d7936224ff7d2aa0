/** The roll-up's finding messages in English. */
import type { MatchedBy } from "../domain/stats/findingParams";
import type { FindingTexts } from "./language";
import type { StatsFindingCode } from "./stats.findings.vi";

const MATCHED_BY: Record<MatchedBy, string> = {
  idNumber: "same ID number",
  birthDate: "same date of birth",
  name: "only the names could be compared, please verify",
};

const UNUSABLE: Record<string, string> = {
  missing: "file not found",
  notXlsx: "not an Excel .xlsx workbook",
  encrypted: "password-protected or an Excel 97-2003 (.xls) file",
  corrupt: "the file is damaged and cannot be read",
  tooLarge: "the file is too large",
  unreadable: "the file cannot be read",
  directory: "it is a folder, not a file",
  limit: "the file passes the safe reading limits",
  tooManyRows: "the file has too many rows",
  outOfMemory: "not enough memory to read the file",
};

export const statsFindingsEn: Pick<FindingTexts, StatsFindingCode> = {
  DUPLICATE_ACROSS_BOOKS: (p, f) =>
    `Row ${f.row}: “${p.name}” is nominated for ${p.award} in ${p.year} also in “${p.otherFile}” (sheet “${p.otherSheet}”, row ${p.otherRow}); ${MATCHED_BY[p.matchedBy]}.`,
  BOOK_UNUSABLE: (p) =>
    `Book “${p.file}” cannot be used: ${UNUSABLE[p.reason] ?? "the file cannot be read"}. The other books are still rolled up.`,
};
