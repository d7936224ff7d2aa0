/**
 * The score sheet as a tree: criteria under groups (Thuộc nhóm) to any depth, each applying to some
 * blocks (Khối áp dụng). Built once per book in O(n); bad rows (a code used twice, an unknown group,
 * a loop of groups) are set aside here so the rules can report them and the scoring stays total.
 */
import { EVERY_UNIT, type Criterion } from "../model";
import { codeKey, looseKey } from "../text";

export interface CriterionNode {
  criterion: Criterion;
  /** codeKey of the criterion's code. */
  key: string;
  parent: CriterionNode | null;
  children: CriterionNode[];
  /** 0 at the top of the tree. */
  depth: number;
  /** codeKeys of the blocks named in its own Khối áp dụng; null = every block. */
  ownBlocks: Set<string> | null;
}

export interface CriteriaTree {
  roots: CriterionNode[];
  /** codeKey → node, for every criterion in the tree. */
  byKey: Map<string, CriterionNode>;
  /** Every node depth-first in sheet order: a group, then its criteria. */
  order: CriterionNode[];
  /** Later rows whose code an earlier row already uses: left out of the tree. */
  duplicates: { criterion: Criterion; first: Criterion }[];
  /** Criteria naming a group the sheet does not have: kept, at the top of the tree. */
  unknownParents: Criterion[];
  /** Criteria in a loop of groups (A in B, B in A): left out of the tree. */
  cycles: Criterion[];
  /** codeKeys of the criteria left out because they are in a loop or below one. */
  detached: Set<string>;
}

const EVERY = looseKey(EVERY_UNIT);
const ALL_WORDS = new Set([EVERY, "all", "tat ca cac khoi", "toan bo"]);

/** Khối áp dụng → block codeKeys, or null for every block ("", "Tất cả"). */
export function blockList(text: string | null): Set<string> | null {
  if (text === null || ALL_WORDS.has(looseKey(text))) return null;
  const codes = text
    .split(/[,;\n]+/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  return codes.length === 0 ? null : new Set(codes.map(codeKey));
}

/** The block codes as typed in Khối áp dụng (for reporting unknown ones). */
export function typedBlocks(text: string | null): string[] {
  if (text === null || ALL_WORDS.has(looseKey(text))) return [];
  return text
    .split(/[,;\n]+/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

export function buildTree(criteria: readonly Criterion[]): CriteriaTree {
  const byKey = new Map<string, CriterionNode>();
  const duplicates: CriteriaTree["duplicates"] = [];
  const nodes: CriterionNode[] = [];
  for (const c of criteria) {
    if (!c.code) continue;
    const key = codeKey(c.code);
    const first = byKey.get(key);
    if (first) {
      duplicates.push({ criterion: c, first: first.criterion });
      continue;
    }
    const node: CriterionNode = {
      criterion: c,
      key,
      parent: null,
      children: [],
      depth: 0,
      ownBlocks: blockList(c.blocks),
    };
    byKey.set(key, node);
    nodes.push(node);
  }

  const unknownParents: Criterion[] = [];
  for (const node of nodes) {
    const p = node.criterion.parent;
    if (!p || codeKey(p) === node.key) {
      // A criterion naming itself as its group is a loop of one.
      if (p) node.parent = node;
      continue;
    }
    const parent = byKey.get(codeKey(p));
    if (parent) node.parent = parent;
    else unknownParents.push(node.criterion);
  }

  // Loops: follow each chain of groups; a chain that comes back on itself is a loop. Marked once.
  const state = new Map<CriterionNode, "open" | "done" | "loop">();
  const cycles = new Set<CriterionNode>();
  for (const start of nodes) {
    const path: CriterionNode[] = [];
    let n: CriterionNode | null = start;
    while (n && !state.has(n)) {
      state.set(n, "open");
      path.push(n);
      n = n.parent;
    }
    if (n && state.get(n) === "open") {
      // n is on this path: from n to the end is the loop; everything before it hangs below the loop.
      for (let i = path.indexOf(n); i < path.length; i++) cycles.add(path[i]);
    }
    const below = n !== null && (state.get(n) === "loop" || cycles.has(n));
    for (const p of path) state.set(p, below || cycles.has(p) ? "loop" : "done");
  }

  const roots: CriterionNode[] = [];
  for (const node of nodes) {
    if (state.get(node) === "loop") continue;
    if (node.parent) node.parent.children.push(node);
    else roots.push(node);
  }
  const order: CriterionNode[] = [];
  const visit = (node: CriterionNode, depth: number) => {
    node.depth = depth;
    order.push(node);
    for (const child of node.children) visit(child, depth + 1);
  };
  for (const r of roots) visit(r, 0);
  const detached = new Set<string>();
  for (const node of nodes) {
    if (state.get(node) !== "loop") continue;
    byKey.delete(node.key);
    detached.add(node.key);
  }

  return {
    roots,
    byKey,
    order,
    duplicates,
    unknownParents,
    cycles: nodes.filter((n) => cycles.has(n)).map((n) => n.criterion),
    detached,
  };
}

export function isGroup(node: CriterionNode): boolean {
  return node.children.length > 0;
}

/** A criterion applies to a block when it and every group above it apply to it. */
export function appliesTo(node: CriterionNode, blockKey: string): boolean {
  for (let n: CriterionNode | null = node; n; n = n.parent) {
    if (n.ownBlocks !== null && !n.ownBlocks.has(blockKey)) return false;
  }
  return true;
}

/** Whether any criterion of the tree applies to the block. */
export function blockIsScored(tree: CriteriaTree, blockKey: string): boolean {
  return tree.order.some((n) => !isGroup(n) && appliesTo(n, blockKey));
}
