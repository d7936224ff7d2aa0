import type { lawVi } from "./law.vi";

export const lawEn: Record<keyof typeof lawVi, string> = {
  "ruleset.line": "Rules applied: {name} — under {texts}.",
  "ruleset.fromPlan": "Year {year}, {level}: from the plan sheet.",
  "ruleset.assumed": "Year {year}, {level}: assumed, as the plan sheet does not give both the year and the level.",
  "demo.title.ward":
    "Ward sample 2026 (illustrative: a ward formed from former units of thị xã Sa Pa after the 01/07/2025 reform)",
  "cli.badSample": "tdkt: no built-in sample “{value}”; choose one of: {samples}.",
  "level.province": "province level",
  "level.district": "district level",
  "level.commune": "commune level",
};
