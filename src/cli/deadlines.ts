/**
 * `tdkt deadlines BOOK [--today D] [--json] [--ics FILE] [--reminders] [--lang vi|en]`: who owes what
 * on the reference day. A readable table by default (overdue first, then due within 7 days, by unit);
 * `--json` the obligations in a public shape; `--ics` the plan's deadlines as a calendar file;
 * `--reminders` a polite reminder per unit that is overdue or due soon.
 * Exit codes as `tdkt check`: 0 nothing overdue, 1 something overdue, 2 unusable file or command line.
 */
import { promises as fs } from "fs";
import path from "path";
import { formatDate } from "../domain/dates";
import {
  countByStatus,
  owedBy,
  periodLabel,
  planYear,
  reminderGroups,
  trackDeadlines,
  type Obligation,
  type Owed,
  type Tracker,
} from "../domain/deadlines";
import type { DateOnly } from "../domain/model";
import { deadlineCalendar } from "../files/deadlineCalendar";
import { warningMessage } from "../files/messages";
import { readXlsxBook } from "../files/readXlsx";
import type { Lang } from "../i18n";
import { countsText, dt, periodText, reminderText, STATUS_ICON, whoName } from "../i18n/deadlinesView";
import { checkWorkbook } from "../sheets/checkWorkbook";
import { UsageError } from "./args";
import { columns } from "./columns";
import type { Io } from "./main";

export interface DeadlinesOptions {
  today: DateOnly;
  lang: Lang;
  json: boolean;
  reminders: boolean;
  /** Where to write the .ics file, when asked. */
  ics: string | null;
  /** --max-rows (else the reader's default limit). */
  maxRows?: number;
  /** DTSTAMP of the calendar (the clock, unless a test gives one). */
  now?: Date;
}

/** One obligation in `tdkt deadlines --json` (a public interface). */
export interface JsonObligation {
  milestone: string;
  /** Unit code; null for the standing office's own milestones. */
  unit: string | null;
  /** "2024-03", "2024-Q2", "2024-H1", "2024"; null for a milestone that does not repeat. */
  period: string | null;
  /** ISO date. */
  due: string;
  status: Obligation["status"];
  /** ISO date of the hand-in that completed it, null when not complete. */
  handedIn: string | null;
  count: number;
  required: number;
}

export interface JsonDeadlines {
  today: string;
  obligations: JsonObligation[];
  /** Only with --reminders. */
  reminders?: { unit: string; text: string }[];
}

const iso = (d: DateOnly) =>
  `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

export function jsonObligation(o: Obligation): JsonObligation {
  return {
    milestone: o.milestone.code,
    unit: o.unit?.code ?? null,
    period: o.period ? periodLabel(o.period) : null,
    due: iso(o.due),
    status: o.status,
    handedIn: o.handedIn ? iso(o.handedIn.date) : null,
    count: o.count,
    required: o.required,
  };
}

const CONTENT_WIDTH = 50;

function shorten(text: string, width: number): string {
  const chars = Array.from(text.normalize("NFC"));
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join("")}…`;
}

function itemRef(o: Obligation, lang: Lang): string {
  return o.period ? `${o.milestone.code} ${periodText(o.period, lang)}` : o.milestone.code;
}

/**
 * A section of the table: overdue or due soon, one line per obligation, grouped by unit (the unit's
 * code on its first line), the office first.
 */
function section(titleKey: string, groups: Owed[], lang: Lang): string[] {
  const count = groups.reduce((n, g) => n + g.items.length, 0);
  const lines = ["", dt(lang, titleKey, { count })];
  if (count === 0) return [...lines, dt(lang, "cli.none")];
  const overdue = groups[0].items[0].status === "overdue";
  const rows: string[][] = [
    [
      "cli.col.unit",
      "cli.col.milestone",
      "cli.col.due",
      overdue ? "cli.col.late" : "cli.col.left",
      "cli.col.content",
    ].map((k) => dt(lang, k)),
  ];
  for (const g of groups) {
    g.items.forEach((o, i) => {
      const who = i > 0 ? "" : (g.unit?.code ?? whoName(null, lang));
      const days = dt(lang, "cli.days", { days: overdue ? o.daysLate : o.daysLeft });
      const count = o.counted ? `(${dt(lang, "item.count", { count: o.count, required: o.required })}) ` : "";
      rows.push([
        who,
        `${STATUS_ICON[o.status]} ${itemRef(o, lang)}`,
        formatDate(o.due),
        days,
        count + shorten(o.milestone.content || o.milestone.code, CONTENT_WIDTH),
      ]);
    });
  }
  return [...lines, ...columns(rows).map((l) => `  ${l}`)];
}

function table(file: string, tracker: Tracker, notes: string[], lang: Lang): string {
  const counts = countByStatus(tracker.obligations);
  return [
    dt(lang, "cli.book", { file: path.resolve(file) }),
    dt(lang, "cli.today", { today: formatDate(tracker.today), counts: countsText(counts, lang) }),
    ...section("cli.overdue", owedBy(tracker, ["overdue"]), lang),
    ...section("cli.dueSoon", owedBy(tracker, ["due_soon"]), lang),
    ...(notes.length ? ["", ...notes] : []),
  ].join("\n");
}

export async function runDeadlines(files: readonly string[], opts: DeadlinesOptions, io: Io): Promise<number> {
  if (files.length === 0) throw new UsageError("cli.deadlines.missingFile");
  if (files.length > 1) throw new UsageError("cli.deadlines.oneBook");
  const [file] = files;
  const { lang } = opts;
  io.reading?.(file);
  const { sheets, warnings } = await readXlsxBook(file, opts.maxRows === undefined ? {} : { maxRows: opts.maxRows });
  for (const w of warnings) io.err(`tdkt: ${warningMessage(w, file, lang)}`);
  const check = checkWorkbook(sheets, opts.today);
  const book = check.parsed.book;
  const tracker = trackDeadlines(book, opts.today, planYear(book, opts.today));
  const today = formatDate(opts.today);

  const notes: string[] = [];
  if (book.milestones === null) notes.push(dt(lang, "cli.noMilestones"));
  else if (book.submissions === null) notes.push(dt(lang, "cli.noSubmissions"));
  const later = tracker.laterSubmissions.length + tracker.laterCompletions.length;
  if (later > 0) notes.push(dt(lang, "cli.later", { count: later, today }));
  const ours = new Set([check.parsed.layouts.milestones?.name, check.parsed.layouts.submissions?.name]);
  const problems = check.findings.filter(
    (f) =>
      f.severity === "error" && f.sheet !== null && ours.has(f.sheet) && !["OVERDUE", "COUNT_SHORT"].includes(f.code),
  ).length;
  if (problems > 0) notes.push(dt(lang, "cli.problems", { count: problems }));

  if (opts.ics) {
    const calendar = deadlineCalendar(book, tracker, lang, opts.now ?? new Date());
    await fs.writeFile(opts.ics, calendar.text, "utf8");
    if (!opts.json) notes.push(dt(lang, "cli.wroteIcs", { count: calendar.events, file: path.resolve(opts.ics) }));
  }

  const context = { year: tracker.year, today, office: book.plan?.standingAgency ?? null };
  const reminders = opts.reminders
    ? reminderGroups(tracker).map((g) => ({ unit: g.unit.code, text: reminderText(g, context, lang) }))
    : null;

  if (opts.json) {
    const report: JsonDeadlines = { today: iso(opts.today), obligations: tracker.obligations.map(jsonObligation) };
    if (reminders) report.reminders = reminders;
    io.out(JSON.stringify(report, null, 2));
  } else if (reminders) {
    const rule = "—".repeat(40);
    io.out(
      reminders.length ? reminders.map((r) => r.text).join(`\n\n${rule}\n\n`) : dt(lang, "cli.noReminders", { today }),
    );
    if (opts.ics) io.out(notes[notes.length - 1]);
  } else {
    io.out(table(file, tracker, notes, lang));
  }
  return tracker.obligations.some((o) => o.status === "overdue") ? 1 : 0;
}
