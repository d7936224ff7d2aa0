/**
 * The roll-up of many books (a province's wards and communes): what each book holds, reduced to a
 * small digest as soon as it is read (so a hundred books never sit in memory together), the totals
 * by award and subject, and the same person nominated by two books for the same award and year.
 *
 * Two rows of different books are the same person when their names are equal after `nameKey` (as the
 * duplicate-nomination rule compares them: never without diacritics) and, where both rows give one,
 * the ID number (Số định danh cá nhân) is the same, else where both give one, the date of birth. Unit
 * codes are not compared: each book has its own units, and people move between wards.
 */
import type { BookContext } from "../context";
import type { AwardKind, DateOnly, Level, Subject } from "../model";
import { awardFacts, type AwardStatus } from "./facts";
import { awardKey } from "./years";

export type SubjectKey = Subject | "unknown";

export interface AwardTotal {
  key: string;
  name: string;
  /** Nominations not rejected, by subject. */
  bySubject: Record<SubjectKey, number>;
  total: number;
}

/** One nomination in the roll-up's list, naming its row in its book. */
export interface ListRow {
  row: number;
  name: string;
  subject: Subject | null;
  unit: string;
  award: string;
  kind: AwardKind;
  status: AwardStatus;
}

export interface DuplicateCandidate {
  row: number;
  name: string;
  key: string;
  award: string;
  awardName: string;
  year: number;
  birthDate: DateOnly | null;
  idNumber: string | null;
}

export interface BookDigest {
  /** The plan's Cơ quan ban hành (the ward or commune), null when the book does not say. */
  ward: string | null;
  level: Level | null;
  year: number | null;
  counts: {
    units: number;
    nominations: number;
    history: number;
    bySubject: Record<SubjectKey, number>;
    byStatus: Record<AwardStatus, number>;
  };
  awards: AwardTotal[];
  list: ListRow[];
  candidates: DuplicateCandidate[];
}

const emptySubjects = (): Record<SubjectKey, number> => ({
  individual: 0,
  collective: 0,
  household: 0,
  village: 0,
  unknown: 0,
});

/** Digits and letters of an ID number, upper-cased: "0011 9000 1234" = "001190001234". */
export function idKey(text: string | null): string | null {
  const k = text ? text.replace(/[^\p{L}\p{N}]/gu, "").toUpperCase() : "";
  return k || null;
}

export function digestBook(ctx: BookContext): BookDigest {
  const { book } = ctx;
  const bySubject = emptySubjects();
  const byStatus: Record<AwardStatus, number> = { awarded: 0, pending: 0, forwarded: 0, rejected: 0 };
  const awards = new Map<string, AwardTotal>();
  const list: ListRow[] = [];
  const candidates: DuplicateCandidate[] = [];
  for (const f of awardFacts(ctx)) {
    if (f.sheet !== "nominations") continue;
    byStatus[f.status]++;
    list.push({
      row: f.row,
      name: f.name,
      subject: f.subject,
      unit: f.unit,
      award: f.award?.name ?? f.typed,
      kind: f.kind,
      status: f.status,
    });
    if (f.status === "rejected") continue;
    const subject: SubjectKey = f.subject ?? "unknown";
    bySubject[subject]++;
    const key = awardKey(f);
    let total = awards.get(key);
    if (!total) {
      total = { key, name: f.award?.name ?? f.typed, bySubject: emptySubjects(), total: 0 };
      awards.set(key, total);
    }
    total.bySubject[subject]++;
    total.total++;
    if (f.name.trim() && f.typed.trim()) {
      candidates.push({
        row: f.row,
        name: f.name,
        // The name's part of the person key: units differ between books.
        key: f.person.slice(0, f.person.indexOf("\u0000")),
        award: key,
        awardName: total.name,
        year: ctx.year,
        birthDate: f.birthDate,
        idNumber: idKey(f.idNumber),
      });
    }
  }
  return {
    ward: book.plan?.issuer ?? null,
    level: book.plan?.level ?? null,
    year: book.plan?.year ?? null,
    counts: {
      units: book.units.length,
      nominations: book.nominations?.length ?? 0,
      history: book.history?.length ?? 0,
      bySubject,
      byStatus,
    },
    awards: [...awards.values()],
    list,
    candidates,
  };
}

/** Sums the books' award totals, largest first. */
export function totalAwards(digests: readonly { awards: readonly AwardTotal[] }[]): AwardTotal[] {
  const map = new Map<string, AwardTotal>();
  for (const d of digests) {
    for (const a of d.awards) {
      let t = map.get(a.key);
      if (!t) map.set(a.key, (t = { key: a.key, name: a.name, bySubject: emptySubjects(), total: 0 }));
      for (const s of Object.keys(a.bySubject) as SubjectKey[]) t.bySubject[s] += a.bySubject[s];
      t.total += a.total;
    }
  }
  return [...map.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, "vi"));
}

import type { MatchedBy } from "./findingParams";

export type { MatchedBy };

export interface CrossBookDuplicate {
  name: string;
  award: string;
  year: number;
  /** Index of the book and row of the first nomination… */
  first: { book: number; row: number };
  /** …and of the later one, in another book. */
  second: { book: number; row: number };
  matchedBy: MatchedBy;
}

const sameDay = (a: DateOnly, b: DateOnly) => a.year === b.year && a.month === b.month && a.day === b.day;

function samePerson(a: DuplicateCandidate, b: DuplicateCandidate): MatchedBy | null {
  if (a.idNumber && b.idNumber) return a.idNumber === b.idNumber ? "idNumber" : null;
  if (a.birthDate && b.birthDate) return sameDay(a.birthDate, b.birthDate) ? "birthDate" : null;
  return "name";
}

/**
 * Finds nominations of the same person for the same award and year in two different books. Feed
 * the books in order with `add`; each later row is reported once, against the first matching row of
 * another book. Keeps only the candidates (a few fields a row), never the books.
 */
export class CrossBookDuplicates {
  private readonly seen = new Map<string, { book: number; c: DuplicateCandidate }[]>();
  readonly found: CrossBookDuplicate[] = [];

  add(book: number, candidates: readonly DuplicateCandidate[]): void {
    for (const c of candidates) {
      const key = `${c.key}\u0000${c.award}\u0000${c.year}`;
      let prior = this.seen.get(key);
      if (!prior) this.seen.set(key, (prior = []));
      for (const p of prior) {
        if (p.book === book) continue;
        const matchedBy = samePerson(p.c, c);
        if (!matchedBy) continue;
        this.found.push({
          name: c.name,
          award: c.awardName,
          year: c.year,
          first: { book: p.book, row: p.c.row },
          second: { book, row: c.row },
          matchedBy,
        });
        break;
      }
      prior.push({ book, c });
    }
  }
}
