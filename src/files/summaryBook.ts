/**
 * From a book's cells to what the summary workbook needs: the check (its open findings, in the
 * official language, and the nomination rows still in error) and the figures. Shared by `tdkt
 * summary` and the pane's Tổng hợp tab, so both write the same sheets.
 */
import type { DateOnly } from "../domain/model";
import { summarise } from "../domain/summary/summary";
import { message } from "../i18n";
import { checkWorkbook, type WorkbookCheck } from "../sheets/checkWorkbook";
import type { RawSheet } from "../sheets/parse";
import { COUNCIL_BODY } from "./officialWords";
import type { SummaryBookInput } from "./summaryWorkbook";

export interface PreparedSummary {
  check: WorkbookCheck;
  input: SummaryBookInput;
}

export function prepareSummary(sheets: readonly RawSheet[], today: DateOnly, prefix = ""): PreparedSummary {
  const check = checkWorkbook(sheets, today);
  const { book } = check.parsed;
  // The context the check built: the awards and persons of 20,000 rows are not looked up twice.
  const summary = summarise(check.context);
  const nominationsSheet = check.parsed.layouts.nominations?.name;
  const review = new Set<number>();
  for (const f of check.findings) {
    if (f.severity === "error" && f.sheet === nominationsSheet && f.row !== null) review.add(f.row);
  }
  return {
    check,
    input: {
      summary,
      issuer: book.plan?.issuer ?? "",
      body: COUNCIL_BODY,
      today,
      review,
      // What the council must see unresolved: errors and warnings (the notes are for the clerk).
      checks: check.findings
        .filter((f) => f.severity !== "info")
        .map((f) => ({ severity: f.severity, sheet: f.sheet, cell: f.cell, message: message(f, "vi") })),
      prefix,
    },
  };
}
