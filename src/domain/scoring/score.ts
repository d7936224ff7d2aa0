/**
 * Scoring the emulation blocks: every unit of every block against the criteria that apply to its
 * block, from the score that counts (Điểm chốt, else Thẩm định, else the score computed from the
 * book's data, else Tự chấm), groups capped at their maximum, totals, bands, ranks with ties, and
 * the unit proposed for the flag. Pure: a function of the book; O(units × criteria).
 */
import type { Band, Book, Criterion, CriterionKind, Nomination, ScoreEntry, Target, Unit } from "../model";
import { codeKey } from "../text";
import { classify } from "./bands";
import { appliesTo, blockIsScored, buildTree, isGroup, type CriteriaTree, type CriterionNode } from "./criteria";
import {
  clamp,
  countedScore,
  groupBounds,
  leafBounds,
  qualitativeScore,
  relativeExcess,
  round2,
  targetScore,
  typedScore,
  type Bounds,
} from "./kinds";
import { chooseLeader, leaderGates, type LeaderDecision, type LeaderGate } from "./leader";
import { rankByTotal } from "./rank";

/**
 * Where a criterion's score comes from: Điểm chốt, Thẩm định, computed from Số liệu or the target's
 * result, Tự chấm; a group adds up its criteria; "none" when nothing is given (it scores 0).
 */
export type ScoreSource = "final" | "reviewed" | "computed" | "self" | "group" | "none";

export interface CriterionResult {
  /** Mã tiêu chí as the score sheet writes it. */
  code: string;
  name: string;
  depth: number;
  group: boolean;
  kind: CriterionKind | null;
  /** The range of its score: low is below 0 only for deductions; null where unbounded. */
  low: number | null;
  high: number | null;
  /** The score that counts, within its range, to two decimals. */
  score: number;
  source: ScoreSource;
  /** The score the book's data gives, when it gives one. */
  computed: number | null;
  self: number | null;
  reviewed: number | null;
  final: number | null;
  /** Excel row of the unit's Chấm điểm row for it (null when none). */
  row: number | null;
  /** Excel row of the criterion in Tiêu chí chấm điểm. */
  criterionRow: number;
  /** The typed score that counted lay outside the range and was brought within (an error finding says so). */
  clamped: boolean;
}

export interface UnitResult {
  unit: string;
  name: string;
  /** Excel row of the unit in Đơn vị. */
  row: number;
  /** It has a score (typed or computed) on at least one criterion. */
  scored: boolean;
  /** Null when unscored. */
  total: number | null;
  band: Band | null;
  rank: number | null;
  tied: boolean;
  /** Every criterion applying to its block, groups before their criteria. */
  criteria: CriterionResult[];
  /** Why it cannot be proposed for the flag (empty when it can). */
  gates: LeaderGate[];
}

export interface BlockResult {
  /** Mã khối. */
  block: string;
  name: string | null;
  head: string | null;
  deputy: string | null;
  /** The most points a unit can get: the sum of the top-level maxima (null when one is unbounded). */
  maxTotal: number | null;
  /** Scored units by rank, then the unscored ones in sheet order. */
  units: UnitResult[];
  leader: LeaderDecision;
}

export interface Scoring {
  blocks: BlockResult[];
  tree: CriteriaTree;
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

function boundsOf(node: CriterionNode): Bounds {
  return isGroup(node) ? groupBounds(node.criterion) : leafBounds(node.criterion);
}

interface Lookups {
  tree: CriteriaTree;
  /** codeKey, cached: the same few codes repeat over tens of thousands of score rows. */
  key: (code: string) => string;
  /** unit codeKey → criterion codeKey → the first score row. */
  scores: Map<string, Map<string, ScoreEntry>>;
  /** unit codeKey → target codeKey (Mã chỉ tiêu) → the first target row. */
  targetsByCode: Map<string, Map<string, Target>>;
  /** unit codeKey → its target rows. */
  targets: Map<string, Target[]>;
  /** unit codeKey → its nominations. */
  nominations: Map<string, Nomination[]>;
  /** target codeKey → the criteria that name it. */
  criteriaByTarget: Map<string, CriterionNode[]>;
  bands: readonly Band[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function cachedCodeKey(): (code: string) => string {
  const cache = new Map<string, string>();
  return (code) => {
    let k = cache.get(code);
    if (k === undefined) cache.set(code, (k = codeKey(code)));
    return k;
  };
}

function lookups(book: Book, tree: CriteriaTree): Lookups {
  const key = cachedCodeKey();
  const scores = new Map<string, Map<string, ScoreEntry>>();
  for (const s of book.scores ?? []) {
    if (!s.unit || !s.criterion) continue;
    const u = key(s.unit);
    let byCriterion = scores.get(u);
    if (!byCriterion) scores.set(u, (byCriterion = new Map()));
    const c = key(s.criterion);
    if (!byCriterion.has(c)) byCriterion.set(c, s);
  }
  const targetsByCode = new Map<string, Map<string, Target>>();
  const targets = new Map<string, Target[]>();
  for (const t of book.targets ?? []) {
    if (!t.unit) continue;
    const u = key(t.unit);
    push(targets, u, t);
    if (!t.code) continue;
    let byCode = targetsByCode.get(u);
    if (!byCode) targetsByCode.set(u, (byCode = new Map()));
    const k = key(t.code);
    if (!byCode.has(k)) byCode.set(k, t);
  }
  const nominations = new Map<string, Nomination[]>();
  for (const n of book.nominations ?? []) if (n.unit) push(nominations, key(n.unit), n);
  const criteriaByTarget = new Map<string, CriterionNode[]>();
  for (const node of tree.order) if (node.criterion.target) push(criteriaByTarget, key(node.criterion.target), node);
  return { tree, key, scores, targetsByCode, targets, nominations, criteriaByTarget, bands: book.bands ?? [] };
}

/** A target-based criterion's figures for a unit: the registered target and the actual result. */
interface TargetFigures {
  actual: number;
  goal: number;
  direction: "up" | "down";
}

function targetFigures(c: Criterion, unitKey: string, entry: ScoreEntry | undefined, l: Lookups): TargetFigures | null {
  if (!c.target) return null;
  const t = l.targetsByCode.get(unitKey)?.get(l.key(c.target));
  if (!t) return null;
  const goal = t.registered ?? t.assigned;
  const actual = t.result ?? entry?.value ?? null;
  if (goal === null || actual === null) return null;
  return { actual, goal, direction: t.direction ?? "up" };
}

/** The score the book's data gives a leaf criterion, or null when it gives none. */
function computedScore(
  c: Criterion,
  entry: ScoreEntry | undefined,
  figures: TargetFigures | null,
  bestExcess: number,
): number | null {
  switch (c.kind) {
    case "quantitative":
      return figures && c.max !== null
        ? targetScore(Math.abs(c.max), figures.actual, figures.goal, figures.direction, bestExcess)
        : null;
    case "qualitative":
      return entry?.value != null && c.max !== null ? qualitativeScore(Math.abs(c.max), entry.value) : null;
    case "counted":
    case "bonus":
    case "penalty":
      return entry?.value != null ? countedScore(c, entry.value) : null;
    default:
      return null;
  }
}

function leafResult(
  node: CriterionNode,
  bounds: Bounds,
  entry: ScoreEntry | undefined,
  computed: number | null,
): CriterionResult {
  const c = node.criterion;
  // The score that counts: Điểm chốt, else Thẩm định, else computed, else Tự chấm.
  let typed: number | null = null;
  let source: ScoreSource = "none";
  if (entry && entry.final !== null) {
    typed = entry.final;
    source = "final";
  } else if (entry && entry.reviewed !== null) {
    typed = entry.reviewed;
    source = "reviewed";
  } else if (computed !== null) source = "computed";
  else if (entry && entry.self !== null) {
    typed = entry.self;
    source = "self";
  }
  let score = source === "computed" ? (computed as number) : 0;
  let clamped = false;
  if (typed !== null) {
    const v = typedScore(c, typed);
    score = clamp(v, bounds);
    clamped = score !== v;
  }
  return {
    code: c.code,
    name: c.name,
    depth: node.depth,
    group: false,
    kind: c.kind,
    low: finite(bounds.low),
    high: finite(bounds.high),
    score: round2(score),
    source,
    computed: computed === null ? null : round2(computed),
    self: entry?.self ?? null,
    reviewed: entry?.reviewed ?? null,
    final: entry?.final ?? null,
    row: entry?.row ?? null,
    criterionRow: c.row,
    clamped,
  };
}

function groupResult(node: CriterionNode, bounds: Bounds, sum: number): CriterionResult {
  const c = node.criterion;
  return {
    code: c.code,
    name: c.name,
    depth: node.depth,
    group: true,
    kind: c.kind,
    low: finite(bounds.low),
    high: finite(bounds.high),
    score: round2(clamp(sum, bounds)),
    source: "group",
    computed: null,
    self: null,
    reviewed: null,
    final: null,
    row: null,
    criterionRow: c.row,
    clamped: false,
  };
}

interface BlockInfo {
  code: string;
  name: string | null;
  head: string | null;
  deputy: string | null;
}

/** The blocks to score: those of Khối thi đua in order, then block codes only the units name. */
function blocksOf(book: Book): BlockInfo[] {
  const seen = new Set<string>();
  const out: BlockInfo[] = [];
  for (const b of book.blocks ?? []) {
    if (!b.code || seen.has(codeKey(b.code))) continue;
    seen.add(codeKey(b.code));
    out.push({ code: b.code, name: b.name || null, head: b.head, deputy: b.deputy });
  }
  for (const u of book.units) {
    if (!u.block || seen.has(codeKey(u.block))) continue;
    seen.add(codeKey(u.block));
    out.push({ code: u.block, name: null, head: null, deputy: null });
  }
  return out;
}

function scoreBlock(info: BlockInfo, members: Unit[], l: Lookups): BlockResult {
  const blockKey = l.key(info.code);
  const nodes = l.tree.order.filter((n) => appliesTo(n, blockKey));
  const unitKeys = members.map((u) => l.key(u.code));
  // Per criterion, computed once for the block: bounds, whether a group, where its criteria are.
  const position = new Map(nodes.map((n, k) => [n, k]));
  const bounds = nodes.map(boundsOf);
  const groups = nodes.map(isGroup);
  const childrenAt = nodes.map((n) => n.children.map((c) => position.get(c)).filter((k) => k !== undefined));

  // The block's best relative excess on each target-based criterion: the unit reaching it gets the max.
  const best = new Array<number>(nodes.length).fill(0);
  const figures = nodes.map(() => null as (TargetFigures | null)[] | null);
  nodes.forEach((node, k) => {
    if (groups[k] || node.criterion.kind !== "quantitative") return;
    const perUnit = unitKeys.map((u) => targetFigures(node.criterion, u, l.scores.get(u)?.get(node.key), l));
    figures[k] = perUnit;
    for (const f of perUnit) {
      const e = f ? relativeExcess(f.actual, f.goal, f.direction) : null;
      if (e !== null && Number.isFinite(e) && e > best[k]) best[k] = e;
    }
  });

  const units: UnitResult[] = members.map((unit, i) => {
    const u = unitKeys[i];
    const entries = l.scores.get(u);
    const results = new Array<CriterionResult>(nodes.length);
    let scored = false;
    // Children come after their group in `nodes`: walk backwards so every group sees its criteria done.
    for (let k = nodes.length - 1; k >= 0; k--) {
      const node = nodes[k];
      if (groups[k]) {
        let sum = 0;
        for (const c of childrenAt[k]) sum += results[c].score;
        results[k] = groupResult(node, bounds[k], sum);
        continue;
      }
      const entry = entries?.get(node.key);
      const f = figures[k]?.[i] ?? null;
      const r = leafResult(node, bounds[k], entry, computedScore(node.criterion, entry, f, best[k]));
      if (r.source !== "none") scored = true;
      results[k] = r;
    }
    let total = 0;
    for (let k = 0; k < nodes.length; k++) if (nodes[k].depth === 0) total += results[k].score;
    total = round2(total);
    const gates = leaderGates(l.targets.get(u) ?? [], l.nominations.get(u) ?? [], (t) => {
      // A target without a result in Chỉ tiêu: the Số liệu of a target-based criterion naming it.
      if (!t.code) return null;
      for (const node of l.criteriaByTarget.get(l.key(t.code)) ?? []) {
        const v = entries?.get(node.key)?.value;
        if (v !== null && v !== undefined && node.criterion.kind === "quantitative") return v;
      }
      return null;
    });
    return {
      unit: unit.code,
      name: unit.name,
      row: unit.row,
      scored,
      total: scored ? total : null,
      band: scored ? classify(total, l.bands) : null,
      rank: null,
      tied: false,
      criteria: results,
      gates,
    };
  });

  const scored = units.filter((u) => u.scored);
  const ranked = rankByTotal(scored, (u) => u.total ?? 0);
  for (const r of ranked) {
    r.item.rank = r.rank;
    r.item.tied = r.tied;
  }
  const ordered = [...ranked.map((r) => r.item), ...units.filter((u) => !u.scored)];
  const leader = chooseLeader(ranked.map((r) => ({ unit: r.item.unit, rank: r.rank, gates: r.item.gates })));

  let maxTotal: number | null = 0;
  for (let k = 0; k < nodes.length; k++) {
    if (nodes[k].depth !== 0) continue;
    const high = bounds[k].high;
    if (!Number.isFinite(high)) maxTotal = null;
    else if (maxTotal !== null) maxTotal += Math.max(0, high);
  }
  return {
    block: info.code,
    name: info.name,
    head: info.head,
    deputy: info.deputy,
    maxTotal,
    units: ordered,
    leader,
  };
}

/** Scores every block some criterion applies to. Books without a score sheet have no blocks to score. */
export function scoreBlocks(book: Book): Scoring {
  const tree = buildTree(book.criteria ?? []);
  const l = lookups(book, tree);
  const membersOf = new Map<string, Unit[]>();
  const seenUnits = new Set<string>();
  for (const u of book.units) {
    if (!u.code || !u.block || seenUnits.has(l.key(u.code))) continue;
    seenUnits.add(l.key(u.code));
    push(membersOf, l.key(u.block), u);
  }
  const blocks: BlockResult[] = [];
  for (const info of blocksOf(book)) {
    const key = l.key(info.code);
    if (!blockIsScored(tree, key)) continue;
    blocks.push(scoreBlock(info, membersOf.get(key) ?? [], l));
  }
  return { blocks, tree };
}
