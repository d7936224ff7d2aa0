/**
 * How a finding reads in the pane's list (issue 12): the problem in one sentence without the row it is
 * on, then a grey line "Sheet › Ô F32 · Điều 74 Luật TĐKT 2022". The messages stay whole everywhere
 * else (the CLI, the export, the cell notes): only the pane, which shows the place on its own line,
 * takes the place and the legal basis out of the sentence. Pure functions, tested without React.
 */
import type { Finding } from "../../domain/finding";
import type { Severity } from "../../domain/model";
import { codeKey, looseKey } from "../../domain/text";
import { message, t, type Lang } from "../../i18n";

export interface FindingLines {
  /** The problem, without "Dòng 7: " in front and without its legal basis. */
  text: string;
  /** "Đề nghị khen thưởng › Ô F32 · Điều 74 …": where, and by which text. */
  place: string;
}

/** "Dòng 7: " / "Dòng 7, " (and the English "Row 7…") at the start of a message. */
const ROW_PREFIX = /^(?:Dòng|Row) \d+(?::\s*|,\s*)/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The legal basis a finding cites, when its parameters carry one. */
function basisOf(f: Finding): string | null {
  const basis = (f.params as { basis?: unknown }).basis;
  return typeof basis === "string" && basis.trim() !== "" ? basis : null;
}

/** The finding's two lines as the pane shows them. */
export function findingLines(f: Finding, lang: Lang): FindingLines {
  let text = message(f, lang);
  if (f.row !== null) text = capitalise(text.replace(ROW_PREFIX, ""));
  const basis = basisOf(f);
  let cited: string | null = null;
  if (basis) {
    // "(Điều 74 …)" or "(căn cứ: Điều 74 …)" inside the sentence goes to the second line.
    const inBrackets = new RegExp(`\\s*\\((?:[^()]*?:\\s*)?${escapeRegExp(basis)}\\)`, "u");
    if (inBrackets.test(text)) {
      text = text.replace(inBrackets, "");
      cited = basis;
    }
  }
  const where = f.cell
    ? t(lang, "check.cell", { cell: f.cell })
    : f.row !== null
      ? t(lang, "check.row", { row: f.row })
      : null;
  const sheetAndPlace = [f.sheet, where].filter((x): x is string => !!x).join(" › ");
  const place = [sheetAndPlace, cited].filter((x): x is string => !!x).join(" · ");
  return { text, place };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; the checker's order within each (a stable sort). */
export function errorsFirst<T extends { finding: Finding }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity]);
}

export interface UnitOption {
  /** codeKey of the unit code: what the filter compares. */
  key: string;
  /** The code as the book writes it. */
  code: string;
  name: string | null;
  count: number;
}

/** The units the findings name, each with how many findings it has, in the order of their codes. */
export function unitsOf(findings: readonly Finding[], names: Record<string, string> = {}): UnitOption[] {
  const byKey = new Map<string, UnitOption>();
  for (const f of findings) {
    if (!f.unit || f.unit.trim() === "") continue;
    const key = codeKey(f.unit);
    const seen = byKey.get(key);
    if (seen) seen.count++;
    else byKey.set(key, { key, code: f.unit.trim(), name: names[key] ?? null, count: 1 });
  }
  return [...byKey.values()].sort((a, b) => a.code.localeCompare(b.code, "vi"));
}

/**
 * Whether a finding matches what the clerk typed: every word of it, in the message, the place, the
 * unit's code or name, without caring for tone marks or case ("nguyen van" finds "Nguyễn Văn").
 */
export function matchesSearch(f: Finding, query: string, lang: Lang, names: Record<string, string> = {}): boolean {
  const words = looseKey(query).split(" ").filter(Boolean);
  if (words.length === 0) return true;
  const { text, place } = findingLines(f, lang);
  const unit = f.unit ? `${f.unit} ${names[codeKey(f.unit)] ?? ""}` : "";
  const hay = looseKey(`${text} ${place} ${unit} ${f.code}`);
  return words.every((w) => hay.includes(w));
}

/** What a finding says, wherever it is: rows inserted above it do not make it new. */
const whatOf = (f: Finding) => JSON.stringify([f.code, f.sheet, f.column, f.unit, f.ref, f.params]);

/**
 * Indexes of the findings of `now` that `before` did not have: the ones a live check has just found
 * ("Mới"). A finding that only moved (rows inserted or deleted above it) is not new; a second finding
 * like one already there, on a row that had none, is.
 */
export function newFindings(before: readonly Finding[], now: readonly Finding[]): Set<number> {
  const rowsBefore = new Map<string, Set<number | null>>();
  const countBefore = new Map<string, number>();
  for (const f of before) {
    const key = whatOf(f);
    countBefore.set(key, (countBefore.get(key) ?? 0) + 1);
    const rows = rowsBefore.get(key) ?? new Set();
    rows.add(f.row);
    rowsBefore.set(key, rows);
  }
  const countNow = new Map<string, number>();
  for (const f of now) countNow.set(whatOf(f), (countNow.get(whatOf(f)) ?? 0) + 1);
  const fresh = new Set<number>();
  now.forEach((f, i) => {
    const key = whatOf(f);
    const had = countBefore.get(key) ?? 0;
    if (had === 0) fresh.add(i);
    else if ((countNow.get(key) ?? 0) > had && !rowsBefore.get(key)?.has(f.row)) fresh.add(i);
  });
  return fresh;
}
