/**
 * What the council's documents say, before any wording: who is awarded what, by whom, grouped as
 * the annex of a decision groups them (individuals, collectives, households), with the money per
 * awardee. Pure: src/files/documents words and lays it out (Word, an office's template, certificates).
 *
 * Per award and deciding level (issue 17): this level's awards get a decision (Quyết định) each, and
 * together one submission of the standing office (Tờ trình) with the counts; each award decided above
 * gets a submission to the level above. Awards decided below this level are not this council's.
 * Which nominations: what the council approved (and, for what goes up, sent up). A book in which the
 * council has not decided anything yet is drafted from the proposals (`draft`).
 */
import { makeContext, type BookContext } from "../context";
import type { Book, DateOnly, DecidingLevel, Level, Nomination, Subject } from "../model";
import { awardMoney, type Money } from "../money";
import { moneyReport, payDay } from "../moneyReport";
import type { Award } from "../ruleset";
import { codeKey } from "../text";

/** The annex's groups, in the order the decision lists them (a village is a collective there). */
export type AnnexGroup = "individual" | "collective" | "household";
export const ANNEX_GROUPS: readonly AnnexGroup[] = ["individual", "collective", "household"];

export function annexGroupOf(subject: Subject | null): AnnexGroup {
  return subject === "household"
    ? "household"
    : subject === "collective" || subject === "village"
      ? "collective"
      : "individual";
}

export interface Awardee {
  /** 1-based within its group. */
  seq: number;
  name: string;
  position: string | null;
  unitCode: string;
  unitName: string;
  subject: Subject | null;
  female: boolean;
  achievement: string | null;
  money: Money | null;
  /**
   * Awarded a higher title of the same period in this book, so paid that title's money instead
   * (only the highest is paid): `money` is then null and the annex says why.
   */
  paidElsewhere: boolean;
  decisionNumber: string | null;
  decisionDate: DateOnly | null;
  /** Excel row of the nomination. */
  row: number;
}

export interface AwardeeGroup {
  group: AnnexGroup;
  items: Awardee[];
}

export type Counts = Record<AnnexGroup, number>;

export interface AwardDocument {
  kind: "decision" | "upward";
  award: Award;
  /** Non-empty groups only, in annex order. */
  groups: AwardeeGroup[];
  counts: Counts;
  /** Sum of the known amounts; null when no amount is known. */
  totalMoney: number | null;
  /** Whether every awardee's amount is known. */
  moneyComplete: boolean;
  /** The decision's number and date where every awardee carries the same (a decision issued and typed in). */
  decisionNumber: string | null;
  decisionDate: DateOnly | null;
}

export interface SubmissionRow {
  award: Award;
  counts: Counts;
  total: number;
}

export type SkipReason = "below" | "unknownAward" | "subjectMismatch";

export interface CouncilDocuments {
  year: number;
  level: Level;
  /** The ruleset's validity start, which chooses the legal bases the documents cite. */
  rulesFrom: DateOnly;
  /** Drafted from proposals: the council has not decided anything in this book yet. */
  draft: boolean;
  /** The standing office's submission: this level's awards, then what goes up. */
  submission: { here: SubmissionRow[]; above: SubmissionRow[] };
  decisions: AwardDocument[];
  upward: AwardDocument[];
  /**
   * Nominations left out: awards decided below this level, names the catalogue does not know, and
   * awards given to a subject they are not for (a collective proposed for LĐTT: AWARD_SUBJECT_MISMATCH).
   */
  skipped: { row: number; reason: SkipReason }[];
}

const emptyCounts = (): Counts => ({ individual: 0, collective: 0, household: 0 });
const decided = (n: Nomination) => n.outcome === "approved" || n.outcome === "rejected" || n.outcome === "forwarded";
const RANK: Record<DecidingLevel, number> = { commune: 0, district: 1, province: 2, central: 3 };

function document(
  ctx: BookContext,
  kind: AwardDocument["kind"],
  award: Award,
  nominations: readonly Nomination[],
  unitNames: Map<string, string>,
  superseded: ReadonlySet<number>,
): AwardDocument {
  const counts = emptyCounts();
  const byGroup = new Map<AnnexGroup, Awardee[]>();
  let total: number | null = null;
  let complete = true;
  for (const n of nominations) {
    const group = annexGroupOf(n.subject);
    counts[group]++;
    const items = byGroup.get(group) ?? [];
    const paidElsewhere = kind === "decision" && superseded.has(n.row);
    const money =
      kind === "decision" && !paidElsewhere
        ? awardMoney(award, n.subject, payDay(ctx, n), {
            catalogue: ctx.book.catalogue,
            baseSalary: ctx.book.plan?.baseSalary ?? null,
          })
        : null;
    if (money) total = (total ?? 0) + money.amount;
    else if (!paidElsewhere) complete = false;
    items.push({
      seq: items.length + 1,
      name: n.name,
      position: n.position,
      unitCode: n.unit,
      unitName: unitNames.get(codeKey(n.unit)) ?? n.unit,
      subject: n.subject,
      female: n.female,
      achievement: n.achievement,
      money,
      paidElsewhere,
      decisionNumber: n.decisionNumber,
      decisionDate: n.decisionDate,
      row: n.row,
    });
    byGroup.set(group, items);
  }
  const numbers = new Set(nominations.map((n) => codeKey(n.decisionNumber ?? "")));
  const dates = new Set(nominations.map((n) => (n.decisionDate ? JSON.stringify(n.decisionDate) : "")));
  const first = nominations[0];
  return {
    kind,
    award,
    groups: ANNEX_GROUPS.filter((g) => byGroup.has(g)).map((g) => ({ group: g, items: byGroup.get(g) ?? [] })),
    counts,
    totalMoney: total,
    moneyComplete: complete,
    decisionNumber: numbers.size === 1 && first?.decisionNumber ? first.decisionNumber.trim() : null,
    decisionDate: dates.size === 1 ? (first?.decisionDate ?? null) : null,
  };
}

const row = (d: AwardDocument): SubmissionRow => ({
  award: d.award,
  counts: d.counts,
  total: d.counts.individual + d.counts.collective + d.counts.household,
});

export function councilDocuments(book: Book, today: DateOnly): CouncilDocuments {
  const ctx = makeContext(book, today);
  const nominations = book.nominations ?? [];
  const draft = !nominations.some(decided);
  const unitNames = new Map(book.units.map((u) => [codeKey(u.code), u.name]));
  const here = new Map<string, Nomination[]>();
  const above = new Map<string, Nomination[]>();
  const skipped: CouncilDocuments["skipped"] = [];
  nominations.forEach((n, i) => {
    const award = ctx.index.nominationAwards[i];
    if (!n.name.trim()) return;
    if (!award) {
      if (n.outcome !== "rejected") skipped.push({ row: n.row, reason: "unknownAward" });
      return;
    }
    const rank = RANK[award.decidingLevel] - RANK[ctx.level];
    const taken = draft
      ? n.outcome !== "rejected"
      : rank > 0
        ? n.outcome === "approved" || n.outcome === "forwarded"
        : n.outcome === "approved";
    if (!taken) return;
    if (rank < 0) {
      skipped.push({ row: n.row, reason: "below" });
      return;
    }
    if (n.subject && !award.subjects.includes(n.subject)) {
      skipped.push({ row: n.row, reason: "subjectMismatch" });
      return;
    }
    const target = rank === 0 ? here : above;
    const list = target.get(award.code) ?? [];
    list.push(n);
    target.set(award.code, list);
  });
  // Only the highest title of a period is paid (src/domain/moneyReport.ts).
  const superseded = new Set(
    moneyReport(ctx)
      .lines.filter((l) => l.status === "superseded")
      .map((l) => l.row),
  );
  // Catalogue order, as the council list and the decisions are read.
  const inOrder = (m: Map<string, Nomination[]>, kind: AwardDocument["kind"]) =>
    ctx.ruleset.awards
      .filter((a) => m.has(a.code))
      .map((a) => document(ctx, kind, a, m.get(a.code) ?? [], unitNames, superseded));
  const decisions = inOrder(here, "decision");
  const upward = inOrder(above, "upward");
  return {
    year: ctx.year,
    level: ctx.level,
    rulesFrom: ctx.ruleset.effectiveFrom,
    draft,
    submission: { here: decisions.map(row), above: upward.map(row) },
    decisions,
    upward,
    skipped,
  };
}
