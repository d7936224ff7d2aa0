/**
 * Fills the state's forms 0601–0603 from one or many books over a reporting period, and keeps the
 * trace of every record counted (book, sheet, row → form, row codes, column codes) and of every
 * record in scope that was not counted, with the reason. Pure counting: no file, no words.
 *
 * An award is counted when it was decided (a history row, or a nomination marked Đồng ý) on a day
 * inside the period (its Ngày quyết định). A nomination already written into the history (same
 * person, award and decision number or year) is counted once, from the history; the same decision
 * in two books (same name, award and Số quyết định) is counted once too. A movement is counted in
 * the report of its book's year; a nationwide one (launched by the centre) listed by several books
 * once.
 */
import type { BookContext } from "../context";
import type { DateOnly } from "../model";
import type { Award } from "../ruleset";
import { codeKey, nameKey } from "../text";
import { awardFacets, awardFacts, movementFacets, movementFacts, type AwardFact } from "./facts";
import type { FormColumn, FormId, FormLayout } from "./layouts";
import { inPeriod, reportYear, type Period } from "./period";

export interface StatsBook {
  /** How traces name the book (its file). */
  file: string;
  ctx: BookContext;
}

/** Derivations worth showing beside a traced figure. */
export type TraceNote = "tierFromDirectWorker" | "durationFromPeriod" | "methodFromType";

export interface TraceEntry {
  /** Index of the book in the input. */
  book: number;
  sheet: "nominations" | "history" | "movements";
  row: number;
  name: string;
  /** The award's name (or the movement's code). */
  what: string;
  date: DateOnly | null;
  form: FormId;
  rows: string[];
  columns: string[];
  notes: TraceNote[];
}

export type NotCountedReason =
  "pending" | "forwarded" | "rejected" | "noDate" | "unknownAward" | "inHistory" | "duplicate";

export interface NotCounted {
  book: number;
  sheet: "nominations" | "history" | "movements";
  row: number;
  name: string;
  what: string;
  reason: NotCountedReason;
  /** For inHistory and duplicate: the record that was counted instead. */
  counted: { book: number; sheet: "history" | "nominations" | "movements"; row: number } | null;
}

export interface FormResult {
  layout: FormLayout;
  /** counts[rowIndex][columnIndex], parallel to the layout's rows and columns (headings stay 0). */
  counts: number[][];
}

export interface FormsResult {
  period: Period;
  forms: FormResult[];
  trace: TraceEntry[];
  notCounted: NotCounted[];
}

interface Ref {
  book: number;
  sheet: "history" | "nominations" | "movements";
  row: number;
}

function emptyCounts(layout: FormLayout): number[][] {
  return layout.rows.map(() => layout.columns.map(() => 0));
}

/** The columns an award falls in (the total, and the one naming it), or null when the form does not count it. */
function awardColumnFinder(layout: FormLayout): (award: Award) => number[] | null {
  const all = layout.columns.flatMap((c, i) => ("all" in c.match ? [i] : []));
  const other = layout.columns.findIndex((c) => "other" in c.match);
  const specific = layout.columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => "codes" in c.match || "prefixes" in c.match);
  const fits = (c: FormColumn, award: Award): boolean => {
    const m = c.match as { codes?: readonly string[]; prefixes?: readonly string[] };
    if (m.codes?.some((code) => codeKey(code) === codeKey(award.code))) return true;
    const name = nameKey(award.name);
    return m.prefixes?.some((p) => name.startsWith(nameKey(p))) ?? false;
  };
  return (award) => {
    const first = specific.find(({ c }) => fits(c, award));
    if (first) return [...all, first.i];
    if (other >= 0 && layout.decidingLevels.includes(award.decidingLevel)) return [...all, other];
    return null;
  };
}

/** Row indexes of a layout by facet. */
function rowIndex(layout: FormLayout): Map<string, number[]> {
  const map = new Map<string, number[]>();
  layout.rows.forEach((r, i) => {
    if (r.facet === null) return;
    const list = map.get(r.facet);
    if (list) list.push(i);
    else map.set(r.facet, [i]);
  });
  return map;
}

/** A decision number as a key: without spaces, upper-cased ("3215/QĐ-UBND" = "3215 / qđ-ubnd"). */
function decisionKey(text: string | null): string | null {
  const t = text ? text.replace(/\s+/g, "").toUpperCase() : "";
  return t ? t : null;
}

export function countForms(books: readonly StatsBook[], period: Period, layouts: readonly FormLayout[]): FormsResult {
  const year = reportYear(period);
  const forms: FormResult[] = layouts.map((layout) => ({ layout, counts: emptyCounts(layout) }));
  const trace: TraceEntry[] = [];
  const notCounted: NotCounted[] = [];
  const awardForms = forms
    .filter((f) => f.layout.counts === "awards")
    .map((f) => ({ ...f, rows: rowIndex(f.layout), columnsOf: awardColumnFinder(f.layout) }));
  const movementForm = forms.find((f) => f.layout.counts === "movements");
  // The first form (in order: 0602, then 0603) with a column for the award; by award code.
  const placed = new Map<string, { form: (typeof awardForms)[number]; columns: number[] } | null>();
  const place = (award: Award) => {
    let hit = placed.get(award.code);
    if (hit === undefined) {
      hit = null;
      for (const form of awardForms) {
        const columns = form.columnsOf(award);
        if (columns) {
          hit = { form, columns };
          break;
        }
      }
      placed.set(award.code, hit);
    }
    return hit;
  };

  const relevant = (f: AwardFact) => (f.date ? inPeriod(f.date, period) : f.year === null || f.year >= year - 1);
  const counted = new Map<string, Ref>();

  books.forEach((input, b) => {
    const { ctx } = input;
    const facts = awardFacts(ctx);
    // This book's history, to count a decided nomination that was also written into it only once:
    // only the people of decided nominations need looking up.
    const decided = new Set<string>();
    for (const f of facts) if (f.sheet === "nominations" && f.status === "awarded") decided.add(f.person);
    const inHistory = new Map<string, number>();
    for (const f of facts) {
      if (f.sheet !== "history" || !f.award || !decided.has(f.person)) continue;
      const person = f.person;
      if (f.year !== null) inHistory.set(`${person}\u0000${f.award.code}\u0000${f.year}`, f.row);
      const d = decisionKey(f.decisionNumber);
      if (d) inHistory.set(`${person}\u0000${f.award.code}\u0000#${d}`, f.row);
    }
    for (const f of facts) {
      const skip = (reason: NotCountedReason, ref: Ref | null = null) => {
        notCounted.push({
          book: b,
          sheet: f.sheet,
          row: f.row,
          name: f.name,
          what: f.award?.name ?? f.typed,
          reason,
          counted: ref,
        });
      };
      if (!f.award) {
        if (f.typed.trim() && f.status !== "rejected" && relevant(f)) skip("unknownAward");
        continue;
      }
      const where = place(f.award);
      if (!where) continue;
      const { form, columns } = where;
      if (f.status !== "awarded") {
        if (relevant(f)) skip(f.status);
        continue;
      }
      if (!f.date) {
        if (relevant(f)) skip("noDate");
        continue;
      }
      if (!inPeriod(f.date, period)) continue;
      if (f.sheet === "nominations") {
        const person = f.person;
        const d = decisionKey(f.decisionNumber);
        const hRow =
          (d ? inHistory.get(`${person}\u0000${f.award.code}\u0000#${d}`) : undefined) ??
          inHistory.get(`${person}\u0000${f.award.code}\u0000${f.year}`);
        if (hRow !== undefined) {
          skip("inHistory", { book: b, sheet: "history", row: hRow });
          continue;
        }
      }
      const d = decisionKey(f.decisionNumber);
      if (d) {
        // Across books, units differ: the name (the person key's first part) and the decision.
        const key = `${f.person.slice(0, f.person.indexOf("\u0000"))}\u0000${f.award.code}\u0000${d}`;
        const first = counted.get(key);
        if (first && first.book !== b) {
          skip("duplicate", first);
          continue;
        }
        if (!first) counted.set(key, { book: b, sheet: f.sheet, row: f.row });
      }
      const rows = awardFacets(f).flatMap((facet) => form.rows.get(facet) ?? []);
      for (const r of rows) for (const c of columns) form.counts[r][c]++;
      trace.push({
        book: b,
        sheet: f.sheet,
        row: f.row,
        name: f.name,
        what: f.award.name,
        date: f.date,
        form: form.layout.form,
        rows: rows.map((r) => form.layout.rows[r].code as string),
        columns: columns.map((c) => form.layout.columns[c].code),
        notes: f.tierFromDirectWorker ? ["tierFromDirectWorker"] : [],
      });
    }

    if (movementForm && ctx.year === year) countMovements(movementForm, b, ctx, trace, notCounted, counted);
  });
  return { period, forms, trace, notCounted };
}

function countMovements(
  form: FormResult,
  b: number,
  ctx: BookContext,
  trace: TraceEntry[],
  notCounted: NotCounted[],
  seen: Map<string, Ref>,
): void {
  const rows = rowIndex(form.layout);
  for (const m of movementFacts(ctx)) {
    if (!m.name && !m.code) continue;
    // Each book launched its own movements, even under the same name; a nationwide one is one movement.
    const key = m.launcher === "central" ? `movement\u0000${nameKey(m.name || m.code)}` : null;
    const first = key ? seen.get(key) : undefined;
    if (first && first.book !== b) {
      notCounted.push({
        book: b,
        sheet: "movements",
        row: m.row,
        name: m.name,
        what: m.code,
        reason: "duplicate",
        counted: first,
      });
      continue;
    }
    if (key && !first) seen.set(key, { book: b, sheet: "movements", row: m.row });
    const r = movementFacets(m).flatMap((facet) => rows.get(facet) ?? []);
    const c = form.layout.columns.flatMap((col, i) =>
      "all" in col.match || ("launcher" in col.match && col.match.launcher === m.launcher) ? [i] : [],
    );
    for (const ri of r) for (const ci of c) form.counts[ri][ci]++;
    const notes: TraceNote[] = [];
    if (m.durationFromPeriod) notes.push("durationFromPeriod");
    if (m.methodFromType) notes.push("methodFromType");
    trace.push({
      book: b,
      sheet: "movements",
      row: m.row,
      name: m.name,
      what: m.code,
      date: null,
      form: form.layout.form,
      rows: r.map((i) => form.layout.rows[i].code as string),
      columns: c.map((i) => form.layout.columns[i].code),
      notes,
    });
  }
}
