/**
 * The plan's deadlines as an iCalendar file: one all-day event per occurrence of each milestone (a
 * monthly one has twelve), with who owes it and where it stands on the reference day, and a reminder
 * the day before. UIDs are stable (plan year, milestone code, period, and a hash of the issuer), so
 * importing a newer export updates the events instead of adding copies.
 */
import { formatDate } from "../domain/dates";
import { countByStatus, occurrences, periodLabel, type Obligation, type Tracker } from "../domain/deadlines";
import type { Book } from "../domain/model";
import { codeKey } from "../domain/text";
import type { Lang } from "../i18n";
import { countsText, dt, periodText } from "../i18n/deadlinesView";
import { stableId, writeIcs, type IcsEvent } from "./ics";

/** Characters safe in a UID as they are; others are written as their code point. */
function slug(text: string): string {
  return Array.from(text, (ch) =>
    /[A-Za-z0-9._-]/.test(ch) ? ch : `~${(ch.codePointAt(0) as number).toString(16)}`,
  ).join("");
}

export interface DeadlineCalendar {
  text: string;
  events: number;
}

export function deadlineCalendar(book: Book, tracker: Tracker, lang: Lang, stamp: Date): DeadlineCalendar {
  const byOccurrence = new Map<string, Obligation[]>();
  const keyOf = (row: number, label: string | null) => `${row}\u0000${label ?? ""}`;
  for (const o of tracker.obligations) {
    const k = keyOf(o.milestone.row, o.period ? periodLabel(o.period) : null);
    let list = byOccurrence.get(k);
    if (!list) byOccurrence.set(k, (list = []));
    list.push(o);
  }
  const plan = book.plan;
  const namespace = stableId(`${plan?.issuer ?? ""}\u0000${plan?.level ?? ""}`);
  const today = formatDate(tracker.today);
  const seen = new Map<string, number>();
  const events: IcsEvent[] = [];
  for (const m of book.milestones ?? []) {
    if (!m.code || !m.due) continue;
    const code = codeKey(m.code);
    const copy = (seen.get(code) ?? 0) + 1;
    seen.set(code, copy);
    for (const occ of occurrences(m.due, m.recurrence, tracker.year)) {
      const label = occ.period ? periodLabel(occ.period) : null;
      const owed = byOccurrence.get(keyOf(m.row, label)) ?? [];
      const owers = owed.filter((o) => o.unit !== null).length;
      const who = m.assignee?.trim() || dt(lang, "office");
      const overdue = owed.filter((o) => o.status === "overdue").map((o) => o.unit?.code ?? dt(lang, "office"));
      const description = [
        m.content,
        owers > 1 ? dt(lang, "ics.whoCount", { who, count: owers }) : dt(lang, "ics.who", { who }),
        owed.length ? dt(lang, "ics.state", { today, counts: countsText(countByStatus(owed), lang) }) : null,
        overdue.length ? `${dt(lang, "status.overdue")}: ${overdue.join(", ")}` : null,
        m.basis ? dt(lang, "ics.basis", { basis: m.basis }) : null,
      ].filter((x): x is string => Boolean(x));
      const period = occ.period ? ` (${periodText(occ.period, lang)})` : "";
      events.push({
        uid: `${tracker.year}-${slug(code)}-${label ?? "once"}${copy > 1 ? `-${copy}` : ""}-${namespace}@tdkt`,
        date: occ.due,
        summary: dt(lang, "ics.summary", { milestone: m.code, period, content: m.content || m.code }),
        description: description.join("\n"),
        alarm: { description: dt(lang, "ics.alarm", { milestone: m.code, content: m.content }), daysBefore: 1 },
      });
    }
  }
  const text = writeIcs({
    prodId: "-//tdkt//Thi dua - Khen thuong cho Excel//VI",
    name: dt(lang, "ics.name", { year: tracker.year }),
    events,
    stamp,
  });
  return { text, events: events.length };
}
