/**
 * The layouts of the state's TĐKT statistics forms as dated data: rows and columns with their codes,
 * the form's fixed Vietnamese wording (an official document's text, like a table of names), and what
 * each row and column counts (a facet, see facts.ts).
 *
 * TT 02/2023/TT-BNV is the layout shipped and taken as verified (domain.md: from a vendor's copy of
 * the forms). Its successor TT 18/2025/TT-BNV is known to exist but its forms were not found: it comes
 * only by configuration (`layoutsFromConfig`), and everything from configuration is marked unconfirmed.
 *
 * Rows and columns marked `extension` are not in the official form: they hold what the books do not
 * say (Chưa phân loại) so that nothing is guessed and every record is counted somewhere visible.
 */
import { compareDates, parseDateText } from "../dates";
import type { DateOnly, DecidingLevel } from "../model";

export type FormId = "0601" | "0602" | "0603";

/** What a column of an award form takes: every record, awards by code or name prefix, or the rest. */
export type ColumnMatch =
  | { all: true }
  | { codes?: readonly string[]; prefixes?: readonly string[] }
  | { other: true }
  | { launcher: Launcher };

/** Who launched a movement (form 0601's columns). */
export type Launcher = "central" | "province" | "unit" | "unknown";

export interface FormColumn {
  code: string;
  label: string;
  match: ColumnMatch;
  extension?: boolean;
}

export interface FormRow {
  /** Null for a section heading, which counts nothing. */
  code: string | null;
  label: string;
  /** The facet the row counts (facts.ts); null for a heading. */
  facet: string | null;
  /** Indentation level in the printed form. */
  level: number;
  extension?: boolean;
}

export interface FormLayout {
  form: FormId;
  /** Full code as printed, e.g. "0602.N/BNV-TĐKT". */
  code: string;
  /** Sheet name in the output workbook, e.g. "0602.N". */
  sheet: string;
  title: string;
  /** The text the layout comes from, e.g. "Thông tư số 02/2023/TT-BNV". */
  source: string;
  confirmed: boolean;
  /** The layout applies to periods ending on or after this day… */
  validFrom: DateOnly;
  /** …and on or before this one (null: until a successor). */
  validTo: DateOnly | null;
  counts: "movements" | "awards";
  /**
   * An award form counts the awards its columns name (by code or name prefix); awards decided at
   * these levels that no column names go to its "other" column, when it has one.
   */
  decidingLevels: readonly DecidingLevel[];
  rows: readonly FormRow[];
  columns: readonly FormColumn[];
}

const row = (code: string | null, label: string, facet: string | null, level = 0, extension = false): FormRow => ({
  code,
  label,
  facet,
  level,
  ...(extension ? { extension } : {}),
});
const heading = (label: string): FormRow => row(null, label, null);
const unclassified = (code: string, label: string, facet: string, level = 1) => row(code, label, facet, level, true);

/** Rows of 0602 and 0603: by subject (with the five tiers of individuals) and by kind. */
const AWARD_ROWS: readonly FormRow[] = [
  row("01", "Tổng số", "total"),
  heading("Chia theo đối tượng"),
  row("02", "1. Tập thể", "subject:collective", 1),
  row("03", "Trong đó: Doanh nghiệp", "enterprise:yes", 2),
  unclassified("X1", "Chưa phân loại: tập thể chưa rõ có phải doanh nghiệp", "enterprise:unknown", 2),
  row("04", "2. Hộ gia đình", "subject:household", 1),
  row("05", "3. Cá nhân", "subject:individual", 1),
  row("06", "3.1. Lãnh đạo cấp bộ, cấp tỉnh trở lên", "tier:seniorLeader", 2),
  row("07", "3.2. Lãnh đạo cấp vụ, cấp sở và tương đương", "tier:departmentLeader", 2),
  row("08", "3.3. Doanh nhân", "tier:entrepreneur", 2),
  row("09", "3.4. Lãnh đạo khác từ phó trưởng phòng trở lên", "tier:otherLeader", 2),
  row("10", "3.5. Người trực tiếp lao động, công tác", "tier:directWorker", 2),
  unclassified("X2", "Chưa phân loại: cá nhân chưa rõ phân loại cán bộ", "tier:unknown", 2),
  unclassified("X3", "Chưa phân loại: chưa rõ đối tượng", "subject:unknown", 1),
  heading("Chia theo loại hình khen thưởng"),
  row("11", "1. Thường xuyên", "kind:regular", 1),
  row("12", "2. Theo đợt, chuyên đề", "kind:thematic", 1),
  row("13", "3. Đột xuất", "kind:adHoc", 1),
  row("14", "4. Đối ngoại", "kind:foreign", 1),
  row("15", "5. Quá trình cống hiến", "kind:dedication", 1),
  row("16", "6. Niên hạn", "kind:longService", 1),
  row("17", "7. Kháng chiến", "kind:resistance", 1),
];

const TT_02_2023 = "Thông tư số 02/2023/TT-BNV";
const FROM_2023: DateOnly = { year: 2023, month: 1, day: 1 };

/** The shipped layouts, TT 02/2023/TT-BNV. */
export const SHIPPED_LAYOUTS: readonly FormLayout[] = [
  {
    form: "0601",
    code: "0601.N/BNV-TĐKT",
    sheet: "0601.N",
    title: "SỐ PHONG TRÀO THI ĐUA",
    source: TT_02_2023,
    confirmed: true,
    validFrom: FROM_2023,
    validTo: null,
    counts: "movements",
    decidingLevels: [],
    columns: [
      { code: "1", label: "Tổng số", match: { all: true } },
      { code: "2", label: "Trung ương phát động", match: { launcher: "central" } },
      { code: "3", label: "Bộ, ngành, tỉnh phát động", match: { launcher: "province" } },
      { code: "4", label: "Cơ quan, đơn vị phát động", match: { launcher: "unit" } },
      { code: "X", label: "Chưa phân loại: chưa rõ cấp phát động", match: { launcher: "unknown" }, extension: true },
    ],
    rows: [
      row("01", "Tổng số", "total"),
      heading("Chia theo phạm vi"),
      row("02", "1. Toàn quốc", "scope:national", 1),
      row("03", "2. Bộ, ngành, địa phương", "scope:sectorOrLocality", 1),
      row("04", "3. Cụm, khối thi đua", "scope:blockOrCluster", 1),
      row("05", "4. Cơ quan, đơn vị", "scope:unit", 1),
      unclassified("X1", "Chưa phân loại: chưa rõ phạm vi", "scope:unknown"),
      heading("Chia theo thời hạn"),
      row("06", "1. Dưới 1 năm", "duration:underOneYear", 1),
      row("07", "2. 1 năm", "duration:oneYear", 1),
      row("08", "3. Từ 1 năm đến dưới 3 năm", "duration:oneToThreeYears", 1),
      row("09", "4. Từ 3 năm đến dưới 5 năm", "duration:threeToFiveYears", 1),
      row("10", "5. Từ 5 năm trở lên", "duration:fiveYearsOrMore", 1),
      unclassified("X2", "Chưa phân loại: chưa rõ thời hạn", "duration:unknown"),
      heading("Chia theo phương thức"),
      row("11", "1. Theo chuyên đề", "method:thematic", 1),
      row("12", "2. Thường xuyên hằng năm", "method:regular", 1),
      unclassified("X3", "Chưa phân loại: chưa rõ phương thức", "method:unknown"),
    ],
  },
  {
    form: "0602",
    code: "0602.N/BNV-TĐKT",
    sheet: "0602.N",
    title: "SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC",
    source: TT_02_2023,
    confirmed: true,
    validFrom: FROM_2023,
    validTo: null,
    counts: "awards",
    decidingLevels: ["central"],
    columns: [
      { code: "1", label: "Tổng số", match: { all: true } },
      { code: "2", label: "Huân chương", match: { prefixes: ["Huân chương"] } },
      { code: "3", label: "Huy chương", match: { prefixes: ["Huy chương"] } },
      {
        code: "4",
        label: "Danh hiệu vinh dự Nhà nước",
        match: { prefixes: ["Anh hùng", "Bà mẹ Việt Nam anh hùng", "Nhà giáo nhân dân", "Thầy thuốc nhân dân"] },
      },
      { code: "5", label: "Chiến sĩ thi đua toàn quốc", match: { codes: ["CSTDTQ"] } },
      { code: "6", label: "Cờ thi đua của Chính phủ", match: { codes: ["CTDCP"] } },
      { code: "7", label: "Bằng khen của Thủ tướng Chính phủ", match: { codes: ["BKTTG"] } },
      { code: "K", label: "Hình thức khác", match: { other: true }, extension: true },
    ],
    rows: AWARD_ROWS,
  },
  {
    form: "0603",
    code: "0603.N/BNV-TĐKT",
    sheet: "0603.N",
    title: "SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, TỈNH",
    source: TT_02_2023,
    confirmed: true,
    validFrom: FROM_2023,
    validTo: null,
    counts: "awards",
    // Only the awards its columns name: a province also decides Lao động tiên tiến for its own staff.
    decidingLevels: [],
    columns: [
      { code: "1", label: "Tổng số", match: { all: true } },
      { code: "2", label: "Cờ thi đua", match: { codes: ["CTDT"], prefixes: ["Cờ thi đua"] } },
      { code: "3", label: "Chiến sĩ thi đua cấp bộ, ngành, tỉnh", match: { codes: ["CSTDT"] } },
      { code: "4", label: "Tập thể lao động xuất sắc", match: { codes: ["TTLDXS"] } },
      { code: "5", label: "Bằng khen", match: { codes: ["BKT"], prefixes: ["Bằng khen"] } },
      { code: "6", label: "Kỷ niệm chương", match: { prefixes: ["Kỷ niệm chương"] } },
    ],
    rows: AWARD_ROWS,
  },
];

/** The layout of a form for the period ending on `periodEnd`: the latest whose validity covers it. */
export function layoutFor(form: FormId, periodEnd: DateOnly, layouts: readonly FormLayout[]): FormLayout | null {
  const fits = layouts.filter(
    (l) =>
      l.form === form &&
      compareDates(l.validFrom, periodEnd) <= 0 &&
      (l.validTo === null || compareDates(periodEnd, l.validTo) <= 0),
  );
  fits.sort((a, b) => compareDates(b.validFrom, a.validFrom));
  return fits[0] ?? null;
}

/** The three forms for a period: configured layouts take precedence over shipped ones of the same start. */
export function layoutsFor(periodEnd: DateOnly, configured: readonly FormLayout[] = []): FormLayout[] {
  const all = [...configured, ...SHIPPED_LAYOUTS];
  return (["0601", "0602", "0603"] as const)
    .map((form) => layoutFor(form, periodEnd, all))
    .filter((l): l is FormLayout => l !== null);
}

/** A problem in a layouts configuration: where (a JSON path) and what, as a code for i18n. */
export interface ConfigProblem {
  path: string;
  problem:
    "notList" | "notObject" | "badForm" | "badDate" | "missing" | "badRows" | "badColumns" | "badFacet" | "badSheet";
}

const FACET = /^(total|(subject|enterprise|tier|kind|scope|duration|method):[A-Za-z]+)$/;

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function configDate(v: Json): DateOnly | null {
  return typeof v === "string" ? parseDateText(v) : null;
}

function configRows(v: Json, path: string, problems: ConfigProblem[]): FormRow[] | null {
  if (!Array.isArray(v) || v.length === 0) {
    problems.push({ path, problem: "badRows" });
    return null;
  }
  const rows: FormRow[] = [];
  v.forEach((r: Json, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(r) || typeof r.label !== "string" || !(r.code === null || typeof r.code === "string")) {
      problems.push({ path: at, problem: "badRows" });
      return;
    }
    const facet = r.facet ?? null;
    if (facet !== null && (typeof facet !== "string" || !FACET.test(facet))) {
      problems.push({ path: `${at}.facet`, problem: "badFacet" });
      return;
    }
    rows.push({
      code: r.code,
      label: r.label,
      facet,
      level: typeof r.level === "number" ? r.level : 0,
      ...(r.extension === true ? { extension: true } : {}),
    });
  });
  return rows;
}

function configColumns(v: Json, path: string, problems: ConfigProblem[]): FormColumn[] | null {
  if (!Array.isArray(v) || v.length === 0) {
    problems.push({ path, problem: "badColumns" });
    return null;
  }
  const columns: FormColumn[] = [];
  v.forEach((c: Json, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(c) || typeof c.code !== "string" || typeof c.label !== "string" || !isObject(c.match)) {
      problems.push({ path: at, problem: "badColumns" });
      return;
    }
    const m = c.match;
    const strings = (x: Json) => Array.isArray(x) && x.every((s) => typeof s === "string");
    let match: ColumnMatch | null = null;
    if (m.all === true) match = { all: true };
    else if (m.other === true) match = { other: true };
    else if (typeof m.launcher === "string" && ["central", "province", "unit", "unknown"].includes(m.launcher))
      match = { launcher: m.launcher as Launcher };
    else if ((m.codes === undefined || strings(m.codes)) && (m.prefixes === undefined || strings(m.prefixes)))
      match = { codes: m.codes as string[] | undefined, prefixes: m.prefixes as string[] | undefined };
    if (!match) {
      problems.push({ path: `${at}.match`, problem: "badColumns" });
      return;
    }
    columns.push({ code: c.code, label: c.label, match, ...(c.extension === true ? { extension: true } : {}) });
  });
  return columns;
}

/**
 * Layouts from a configuration (parsed JSON): a list of objects, each either a whole layout or
 * `{ "base": "0602", … }` taking the shipped layout of that form and replacing the fields it gives —
 * the way to say "TT 18/2025/TT-BNV, same rows as before, from this date" until its forms are known.
 * Whatever comes from configuration is marked unconfirmed.
 */
export function layoutsFromConfig(config: Json): { layouts: FormLayout[]; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const layouts: FormLayout[] = [];
  const list = isObject(config) && Array.isArray(config.layouts) ? config.layouts : config;
  if (!Array.isArray(list)) return { layouts, problems: [{ path: "$", problem: "notList" }] };
  list.forEach((item: Json, i) => {
    const path = `$[${i}]`;
    if (!isObject(item)) {
      problems.push({ path, problem: "notObject" });
      return;
    }
    const formText = item.form ?? item.base;
    if (formText !== "0601" && formText !== "0602" && formText !== "0603") {
      problems.push({ path: `${path}.form`, problem: "badForm" });
      return;
    }
    const form = formText;
    const base = item.base !== undefined ? SHIPPED_LAYOUTS.find((l) => l.form === form) : undefined;
    const validFrom = configDate(item.validFrom);
    if (!validFrom) {
      problems.push({ path: `${path}.validFrom`, problem: item.validFrom === undefined ? "missing" : "badDate" });
      return;
    }
    const validTo = item.validTo === undefined || item.validTo === null ? null : configDate(item.validTo);
    if (item.validTo !== undefined && item.validTo !== null && !validTo) {
      problems.push({ path: `${path}.validTo`, problem: "badDate" });
      return;
    }
    const text = (key: string): string | null => {
      const v = item[key];
      if (typeof v === "string" && v.trim()) return v;
      const fallback = base?.[key as "code" | "sheet" | "title" | "source"];
      if (fallback) return fallback;
      problems.push({ path: `${path}.${key}`, problem: "missing" });
      return null;
    };
    const code = text("code");
    const sheet = text("sheet");
    const title = text("title");
    const source = text("source");
    const rows = item.rows === undefined && base ? base.rows : configRows(item.rows, `${path}.rows`, problems);
    const columns =
      item.columns === undefined && base ? base.columns : configColumns(item.columns, `${path}.columns`, problems);
    // Excel's rule for sheet names: at most 31 characters, none of : \ / ? * [ ].
    if (sheet && (sheet.length > 31 || /[:\\/?*[\]]/.test(sheet))) {
      problems.push({ path: `${path}.sheet`, problem: "badSheet" });
      return;
    }
    if (!code || !sheet || !title || !source || !rows || !columns) return;
    const counts = form === "0601" ? "movements" : "awards";
    layouts.push({
      form,
      code,
      sheet,
      title,
      source,
      confirmed: false,
      validFrom,
      validTo,
      counts,
      decidingLevels: base?.decidingLevels ?? (form === "0602" ? ["central"] : []),
      rows,
      columns,
    });
  });
  return { layouts, problems };
}
