import { fromExcelSerial, fromJsDate, parseDateText } from "../domain/dates";
import type { CellValue, DateOnly } from "../domain/model";
import { looseKey } from "../domain/text";
import type { EnumOption } from "./contract";

/** Outcome of reading one cell: a value, nothing (empty), or the reason it cannot be read. */
export type Read<T> = { ok: true; value: T | null } | { ok: false; problem: "date" | "number" | "value" };

const EMPTY: Read<never> = { ok: true, value: null };
const ok = <T>(value: T): Read<T> => ({ ok: true, value });

export function isEmptyCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

export function readText(v: CellValue): Read<string> {
  if (isEmptyCell(v)) return EMPTY;
  if (v instanceof Date) {
    // An invalid Date (a broken date cell) has no text: an unreadable value, never a crash.
    return Number.isNaN(v.getTime()) ? { ok: false, problem: "value" } : ok(v.toISOString().slice(0, 10));
  }
  if (typeof v === "boolean") return ok(v ? "TRUE" : "FALSE");
  if (typeof v === "number") return ok(String(v));
  // Kept as typed (only trimmed): comparisons use keys from domain/text, never a rewritten value.
  return ok((v as string).trim());
}

export function readDate(v: CellValue): Read<DateOnly> {
  if (isEmptyCell(v)) return EMPTY;
  let d: DateOnly | null = null;
  if (v instanceof Date) d = fromJsDate(v);
  else if (typeof v === "number") d = fromExcelSerial(v);
  else if (typeof v === "string") d = parseDateText(v);
  return d ? ok(d) : { ok: false, problem: "date" };
}

const YES = new Set(["co", "x", "✓", "✔", "1", "yes", "true", "dung", "y"]);
const NO = new Set(["", "khong", "0", "no", "false", "n", "sai"]);

export function readBool(v: CellValue): Read<boolean> {
  if (v === null || v === undefined) return ok(false);
  if (typeof v === "boolean") return ok(v);
  if (typeof v === "number") return v === 1 ? ok(true) : v === 0 ? ok(false) : { ok: false, problem: "value" };
  if (v instanceof Date) return { ok: false, problem: "value" };
  const raw = v.trim();
  if (raw === "✓" || raw === "✔") return ok(true);
  const k = cachedLooseKey(raw);
  if (YES.has(k)) return ok(true);
  if (NO.has(k)) return ok(false);
  return { ok: false, problem: "value" };
}

// "12", "12.5", "12,5", "1.234" (thousands), "1 234", "15%".
const NUMBER_TEXT = /^[+-]?(\d{1,3}([. \u00a0]\d{3})+|\d+)([.,]\d+)?%?$/;

export function readNumber(v: CellValue): Read<number> {
  if (isEmptyCell(v)) return EMPTY;
  if (typeof v === "number") return Number.isFinite(v) ? ok(v) : { ok: false, problem: "number" };
  if (typeof v !== "string") return { ok: false, problem: "number" };
  const t = v.trim();
  if (!NUMBER_TEXT.test(t)) return { ok: false, problem: "number" };
  let s = t.replace(/%$/, "").replace(/[ \u00a0]/g, "");
  // A lone "." followed by exactly three digits and nothing else is a thousands separator in
  // Vietnamese writing ("1.234"); a comma is the decimal mark.
  if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, "").replace(",", ".");
  else s = s.replace(",", ".");
  const n = Number(s);
  return Number.isFinite(n) ? ok(n) : { ok: false, problem: "number" };
}

export function readInteger(v: CellValue): Read<number> {
  const r = readNumber(v);
  if (r.ok && r.value !== null && !Number.isInteger(r.value)) return { ok: false, problem: "number" };
  return r;
}

// Option lookups by loose key, built once per option list: cells repeat the same few labels.
const optionIndex = new WeakMap<readonly EnumOption[], Map<string, EnumOption>>();

function indexOf(options: readonly EnumOption[]): Map<string, EnumOption> {
  let index = optionIndex.get(options);
  if (!index) {
    index = new Map();
    for (const o of options) {
      for (const name of [o.label, ...o.aliases]) {
        const k = looseKey(name);
        if (!index.has(k)) index.set(k, o);
      }
    }
    optionIndex.set(options, index);
  }
  return index;
}

// looseKey normalises Unicode, which is slow per cell; the texts of a column repeat.
const keyCache = new Map<string, string>();

function cachedLooseKey(text: string): string {
  let k = keyCache.get(text);
  if (k === undefined) {
    if (keyCache.size > 50_000) keyCache.clear();
    k = looseKey(text);
    keyCache.set(text, k);
  }
  return k;
}

export function matchOption(options: readonly EnumOption[], text: string): EnumOption | null {
  return indexOf(options).get(cachedLooseKey(text)) ?? null;
}

export function readEnum(v: CellValue, options: readonly EnumOption[]): Read<string> {
  const t = readText(v);
  if (!t.ok || t.value === null) return t;
  const o = matchOption(options, t.value);
  return o ? ok(o.value) : { ok: false, problem: "value" };
}

/** A comma/semicolon-separated list of options; a label that itself holds a comma is matched whole first. */
export function readEnumList(v: CellValue, options: readonly EnumOption[]): Read<string[]> {
  const t = readText(v);
  if (!t.ok || t.value === null) return t.ok ? ok([]) : t;
  let rest = looseKey(t.value.replace(/[;,]/g, " , "));
  const found: string[] = [];
  // Longest labels first so "thon to dan pho" wins over "thon".
  const keyed = options
    .flatMap((o) => [o.label, ...o.aliases].map((l) => ({ key: looseKey(l), value: o.value })))
    .sort((a, b) => b.key.length - a.key.length);
  rest = ` ${rest} `;
  for (const { key, value } of keyed) {
    const needle = ` ${key} `;
    while (rest.includes(needle)) {
      rest = rest.replace(needle, " ");
      if (!found.includes(value)) found.push(value);
    }
  }
  if (rest.trim() !== "") return { ok: false, problem: "value" };
  return ok(found);
}

const MET = new Set(["dat", "co", "x", "yes", "true", "hoan thanh"]);
const NOT_MET = new Set(["khong dat", "khong", "no", "false", "chua dat", "khong hoan thanh"]);

/** A number, or "met" as 1 and "not met" as 0 (Đạt / Không đạt, Có / Không, x, ✓). */
export function readMeasure(v: CellValue): Read<number> {
  if (typeof v === "boolean") return ok(v ? 1 : 0);
  const n = readNumber(v);
  if (n.ok || typeof v !== "string") return n;
  const raw = v.trim();
  if (raw === "✓" || raw === "✔") return ok(1);
  const k = cachedLooseKey(raw);
  if (MET.has(k)) return ok(1);
  if (NOT_MET.has(k)) return ok(0);
  return { ok: false, problem: "value" };
}
