/**
 * An iCalendar writer (RFC 5545) for all-day events, enough for Outlook and Google Calendar to import
 * a plan's deadlines: CRLF line ends; content lines folded at 75 octets (never inside a UTF-8
 * sequence: Vietnamese letters are 2–3 octets); TEXT escaped (\\ \; \, \n); one VEVENT a day-long
 * event (DTEND is the next day, as the RFC counts all-day events) with an optional display alarm.
 */
import { dayNumber, fromDayNumber } from "../domain/dates";
import type { DateOnly } from "../domain/model";

export interface IcsAlarm {
  description: string;
  /** The alarm fires this many days before the event's day (midnight). */
  daysBefore: number;
}

export interface IcsEvent {
  /** Globally unique and stable across exports, so a second import updates instead of duplicating. */
  uid: string;
  date: DateOnly;
  summary: string;
  description?: string;
  categories?: string[];
  alarm?: IcsAlarm;
}

export interface IcsCalendar {
  /** PRODID: who made the file. */
  prodId: string;
  /** Shown as the calendar's name by Google Calendar and Outlook (X-WR-CALNAME). */
  name?: string;
  events: IcsEvent[];
  /** DTSTAMP of every event: when the file was made. */
  stamp: Date;
}

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/** TEXT value escaping (RFC 5545 3.3.11); other control characters are not allowed and are dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, "");
}

function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line (RFC 5545 3.1): no physical line longer than 75 octets, continuation lines
 * start with one space, and a break never falls inside a character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0) as number);
    // Continuation lines carry the leading space within their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (size + n > limit) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

function icsDate(d: DateOnly): string {
  return `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`;
}

function icsStamp(t: Date): string {
  return (
    `${pad(t.getUTCFullYear(), 4)}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}` +
    `T${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}Z`
  );
}

function nextDay(d: DateOnly): DateOnly {
  return fromDayNumber(dayNumber(d) + 1);
}

export function writeIcs(cal: IcsCalendar): string {
  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${cal.prodId}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
  ];
  if (cal.name) lines.push(`X-WR-CALNAME:${escapeText(cal.name)}`);
  const stamp = icsStamp(cal.stamp);
  for (const e of cal.events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(e.date)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(e.date))}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(",")}`);
    // A deadline does not make the clerk busy all day.
    lines.push("TRANSP:TRANSPARENT");
    if (e.alarm) {
      lines.push(
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        `DESCRIPTION:${escapeText(e.alarm.description)}`,
        `TRIGGER:-P${e.alarm.daysBefore}D`,
        "END:VALARM",
      );
    }
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A short stable hash (FNV-1a, hex) for namespacing UIDs: the same text always gives the same id. */
export function stableId(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0) as number;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
