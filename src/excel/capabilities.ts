import type { IsSetSupported } from "./host";

export type { IsSetSupported };

/**
 * What the add-in needs of Excel, feature by feature, as requirement sets: the manifest asks only
 * for the floor (reading the book, checking it, going to a cell), so that the Excels offices have
 * load the add-in, and the pane says plainly what an older Excel cannot do
 * ("… tô màu ô lỗi (cần ExcelApi 1.9)") and leaves it off.
 *
 * Each feature's set is the highest of the APIs it calls ([Api set: …] in @types/office-js, the
 * Office.js reference):
 * - base 1.4: worksheets.load(items/name, id) 1.1, getUsedRangeOrNullObject(valuesOnly) 1.4, range
 *   values/rowIndex/columnIndex/rowCount/columnCount 1.1, getRange 1.1, activate 1.1, select 1.1;
 * - live 1.9: WorksheetCollection.onChanged 1.9 (a single sheet's onChanged is 1.7), onAdded and
 *   onDeleted 1.7, WorksheetChangedEventArgs worksheetId/address/changeType 1.7;
 * - marks 1.9: RangeFill.pattern/patternColor 1.9, suspendScreenUpdatingUntilNextSync 1.9,
 *   runtime.enableEvents 1.8, worksheet visibility (set) 1.2, getItemOrNullObject 1.4;
 * - setup 1.9: dataValidation 1.8, freezePanes 1.7, columnWidth 1.2, tables.add 1.1, and the same
 *   quiet write as marks (suspendScreenUpdatingUntilNextSync 1.9, enableEvents 1.8);
 * - edits 1.9 (Ghi vào lịch sử, the TH sheets, Mẫu biểu merge, Thiết lập sổ and Hoàn tác: writeEdit.ts): the same quiet write, worksheets.add 1.1,
 *   visibility VeryHidden 1.2, getItemOrNullObject 1.4 (reading what can be undone needs only the floor);
 * - notes 1.18: worksheet.notes (add, getItemOrNullObject, content, delete); without them marks are
 *   fill only.
 *
 * Microsoft's requirement-set table: Office 2016 (volume licence) has 1.1, Office 2019 (volume
 * licence) up to 1.7, Office 2021 up to 1.14, Office 2024 up to 1.17; 1.18 is Microsoft 365, Excel
 * on the web and Excel for Mac.
 */

export type Feature = "base" | "live" | "marks" | "setup" | "edits" | "notes";

export interface Requirement {
  feature: Feature;
  set: string;
  version: string;
}

export const REQUIREMENTS: readonly Requirement[] = [
  // The floor: the manifest's <Requirements> names this set (test/manifest.test.ts checks they agree).
  { feature: "base", set: "ExcelApi", version: "1.4" },
  { feature: "live", set: "ExcelApi", version: "1.9" },
  { feature: "marks", set: "ExcelApi", version: "1.9" },
  { feature: "setup", set: "ExcelApi", version: "1.9" },
  { feature: "edits", set: "ExcelApi", version: "1.9" },
  // Classic notes carry a finding's message; without them marks are fill only.
  { feature: "notes", set: "ExcelApi", version: "1.18" },
];

/** The requirement the manifest asks for: below it Office does not load the add-in at all. */
export const FLOOR = REQUIREMENTS[0];

export function checkCapabilities(isSetSupported: IsSetSupported): {
  missing: { feature: string; set: string; version: string }[];
} {
  return { missing: REQUIREMENTS.filter((r) => !isSetSupported(r.set, r.version)).map((r) => ({ ...r })) };
}

/**
 * Whether the running Office supports a set, or null outside Office (tests, the browser preview),
 * where the caller decides.
 */
export function officeSupports(set: string, version: string): boolean | null {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  return requirements && typeof requirements.isSetSupported === "function"
    ? requirements.isSetSupported(set, version)
    : null;
}
