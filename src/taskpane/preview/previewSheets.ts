import { sampleById, SAMPLES } from "../../sample";
import type { CellValue } from "../../domain/model";

/**
 * The book the preview opens: a built-in sample, mistakes included — the Sa Pa 2024 book, or the one
 * `?sample=` names (`?sample=phuong-2026`: the 2026 ward book).
 */
export function previewSheets(
  search: string = typeof location === "undefined" ? "" : location.search,
): { name: string; values: CellValue[][] }[] {
  const id = new URLSearchParams(search).get("sample");
  return (sampleById(id ?? "") ?? SAMPLES[0]).sheets();
}
