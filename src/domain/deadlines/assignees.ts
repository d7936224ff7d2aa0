/**
 * Who owes a milestone, from its `Đơn vị thực hiện`: a unit code, a block code (every unit of the
 * block), "Tất cả" (every unit), several of these separated by commas or semicolons, or nothing (the
 * standing office itself). Codes compare case-insensitively; "Tất cả" loosely ("TAT CA", "tất cả").
 * A name that is neither a unit nor a block owes nothing here (UNKNOWN_UNIT reports it).
 */
import { EVERY_UNIT, type Book, type Unit } from "../model";
import { codeKey, looseKey } from "../text";

const EVERY = looseKey(EVERY_UNIT);

export type Assignees =
  /** The standing office itself (Đơn vị thực hiện left empty). */
  | { office: true; units: [] }
  /** Units in the order of the units sheet, each once. `single`: the milestone names one unit. */
  | { office: false; units: Unit[]; single: boolean };

export interface UnitDirectory {
  /** codeKey → the first unit with that code, in sheet order. */
  byCode: Map<string, Unit>;
  /** codeKey of a block → its units, in sheet order. */
  byBlock: Map<string, Unit[]>;
  /** Every unit once (the first of a duplicated code), in sheet order. */
  all: Unit[];
}

export function unitDirectory(book: Book): UnitDirectory {
  const byCode = new Map<string, Unit>();
  const byBlock = new Map<string, Unit[]>();
  const all: Unit[] = [];
  for (const u of book.units) {
    const key = u.code ? codeKey(u.code) : "";
    if (!key || byCode.has(key)) continue;
    byCode.set(key, u);
    all.push(u);
    if (u.block) {
      const block = codeKey(u.block);
      let members = byBlock.get(block);
      if (!members) byBlock.set(block, (members = []));
      members.push(u);
    }
  }
  // A block of the blocks sheet that no unit names yet has no members, but it is still a block.
  for (const b of book.blocks ?? []) if (b.code && !byBlock.has(codeKey(b.code))) byBlock.set(codeKey(b.code), []);
  return { byCode, byBlock, all };
}

export function resolveAssignees(assignee: string | null, units: UnitDirectory): Assignees {
  const parts = (assignee ?? "")
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return { office: true, units: [] };
  const chosen = new Set<Unit>();
  for (const part of parts) {
    if (looseKey(part) === EVERY) {
      for (const u of units.all) chosen.add(u);
      continue;
    }
    const key = codeKey(part);
    const unit = units.byCode.get(key);
    if (unit) chosen.add(unit);
    else for (const u of units.byBlock.get(key) ?? []) chosen.add(u);
  }
  const single = parts.length === 1 && units.byCode.has(codeKey(parts[0]));
  // Sheet order, whatever order the parts named them in.
  const ordered = chosen.size === units.all.length ? units.all : units.all.filter((u) => chosen.has(u));
  return { office: false, units: ordered, single };
}
