/**
 * How a finding names its unit, in each language: by the name the Đơn vị sheet gives it and its code
 * ("UBND phường Cầu Mây (P-CAUMAY)"), or by its code alone when the sheet does not list it.
 */
interface AboutUnit {
  unit: string | null;
  unitName?: string;
}

export const unitVi = (f: AboutUnit) => (f.unitName ? `${f.unitName} (${f.unit})` : `đơn vị ${f.unit ?? "—"}`);
/** " của UBND phường Sa Pa (P-SAPA)" after a nominee's name; nothing when no unit is concerned. */
export const ofUnitVi = (f: AboutUnit) => (f.unit ? ` của ${unitVi(f)}` : "");
/** " (đề nghị của UBND phường Sa Pa)": the name alone inside brackets, to keep them single. */
export const proposedByVi = (f: AboutUnit) => (f.unit ? ` (đề nghị của ${f.unitName ?? `đơn vị ${f.unit}`})` : "");

export const unitEn = (f: AboutUnit) => (f.unitName ? `${f.unitName} (${f.unit})` : `unit ${f.unit ?? "—"}`);
export const ofUnitEn = (f: AboutUnit) => (f.unit ? ` of ${unitEn(f)}` : "");
export const proposedByEn = (f: AboutUnit) => (f.unit ? ` (proposed by ${f.unitName ?? `unit ${f.unit}`})` : "");
