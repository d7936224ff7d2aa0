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
}

/** Lương cơ sở: NĐ 24/2023 from 01/07/2023, NĐ 73/2024 from 01/07/2024 (a 2026 rise was pending). */
export const BASE_SALARIES: readonly BaseSalary[] = [
  { from: { year: 2023, month: 7, day: 1 }, amount: 1_800_000 },
  { from: { year: 2024, month: 7, day: 1 }, amount: 2_340_000 },
];

/** Multiples of the base salary. `collective` is also a village's; `individual` absent = half the collective's. */
interface Factor {
  individual?: number;
  collective?: number;
}

interface MoneyTable {
  from: DateOnly;
  /** False where domain.md has the figures from secondary sources or by inference. */
  confirmed: boolean;
  factors: Readonly<Record<string, Factor>>;
}

/**
 * CSTĐ cấp tỉnh 3.0, CSTĐCS 1.0, LĐTT 0.3 are NĐ 98/2023 Đ54's; the others (and the same figures
 * under NĐ 152/2025) come from secondary sources, an individual's share of a form is inferred.
 */
export const MONEY_TABLES: readonly MoneyTable[] = [
  {
    from: { year: 2024, month: 1, day: 1 },
    confirmed: false,
    factors: {
      CSTDTQ: { individual: 4.5 },
      [AWARD.provincialEmulationFighter]: { individual: 3.0 },
      [AWARD.grassrootsEmulationFighter]: { individual: 1.0 },
      [AWARD.advancedWorker]: { individual: 0.3 },
      [AWARD.excellentCollective]: { collective: 1.5 },
      [AWARD.advancedCollective]: { collective: 0.8 },
      [AWARD.culturalVillage]: { collective: 1.5 },
      CTDCP: { collective: 12 },
      [AWARD.provincialFlag]: { collective: 8 },
      BKTTG: { collective: 7 },
      [AWARD.provincialMerit]: { collective: 3.0 },
      [AWARD.districtMerit]: { collective: 0.6 },
      [AWARD.communeMerit]: { collective: 0.6 },
    },
  },
];

export interface Money {
  /** Đồng, rounded up to the next 10,000. */
  amount: number;
  factor: number;
  baseSalary: number;
}

export function baseSalaryOn(date: DateOnly): number | null {
  let found: number | null = null;
  for (const s of BASE_SALARIES) if (compareDates(s.from, date) <= 0) found = s.amount;
  return found;
}

function tableOn(date: DateOnly): MoneyTable | null {
  let found: MoneyTable | null = null;
  for (const t of MONEY_TABLES) if (compareDates(t.from, date) <= 0) found = t;
  return found;
}

export function roundUpTenThousand(amount: number): number {
  return Math.ceil(Math.round(amount) / 10_000) * 10_000;
}

/**
 * The factor for a subject: the book's catalogue figure (the collective's for a form both may
 * receive, else the award's own) over the dated table; an individual gets half a collective's form
 * amount, a household 1.5 times an individual's. Null when nothing is known.
 */
export function moneyFactor(
  award: Award,
  subject: Subject | null,
  date: DateOnly,
  catalogue: readonly CatalogueEntry[] | null = null,
): number | null {
  const own = catalogue?.find((e) => e.code && codeKey(e.code) === codeKey(award.code))?.moneyFactor ?? null;
  const both = award.subjects.includes("individual") && award.subjects.includes("collective");
  const table = tableOn(date)?.factors[award.code];
  const collective = own !== null ? (both || !award.subjects.includes("individual") ? own : null) : table?.collective;
  const individual =
    own !== null && !both && award.subjects.includes("individual")
      ? own
      : (table?.individual ?? (collective != null ? collective / 2 : null));
  switch (subject) {
    case "individual":
      return individual ?? null;
    case "household":
      return individual != null ? individual * 1.5 : null;
    case "collective":
    case "village":
      return collective ?? null;
    default:
      return null;
  }
}

/** The money for one awardee, or null when the factor or the base salary is unknown. */
export function awardMoney(
  award: Award,
  subject: Subject | null,
  date: DateOnly,
  options: { catalogue?: readonly CatalogueEntry[] | null; baseSalary?: number | null } = {},
): Money | null {
  const factor = moneyFactor(award, subject, date, options.catalogue ?? null);
  const baseSalary = options.baseSalary ?? baseSalaryOn(date);
  if (factor === null || baseSalary === null) return null;
  return { amount: roundUpTenThousand(factor * baseSalary), factor, baseSalary };
}
