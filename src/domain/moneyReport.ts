/**
 * The award money of a book's nominations (tiền thưởng): an amount for each nomination and the
 * totals by award and by unit, split by who pays (the level that decides an award pays its money).
 * Pure; `tdkt money`, the documents and the summary workbook read it.
 *
 * - A nomination the council rejected is not paid.
 * - When one person (or collective) is proposed for several titles of the same period (the book's
 *   year), only the highest is paid (NĐ 152/2025; domain.md): the others are "superseded".
 * - Forms (Giấy khen, Bằng khen…) reward separate achievements and are each paid.
 * - An amount the product cannot price (no factor, no base salary) is listed, never guessed.
 */
import { decidedAbove, type Award } from "./ruleset";
import type { BookContext } from "./context";
import type { DateOnly, Nomination, Subject } from "./model";
import { awardMoneyWithBasis, type Money, type MoneyBasis } from "./money";
import { codeKey } from "./text";

export type MoneyStatus = "paid" | "superseded" | "rejected" | "unknownAward" | "wrongSubject" | "unknownAmount";
export type Payer = "here" | "above";

export interface MoneyLine {
  /** Excel row of the nomination. */
  row: number;
  name: string;
  unit: string;
  subject: Subject | null;
  /** The award as typed. */
  typed: string;
  award: Award | null;
  status: MoneyStatus;
  /** Who pays: this level when it decides the award, else the level above. */
  payer: Payer | null;
  /** The day whose base salary applies. */
  payDay: DateOnly;
  money: (Money & MoneyBasis) | null;
  /** For a superseded title: the row of the title that is paid instead. */
  supersededBy: number | null;
}

export interface MoneyByAward {
  code: string;
  name: string;
  payer: Payer;
  count: number;
  amount: number;
  /** Whether every factor behind the amount is confirmed (or the book's own). */
  confirmed: boolean;
}

export interface MoneyByUnit {
  unit: string;
  unitName: string;
  count: number;
  /** This level's money for the unit's awardees. */
  here: number;
  /** Money the level above pays for the unit's awardees. */
  above: number;
}

export interface MoneyReport {
  year: number;
  lines: MoneyLine[];
  byAward: MoneyByAward[];
  byUnit: MoneyByUnit[];
  /** Money and number of awards paid by this level and by the level above. */
  total: Record<Payer, { count: number; amount: number }>;
  /** Base salaries applied, with where each came from (the plan's, or the decree's). */
  baseSalaries: { amount: number; from: "book" | "law"; basis: string | null }[];
  /** Awards paid with a factor the product has not confirmed (editable in the catalogue). */
  unconfirmed: string[];
}

/** The day whose base salary pays the award: the decision's date, else the plan's, else the year's end. */
export function payDay(ctx: BookContext, n: Nomination): DateOnly {
  return n.decisionDate ?? undecidedPayDay(ctx);
}

/** The pay day of a nomination with no decision date: the plan's, else the year's end. */
function undecidedPayDay(ctx: BookContext): DateOnly {
  return ctx.book.plan?.decisionsFrom ?? { year: ctx.year, month: 12, day: 31 };
}

export function moneyReport(ctx: BookContext): MoneyReport {
  const nominations = ctx.book.nominations ?? [];
  const priced = new Map<string, (Money & MoneyBasis) | null>();
  // Each line built whole in one literal (one shape, keys in the order the JSON has always had).
  const line = (
    n: Nomination,
    award: Award | null,
    day: DateOnly,
    status: MoneyStatus,
    payer: Payer | null,
    money: (Money & MoneyBasis) | null,
  ): MoneyLine => ({
    row: n.row,
    name: n.name,
    unit: n.unit,
    subject: n.subject,
    typed: n.award,
    award,
    payDay: day,
    supersededBy: null,
    status,
    payer,
    money,
  });
  // payDay, with its fallback made once rather than once a row.
  const fallbackDay = undecidedPayDay(ctx);
  const lines: MoneyLine[] = nominations.map((n, i) => {
    const award = ctx.index.nominationAwards[i] ?? null;
    const day = n.decisionDate ?? fallbackDay;
    if (n.outcome === "rejected") return line(n, award, day, "rejected", null, null);
    if (!award) return line(n, award, day, "unknownAward", null, null);
    const payer: Payer = decidedAbove(award, ctx.level) ? "above" : "here";
    // An award proposed for a subject it is not for (AWARD_SUBJECT_MISMATCH) is not priced.
    if (n.subject && !award.subjects.includes(n.subject)) return line(n, award, day, "wrongSubject", payer, null);
    // The same few awards, subjects and days repeat over thousands of rows: price each once.
    const key = `${award.code}\u0000${n.subject}\u0000${day.year}-${day.month}-${day.day}`;
    let money = priced.get(key);
    if (money === undefined) {
      money = awardMoneyWithBasis(award, n.subject, day, {
        catalogue: ctx.book.catalogue,
        baseSalary: ctx.book.plan?.baseSalary ?? null,
      });
      priced.set(key, money);
    }
    return line(n, award, day, money ? "paid" : "unknownAmount", payer, money);
  });

  // Titles of the same period for the same person: only the highest is paid.
  const titles = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (l.status !== "paid" || l.award?.family !== "title") return;
    const person = ctx.index.nominationPersons[i];
    const list = titles.get(person) ?? [];
    list.push(i);
    titles.set(person, list);
  });
  for (const list of titles.values()) {
    if (list.length < 2) continue;
    const best = list.reduce((b, i) => ((lines[i].money?.amount ?? 0) > (lines[b].money?.amount ?? 0) ? i : b));
    for (const i of list) {
      if (i === best) continue;
      lines[i] = { ...lines[i], status: "superseded", supersededBy: lines[best].row };
    }
  }

  const unitNames = new Map<string, string>();
  for (const u of ctx.book.units) if (u.code) unitNames.set(codeKey(u.code), u.name || u.code);
  const byAward = new Map<string, MoneyByAward>();
  const byUnit = new Map<string, MoneyByUnit>();
  const salaries = new Map<string, MoneyReport["baseSalaries"][number]>();
  const unconfirmed = new Set<string>();
  const total: MoneyReport["total"] = { here: { count: 0, amount: 0 }, above: { count: 0, amount: 0 } };
  for (const l of lines) {
    if (l.status !== "paid" || !l.money || !l.award || !l.payer) continue;
    const amount = l.money.amount;
    const key = `${l.award.code}\u0000${l.payer}`;
    const a = byAward.get(key) ?? {
      code: l.award.code,
      name: l.award.name,
      payer: l.payer,
      count: 0,
      amount: 0,
      confirmed: true,
    };
    a.count++;
    a.amount += amount;
    a.confirmed &&= l.money.confirmed;
    byAward.set(key, a);
    if (!l.money.confirmed) unconfirmed.add(l.award.name);
    const uk = codeKey(l.unit);
    const u = byUnit.get(uk) ?? {
      unit: l.unit.trim(),
      unitName: unitNames.get(uk) ?? l.unit.trim(),
      count: 0,
      here: 0,
      above: 0,
    };
    u.count++;
    u[l.payer] += amount;
    byUnit.set(uk, u);
    total[l.payer].amount += amount;
    total[l.payer].count++;
    const s = {
      amount: l.money.baseSalary,
      from: l.money.baseSalaryFrom,
      basis: l.money.baseSalaryBasis,
    };
    salaries.set(`${s.amount}\u0000${s.from}`, s);
  }
  return {
    year: ctx.year,
    lines,
    byAward: [...byAward.values()].sort((x, y) =>
      x.payer === y.payer ? y.amount - x.amount : x.payer === "here" ? -1 : 1,
    ),
    byUnit: [...byUnit.values()].sort((x, y) => y.here + y.above - (x.here + x.above) || x.unit.localeCompare(y.unit)),
    total,
    baseSalaries: [...salaries.values()],
    unconfirmed: [...unconfirmed],
  };
}
