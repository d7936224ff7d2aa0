import type { setupVi } from "./setup.vi";

/** "Set up the book": what set-up says it added, what each sheet is for, and whether the book needs it. */
export const setupEn: Record<keyof typeof setupVi, string> = {
  "setup.undoLabel": "Set up the book",
  "setup.added":
    "Added {count} sheets and opened “{opened}”; “Undo” removes exactly these. An optional sheet may stay empty.",
  "setup.explain": "{list}",
  "setup.required": "required",
  "setup.optional": "optional",
  "setup.sheet": "{name} ({need}): {purpose}",
  "setup.purpose.plan": "the plan's year, level and number, so that the right rules apply",
  "setup.purpose.units": "the units with their code, name, type and block",
  "setup.purpose.blocks": "the emulation blocks with their head and deputy units",
  "setup.purpose.movements": "the regular and thematic emulation movements",
  "setup.purpose.targets": "targets assigned and registered by each unit",
  "setup.purpose.nominations": "the year's nominations for awards",
  "setup.purpose.history": "earlier years' awards, for titles that need consecutive years",
  "setup.purpose.catalogue":
    "filled in with the award catalogue in force; edit it only where your province or unit has its own rules (quotas, award money); delete the sheet to go back to the built-in catalogue",
  "setup.purpose.milestones": "the plan's milestones and deadlines",
  "setup.purpose.submissions": "when each unit handed in its reports and dossiers",
  "setup.purpose.mergers": "merged units (old code → new code), so award history follows the new unit",
  "setup.purpose.certificateLayout": "where each line prints on the certificate blanks, filled in for A4",
  "setup.purpose.criteria": "the criteria and points of the block score sheet",
  "setup.purpose.scores": "each unit's score on each criterion",
  "setup.purpose.bands": "the classification bands by total score",
};
