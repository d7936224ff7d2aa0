/**
 * The figures the council asks for before its meeting (issue 14), from one book: counts by title or
 * form and subject, the plan's priority shares, counts per block, unit and unit type, the council
 * list split by who decides, quota use, targets, deadlines and award money. Pure: the workbook
 * (src/files/summaryWorkbook.ts), `tdkt summary` and the pane's Tổng hợp tab read it.
 */
import { isRejected, type BookContext } from "../context";
import { countByStatus, owedBy, trackDeadlines, type Obligation, type StatusCounts } from "../deadlines";
import type { Level, Nomination, Subject, Unit, UnitType } from "../model";
import { moneyReport, type MoneyReport } from "../moneyReport";
import { quotaUses } from "../rules/quotaExceeded";
import { decidedAbove, type Award } from "../ruleset";
import { codeKey } from "../text";
import { nominationsByAward, placeName, type AwardGroup } from "./nominationList";

export const SUBJECTS: readonly Subject[] = ["individual", "collective", "household", "village"];

export interface AwardCount {
  /** Catalogue code; null for an award the catalogue lacks (named as typed). */
  code: string | null;
  name: string;
  bySubject: Record<Subject, number>;
  /** Rows whose Đối tượng is empty or unreadable. */
  unknownSubject: number;
  total: number;
  /** True when this level decides it, false when another level does; null for an unknown award. */
  decidedHere: boolean | null;
  /** Who decides it: this level, a higher one (forwarded), a lower one; null for an unknown award. */
  decidedBy: Decider | null;
}

/** A share of the plan's priorities: `count` of `base` nominations; `value` null when the base is 0. */
export interface Share {
  count: number;
  base: number;
  value: number | null;
}

export type ShareKey = "directWorkers" | "women" | "ethnicMinorities" | "difficultAreaUnits" | "adHoc";
export const SHARE_KEYS: readonly ShareKey[] = [
  "directWorkers",
  "women",
  "ethnicMinorities",
  "difficultAreaUnits",
  "adHoc",
];

/** A count per block, unit or unit type; `key` null gathers what the book leaves unsaid or unknown. */
export interface GroupCount<K = string | null> {
  key: K;
  name: string | null;
  total: number;
}

export interface QuotaRow {
  unit: string;
  unitName: string;
  award: string;
  baseAward: string;
  ratio: number;
  base: number;
  /** Where the base came from: the unit's Số LĐTT, or counted from the book. */
  baseSource: "unitsSheet" | "counted";
  allowed: number;
  count: number;
  over: boolean;
  /** The catalogue row that set the ratio, and its Căn cứ. */
  catalogueRow: number | null;
  basis: string | null;
}

export interface TargetRow {
  /** Excel row in Chỉ tiêu. */
  row: number;
  unit: string;
  unitName: string;
  name: string;
  measure: string | null;
  assigned: number | null;
  registered: number | null;
  result: number | null;
  direction: "up" | "down";
  /** Result against what was registered (for a Giảm target, registered over result); null when unknown. */
  completion: number | null;
  /** Registered worse than assigned (TARGET_BELOW_ASSIGNED). */
  worse: boolean;
}

export type Decider = "here" | "above" | "below";

/** Who decides an award, seen from the book's level. */
export function deciderOf(award: Award, level: Level): Decider {
  if (decidedAbove(award, level)) return "above";
  return award.decidingLevel === level ? "here" : "below";
}

export interface CouncilParts {
  /** Thuộc thẩm quyền: decided at this level. */
  here: AwardGroup[];
  /** Đề nghị cấp trên: forwarded to a higher level. */
  above: AwardGroup[];
  /** Not this council's: awards the catalogue does not know, and those a lower level decides. */
  other: AwardGroup[];
}

export interface Summary {
  year: number;
  issuer: string | null;
  place: string;
  /** Nominations not rejected by the council (the figures' base). */
  total: number;
  /** Rows the council rejected, left out of every figure except the findings. */
  rejected: number;
  byAward: AwardCount[];
  shares: Record<ShareKey, Share>;
  byBlock: GroupCount[];
  byUnit: GroupCount[];
  byUnitType: GroupCount<UnitType | null>[];
  council: CouncilParts;
  quotas: QuotaRow[];
  targets: TargetRow[];
  /** Null when the book has no Tiến độ sheet. */
  deadlines: { counts: StatusCounts; owed: Obligation[] } | null;
  money: MoneyReport;
}

function share(count: number, base: number): Share {
  return { count, base, value: base === 0 ? null : count / base };
}

/** Counts per key in first-seen order of `order`, then the unlisted ones, then the unknown (null). */
function counted<K extends string | null>(
  keys: readonly K[],
  order: readonly { key: K; name: string | null }[],
  nameOf: (key: K) => string | null,
): GroupCount<K>[] {
  const tally = new Map<K, number>();
  for (const k of keys) tally.set(k, (tally.get(k) ?? 0) + 1);
  const out: GroupCount<K>[] = [];
  const seen = new Set<K>();
  for (const o of order) {
    if (seen.has(o.key)) continue;
    seen.add(o.key);
    const total = tally.get(o.key);
    if (total) out.push({ key: o.key, name: o.name, total });
  }
  for (const [key, total] of tally) {
    if (!seen.has(key) && key !== null) out.push({ key, name: nameOf(key), total });
  }
  const unknown = tally.get(null as K);
  if (unknown) out.push({ key: null as K, name: null, total: unknown });
  return out;
}

const UNIT_TYPES: readonly UnitType[] = [
  "agency",
  "publicService",
  "communeWard",
  "partyMass",
  "school",
  "enterprise",
  "cooperative",
  "other",
];

function completion(t: { registered: number | null; result: number | null; direction: "up" | "down" }): number | null {
  if (t.registered === null || t.result === null) return null;
  if (t.direction === "down") return t.result > 0 ? t.registered / t.result : null;
  return t.registered > 0 ? t.result / t.registered : null;
}

export function summarise(ctx: BookContext): Summary {
  const { book } = ctx;
  const all = book.nominations ?? [];
  const live: { n: Nomination; award: Award | null }[] = [];
  all.forEach((n, i) => {
    if (!isRejected(n)) live.push({ n, award: ctx.index.nominationAwards[i] });
  });
  const unitOf = (n: Nomination): Unit | undefined => ctx.index.units?.get(codeKey(n.unit));

  // By award, in catalogue order, unknown awards last under the name first typed.
  const rows = new Map<string, AwardCount>();
  const order: string[] = [];
  for (const { n, award } of live) {
    const key = award ? award.code : `?${codeKey(n.award)}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        code: award?.code ?? null,
        name: award?.name ?? n.award,
        bySubject: { individual: 0, collective: 0, household: 0, village: 0 },
        unknownSubject: 0,
        total: 0,
        decidedHere: award ? deciderOf(award, ctx.level) === "here" : null,
        decidedBy: award ? deciderOf(award, ctx.level) : null,
      };
      rows.set(key, row);
      order.push(key);
    }
    if (n.subject) row.bySubject[n.subject]++;
    else row.unknownSubject++;
    row.total++;
  }
  const catalogueOrder = new Map(ctx.ruleset.awards.map((a, i) => [a.code, i]));
  const rank = (r: AwardCount) => (r.code === null ? Infinity : (catalogueOrder.get(r.code) ?? Infinity));
  const byAward = order.map((k) => rows.get(k) as AwardCount).sort((a, b) => rank(a) - rank(b));

  const individuals = live.filter(({ n }) => n.subject === "individual").map(({ n }) => n);
  const shares: Record<ShareKey, Share> = {
    directWorkers: share(
      individuals.filter((n) => n.directWorker || n.staffTier === "directWorker").length,
      individuals.length,
    ),
    women: share(individuals.filter((n) => n.female).length, individuals.length),
    ethnicMinorities: share(individuals.filter((n) => n.ethnicMinority).length, individuals.length),
    difficultAreaUnits: share(live.filter(({ n }) => unitOf(n)?.difficultArea === true).length, live.length),
    adHoc: share(live.filter(({ n }) => n.kind === "adHoc").length, live.length),
  };

  const blockNames = new Map((book.blocks ?? []).map((b) => [codeKey(b.code), b.name]));
  const byBlock = counted(
    live.map(({ n }) => {
      const block = unitOf(n)?.block;
      return block ? codeKey(block) : null;
    }),
    (book.blocks ?? []).map((b) => ({ key: codeKey(b.code), name: b.name })),
    (k) => blockNames.get(k ?? "") ?? k,
  ).map((g) => ({
    ...g,
    key: g.key === null ? null : ((book.blocks ?? []).find((b) => codeKey(b.code) === g.key)?.code ?? g.key),
  }));

  // Unit codes as typed, keyed once: the same few hundred codes repeat over the nominations.
  const unitKeys = live.map(({ n }) => (n.unit.trim() ? codeKey(n.unit) : null));
  const typedUnit = new Map<string, string>();
  unitKeys.forEach((k, i) => {
    if (k !== null && !typedUnit.has(k)) typedUnit.set(k, live[i].n.unit);
  });
  const byUnit = counted(
    unitKeys,
    book.units.filter((u) => u.code).map((u) => ({ key: codeKey(u.code), name: u.name })),
    () => null,
  ).map((g) => {
    const unit = g.key === null ? undefined : ctx.index.units?.get(g.key);
    const typed = g.key === null ? null : (typedUnit.get(g.key) ?? null);
    return { ...g, key: unit?.code ?? typed, name: unit?.name ?? null };
  });

  const byUnitType = counted<UnitType | null>(
    live.map(({ n }) => unitOf(n)?.type ?? null),
    UNIT_TYPES.map((t) => ({ key: t, name: null })),
    () => null,
  );

  const groups = nominationsByAward(book, ctx.ruleset.awards, ctx.awards);
  const council: CouncilParts = {
    here: groups.filter((g) => g.award && deciderOf(g.award, ctx.level) === "here"),
    above: groups.filter((g) => g.award && deciderOf(g.award, ctx.level) === "above"),
    other: groups.filter((g) => !g.award || deciderOf(g.award, ctx.level) === "below"),
  };

  const unitName = (code: string) => ctx.index.units?.get(codeKey(code))?.name ?? code;
  const quotas: QuotaRow[] = quotaUses(ctx).map((q) => ({
    unit: q.rows[0].unit,
    unitName: unitName(q.rows[0].unit),
    award: q.award.name,
    baseAward: q.baseAward.name,
    ratio: q.ratio,
    base: q.base,
    baseSource: q.baseSource,
    allowed: q.allowed,
    count: q.rows.length,
    over: q.rows.length > q.allowed,
    catalogueRow: q.award.ratioSource?.row ?? null,
    basis: q.award.ratioSource?.basis ?? null,
  }));

  const targets: TargetRow[] = (book.targets ?? []).map((t) => {
    const direction = t.direction === "down" ? "down" : "up";
    const worse =
      t.assigned !== null &&
      t.registered !== null &&
      (direction === "down" ? t.registered > t.assigned : t.registered < t.assigned);
    return {
      row: t.row,
      unit: t.unit,
      unitName: unitName(t.unit),
      name: t.name,
      measure: t.measure,
      assigned: t.assigned,
      registered: t.registered,
      result: t.result,
      direction,
      completion: completion({ ...t, direction }),
      worse,
    };
  });

  let deadlines: Summary["deadlines"] = null;
  if (book.milestones) {
    const tracker = trackDeadlines(book, ctx.today, ctx.year);
    deadlines = {
      counts: countByStatus(tracker.obligations),
      owed: owedBy(tracker, ["overdue", "due_soon"]).flatMap((g) => g.items),
    };
  }

  return {
    year: ctx.year,
    issuer: book.plan?.issuer ?? null,
    place: book.plan?.place || placeName(book.plan?.issuer ?? null),
    total: live.length,
    rejected: all.length - live.length,
    byAward,
    shares,
    byBlock,
    byUnit,
    byUnitType,
    council,
    quotas,
    targets,
    deadlines,
    money: moneyReport(ctx),
  };
}
