import type { IsSetSupported } from "./host";

export type { IsSetSupported };

/**
 * What the add-in needs of Excel, as requirement sets, so the pane can say plainly what this Excel
 * cannot do ("Excel này chưa hỗ trợ ghi chú (ExcelApi 1.18): chỉ tô màu ô lỗi").
 */

export type Feature = "base" | "notes";

export interface Requirement {
  feature: Feature;
  set: string;
  version: string;
}

export const REQUIREMENTS: readonly Requirement[] = [
  // fill.pattern, suspendScreenUpdatingUntilNextSync, worksheets.onChanged: the add-in's floor.
  { feature: "base", set: "ExcelApi", version: "1.9" },
  // Classic notes carry a finding's message; without them marks are fill only.
  { feature: "notes", set: "ExcelApi", version: "1.18" },
];

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
