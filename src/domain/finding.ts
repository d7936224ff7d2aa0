/**
 * A finding: what is wrong (a code), how bad (severity), where (sheet, row, column header, cell, in the
 * workbook's own words) and what about (unit, ref, typed parameters). The parser and every rule make
 * one with `finding()`, located where it is made; src/i18n renders its message in each language.
 *
 * A new code: add one line to `FindingParams` (its parameters, typed), then TypeScript asks every
 * language in src/i18n for its message. A feature with several codes may declare them in an
 * interface of its own and add it to `FindingParams`'s `extends`.
 */
import type { DeadlineFindingParams } from "./deadlines/findingParams";
import type { CouncilFindingParams } from "./councilFindings";
import type { DateOnly, DecidingLevel, Direction, Level, Rating, Severity, SheetKey, Subject } from "./model";
import type { ReadingFindingParams } from "./reading";
import type { BlockFindingParams } from "./scoring/findingParams";
import type { RollupFindingParams } from "./stats/findingParams";
import type { CollectFindingParams } from "./collect/findingParams";

/** Where a finding points, as the clerk sees the workbook. */
export interface Place {
  /** Sheet name as in the workbook (the contract's name when the sheet is absent). */
  sheet: string | null;
  /** 1-based Excel row, null when the finding is about a whole sheet or the book. */
  row: number | null;
  /** Header as written in the workbook (the contract's header when the column is absent). */
  column: string | null;
  /** A1 address of the cell, when the row is known and the column is present. */
  cell: string | null;
}

/**
 * Where a record's field lies: the sheets layer knows the layout and supplies this to the rules, so
 * the domain speaks of sheet keys and model fields and still makes located findings.
 * `row` 0 (a record made in code, never read) and null both mean no row; `field` null is the whole row.
 */
export type Locator = (sheet: SheetKey, row: number | null, field?: string | null) => Place;

/** A column of the nominations sheet a criterion reads (for "the book has no such column"). */
export type EvidenceColumn = "rating" | "initiative" | "memberCount" | "advancedWorkerCount" | "grassrootsFighterCount";

/** What a criterion needs that a missing column would have shown. */
export type EvidenceNeed = "excellentOrInitiative" | "memberShare" | "provincialInitiative" | "fighterMember";

/** Why a criterion of an award is not met, or not shown by the book (CRITERIA_NOT_MET). */
export type Requirement =
  /**
   * The book has no column for what the criterion reads, so nothing can be said of the row's value:
   * never "not filled in" about a column that was not read. `rating`: the row's rating, when read.
   */
  | {
      kind: "columnsNotFound";
      columns: EvidenceColumn[];
      need: EvidenceNeed;
      rating: Rating | null;
      minShare: number | null;
    }
  /** TTLĐTT: Số thành viên or Số LĐTT blank, so the share of LĐTT holders is unknown. */
  | { kind: "memberCountsMissing"; minShare: number }
  /** TTLĐTT: too few members hold LĐTT; `share` in percent, rounded to a tenth. */
  | { kind: "advancedShareBelow"; advanced: number; members: number; share: number; minShare: number }
  /** TTLĐXS: Số CSTĐCS blank, so whether a member holds CSTĐCS is not shown. */
  | { kind: "fighterMemberUnknown" }
  /** TTLĐXS: no member holds CSTĐCS. */
  | { kind: "noFighterMember" }
  /** TTLĐTT: someone disciplined at cảnh cáo or above (`discipline` as typed). */
  | { kind: "collectiveDisciplined"; discipline: string }
  /** LĐTT: recruited too late in the year. */
  | { kind: "serviceTooShort"; recruitedOn: DateOnly; year: number; months: number }
  /** LĐTT: rated below "hoàn thành tốt". */
  | { kind: "ratingBelowGood"; rating: Rating }
  /** CSTĐCS: no LĐTT of that year in the book (`historySheet`: whether the book keeps a history sheet). */
  | { kind: "advancedWorkerNotFound"; year: number; historySheet: boolean }
  /** CSTĐCS: neither a rating nor an initiative given. */
  | { kind: "ratingAndInitiativeMissing" }
  /** CSTĐCS: rated below excellent, and no initiative. */
  | { kind: "ratingBelowExcellent"; rating: Rating }
  /** CSTĐ cấp tỉnh: the kept history lacks years of the CSTĐCS run. */
  | { kind: "fighterYearsLacking"; length: number; missing: number[] }
  /** CSTĐ cấp tỉnh: the run is not shown and there is no history (sheet absent or empty) to decide. */
  | { kind: "fighterYearsUnproven"; length: number; missing: number[]; historySheet: boolean }
  /** CSTĐ cấp tỉnh: no initiative given. */
  | { kind: "provincialInitiativeMissing" }
  /** Bằng khen tỉnh: the CSTĐCS run is not shown (other evidence may serve). */
  | { kind: "meritYearsUnproven"; length: number; missing: number[] };

/** What the PLAN_ASSUMED warning says is missing from the plan. */
export type PlanGap = "noPlanSheet" | "noYearNorLevel" | "noYear" | "noLevel";

/**
 * The optional sheets whose absence leaves checks undone (CHECKS_SKIPPED). Not the plan (PLAN_ASSUMED
 * says it), the units (required), the catalogue (the ruleset's defaults apply) nor Mẫu in phôi (the
 * default blank applies).
 */
export type SkippableSheet = Exclude<
  SheetKey,
  // The score sheets are a feature of their own: a book that does not score its blocks lacks nothing.
  "plan" | "units" | "catalogue" | "mergers" | "certificateLayout" | "criteria" | "scores" | "bands"
>;

/** Where QUOTA_EXCEEDED took the unit's base count from. */
export type QuotaBase = "unitsSheet" | "counted";

/** The parameters of each finding code: the public codes and their typed parameters, in one place. */
export interface FindingParams
  extends
    DeadlineFindingParams,
    CouncilFindingParams,
    RollupFindingParams,
    BlockFindingParams,
    ReadingFindingParams,
    CollectFindingParams {
  // The parser (src/sheets/parse.ts): structure and cells. `item` names the plan item of a plan row.
  /** `similar`: a sheet whose name is like it, which was not read. */
  MISSING_SHEET: { sheet: string; aliases: string; similar?: string };
  /**
   * `similar`: the unused column most like it, with its header cell ("có phải cột … (G5)?");
   * `headerRowBeyond`: a row past the rows searched that seems to be the header.
   */
  MISSING_COLUMN: {
    header: string;
    aliases: string;
    similar?: { header: string; cell: string };
    headerRowBeyond?: number;
  };
  REQUIRED_MISSING: { item?: string };
  INVALID_VALUE: { value: string; allowed: string; item?: string };
  INVALID_DATE: { value: string; item?: string };
  /** A date written with a two-digit year ("18/11/24"), read in the century `date` says (a note, never silent). */
  TWO_DIGIT_YEAR: { value: string; date: DateOnly; item?: string };
  INVALID_NUMBER: { value: string; item?: string };
  // The rules (src/domain/rules).
  PLAN_ASSUMED: { year: number; level: Level; missing: PlanGap; ruleset: string };
  /** `skipped`: the absent sheet, which says what was not checked. */
  CHECKS_SKIPPED: { skipped: SkippableSheet };
  /** A column (of a sheet, or the sheet itself) the book lacks: `checks` were skipped rather than run on it. */
  CHECKS_BLOCKED: { checks: string[]; missing: "sheet" | "column" };
  DUPLICATE_UNIT_CODE: { code: string; name: string; firstRow: number; firstCell?: string };
  UNKNOWN_UNIT: { value: string };
  UNKNOWN_BLOCK: { value: string };
  UNKNOWN_MOVEMENT: { value: string };
  UNKNOWN_MILESTONE: { value: string };
  /**
   * `code`: the catalogue row's code, when the unknown award is a catalogue's "Tính trên";
   * `suggestions`: the closest awards' names ("có phải …?").
   */
  UNKNOWN_AWARD: { value: string; ruleset: string; code?: string; suggestions?: string[] };
  /** `firstCell`: the same column's cell in the first row, for a link to it ("F37"). */
  DUPLICATE_NOMINATION: { name: string; award: string; firstRow: number; year: number; firstCell?: string };
  MULTIPLE_FORMS: {
    name: string;
    award: string;
    firstAward: string;
    firstRow: number;
    year: number;
    basis: string;
    firstCell?: string;
  };
  AWARD_SUBJECT_MISMATCH: { name: string; award: string; subject: Subject; allowed: Subject[]; basis: string };
  AWARD_FORWARDED: { name: string; award: string; decider: DecidingLevel; level: Level; basis: string };
  CRITERIA_NOT_MET: { name: string; award: string; requirement: Requirement; basis: string };
  QUOTA_EXCEEDED: {
    award: string;
    count: number;
    allowed: number;
    ratio: number;
    base: number;
    baseAward: string;
    baseSource: QuotaBase;
    /** The catalogue row that sets the ratio (the book's own rule), and the Căn cứ it cites ("—" when none). */
    catalogueRow: number | null;
    basis: string;
  };
  /** A nomination for a unit merged away before its date; `successor` is the unit that took its place (a code). */
  UNIT_DISSOLVED: {
    value: string;
    successor: string;
    successorName: string | null;
    mergedOn: DateOnly | null;
    basis: string;
  };
  /** Rows of the Sáp nhập đơn vị sheet that lead back to themselves; `chain` lists the codes in order. */
  MERGER_CYCLE: { chain: string[] };
  /** A nominee whose Kỷ luật says a discipline, investigation or complaint is pending (`discipline` as typed). */
  DISCIPLINE_PENDING: { name: string; award: string; discipline: string; basis: string };
  /** An award the level no longer gives since the reform; `replacement` names what takes its place, if any. */
  AWARD_DISCONTINUED: { value: string; award: string; since: DateOnly; replacement: string | null; basis: string };
  TARGET_BELOW_ASSIGNED: {
    target: string;
    assigned: number;
    registered: number;
    measure: string;
    direction: Direction;
  };
}

export type FindingCode = keyof FindingParams;

/** A finding of one code. */
export interface FindingOf<C extends FindingCode> extends Place {
  code: C;
  severity: Severity;
  /** The unit code concerned, where one applies. */
  unit: string | null;
  /** The unit's name as the Đơn vị sheet gives it, when the code is found there (messages name the unit). */
  unitName?: string;
  /** Another code concerned (award, milestone, block, movement, or the first row of a duplicate). */
  ref: string | null;
  params: FindingParams[C];
}

/**
 * The one finding shape: what `tdkt check --json` prints (plus params, which its message is made of).
 * `Finding` is any code's; `Finding<"UNKNOWN_UNIT">` one code's. Testing `code` narrows `params`.
 */
export type Finding<C extends FindingCode = FindingCode> = { [K in C]: FindingOf<K> }[C];

export interface About<C extends FindingCode> {
  unit?: string | null;
  ref?: string | null;
  params: FindingParams[C];
}

/** The one way to make a finding, at its place. */
export function finding<C extends FindingCode>(code: C, severity: Severity, place: Place, about: About<C>): Finding<C> {
  const made: FindingOf<C> = {
    code,
    severity,
    sheet: place.sheet,
    row: place.row,
    column: place.column,
    cell: place.cell,
    unit: about.unit ?? null,
    ref: about.ref ?? null,
    params: about.params,
  };
  return made as Finding<C>;
}

/** How many findings of each severity: the counts the pane's chips, `tdkt check` and `tdkt rollup` give. */
export function countBySeverity(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
