/**
 * The deadline tracker in words: statuses, periods, one line per obligation, and the reminder a clerk
 * pastes into an email or a chat. Shared by `tdkt deadlines` and the Tiến độ tab (which loads it lazily).
 */
import { formatDate } from "../domain/dates";
import type { Obligation, Owed, Period, Status, StatusCounts } from "../domain/deadlines";
import type { Unit } from "../domain/model";
import { periodEn } from "./deadlines.en";
import { periodVi } from "./deadlines.vi";
import { deadlinesViewEn } from "./deadlinesView.en";
import { deadlinesViewVi } from "./deadlinesView.vi";
import { fill, type Lang } from "./index";

const TABLES: Record<Lang, Record<string, string>> = { vi: deadlinesViewVi, en: deadlinesViewEn };

/** A tracker text by key, in the clerk's language (Vietnamese when a table lacks it). */
export function dt(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return fill(TABLES[lang][key] ?? TABLES.vi[key] ?? key, params);
}

/** Statuses as symbols too, so a status is never told by colour alone. */
export const STATUS_ICON: Record<Status, string> = {
  overdue: "✗",
  due_soon: "◷",
  late: "!",
  done: "✓",
  open: "○",
};

export function statusWord(status: Status, lang: Lang): string {
  return dt(lang, `status.${status}`);
}

/** "tháng 03/2024", "quý II/2024", "6 tháng đầu năm 2024", "năm 2024" (the findings' own words). */
export function periodText(p: Period, lang: Lang): string {
  return lang === "en" ? periodEn(p) : periodVi(p);
}

/** The unit's name, or the standing office for its own milestones. */
export function whoName(unit: Unit | null, lang: Lang): string {
  return unit ? unit.name || unit.code : dt(lang, "office");
}

/** Where one obligation stands, in a few words: "hạn 20/06/2024, đã quá hạn 20 ngày". */
export function itemState(o: Obligation, lang: Lang): string {
  const due = formatDate(o.due);
  const handedIn = o.handedIn ? formatDate(o.handedIn.date) : "";
  let state: string;
  switch (o.status) {
    case "overdue":
      state = dt(lang, "item.overdue", { due, days: o.daysLate });
      break;
    case "due_soon":
      state =
        o.daysLeft === 0 ? dt(lang, "item.dueToday", { due }) : dt(lang, "item.dueSoon", { due, days: o.daysLeft });
      break;
    case "open":
      state = dt(lang, "item.open", { due });
      break;
    case "late":
      state = dt(lang, "item.late", { due, handedIn, days: o.daysLate });
      break;
    case "done":
      state = dt(lang, "item.done", { due, handedIn });
      break;
  }
  const unfinished = o.status === "overdue" || o.status === "due_soon" || o.status === "open";
  return o.counted && unfinished
    ? `${dt(lang, "item.count", { count: o.count, required: o.required })}, ${state}`
    : state;
}

export function countsText(counts: StatusCounts, lang: Lang): string {
  return dt(lang, "cli.counts", { ...counts });
}

export interface ReminderContext {
  /** The plan year. */
  year: number;
  today: string;
  /** Who sends it: the plan's standing agency, else the office's generic name. */
  office: string | null;
}

/**
 * A short polite reminder for one unit listing everything it owes that is overdue or due soon:
 * "Kính gửi: UBND xã Bản Hồ. … - Báo cáo sơ kết … (BC-6T): hạn 20/06/2024, đã quá hạn 20 ngày."
 */
export function reminderText(group: Owed & { unit: Unit }, ctx: ReminderContext, lang: Lang): string {
  const office = ctx.office?.trim() || dt(lang, "officeFull");
  const items = group.items.map((o, i) => {
    const period = o.period ? dt(lang, "reminder.period", { period: periodText(o.period, lang) }) : "";
    const line = dt(lang, "reminder.item", {
      content: o.milestone.content || o.milestone.code,
      milestone: o.milestone.code,
      period,
      state: itemState(o, lang),
    });
    return `${line}${i === group.items.length - 1 ? "." : ";"}`;
  });
  return [
    dt(lang, "reminder.greeting", { unit: whoName(group.unit, lang) }),
    "",
    dt(lang, "reminder.intro", { year: ctx.year, today: ctx.today, office }),
    ...items,
    "",
    dt(lang, group.items.some((o) => o.status === "overdue") ? "reminder.closeOverdue" : "reminder.close", { office }),
    dt(lang, "reminder.sign", { office }),
  ].join("\n");
}
