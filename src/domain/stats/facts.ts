/**
 * What a book says for the statistics, record by record, and the facets each record is counted
 * under (the rows of the forms name facets). Nothing is guessed: what the book does not say stays
 * null and lands in a "…:unknown" facet, which the forms print as Chưa phân loại.
 *
 * Derivations that are facts rather than guesses:
 * - an individual without Phân loại cán bộ but marked Lao động trực tiếp is a direct worker;
 * - a row without Đối tượng is an individual's when it gives a Phân loại cán bộ, else takes its
 *   award's subject when the award has only one;
 * - a collective without Doanh nghiệp is an enterprise exactly when its unit's Loại đơn vị says so
 *   (when the unit's type is known); a thôn, tổ dân phố counts as a collective and is no enterprise;
 * - an empty Loại khen thưởng is Thường xuyên (the contract's default);
 * - a movement without Thời hạn takes it from a Giai đoạn of whole years ("2021-2025": 5 years),
 *   without Phương thức from its Loại, and a nationwide one was launched by the centre.
 */
import type { BookContext } from "../context";
import type {
  AwardKind,
  DateOnly,
  MovementDuration,
  MovementScope,
  MovementType,
  Outcome,
  StaffTier,
  Subject,
} from "../model";
import type { Award } from "../ruleset";
import { codeKey } from "../text";
import type { Launcher } from "./layouts";

/** Where a nomination stands: only an award decided (Đồng ý, or a history row) is counted. */
export type AwardStatus = "awarded" | "pending" | "forwarded" | "rejected";

export interface AwardFact {
  sheet: "nominations" | "history";
  /** 1-based Excel row. */
  row: number;
  name: string;
  unit: string;
  /** Who it is within the book (`personKey`: the name and the unit). */
  person: string;
  /** The award as typed. */
  typed: string;
  award: Award | null;
  subject: Subject | null;
  tier: StaffTier | null;
  /** The tier came from Lao động trực tiếp. */
  tierFromDirectWorker: boolean;
  /** For collectives: an enterprise? null = not said and not derivable. */
  enterprise: boolean | null;
  kind: AwardKind;
  /** The date that places the award in a period: the decision's. */
  date: DateOnly | null;
  /** The award's year: history's Năm, or the book's year for a nomination. */
  year: number | null;
  status: AwardStatus;
  decisionNumber: string | null;
  birthDate: DateOnly | null;
  idNumber: string | null;
}

const STATUS: Record<Outcome, AwardStatus> = {
  approved: "awarded",
  proposed: "pending",
  forwarded: "forwarded",
  rejected: "rejected",
};

// Forms, years, chains and the roll-up all read the same facts of a book: made once per context.
const made = new WeakMap<BookContext, AwardFact[]>();

/** Every nomination and history row of the book, as facts (made once per context; do not change them). */
export function awardFacts(ctx: BookContext): AwardFact[] {
  let facts = made.get(ctx);
  if (!facts) made.set(ctx, (facts = makeAwardFacts(ctx)));
  return facts;
}

function makeAwardFacts(ctx: BookContext): AwardFact[] {
  const { book } = ctx;
  const unitTypes = new Map<string, string | null>();
  for (const u of book.units) if (u.code && !unitTypes.has(codeKey(u.code))) unitTypes.set(codeKey(u.code), u.type);
  const enterpriseOf = (said: "yes" | "no" | null, subject: Subject | null, unit: string): boolean | null => {
    if (subject === "village") return false;
    if (said) return said === "yes";
    const type = unit ? unitTypes.get(codeKey(unit)) : undefined;
    return type ? type === "enterprise" : null;
  };
  // Only individuals have a Phân loại cán bộ: a row that gives one is an individual's.
  const subjectOf = (given: Subject | null, tier: StaffTier | null, award: Award | null): Subject | null =>
    given ?? (tier ? "individual" : award && award.subjects.length === 1 ? award.subjects[0] : null);

  const out: AwardFact[] = [];
  (book.nominations ?? []).forEach((n, i) => {
    const award = ctx.index.nominationAwards[i] ?? null;
    const subject = subjectOf(n.subject, n.staffTier, award);
    const individual = subject === "individual";
    const tierFromDirectWorker = individual && !n.staffTier && n.directWorker;
    out.push({
      sheet: "nominations",
      row: n.row,
      name: n.name,
      unit: n.unit,
      person: ctx.index.nominationPersons[i],
      typed: n.award,
      award,
      subject,
      tier: individual ? (n.staffTier ?? (n.directWorker ? "directWorker" : null)) : null,
      tierFromDirectWorker,
      enterprise:
        subject === "collective" || subject === "village" ? enterpriseOf(n.enterprise, subject, n.unit) : null,
      kind: n.kind ?? "regular",
      date: n.decisionDate,
      year: ctx.year,
      status: n.outcome ? STATUS[n.outcome] : "pending",
      decisionNumber: n.decisionNumber,
      birthDate: n.birthDate,
      idNumber: n.idNumber,
    });
  });
  for (const h of book.history ?? []) {
    const award = h.award ? ctx.findAward(h.award) : null;
    const subject = subjectOf(h.subject, h.staffTier, award);
    out.push({
      sheet: "history",
      row: h.row,
      name: h.name,
      unit: h.unit,
      person: ctx.personKey(h.name, h.unit),
      typed: h.award,
      award,
      subject,
      tier: subject === "individual" ? h.staffTier : null,
      tierFromDirectWorker: false,
      enterprise:
        subject === "collective" || subject === "village" ? enterpriseOf(h.enterprise, subject, h.unit) : null,
      kind: h.kind ?? "regular",
      date: h.decisionDate,
      year: h.year,
      status: "awarded",
      decisionNumber: h.decisionNumber,
      birthDate: null,
      idNumber: null,
    });
  }
  return out;
}

/** The row facets of an award record (forms 0602, 0603). */
export function awardFacets(f: AwardFact): string[] {
  const facets = ["total", `kind:${f.kind}`];
  if (f.subject === null) facets.push("subject:unknown");
  else if (f.subject === "collective" || f.subject === "village") {
    facets.push("subject:collective");
    if (f.enterprise === true) facets.push("enterprise:yes");
    else if (f.enterprise === null) facets.push("enterprise:unknown");
  } else if (f.subject === "household") facets.push("subject:household");
  else {
    facets.push("subject:individual", `tier:${f.tier ?? "unknown"}`);
  }
  return facets;
}

export interface MovementFact {
  row: number;
  code: string;
  name: string;
  scope: MovementScope | null;
  duration: MovementDuration | null;
  /** The duration was read from Giai đoạn. */
  durationFromPeriod: boolean;
  method: MovementType | null;
  /** The method was read from Loại. */
  methodFromType: boolean;
  launcher: Launcher;
}

/** "2021-2025" → 5, "2024" → 1; anything else → null. */
export function yearsOfPeriod(text: string | null): number | null {
  if (!text) return null;
  const t = text.trim();
  const one = /^(\d{4})$/.exec(t);
  if (one) return 1;
  const m = /^(?:giai đoạn\s*)?(\d{4})\s*[-–—]\s*(\d{4})$/iu.exec(t);
  if (!m) return null;
  const years = Number(m[2]) - Number(m[1]) + 1;
  return years >= 1 ? years : null;
}

export function durationOfYears(years: number): MovementDuration {
  if (years < 1) return "underOneYear";
  if (years === 1) return "oneYear";
  if (years < 3) return "oneToThreeYears";
  if (years < 5) return "threeToFiveYears";
  return "fiveYearsOrMore";
}

/** The book's movements as facts. */
export function movementFacts(ctx: BookContext): MovementFact[] {
  const level = ctx.book.plan?.level ?? null;
  const ownLauncher: Launcher = level === "province" ? "province" : level === null ? "unknown" : "unit";
  return (ctx.book.movements ?? []).map((m) => {
    const years = m.duration ? null : yearsOfPeriod(m.period);
    return {
      row: m.row,
      code: m.code,
      name: m.name,
      scope: m.scope,
      duration: m.duration ?? (years === null ? null : durationOfYears(years)),
      durationFromPeriod: !m.duration && years !== null,
      method: m.method ?? m.type,
      methodFromType: !m.method && m.type !== null,
      launcher: m.scope === "national" ? "central" : ownLauncher,
    };
  });
}

/** The row facets of a movement (form 0601). */
export function movementFacets(m: MovementFact): string[] {
  return [
    "total",
    `scope:${m.scope ?? "unknown"}`,
    `duration:${m.duration ?? "unknown"}`,
    `method:${m.method ?? "unknown"}`,
  ];
}
