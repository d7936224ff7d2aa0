/** A generated block-scoring book for the bench: deterministic, every kind of criterion, a tree of groups. */
import type { Book, Criterion, CriterionKind, ScoreEntry, Target, Unit } from "../domain/model";

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export interface ScoringSize {
  units: number;
  /** Leaf criteria; each unit gets one Chấm điểm row for each. */
  criteria: number;
  blocks: number;
}

const KINDS: CriterionKind[] = ["quantitative", "qualitative", "counted", "qualitative", "counted", "bonus", "penalty"];

/** Units spread over blocks; groups of 12 criteria each; units × criteria score rows. */
export function generateScoringBook(size: ScoringSize, seed = 2024): Book {
  const rnd = prng(seed);
  const unitCode = (i: number) => `DV${String(i).padStart(4, "0")}`;
  const units: Unit[] = [];
  for (let i = 1; i <= size.units; i++) {
    units.push({
      row: i + 1,
      extra: {},
      code: unitCode(i),
      name: `Đơn vị số ${i}`,
      type: "communeWard",
      block: `K${(i % size.blocks) + 1}`,
      difficultArea: false,
      headcount: 20,
      advancedWorkerCount: null,
      contactPerson: null,
      phone: null,
      email: null,
    });
  }
  const criteria: Criterion[] = [];
  const base = (code: string, row: number): Criterion => ({
    row,
    extra: {},
    code,
    name: `Tiêu chí ${code}`,
    parent: null,
    kind: null,
    max: null,
    points: null,
    cap: null,
    target: null,
    blocks: null,
  });
  const groups = Math.ceil(size.criteria / 12);
  for (let g = 1; g <= groups; g++) criteria.push({ ...base(`G${g}`, criteria.length + 2), max: 90 });
  const leaves: Criterion[] = [];
  for (let i = 1; i <= size.criteria; i++) {
    const kind = KINDS[i % KINDS.length];
    const c: Criterion = {
      ...base(`C${i}`, 0),
      parent: `G${Math.ceil(i / 12)}`,
      kind,
      max: kind === "bonus" || kind === "penalty" ? null : 10,
      points: kind === "counted" || kind === "bonus" || kind === "penalty" ? 2 : null,
      cap: kind === "bonus" || kind === "penalty" ? 6 : null,
      target: kind === "quantitative" ? `CT${i}` : null,
    };
    leaves.push(c);
  }
  for (const c of leaves) criteria.push({ ...c, row: criteria.length + 2 });

  const targets: Target[] = [];
  const scores: ScoreEntry[] = [];
  for (const u of units) {
    for (const c of leaves) {
      if (c.kind === "quantitative") {
        const registered = 100 + Math.floor(rnd() * 50);
        targets.push({
          row: targets.length + 2,
          extra: {},
          unit: u.code,
          name: `Chỉ tiêu ${c.target}`,
          code: c.target,
          movement: null,
          measure: "%",
          assigned: registered,
          registered,
          result: registered * (0.9 + rnd() * 0.3),
          direction: rnd() < 0.8 ? "up" : "down",
          registeredOn: null,
        });
      }
      const value = c.kind === "qualitative" ? (rnd() < 0.9 ? 1 : 0) : Math.floor(rnd() * 6);
      scores.push({
        row: scores.length + 2,
        extra: {},
        unit: u.code,
        criterion: c.code,
        value,
        self: rnd() < 0.5 ? 8 : null,
        reviewed: rnd() < 0.2 ? 7 : null,
        final: rnd() < 0.05 ? 9 : null,
        explanation: null,
        note: null,
      });
    }
  }
  return {
    plan: null,
    units,
    blocks: null,
    movements: null,
    targets,
    nominations: null,
    history: null,
    catalogue: null,
    milestones: null,
    submissions: null,
    mergers: null,
    criteria,
    scores,
    bands: [
      { row: 2, extra: {}, code: "XS", name: "Xuất sắc", from: 900, to: null },
      { row: 3, extra: {}, code: "T", name: "Tốt", from: 600, to: 900 },
      { row: 4, extra: {}, code: "K", name: "Khá", from: null, to: 600 },
    ],
  };
}
