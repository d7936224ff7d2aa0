/** Text and JSON reports of a check, in the public shape of `tdkt check --json`. */
import type { Lang } from "../i18n";
import { message, rulesetLines, t } from "../i18n";
import type { Finding } from "../domain/finding";
import type { WorkbookCheck } from "../sheets/checkWorkbook";

export interface JsonFinding {
  code: string;
  severity: "error" | "warning" | "info";
  sheet: string | null;
  row: number | null;
  column: string | null;
  unit: string | null;
  ref: string | null;
  message: string;
  /** Extension: the A1 address of the cell, when known. */
  cell: string | null;
}

export interface JsonReport {
  file: string;
  findings: JsonFinding[];
  counts: { error: number; warning: number; info: number };
  /** Extension: the ruleset applied, and whether the plan sheet gave the year and level ("plan") or they were assumed. */
  ruleset: {
    id: string;
    name: string;
    texts: string;
    level: string;
    year: number;
    from: "plan" | "assumed";
  };
}

export function jsonReport(file: string, check: WorkbookCheck, lang: Lang): JsonReport {
  return {
    file,
    findings: check.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      sheet: f.sheet,
      row: f.row,
      column: f.column,
      unit: f.unit,
      ref: f.ref,
      message: message(f, lang),
      cell: f.cell,
    })),
    counts: check.counts,
    ruleset: {
      id: check.ruleset.ruleset.id,
      name: check.ruleset.ruleset.description,
      texts: check.ruleset.ruleset.texts,
      level: check.ruleset.level,
      year: check.ruleset.year,
      from: check.ruleset.assumedYear || check.ruleset.assumedLevel ? "assumed" : "plan",
    },
  };
}

const MARK = { error: "✗", warning: "!", info: "i" } as const;

/** Findings grouped by sheet, one line each; at most `limit` lines. */
export function textFindings(findings: readonly Finding[], lang: Lang, limit = Infinity): string[] {
  const lines: string[] = [];
  let sheet: string | null | undefined;
  let shown = 0;
  for (const f of findings) {
    if (shown >= limit) {
      lines.push(t(lang, "report.more", { count: findings.length - shown }));
      break;
    }
    if (f.sheet !== sheet) {
      sheet = f.sheet;
      lines.push("", `  ${sheet ?? "—"}`);
    }
    lines.push(`    ${MARK[f.severity]} ${(f.cell ?? "").padEnd(5)} ${message(f, lang)}`);
    shown++;
  }
  return lines;
}

export function countsLine(check: WorkbookCheck, lang: Lang): string {
  return t(lang, "report.counts", check.counts);
}

/** The ruleset applied and why, as two lines of the text report. */
export function rulesetText(check: WorkbookCheck, lang: Lang): string[] {
  return rulesetLines(check.ruleset, lang);
}
