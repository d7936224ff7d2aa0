/**
 * `tdkt record BOOK --out BOOK2.xlsx [--json]`: writes the decided nominations into the award
 * history of a copy of the book. BOOK itself is only read. Exit 0 (written), 2 (unusable file or
 * command line).
 */
import path from "path";
import { formatDate } from "../domain/dates";
import type { DateOnly, HistoryEntry } from "../domain/model";
import { recordHistory, type HistoryPlan } from "../domain/recordHistory";
import { t, type Lang } from "../i18n";
import { historyEdit, HistoryLayoutError, sourceCodec } from "../sheets/historyEdit";
import { parseBook } from "../sheets/parse";
import { applyEdit, openBook } from "../files/applyEdit";
import { UsageError } from "./args";
import type { Io } from "./main";

export interface RecordOptions {
  file: string | undefined;
  out: string | undefined;
  json: boolean;
  today: DateOnly;
  lang: Lang;
}

interface JsonDecision {
  decisionNumber: string | null;
  decisionDate: string | null;
}

export interface RecordJson {
  file: string;
  out: string;
  sheet: string;
  year: number;
  appended: (JsonDecision & {
    row: number;
    name: string;
    unit: string;
    award: string;
    year: number;
    source: string | null;
    nominationRow: number;
  })[];
  updated: {
    row: number;
    name: string;
    award: string;
    before: JsonDecision;
    after: JsonDecision;
    nominationRow: number;
  }[];
  unchanged: number;
  kept: { row: number; nominationRow: number }[];
}

const decisionOf = (e: HistoryEntry): JsonDecision => ({
  decisionNumber: e.decisionNumber,
  decisionDate: e.decisionDate ? formatDate(e.decisionDate) : null,
});

export async function runRecord(opts: RecordOptions, io: Io): Promise<number> {
  const { file, out, lang } = opts;
  if (!file) throw new UsageError("cli.missingFile");
  if (!out) throw new UsageError("record.missingOut");
  if (path.resolve(file) === path.resolve(out)) throw new UsageError("record.sameFile", { file });

  const { wb, sheets } = await openBook(file);
  const parsed = parseBook(sheets);
  const plan: HistoryPlan = recordHistory(parsed.book, opts.today, sourceCodec(parsed.layouts.nominations?.name));
  let edit;
  try {
    edit = historyEdit(parsed, plan);
  } catch (e) {
    if (e instanceof HistoryLayoutError) throw new UsageError("record.noHeader", { file, sheet: e.sheet });
    throw e;
  }
  applyEdit(wb, edit);
  await wb.xlsx.writeFile(out);

  const report: RecordJson = {
    file,
    out,
    sheet: edit.sheet,
    year: plan.year,
    appended: plan.append.map((a, i) => ({
      row: edit.appendedRows[i],
      name: a.entry.name,
      unit: a.entry.unit,
      award: a.entry.award,
      year: plan.year,
      ...decisionOf(a.entry),
      source: a.entry.source,
      nominationRow: a.nominationRow,
    })),
    updated: plan.update.map((u) => ({
      row: u.row,
      name: u.after.name,
      award: u.after.award,
      before: decisionOf(u.before),
      after: decisionOf(u.after),
      nominationRow: u.nominationRow,
    })),
    unchanged: plan.unchanged,
    kept: plan.kept,
  };
  if (opts.json) {
    io.out(JSON.stringify(report, null, 2));
    return 0;
  }
  const line = (key: string, p: Record<string, string | number>) => t(lang, key, p);
  const decision = (d: JsonDecision) => [d.decisionNumber, d.decisionDate].filter(Boolean).join(", ");
  io.out(
    [
      line("record.summary", {
        sheet: edit.sheet,
        appended: report.appended.length,
        updated: report.updated.length,
        unchanged: report.unchanged,
      }),
      ...report.appended.map((a) =>
        line("record.appended", {
          row: a.row,
          name: a.name,
          unit: a.unit,
          award: a.award,
          year: a.year,
          decision: decision(a),
        }),
      ),
      ...report.updated.map((u) =>
        line("record.updated", {
          row: u.row,
          name: u.name,
          award: u.award,
          before: decision(u.before),
          after: decision(u.after),
        }),
      ),
      ...report.kept.map((k) => line("record.kept", { row: k.row, nominationRow: k.nominationRow, sheet: edit.sheet })),
      line("record.wrote", { file: path.resolve(out) }),
    ].join("\n"),
  );
  return 0;
}
