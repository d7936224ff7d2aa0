/**
 * A unit's own score sheet: the criteria of its block with their maxima, for the self-scoring
 * template a unit fills in (Mẫu biểu) and for import to bring the self-scores back.
 */
import type { Book, CriterionKind } from "../model";
import { codeKey } from "../text";
import { appliesTo, buildTree, isGroup, type CriteriaTree } from "./criteria";
import { groupBounds, leafBounds } from "./kinds";

export interface UnitCriterion {
  /** Mã tiêu chí as the score sheet writes it: the key the self-scores come back under. */
  code: string;
  name: string;
  /** 0 at the top; a group's criteria are one deeper. */
  depth: number;
  group: boolean;
  kind: CriterionKind | null;
  /** The most it can add (a penalty: 0); null when unbounded. */
  high: number | null;
  /** The most a penalty or a penalty group can deduct, as a negative number; 0 otherwise; null when unbounded. */
  low: number | null;
  /** Điểm mỗi lần, Giới hạn and Mã chỉ tiêu as the score sheet gives them. */
  points: number | null;
  cap: number | null;
  target: string | null;
  /** Excel row of the criterion in Tiêu chí chấm điểm. */
  row: number;
}

export interface UnitScoreSheet {
  unit: string;
  name: string;
  block: string;
  criteria: UnitCriterion[];
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * The criteria that apply to a unit's block, groups before their criteria, with maxima. Null when the
 * book has no such unit, the unit is in no block, or no criterion applies to its block.
 * Pass `tree` when scoring many units of one book, so the tree is built once.
 */
export function unitScoreSheet(book: Book, unitCode: string, tree?: CriteriaTree): UnitScoreSheet | null {
  const key = codeKey(unitCode);
  const unit = book.units.find((u) => u.code && codeKey(u.code) === key);
  if (!unit || !unit.block) return null;
  const t = tree ?? buildTree(book.criteria ?? []);
  const blockKey = codeKey(unit.block);
  const criteria: UnitCriterion[] = [];
  for (const node of t.order) {
    if (!appliesTo(node, blockKey)) continue;
    const c = node.criterion;
    const b = isGroup(node) ? groupBounds(c) : leafBounds(c);
    criteria.push({
      code: c.code,
      name: c.name,
      depth: node.depth,
      group: isGroup(node),
      kind: isGroup(node) ? null : c.kind,
      high: finite(b.high),
      low: finite(b.low),
      points: c.points,
      cap: c.cap,
      target: c.target,
      row: c.row,
    });
  }
  if (!criteria.some((c) => !c.group)) return null;
  return { unit: unit.code, name: unit.name, block: unit.block, criteria };
}
