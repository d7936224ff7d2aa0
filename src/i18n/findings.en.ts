/** Finding messages in English, keyed by finding code. Parameters in braces. */
export const findingsEn: Record<string, string> = {
  MISSING_SHEET: "Sheet “{sheet}” is missing (also looked for: {aliases}).",
  MISSING_COLUMN: "Sheet “{sheet}” has no column “{header}” (also looked for: {aliases}).",
  "REQUIRED_MISSING.noRow": "Sheet “{sheet}” has no “{item}” item.",
  REQUIRED_MISSING: "Row {row}: column “{column}” is empty.",
  INVALID_VALUE: "Row {row}, column “{column}”: “{value}” is not allowed; expected one of: {allowed}.",
  INVALID_DATE: "Row {row}, column “{column}”: “{value}” is not a real date (write dd/mm/yyyy).",
  INVALID_NUMBER: "Row {row}, column “{column}”: “{value}” is not a number.",

  PLAN_ASSUMED:
    "{missingEn}: the book is checked for {year} at {levelEn}. Please fill in Năm and Cấp so the right rules apply.",
  CHECKS_SKIPPED: "The book has no sheet “{sheet}”, so {checksEn} were not checked.",
  DUPLICATE_UNIT_CODE:
    "Row {row}: unit code “{code}” is already used by the unit in row {firstRow}; each unit needs its own code.",
  UNKNOWN_UNIT: "Row {row}, column “{column}”: unit “{value}” is not in the units sheet.",
  UNKNOWN_BLOCK: "Row {row}: block “{value}” is not in the blocks sheet.",
  UNKNOWN_MOVEMENT: "Row {row}: movement “{value}” is not in the movements sheet (compared by code and by name).",
  UNKNOWN_AWARD: "Row {row}, column “{column}”: “{value}” is not in the award catalogue in force: {ruleset}.",
  UNKNOWN_MILESTONE: "Row {row}: milestone code “{value}” is not in the milestones sheet.",
  DUPLICATE_NOMINATION:
    "Row {row}: “{name}” (unit {unit}) is already proposed for {award} in row {firstRow}; one proposal per person or collective and award in {year}.",
  MULTIPLE_FORMS:
    "Row {row}: “{name}” (unit {unit}) is already proposed for {firstAward} in row {firstRow}; one achievement in {year} gets one form, so {award} should not be added ({basis}).",
  AWARD_SUBJECT_MISMATCH: "Row {row}: {award} is only for {allowedEn}, not for {subjectEn} such as “{name}” ({basis}).",
  AWARD_FORWARDED:
    "Row {row}: {award} is decided by {deciderEn}; the dossier of “{name}” goes up to that level ({basis}).",
  CRITERIA_NOT_MET: "Row {row}: {award} for “{name}”: {requirementEn} ({basis}).",
  QUOTA_EXCEEDED:
    "Row {row}: unit {unit} proposes {count} for {award}, more than the {allowed} allowed ({ratio}% of {base} holding {baseAward}, {baseSourceEn}) ({basis}).",
  TARGET_BELOW_ASSIGNED:
    "Row {row}: target “{target}” is registered at {registered}, {worseEn} the assigned {assigned} ({directionEn}); the registration should match or beat the assignment.",
};
