/**
 * Finding the contract's sheets and naming columns: what the Excel adapter needs before it reads any
 * cell. Kept apart from the parser so the pane's first script carries these two functions, not the
 * parser (parse.ts re-exports them).
 */
import { looseKey } from "../domain/text";
import type { SheetSpec } from "./contract";

/** Finds the contract sheet among the workbook's sheets by name or alias, loosely. */
export function findSheet<S extends { name: string }>(spec: SheetSpec, sheets: readonly S[]): S | null {
  const names = [spec.name, ...spec.aliases].map(looseKey);
  const exact = sheets.find((s) => names.includes(looseKey(s.name)));
  if (exact) return exact;
  // Clerks often add the year: "Đề nghị khen thưởng 2024", "Don vi (2024)".
  const withYear = sheets.find((s) => {
    const m = /^(.*?)\s*\d{4}$/.exec(looseKey(s.name));
    return m !== null && names.includes(m[1]);
  });
  return withYear ?? null;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let s = "";
  let n = index + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
