/**
 * The model of a TĐKT book: what the sheets of the workbook contract mean, typed.
 * Every record keeps the 1-based Excel row it came from (`row`), so a finding can point at its cell.
 * Enum values are English keys; their Vietnamese spellings live in the sheet contract.
 */

/** Administrative level that issues the plan and chooses the ruleset. */
export type Level = "province" | "district" | "commune";

/** Who can receive a title or form. */
export type Subject = "individual" | "collective" | "household" | "village";

export type UnitType =
  "agency" | "publicService" | "communeWard" | "partyMass" | "school" | "enterprise" | "cooperative" | "other";

/** Law Đ8 kinds of commendation. */
export type AwardKind = "regular" | "thematic" | "adHoc" | "dedication" | "foreign";

/** Year-end rating of an individual (xếp loại). */
export type Rating = "excellent" | "good" | "completed" | "notCompleted";

/** Council outcome of a nomination (Kết quả). */
export type Outcome = "proposed" | "approved" | "rejected" | "forwarded";

export type MovementType = "regular" | "thematic";

/** Tăng = higher is better; Giảm = lower is better. */
export type Direction = "up" | "down";

export type Recurrence = "none" | "monthly" | "quarterly" | "halfYearly" | "yearly";

/**
 * The five tiers of individuals in the state's statistics forms (TT 02/2023/TT-BNV, 0602–0603):
 * lãnh đạo cấp bộ, tỉnh trở lên; lãnh đạo cấp vụ, sở; doanh nhân; lãnh đạo khác từ phó phòng trở
 * lên; người trực tiếp lao động, công tác.
 */
export type StaffTier = "seniorLeader" | "departmentLeader" | "entrepreneur" | "otherLeader" | "directWorker";

/** Scope of an emulation movement (form 0601). */
export type MovementScope = "national" | "sectorOrLocality" | "blockOrCluster" | "unit";

/** Duration of an emulation movement (form 0601). */
export type MovementDuration = "underOneYear" | "oneYear" | "oneToThreeYears" | "threeToFiveYears" | "fiveYearsOrMore";

/** A yes/no cell that may also be left empty (unknown), where "empty" must not read as "no". */
export type YesNo = "yes" | "no";

/** "Tất cả" in a milestone's Đơn vị thực hiện: every unit owes it (compared loosely). */
export const EVERY_UNIT = "Tất cả";

/** Which level decides an award. */
export type DecidingLevel = "central" | "province" | "district" | "commune";

/** A calendar date without time; month 1–12. */
export interface DateOnly {
  year: number;
  month: number;
  day: number;
}

/** A value of a column the contract does not know, kept as the clerk typed it. */
export type CellValue = string | number | boolean | Date | null;

/** Extra columns: header text as found → cell value. Survive a round trip. */
export type ExtraColumns = Record<string, CellValue>;

interface RowRecord {
  /** 1-based Excel row the record was read from (0 when made in code and never read). */
  row: number;
  extra: ExtraColumns;
}

export interface Plan extends Partial<CouncilPlan> {
  year: number | null;
  issuer: string | null;
  level: Level | null;
  number: string | null;
  issuedOn: DateOnly | null;
  standingAgency: string | null;
  /** Rows of the plan sheet keyed by field, for findings. */
  rows: Partial<Record<"year" | "issuer" | "level" | "number" | "issuedOn" | "standingAgency" | CouncilItem, number>>;
  /** Other key | value rows, kept in order. */
  extraItems: { key: string; value: CellValue; row: number }[];
}

/**
 * Plan items for the council's decisions and documents (issue 17). Optional: a plan that never
 * names them (or a book without a plan) leaves them undefined, which reads as blank.
 */
export interface CouncilPlan {
  /** From this day the year's award decisions are issued: an approved nomination then needs its number. */
  decisionsFrom: DateOnly | null;
  /** All members of the council, when the nominations sheet does not say per row. */
  councilSize: number | null;
  /** The place in "Sa Pa, ngày … tháng … năm …" (else taken from the issuer). */
  place: string | null;
  /** Who signs the decisions: name and title (Chủ tịch / Phó Chủ tịch). */
  signer: string | null;
  signerTitle: string | null;
  /** Head of the standing office, who signs its submission (tờ trình). */
  officeHead: string | null;
  /** The body above this level, to which what it cannot decide goes (e.g. UBND tỉnh Lào Cai). */
  superior: string | null;
  /** Base salary (lương cơ sở) in đồng, overriding the dated default. */
  baseSalary: number | null;
}

export type CouncilItem = keyof CouncilPlan;

export interface Unit extends RowRecord {
  code: string;
  name: string;
  type: UnitType | null;
  block: string | null;
  difficultArea: boolean;
  headcount: number | null;
  advancedWorkerCount: number | null;
  contactPerson: string | null;
  phone: string | null;
  email: string | null;
}

export interface Block extends RowRecord {
  code: string;
  name: string;
  head: string | null;
  deputy: string | null;
}

export interface Movement extends RowRecord {
  code: string;
  name: string;
  type: MovementType | null;
  standingUnit: string | null;
  period: string | null;
  // Statistics (form 0601).
  scope: MovementScope | null;
  duration: MovementDuration | null;
  /** Phương thức; when empty, `type` says the same. */
  method: MovementType | null;
}

export interface Target extends RowRecord {
  unit: string;
  name: string;
  /** Mã chỉ tiêu: the same code for the same target across units, so a criterion can name it. */
  code: string | null;
  movement: string | null;
  measure: string | null;
  assigned: number | null;
  registered: number | null;
  result: number | null;
  direction: Direction | null;
  registeredOn: DateOnly | null;
}

export interface Nomination extends RowRecord {
  seq: number | null;
  subject: Subject | null;
  name: string;
  position: string | null;
  unit: string;
  /** Award as typed: a catalogue code or name. */
  award: string;
  kind: AwardKind | null;
  movement: string | null;
  achievement: string | null;
  rating: Rating | null;
  initiative: string | null;
  directWorker: boolean;
  female: boolean;
  ethnicMinority: boolean;
  recruitedOn: DateOnly | null;
  discipline: string | null;
  memberCount: number | null;
  advancedWorkerCount: number | null;
  /** Collectives: how many members hold Chiến sĩ thi đua cơ sở (Tập thể lao động xuất sắc needs one). */
  grassrootsFighterCount: number | null;
  proposedOn: DateOnly | null;
  outcome: Outcome | null;
  source: string | null;
  // The council's vote and the decision that followed (issue 17).
  /** Số phiếu đồng ý. */
  votesFor: number | null;
  /** Số thành viên Hội đồng: all members, present or not (the share counts against all of them). */
  councilSize: number | null;
  decisionNumber: string | null;
  decisionDate: DateOnly | null;
  /** Lý do: why the council decided so (a rejection's reason). */
  reason: string | null;
  // Statistics (forms 0602–0603) and the roll-up of many books.
  staffTier: StaffTier | null;
  /** A collective that is an enterprise; null = not said. */
  enterprise: YesNo | null;
  birthDate: DateOnly | null;
  /** Số định danh cá nhân (CCCD) as typed. */
  idNumber: string | null;
}

export interface HistoryEntry extends RowRecord {
  name: string;
  unit: string;
  award: string;
  year: number | null;
  decisionNumber: string | null;
  decisionDate: DateOnly | null;
  /** Đột xuất and chuyên đề awards do not count towards consecutive-year chains (NĐ 152/2025 Điều 4); null = not said. */
  kind: AwardKind | null;
  /** Where the entry came from (Nguồn): "Ghi vào lịch sử" writes the nomination it recorded. */
  source: string | null;
  // Statistics (forms 0602–0603): null where the clerk did not say.
  subject: Subject | null;
  staffTier: StaffTier | null;
  enterprise: YesNo | null;
}

export interface CatalogueEntry extends RowRecord {
  code: string;
  name: string;
  subjects: Subject[];
  decidingLevel: DecidingLevel | null;
  /** Percent, e.g. 15 for 15%. */
  maxRatio: number | null;
  ratioBase: string | null;
  legalBasis: string | null;
  /** Award money as a multiple of the base salary (lương cơ sở), overriding src/domain/money.ts. */
  moneyFactor: number | null;
  /** Percent of all council members' votes the award needs, overriding the ruleset. */
  minVoteShare: number | null;
}

export interface Milestone extends RowRecord {
  code: string;
  content: string;
  due: DateOnly | null;
  /** Unit code, block code, or "Tất cả" (every unit); null = the standing office itself. */
  assignee: string | null;
  recurrence: Recurrence | null;
  minCount: number | null;
  completedOn: DateOnly | null;
  basis: string | null;
  note: string | null;
}

/** What a field of a certificate blank prints (page = the blank's size, in Rộng × Cao). */
export type CertificateFieldKey =
  | "page"
  | "honorific"
  | "name"
  | "positionUnit"
  | "achievement"
  | "decisionNumber"
  | "decisionDate"
  | "placeDate"
  | "signerTitle"
  | "signerName"
  | "registerNumber"
  | "text";

export type FontStyle = "regular" | "bold" | "italic" | "boldItalic";
export type Align = "left" | "center" | "right";

/** One row of Mẫu in phôi: a field's box in millimetres from the blank's top-left corner. */
export interface CertificateField extends RowRecord {
  /** The award (code or name) whose blank this row describes; null = every award. */
  award: string | null;
  field: CertificateFieldKey;
  x: number | null;
  y: number | null;
  width: number | null;
  height: number | null;
  /** Points. */
  fontSize: number | null;
  style: FontStyle | null;
  align: Align | null;
  /** Text with {placeholders} printed instead of the field's own value. */
  content: string | null;
}

export interface Submission extends RowRecord {
  unit: string;
  milestone: string;
  submittedOn: DateOnly | null;
  note: string | null;
}

/** A unit merged into another (the 2025 reorganisation): history under the old code counts for the new one. */
export interface Merger extends RowRecord {
  oldCode: string;
  oldName: string | null;
  newCode: string;
  mergedOn: DateOnly | null;
  note: string | null;
}

// Emulation blocks' scoring (cụm, khối thi đua): the province's score sheet, the scores, the bands.

/** Loại of a criterion: target-based, qualitative, counted, bonus, penalty. */
export type CriterionKind = "quantitative" | "qualitative" | "counted" | "bonus" | "penalty";

/** A criterion of the score sheet (Tiêu chí chấm điểm), or a group of criteria when others name it. */
export interface Criterion extends RowRecord {
  code: string;
  name: string;
  /** Thuộc nhóm: code of the group above it (a tree of any depth); null at the top. */
  parent: string | null;
  /** Null for a group, which is scored from its criteria. */
  kind: CriterionKind | null;
  /** Điểm tối đa. */
  max: number | null;
  /** Điểm mỗi lần: for counted, bonus and penalty criteria. */
  points: number | null;
  /** Giới hạn: the cap of a counted, bonus or penalty criterion (or of a group's deduction). */
  cap: number | null;
  /** Mã chỉ tiêu of a target-based criterion. */
  target: string | null;
  /** Khối áp dụng as typed: block codes separated by commas; blank or "Tất cả" = every block. */
  blocks: string | null;
}

/** One unit's score on one criterion (Chấm điểm). */
export interface ScoreEntry extends RowRecord {
  unit: string;
  criterion: string;
  /** Số liệu: a count, an actual value, or 1/0 for a qualitative criterion met or not. */
  value: number | null;
  /** Tự chấm. */
  self: number | null;
  /** Thẩm định. */
  reviewed: number | null;
  /** Điểm chốt. */
  final: number | null;
  explanation: string | null;
  note: string | null;
}

/** A classification band (Xếp loại): from ≤ total ≤ to; a shared boundary belongs to the upper band. */
export interface Band extends RowRecord {
  code: string;
  name: string;
  /** Null: no lower limit. */
  from: number | null;
  /** Null: no upper limit. */
  to: number | null;
}

/** The whole book. A sheet that is absent is `null`; an empty sheet is `[]`. */
export interface Book {
  plan: Plan | null;
  units: Unit[];
  blocks: Block[] | null;
  movements: Movement[] | null;
  targets: Target[] | null;
  nominations: Nomination[] | null;
  history: HistoryEntry[] | null;
  catalogue: CatalogueEntry[] | null;
  milestones: Milestone[] | null;
  submissions: Submission[] | null;
  mergers: Merger[] | null;
  /** Mẫu in phôi: where each field prints on the office's pre-printed certificate blanks. */
  certificateLayout?: CertificateField[] | null;
  criteria: Criterion[] | null;
  scores: ScoreEntry[] | null;
  bands: Band[] | null;
}

export type Severity = "error" | "warning" | "info";

/** The sheets of the workbook contract (their Vietnamese names live in src/sheets/contract.ts). */
export type SheetKey =
  | "plan"
  | "units"
  | "blocks"
  | "movements"
  | "targets"
  | "nominations"
  | "history"
  | "catalogue"
  | "milestones"
  | "submissions"
  | "mergers"
  | "certificateLayout"
  | "criteria"
  | "scores"
  | "bands";
