import { buildSampleSheets } from "../../sample";
import type { CellValue } from "../../domain/model";

/** The book the preview opens: the built-in Sa Pa sample, mistakes included. */
export function previewSheets(): { name: string; values: CellValue[][] }[] {
  return buildSampleSheets();
}
