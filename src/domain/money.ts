/**
 * Award money (tiền thưởng): a multiple of the base salary (lương cơ sở) in force on the decision
 * date, rounded up to the next 10,000 đ (domain.md; NĐ 98/2023 Đ54, NĐ 152/2025 Đ49–54). Dated data:
 * the book's plan (Mức lương cơ sở) and catalogue (Hệ số tiền thưởng) override it.
 */
import { compareDates } from "./dates";
import type { CatalogueEntry, DateOnly, Subject } from "./model";
import { AWARD, type Award } from "./ruleset";
import { codeKey } from "./text";

export interface BaseSalary {
  from: DateOnly;
  amount: number;
  /** The decree that set it, as a message cites it. */
  basis: string;
}

/** Lương cơ sở: NĐ 24/2023 from 01/07/2023, NĐ 73/2024 from 01/07/2024 (a 2026 rise was pending). */
export const BASE_SALARIES: readonly BaseSalary[] = [
  { from: { year: 2023, month: 7, day: 1 }, amount: 1_800_000, basis: "Nghị định 24/2023/NĐ-CP" },
  { from: { year: 2024, month: 7, day: 1 }, amount: 2_340_000, basis: "Nghị định 73/2024/NĐ-CP" },
];

/**
 * Multiples of the base salary. `collective` is also a village's; `individual` absent = half the
 * collective's (inferred: never confirmed). `confirmed` false where domain.md has the figure from
 * secondary sources only.
 */
interface Factor {
  individual?: number;
  collective?: number;
  confirmed: boolean;
}

interface MoneyTable {
  from: DateOnly;
  /** The decree, as a message cites it. */
  basis: string;
  factors: Readonly<Record<string, Factor>>;
}

/** The figures domain.md gives (NĐ 152/2025 Đ49–54; the same under NĐ 98/2023 Đ54, from secondary sources). */
function factors(confirmedFigures: boolean): Record<string, Factor> {
  // The and domain.md's named figures: CSTĐCS 1.0, LĐTT 0.3, TTLĐTT 0.8, thôn/tổ dân phố văn
  // hóa 1.5, Bằng khen tỉnh 3.0, Giấy khen 0.6 for a collective. The rest: secondary sources.
  const named = confirmedFigures;
  return {
    CSTDTQ: { individual: 4.5, confirmed: false },
    [AWARD.provincialEmulationFighter]: { individual: 3.0, confirmed: false },
    [AWARD.grassrootsEmulationFighter]: { individual: 1.0, confirmed: named },
    [AWARD.advancedWorker]: { individual: 0.3, confirmed: named },
    [AWARD.excellentCollective]: { collective: 1.5, confirmed: false },
    [AWARD.advancedCollective]: { collective: 0.8, confirmed: named },
    [AWARD.culturalVillage]: { collective: 1.5, confirmed: named },
    CTDCP: { collective: 12, confirmed: false },
    [AWARD.provincialFlag]: { collective: 8, confirmed: false },
    BKTTG: { collective: 7, confirmed: false },
    [AWARD.provincialMerit]: { collective: 3.0, confirmed: named },
    [AWARD.districtMerit]: { collective: 0.6, confirmed: named },
    [AWARD.communeMerit]: { collective: 0.6, confirmed: named },
  };
}

export const MONEY_TABLES: readonly MoneyTable[] = [
  { from: { year: 2024, month: 1, day: 1 }, basis: "Nghị định 98/2023/NĐ-CP", factors: factors(false) },
  { from: { year: 2025, month: 7, day: 1 }, basis: "Nghị định 152/2025/NĐ-CP", factors: factors(true) },
];

export interface Money {
  /** Đồng, rounded up to the next 10,000. */
  amount: number;
  factor: number;
  baseSalary: number;
}

/** Where a factor and a base salary came from, for the clerk to check them. */
export interface MoneyBasis {
  /** "book": the catalogue's Hệ số tiền thưởng; "law": the dated table. */
  factorFrom: "book" | "law";
  /** The table's decree (null when the book set the factor). */
  factorBasis: string | null;
  /** False where the product has the figure from secondary sources or by inference. */
  confirmed: boolean;
  /** "book": the plan's Mức lương cơ sở; "law": the decree in force on the day. */
  baseSalaryFrom: "book" | "law";
  baseSalaryBasis: string | null;
}

function salaryOn(date: DateOnly): BaseSalary | null {
  let found: BaseSalary | null = null;
  for (const s of BASE_SALARIES) if (compareDates(s.from, date) <= 0) found = s;
  return found;
}

export function baseSalaryOn(date: DateOnly): number | null {
  return salaryOn(date)?.amount ?? null;
}

function tableOn(date: DateOnly): MoneyTable | null {
  let found: MoneyTable | null = null;
  for (const t of MONEY_TABLES) if (compareDates(t.from, date) <= 0) found = t;
  return found;
}

export function roundUpTenThousand(amount: number): number {
  return Math.ceil(Math.round(amount) / 10_000) * 10_000;
}

interface FactorFound {
  factor: number;
  from: "book" | "law";
  basis: string | null;
  confirmed: boolean;
}

/**
 * The factor for a subject: the book's catalogue figure (the collective's for a form both may
 * receive, else the award's own) over the dated table; an individual gets half a collective's form
 * amount, a household 1.5 times an individual's. Null when nothing is known.
 */
function findFactor(
  award: Award,
  subject: Subject | null,
  date: DateOnly,
  catalogue: readonly CatalogueEntry[] | null,
): FactorFound | null {
  const own = catalogue?.find((e) => e.code && codeKey(e.code) === codeKey(award.code))?.moneyFactor ?? null;
  const both = award.subjects.includes("individual") && award.subjects.includes("collective");
  const table = tableOn(date);
  const row = table?.factors[award.code];
  const fromBook = own !== null;
  const collective = fromBook ? (both || !award.subjects.includes("individual") ? own : null) : row?.collective;
  const ownIndividual = fromBook && !both && award.subjects.includes("individual");
  const stated = ownIndividual ? own : row?.individual;
  const individual = stated ?? (collective != null ? collective / 2 : null);
  // Half a collective's amount for an individual is inferred; the book's own figure is the book's.
  const inferred = stated == null;
  const found = (factor: number | null | undefined, inferredHere: boolean): FactorFound | null =>
    factor == null
      ? null
      : {
          factor,
          from: fromBook ? "book" : "law",
          basis: fromBook ? null : (table?.basis ?? null),
          confirmed: fromBook || (!inferredHere && (row?.confirmed ?? false)),
        };
  switch (subject) {
    case "individual":
      return found(individual, inferred);
    case "household":
      return found(individual != null ? individual * 1.5 : null, inferred);
    case "collective":
    case "village":
      return found(collective, false);
    default:
      return null;
  }
}

export function moneyFactor(
  award: Award,
  subject: Subject | null,
  date: DateOnly,
  catalogue: readonly CatalogueEntry[] | null = null,
): number | null {
  return findFactor(award, subject, date, catalogue)?.factor ?? null;
}

/** The money for one awardee, or null when the factor or the base salary is unknown. */
export function awardMoney(
  award: Award,
  subject: Subject | null,
  date: DateOnly,
  options: { catalogue?: readonly CatalogueEntry[] | null; baseSalary?: number | null } = {},
): Money | null {
  const found = awardMoneyWithBasis(award, subject, date, options);
  return found && { amount: found.amount, factor: found.factor, baseSalary: found.baseSalary };
}

/** `awardMoney` with where its figures came from. */
export function awardMoneyWithBasis(
  award: Award,
  subject: Subject | null,
  date: DateOnly,
  options: { catalogue?: readonly CatalogueEntry[] | null; baseSalary?: number | null } = {},
): (Money & MoneyBasis) | null {
  const factor = findFactor(award, subject, date, options.catalogue ?? null);
  const law = salaryOn(date);
  const baseSalary = options.baseSalary ?? law?.amount ?? null;
  if (factor === null || baseSalary === null) return null;
  return {
    amount: roundUpTenThousand(factor.factor * baseSalary),
    factor: factor.factor,
    baseSalary,
    factorFrom: factor.from,
    factorBasis: factor.basis,
    confirmed: factor.confirmed,
    baseSalaryFrom: options.baseSalary != null ? "book" : "law",
    baseSalaryBasis: options.baseSalary != null ? null : (law?.basis ?? null),
  };
}
