/**
 * A unit's template (issue 15) as data: what each sheet holds and how the sheet plan lays it out.
 * The units do not have the add-in and open the file in Excel 2016+, LibreOffice or WPS, so the
 * template guides them by itself: a Hướng dẫn sheet, the contract's headers with their input
 * messages, drop-downs whose long lists sit on a hidden list sheet, locked headers, and a very hidden
 * identity (the plan sheet, which every reader of the contract already reads) that import checks.
 * Pure: the exceljs adapter (files/templateWorkbook.ts) draws it.
 */
import { formatDate } from "../domain/dates";
import { resolveAssignees, unitDirectory } from "../domain/deadlines/assignees";
import type { Book, CellValue, DateOnly, Milestone, Plan, Target, Unit } from "../domain/model";
import { codeKey, looseKey } from "../domain/text";
import { t } from "../i18n";
import {
  LEVEL_OPTIONS,
  NOMINATIONS_SHEET,
  PLAN_ITEMS,
  PLAN_SHEET,
  TARGETS_SHEET,
  optionLabel,
  type SheetSpec,
} from "./contract";
import { columnLetter } from "./parse";
import {
  awardNames,
  listColumns,
  LISTS_SHEET,
  quoteSheet,
  sheetPlan,
  TEMPLATE_PROTECTION,
  type ListSource,
  type Locator,
  type SheetPlan,
} from "./plan";
import { writeCell, type SheetOut } from "./write";

/** Raised when what a template holds or how import reads it changes. */
export const TEMPLATE_VERSION = 1;
export const GUIDE_SHEET = "Hướng dẫn";

/** The identity's items on the template's hidden plan sheet (key | value rows the parser keeps as extra items). */
export const IDENTITY_ITEMS = { version: "Mẫu biểu TĐKT", unit: "Đơn vị gửi", book: "Mã sổ" } as const;

/** Nomination columns the council fills (its vote, decision, the import's own Nguồn): not in a unit's template. */
const COUNCIL_ONLY = new Set([
  "outcome",
  "source",
  "votesFor",
  "councilSize",
  "decisionNumber",
  "decisionDate",
  "reason",
]);
/** Target columns a unit does not fill when registering. */
const NOT_REGISTERED = new Set(["result", "source"]);
/** What a unit fills in its targets: everything else there is the office's and stays locked. */
const REGISTRATION = ["registered", "registeredOn"];

export const TEMPLATE_NOMINATIONS: SheetSpec = {
  ...NOMINATIONS_SHEET,
  columns: NOMINATIONS_SHEET.columns.filter((c) => !COUNCIL_ONLY.has(c.key)),
};
export const TEMPLATE_TARGETS: SheetSpec = {
  ...TARGETS_SHEET,
  columns: TARGETS_SHEET.columns.filter((c) => !NOT_REGISTERED.has(c.key)),
};

export interface TemplateIdentity {
  version: number;
  unit: string;
  year: number;
  book: string;
}

/** A line of the Hướng dẫn sheet. */
export interface GuideLine {
  text: string;
  style: "title" | "heading" | "text" | "small";
}

export interface TemplateSheet {
  sheet: SheetOut;
  plan: SheetPlan;
}

export interface UnitTemplate {
  unit: Unit;
  fileName: string;
  identity: TemplateIdentity;
  guide: GuideLine[];
  nominations: TemplateSheet;
  targets: TemplateSheet;
  /** The very hidden plan sheet: year, issuer, level, and the identity. */
  identitySheet: SheetOut;
  /** The very hidden list sheet's columns. */
  lists: string[][];
  /** How many targets the unit was assigned. */
  targetCount: number;
}

/**
 * The book's id, as templates carry it: the same for every copy of the same plan (year, level, issuer,
 * number), so a template from last year's or another office's book is told apart.
 */
export function bookId(book: Book): string {
  const p = book.plan;
  const text = [p?.year ?? "", p?.level ?? "", looseKey(p?.issuer ?? ""), looseKey(p?.number ?? "")].join("|");
  // FNV-1a, 32 bits: an id to compare, not a secret.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0").toUpperCase();
}

/** "Xã Tả Van" → "xa-ta-van": a file name any system and any mail program keeps. */
export function slug(text: string): string {
  return looseKey(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

export function templateFileName(year: number, unit: Pick<Unit, "code" | "name">): string {
  const code = unit.code.trim().replace(/[^\p{L}\p{N}_-]+/gu, "_");
  const name = slug(unit.name);
  return `mau-de-nghi-${year}-${code}${name ? `-${name}` : ""}.xlsx`;
}

/** The year the templates are for: the plan's, else the reference day's. */
export function templateYear(book: Book, today: DateOnly): number {
  return book.plan?.year ?? today.year;
}

const unitKey = (u: string) => codeKey(u);

/** The unit's assigned targets, in the book's order. */
export function unitTargets(book: Book, unit: string): Target[] {
  return (book.targets ?? []).filter((x) => x.unit && unitKey(x.unit) === unitKey(unit));
}

/** Milestones the unit owes whose content is about registering targets or sending nominations. */
export function templateDeadlines(book: Book, unit: Unit): Milestone[] {
  const dir = unitDirectory(book);
  const about = (m: Milestone) => {
    const k = looseKey(m.content);
    return k.includes("dang ky") || (k.includes("khen thuong") && (k.includes("de nghi") || k.includes("ho so")));
  };
  return (book.milestones ?? []).filter((m) => {
    if (!m.due || !about(m)) return false;
    const who = resolveAssignees(m.assignee, dir);
    return !who.office && who.units.some((u) => unitKey(u.code) === unitKey(unit.code));
  });
}

/** The office to contact: the standing agency, with its person, phone and email when it is a unit of the book. */
function contactLine(book: Book): string {
  const agency = book.plan?.standingAgency ?? book.plan?.issuer ?? null;
  if (!agency) return t("vi", "templates.guide.contact.unknown");
  const unit = book.units.find((u) => looseKey(u.name) === looseKey(agency));
  const parts = [agency];
  if (unit?.contactPerson) parts.push(t("vi", "templates.guide.contact.person", { person: unit.contactPerson }));
  if (unit?.phone) parts.push(t("vi", "templates.guide.contact.phone", { phone: unit.phone }));
  if (unit?.email) parts.push(t("vi", "templates.guide.contact.email", { email: unit.email }));
  return parts.join(", ") + ".";
}

function header(spec: SheetSpec, key: string): string {
  return spec.columns.find((c) => c.key === key)?.header ?? key;
}

function guideLines(book: Book, unit: Unit, identity: TemplateIdentity, targets: number, today: DateOnly): GuideLine[] {
  const say = (key: string, params: Record<string, string | number> = {}) => t("vi", `templates.guide.${key}`, params);
  const year = identity.year;
  const agency = book.plan?.standingAgency ?? book.plan?.issuer ?? say("contact.office");
  const lines: GuideLine[] = [
    { text: say("title", { year }), style: "title" },
    { text: say("unit", { name: unit.name, code: unit.code }), style: "text" },
    { text: say("intro", { agency }), style: "text" },
    { text: say("nominations.heading", { sheet: TEMPLATE_NOMINATIONS.name }), style: "heading" },
    { text: say("nominations.rows"), style: "text" },
    { text: say("nominations.lists"), style: "text" },
    { text: say("nominations.unit", { header: header(TEMPLATE_NOMINATIONS, "unit"), code: unit.code }), style: "text" },
    { text: say("nominations.dates", { year }), style: "text" },
    { text: say("targets.heading", { sheet: TEMPLATE_TARGETS.name }), style: "heading" },
    targets > 0
      ? {
          text: say("targets.rows", {
            count: targets,
            registered: header(TEMPLATE_TARGETS, "registered"),
            assigned: header(TEMPLATE_TARGETS, "assigned"),
            date: header(TEMPLATE_TARGETS, "registeredOn"),
          }),
          style: "text",
        }
      : { text: say("targets.none"), style: "text" },
    { text: say("deadline.heading"), style: "heading" },
  ];
  const deadlines = templateDeadlines(book, unit);
  if (deadlines.length === 0) lines.push({ text: say("deadline.none", { agency }), style: "text" });
  for (const m of deadlines)
    lines.push({
      text: say("deadline.item", { content: m.content, due: formatDate(m.due as DateOnly) }),
      style: "text",
    });
  lines.push(
    { text: say("contact.heading"), style: "heading" },
    { text: contactLine(book), style: "text" },
    { text: say("rules.heading"), style: "heading" },
    { text: say("rules.keep"), style: "text" },
    { text: say("rules.protect"), style: "text" },
    { text: say("rules.values"), style: "text" },
    {
      text: say("version", { version: identity.version, book: identity.book, date: formatDate(today) }),
      style: "small",
    },
  );
  return lines;
}

const range = (sheet: string, index: number, rows: number): ListSource => {
  const letter = columnLetter(index);
  return { kind: "range", reference: `${quoteSheet(sheet)}!$${letter}$1:$${letter}$${Math.max(1, rows)}` };
};

/**
 * The plan of a template sheet: the contract's plan, with the unit column fixed to the unit and the
 * movement codes (another sheet in the book, absent in a template) on the list sheet.
 */
function templatePlan(
  spec: SheetSpec,
  unit: Unit,
  awards: string[],
  movements: { index: number; count: number } | null,
): SheetPlan {
  // Codes of other sheets live on the list sheet here; located there, the plan gives them a list.
  const locate: Locator = (sheet) =>
    sheet === "movements" && movements ? { name: LISTS_SHEET, index: movements.index, headerRow: 0 } : null;
  const plan = sheetPlan(spec, { lang: "vi", awards, locate, protect: TEMPLATE_PROTECTION });
  const at = (key: string) => plan.columns.findIndex((c) => c.key === key);
  const unitCol = at("unit");
  const movementCol = at("movement");
  const columns = plan.columns.map((c, i) =>
    i === unitCol
      ? { ...c, list: { kind: "inline" as const, text: unit.code } }
      : i === movementCol && movements
        ? { ...c, list: range(LISTS_SHEET, movements.index, movements.count) }
        : c,
  );
  const prompts = plan.prompts.map((p) =>
    p.col === unitCol
      ? { ...p, message: t("vi", "templates.prompt.unit", { code: unit.code }) }
      : p.col === movementCol
        ? { ...p, message: t("vi", "templates.prompt.movement") }
        : p,
  );
  return { ...plan, columns, prompts };
}

/** Everything a unit's template holds. */
export function unitTemplate(book: Book, unit: Unit, today: DateOnly): UnitTemplate {
  const year = templateYear(book, today);
  const identity: TemplateIdentity = { version: TEMPLATE_VERSION, unit: unit.code, year, book: bookId(book) };
  const awards = awardNames(book, today);
  const lists = listColumns(awards);
  const movementCodes = (book.movements ?? []).map((m) => m.code).filter(Boolean);
  const movements = movementCodes.length ? { index: lists.length, count: movementCodes.length } : null;
  if (movements) lists.push(movementCodes);

  const nominations: TemplateSheet = {
    sheet: {
      key: "nominations",
      name: TEMPLATE_NOMINATIONS.name,
      values: [TEMPLATE_NOMINATIONS.columns.map((c) => c.header)],
    },
    plan: templatePlan(TEMPLATE_NOMINATIONS, unit, awards, movements),
  };

  const assigned = unitTargets(book, unit.code);
  const targetPlan = templatePlan(TEMPLATE_TARGETS, unit, awards, movements);
  const open = REGISTRATION.map((key) => targetPlan.columns.findIndex((c) => c.key === key)).filter((i) => i >= 0);
  const targets: TemplateSheet = {
    sheet: {
      key: "targets",
      name: TEMPLATE_TARGETS.name,
      values: [
        TEMPLATE_TARGETS.columns.map((c) => c.header),
        ...assigned.map((x) =>
          TEMPLATE_TARGETS.columns.map((c) => writeCell(c, (x as unknown as Record<string, unknown>)[c.key])),
        ),
      ],
    },
    plan: {
      ...targetPlan,
      // Only the registration is the unit's to fill, on the assigned targets' rows.
      open: open.map((col) => ({ top: 1, left: col, bottom: Math.max(1, assigned.length), right: col })),
      dataRows: Math.max(1, assigned.length),
    },
  };

  const item = (key: string) => PLAN_ITEMS.find((i) => i.key === key)?.header ?? key;
  const plan = book.plan;
  const identityValues: CellValue[][] = [
    PLAN_SHEET.columns.map((c) => c.header),
    [item("year"), year],
    [item("issuer"), plan?.issuer ?? null],
    [item("level"), plan?.level ? optionLabel(LEVEL_OPTIONS, plan.level) : null],
    [item("number"), plan?.number ?? null],
    [item("standingAgency"), plan?.standingAgency ?? null],
    [IDENTITY_ITEMS.version, TEMPLATE_VERSION],
    [IDENTITY_ITEMS.unit, unit.code],
    [IDENTITY_ITEMS.book, identity.book],
  ];
  return {
    unit,
    fileName: templateFileName(year, unit),
    identity,
    guide: guideLines(book, unit, identity, assigned.length, today),
    nominations,
    targets,
    identitySheet: { key: "plan", name: PLAN_SHEET.name, values: identityValues },
    lists,
    targetCount: assigned.length,
  };
}

/** The identity a returned file's plan sheet carries, or null when it has none (not our template). */
export function readIdentity(plan: Plan | null): TemplateIdentity | null {
  if (!plan) return null;
  const get = (name: string) => {
    const hit = plan.extraItems.find((e) => looseKey(e.key) === looseKey(name));
    return hit && hit.value !== null && String(hit.value).trim() !== "" ? String(hit.value).trim() : null;
  };
  const version = get(IDENTITY_ITEMS.version);
  const unit = get(IDENTITY_ITEMS.unit);
  if (version === null || unit === null || plan.year === null) return null;
  return { version: Number(version) || 0, unit, year: plan.year, book: get(IDENTITY_ITEMS.book) ?? "" };
}
