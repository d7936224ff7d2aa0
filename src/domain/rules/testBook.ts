/**
 * Builders for the rules' tests: a book in a few lines. Rows are numbered as a clerk's sheet would
 * have them (header on row 1, data from row 2) unless a test gives one.
 */
import { locatorFor } from "../../sheets/locate";
import { makeContext, type CheckContext } from "../context";
import type { Finding, FindingCode } from "../finding";
import type {
  Band,
  Block,
  Book,
  CatalogueEntry,
  Criterion,
  CriterionKind,
  DateOnly,
  HistoryEntry,
  Level,
  Milestone,
  Movement,
  Nomination,
  Plan,
  ScoreEntry,
  Submission,
  Target,
  Unit,
  Merger,
} from "../model";
import type { Rule } from "./index";
import { namedUnits } from "./support";

/** 1 December of the seed plan's year. */
export const TODAY: DateOnly = { year: 2024, month: 12, day: 1 };

export function plan(year: number | null = 2024, level: Level | null = "district"): Plan {
  return {
    year,
    issuer: null,
    level,
    number: null,
    issuedOn: null,
    standingAgency: null,
    rows: { year: 2, level: 4 },
    extraItems: [],
  };
}

export function unit(code: string, name = code, more: Partial<Unit> = {}): Unit {
  return {
    row: 0,
    extra: {},
    code,
    name,
    type: "communeWard",
    block: null,
    difficultArea: false,
    headcount: null,
    advancedWorkerCount: null,
    contactPerson: null,
    phone: null,
    email: null,
    ...more,
  };
}

/** An individual's regular proposal; `award` is what the clerk typed in Hình thức. */
export function nomination(name: string, unitCode: string, award: string, more: Partial<Nomination> = {}): Nomination {
  return {
    row: 0,
    extra: {},
    seq: null,
    subject: "individual",
    name,
    position: null,
    unit: unitCode,
    award,
    kind: "regular",
    movement: null,
    achievement: null,
    rating: null,
    initiative: null,
    directWorker: false,
    female: false,
    ethnicMinority: false,
    recruitedOn: null,
    discipline: null,
    memberCount: null,
    advancedWorkerCount: null,
    grassrootsFighterCount: null,
    proposedOn: null,
    outcome: "proposed",
    source: null,
    votesFor: null,
    councilSize: null,
    decisionNumber: null,
    decisionDate: null,
    reason: null,
    staffTier: null,
    enterprise: null,
    birthDate: null,
    idNumber: null,
    ...more,
  };
}

export function history(
  name: string,
  unitCode: string,
  award: string,
  year: number,
  more: Partial<HistoryEntry> = {},
): HistoryEntry {
  return {
    row: 0,
    extra: {},
    name,
    unit: unitCode,
    award,
    year,
    decisionNumber: null,
    decisionDate: null,
    subject: null,
    kind: null,
    source: null,
    staffTier: null,
    enterprise: null,
    ...more,
  };
}

export function block(code: string, more: Partial<Block> = {}): Block {
  return { row: 0, extra: {}, code, name: `Khối ${code}`, head: null, deputy: null, ...more };
}

export function movement(code: string, name: string, more: Partial<Movement> = {}): Movement {
  return {
    row: 0,
    extra: {},
    code,
    name,
    type: "thematic",
    standingUnit: null,
    period: null,
    scope: null,
    duration: null,
    method: null,
    ...more,
  };
}

export function target(
  unitCode: string,
  name: string,
  assigned: number,
  registered: number,
  more: Partial<Target> = {},
): Target {
  return {
    row: 0,
    extra: {},
    unit: unitCode,
    name,
    code: null,
    movement: null,
    measure: null,
    assigned,
    registered,
    result: null,
    direction: null,
    registeredOn: null,
    ...more,
  };
}

export function milestone(code: string, assignee: string | null, more: Partial<Milestone> = {}): Milestone {
  return {
    row: 0,
    extra: {},
    code,
    content: `Nội dung ${code}`,
    due: { year: 2024, month: 6, day: 30 },
    assignee,
    recurrence: null,
    minCount: null,
    completedOn: null,
    basis: null,
    note: null,
    ...more,
  };
}

export function submission(unitCode: string, milestoneCode: string, more: Partial<Submission> = {}): Submission {
  return {
    row: 0,
    extra: {},
    unit: unitCode,
    milestone: milestoneCode,
    submittedOn: { year: 2024, month: 6, day: 20 },
    note: null,
    ...more,
  };
}

/** "dd/mm/yyyy" → a date, for tests that read like the clerk's sheet. */
export function on(text: string): DateOnly {
  const [day, month, year] = text.split("/").map(Number);
  return { year, month, day };
}

export function catalogueEntry(code: string, name: string, more: Partial<CatalogueEntry> = {}): CatalogueEntry {
  return {
    row: 0,
    extra: {},
    code,
    name,
    subjects: ["individual"],
    decidingLevel: null,
    maxRatio: null,
    ratioBase: null,
    legalBasis: null,
    moneyFactor: null,
    minVoteShare: null,
    ...more,
  };
}

/** A row of Sáp nhập đơn vị: `oldCode` merged into `newCode` (on 01/07/2025 unless said). */
export function merger(oldCode: string, newCode: string, more: Partial<Merger> = {}): Merger {
  return {
    row: 0,
    extra: {},
    oldCode,
    oldName: null,
    newCode,
    mergedOn: { year: 2025, month: 7, day: 1 },
    note: null,
    ...more,
  };
}

/** A criterion of a block's score sheet; `kind` null makes a group. */
export function criterion(
  code: string,
  kind: CriterionKind | null,
  max: number | null,
  more: Partial<Criterion> = {},
): Criterion {
  return {
    row: 0,
    extra: {},
    code,
    name: `Tiêu chí ${code}`,
    parent: null,
    kind,
    max,
    points: null,
    cap: null,
    target: null,
    blocks: null,
    ...more,
  };
}

/** A unit's score row; the numbers default to blank. */
export function score(unitCode: string, criterionCode: string, more: Partial<ScoreEntry> = {}): ScoreEntry {
  return {
    row: 0,
    extra: {},
    unit: unitCode,
    criterion: criterionCode,
    value: null,
    self: null,
    reviewed: null,
    final: null,
    explanation: null,
    note: null,
    ...more,
  };
}

export function band(code: string, name: string, from: number | null, to: number | null): Band {
  return { row: 0, extra: {}, code, name, from, to };
}

/** The wards and communes of thị xã Sa Pa the tests use; "Sa Pa" and "Sa Pả" are two wards. */
export const SA_PA_UNITS: Unit[] = [
  unit("P-SAPA", "UBND phường Sa Pa", { advancedWorkerCount: 20 }),
  unit("P-SAPA2", "UBND phường Sa Pả"),
  unit("X-TAVAN", "UBND xã Tả Van"),
  unit("X-TAPHIN", "UBND xã Tả Phìn"),
  unit("PNV", "Phòng Nội vụ", { type: "agency" }),
];

const numbered = <T extends { row: number }>(rows: T[] | null | undefined): T[] | null =>
  rows ? rows.map((r, i) => (r.row ? r : { ...r, row: i + 2 })) : null;

/** A book: the seed plan (2024, thị xã level) and the Sa Pa units unless given; other sheets absent. */
export function book(parts: Partial<Book> = {}): Book {
  return {
    plan: parts.plan === undefined ? plan() : parts.plan,
    units: numbered(parts.units ?? SA_PA_UNITS) ?? [],
    blocks: numbered(parts.blocks),
    movements: numbered(parts.movements),
    targets: numbered(parts.targets),
    nominations: numbered(parts.nominations),
    history: numbered(parts.history),
    catalogue: numbered(parts.catalogue),
    milestones: numbered(parts.milestones),
    submissions: numbered(parts.submissions),
    mergers: numbered(parts.mergers),
    certificateLayout: numbered(parts.certificateLayout),
    criteria: numbered(parts.criteria),
    scores: numbered(parts.scores),
    bands: numbered(parts.bands),
  };
}

/**
 * The findings of one rule on a book, located as in a book written from the contract's sheets (the
 * contract's sheet names and headers; no cells, as no sheet was read). `read` says which columns the
 * book has (every one unless told).
 */
export function run<C extends FindingCode>(
  rule: Rule<C>,
  b: Book,
  today: DateOnly = TODAY,
  read?: CheckContext["read"],
): Finding<C>[] {
  const ctx = { ...makeContext(b, today), at: locatorFor({}), read };
  // As the checker does (check.ts): each finding about a unit named from the Đơn vị sheet.
  return namedUnits(ctx, rule.check(ctx));
}

/** A book whose nominations sheet lacks the given columns (for `run`'s `read`). */
export const without =
  (...fields: string[]): NonNullable<CheckContext["read"]> =>
  (sheet, field) =>
    !(sheet === "nominations" && fields.includes(field));

/** Findings as "CODE@row" for short expectations. */
export function codesAt(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.code}@${f.row}`);
}
