/**
 * The list of nominations grouped by title or form, as annexed to a submission (tờ trình):
 * numbered, with name, position, unit and a short achievement summary (NĐ 30/2020 style).
 */
import { makeContext } from "../context";
import type { Book, DateOnly, Nomination, Subject } from "../model";
import type { Award, AwardIndex } from "../ruleset";
import { codeKey } from "../text";

export interface ListedNomination {
  seq: number;
  name: string;
  position: string | null;
  unitName: string;
  achievement: string | null;
  subject: Subject | null;
  /** Excel row of the nomination in the book, for tracing back. */
  row: number;
}

export interface AwardGroup {
  /** The catalogue award, or null when the book names one the catalogue lacks. */
  award: Award | null;
  /** The award's name, or what the clerk typed when unknown. */
  title: string;
  items: ListedNomination[];
  counts: Record<Subject, number>;
}

/**
 * Groups the book's nominations (those not rejected by the council) by award, in catalogue order,
 * with unknown awards last under the name as typed. Numbering restarts in each group.
 */
export function nominationsByAward(book: Book, awards: readonly Award[], index: AwardIndex): AwardGroup[] {
  const unitNames = new Map(book.units.map((u) => [codeKey(u.code), u.name]));
  const known = new Map<string, Nomination[]>();
  const unknown = new Map<string, { title: string; items: Nomination[] }>();
  for (const n of book.nominations ?? []) {
    if (n.outcome === "rejected") continue;
    const award = index.find(n.award);
    if (award) {
      const list = known.get(award.code) ?? [];
      list.push(n);
      known.set(award.code, list);
    } else {
      const key = codeKey(n.award);
      const entry = unknown.get(key) ?? { title: n.award, items: [] };
      entry.items.push(n);
      unknown.set(key, entry);
    }
  }
  const groups: AwardGroup[] = [];
  for (const award of awards) {
    const items = known.get(award.code);
    if (items) groups.push(group(award, award.name, items, unitNames));
  }
  for (const { title, items } of unknown.values()) groups.push(group(null, title, items, unitNames));
  return groups;
}

function group(award: Award | null, title: string, items: Nomination[], unitNames: Map<string, string>): AwardGroup {
  const counts: Record<Subject, number> = { individual: 0, collective: 0, household: 0, village: 0 };
  const listed = items.map((n, i) => {
    if (n.subject) counts[n.subject]++;
    return {
      seq: i + 1,
      name: n.name,
      position: n.position,
      unitName: unitNames.get(codeKey(n.unit)) ?? n.unit,
      achievement: n.achievement,
      subject: n.subject,
      row: n.row,
    };
  });
  return { award, title, items: listed, counts };
}

/** "UBND thị xã Sa Pa" → "Sa Pa": the place name for "Sa Pa, ngày … tháng … năm …". */
export function placeName(issuer: string | null): string {
  if (!issuer) return "";
  const m = /(?:thị xã|huyện|thành phố|quận|tỉnh|xã|phường|thị trấn)\s+(.+)$/iu.exec(issuer.trim());
  return (m ? m[1] : issuer).trim();
}

/** The council list for a book, with the ruleset in force for its year and level. */
export function councilList(book: Book, today: DateOnly): { groups: AwardGroup[]; year: number; place: string } {
  const ctx = makeContext(book, today);
  return {
    groups: nominationsByAward(book, ctx.ruleset.awards, ctx.awards),
    year: ctx.year,
    place: placeName(book.plan?.issuer ?? null),
  };
}
