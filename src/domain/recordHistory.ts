/**
 * "Ghi vào lịch sử": the decided nominations of a book, as rows of its award history, so next
 * year's chains (3 years of CSTĐCS, 2 for Bằng khen) can be checked. Pure: it says what to append
 * and what to update; the adapters write it (the CLI into a new file, Excel in one batch with undo).
 *
 * A nomination is recorded when the council approved it or sent it up (Đồng ý / Trình cấp trên) and
 * it carries a decision number: this level's decision, or the one from above typed in later. Once:
 * a history row of the same person, award and year stands for it. A row this function wrote (its
 * Nguồn reads as a source reference) follows a changed decision; a row the clerk typed is never
 * changed, only reported when its decision differs.
 */
import { makeContext } from "./context";
import type { Book, DateOnly, HistoryEntry, Nomination } from "./model";
import { codeKey, looseKey } from "./text";

/** Which nomination a history row came from: the book's year and the nomination's Excel row. */
export interface SourceRef {
  year: number;
  row: number;
}

/** How a source reference is written in the Nguồn cell and recognised again (the sheets layer words it). */
export interface SourceCodec {
  format(ref: SourceRef): string;
  parse(text: string): SourceRef | null;
}

export interface HistoryAppend {
  entry: HistoryEntry;
  nominationRow: number;
}

export interface HistoryUpdate {
  /** Excel row of the history entry to change. */
  row: number;
  before: HistoryEntry;
  after: HistoryEntry;
  nominationRow: number;
}

export interface HistoryPlan {
  year: number;
  append: HistoryAppend[];
  update: HistoryUpdate[];
  /** Nominations already in the history with the same decision. */
  unchanged: number;
  /** The clerk's own history rows that record another decision for the same award and year: left alone. */
  kept: { row: number; nominationRow: number }[];
}

const sameText = (a: string | null, b: string | null) => codeKey(a ?? "") === codeKey(b ?? "");
const sameDate = (a: DateOnly | null, b: DateOnly | null) =>
  a === b || (a !== null && b !== null && a.year === b.year && a.month === b.month && a.day === b.day);

/** True when the council's decision on the nomination makes it part of the history. */
export function isDecided(n: Nomination): boolean {
  return (n.outcome === "approved" || n.outcome === "forwarded") && !!n.decisionNumber?.trim() && !!n.name.trim();
}

export function recordHistory(book: Book, today: DateOnly, codec: SourceCodec): HistoryPlan {
  const ctx = makeContext(book, today);
  const year = ctx.year;
  const awardKey = (typed: string) => {
    const award = ctx.findAward(typed);
    return award ? `=${award.code}` : `~${looseKey(typed)}`;
  };
  const keyOf = (name: string, unit: string, award: string, y: number) =>
    `${ctx.personKey(name, unit)}\u0000${awardKey(award)}\u0000${y}`;

  const existing = new Map<string, HistoryEntry[]>();
  for (const h of book.history ?? []) {
    if (h.year === null || !h.name) continue;
    const k = keyOf(h.name, h.unit, h.award, h.year);
    const list = existing.get(k) ?? [];
    list.push(h);
    existing.set(k, list);
  }

  const plan: HistoryPlan = { year, append: [], update: [], unchanged: 0, kept: [] };
  const seen = new Set<string>();
  for (const n of book.nominations ?? []) {
    if (!isDecided(n)) continue;
    const k = keyOf(n.name, n.unit, n.award, year);
    // The same nomination twice in the book (DUPLICATE_NOMINATION says so) is recorded once.
    if (seen.has(k)) continue;
    seen.add(k);
    const award = ctx.findAward(n.award);
    const entry: HistoryEntry = {
      row: 0,
      extra: {},
      name: n.name,
      unit: n.unit,
      award: award?.name ?? n.award.trim(),
      year,
      decisionNumber: n.decisionNumber?.trim() ?? null,
      decisionDate: n.decisionDate,
      // Đột xuất and chuyên đề awards are kept apart from the yearly chains (NĐ 152/2025 Điều 4).
      kind: n.kind,
      source: codec.format({ year, row: n.row }),
      // What the statistics forms count (issue 19) goes with the award into the history.
      subject: n.subject,
      staffTier: n.staffTier,
      enterprise: n.enterprise,
    };
    const rows = existing.get(k) ?? [];
    const same = rows.find(
      (h) => sameText(h.decisionNumber, entry.decisionNumber) && sameDate(h.decisionDate, n.decisionDate),
    );
    if (same) {
      plan.unchanged++;
      continue;
    }
    const ours = rows.find((h) => h.source !== null && codec.parse(h.source)?.year === year);
    if (ours) {
      plan.update.push({ row: ours.row, before: ours, after: { ...ours, ...pick(entry) }, nominationRow: n.row });
    } else if (rows.length > 0) {
      plan.kept.push({ row: rows[0].row, nominationRow: n.row });
    } else {
      plan.append.push({ entry, nominationRow: n.row });
    }
  }
  return plan;
}

/** What an update changes: the decision and where it came from; the names stay as the row has them. */
function pick(e: HistoryEntry): Pick<HistoryEntry, "decisionNumber" | "decisionDate" | "source"> {
  return { decisionNumber: e.decisionNumber, decisionDate: e.decisionDate, source: e.source };
}
