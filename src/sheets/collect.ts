/**
 * Collecting the units' returned files into the master book (issue 15), as cells: each file's
 * nominations appended to the master's Đề nghị khen thưởng (or replacing the rows an earlier copy of
 * the same template brought), its registrations written into the master's Chỉ tiêu, every merged row
 * naming its source in Nguồn. Values only: what the bounded reader gives (formulas' cached values,
 * links' text) is copied as it is, text starting with "=" stays text.
 *
 * Pure: the master's and the files' cells in, the merged cells and one SheetEdit per changed sheet out
 * (the exceljs adapter writes them to a new file, the pane in one undoable batch), with each file's
 * outcome. The merged cells are checked by the same engine as any book (checkWorkbook).
 */
import { formatDate, fromJsDate, toExcelSerial } from "../domain/dates";
import { finding, type Finding } from "../domain/finding";
import type { CellValue, DateOnly } from "../domain/model";
import { codeKey, looseKey } from "../domain/text";
import { isEmptyCell, readBool, readDate } from "./cells";
import { checkWorkbook } from "./checkWorkbook";
import { NOMINATIONS_SHEET, PLAN_SHEET, TARGETS_SHEET, type ColumnSpec, type SheetSpec } from "./contract";
import type { CellEdit, SheetEdit } from "./historyEdit";
import {
  columnLetter,
  findSheet,
  parseBook,
  parsePlan,
  parseTable,
  placeAt,
  detectHeaderRow,
  type RawSheet,
} from "./parse";
import { bookId, readIdentity, templateYear, TEMPLATE_NOMINATIONS, type TemplateIdentity } from "./template";

export type FileStatus = "imported" | "unchanged" | "rejected";

/** Why a file is not imported, as an i18n key (templates.*.ts) and its parameters. */
export interface Reason {
  key: string;
  params: Record<string, string | number>;
}

/** A returned file as the bounded reader read it, or the sentence why it could not be read. */
export type Returned = { file: string; sheets: RawSheet[] } | { file: string; unusable: Reason };

/** Where a merged row came from. */
export interface Origin {
  file: string;
  sheet: string;
  row: number;
}

export interface FileOutcome {
  file: string;
  status: FileStatus;
  /** Rows this file brought into the book: nominations (replacing an earlier copy's, see `replaced`) and registrations. */
  added: number;
  /** Rows of an earlier copy of the same template (or file) this one replaced. */
  replaced: number;
  registered: number;
  /** The template's identity; null for a file that never was a template. */
  template: TemplateIdentity | null;
  /** Why it was rejected; null otherwise. */
  reason: Reason | null;
  /** The file's own findings (UNIT_MISMATCH, NOT_TEMPLATE, MISSING_COLUMN…) and the check's on its merged rows. */
  findings: Finding[];
  /** For each finding of the check on a merged row: where that row is in the unit's file (same order as findings; null for the file's own). */
  origins: (Origin | null)[];
}

export interface Collected {
  /** The master's sheets with the merge applied: check them, or show them. */
  sheets: RawSheet[];
  /** One edit per sheet changed (appended, replaced or cleared rows; added headers). */
  edits: SheetEdit[];
  files: FileOutcome[];
  /** The files' `added`, summed. */
  added: number;
}

// ── Nguồn ────────────────────────────────────────────────────────────────────────────────────────

/** "mau-….xlsx, dòng 3 (mẫu X-TAVAN năm 2024)": a template's row; "ds-cu.xlsx, dòng 3": a plain file's. */
export function sourceText(file: string, row: number, template: TemplateIdentity | null): string {
  return template ? `${file}, dòng ${row} (mẫu ${template.unit} năm ${template.year})` : `${file}, dòng ${row}`;
}

/** The batch a Nguồn belongs to: rows of one template (any file name), or of one plain file. */
export function sourceBatch(text: string): string | null {
  const m = /^(.+), dòng (\d+)(?: \(mẫu (.+) năm (\d{4})\))?$/u.exec(text.trim());
  if (!m) return null;
  return m[3] !== undefined ? `T|${codeKey(m[3])}|${m[4]}` : `F|${looseKey(m[1])}`;
}

const batchOf = (file: string, template: TemplateIdentity | null) =>
  template ? `T|${codeKey(template.unit)}|${template.year}` : `F|${looseKey(file)}`;

// ── The master's sheets as editable grids ───────────────────────────────────────────────────────

/** A sheet's cells from A1, rows 1-based as Excel counts them (index 0 unused). */
class Grid {
  readonly rows: CellValue[][] = [[]];
  readonly original: CellValue[][] = [[]];
  constructor(
    readonly name: string,
    raw: RawSheet | null,
    readonly created: boolean,
  ) {
    if (!raw) return;
    const top = raw.rowOffset ?? 0;
    const left = raw.colOffset ?? 0;
    raw.values.forEach((cells, r) => {
      const row: CellValue[] = [];
      cells.forEach((v, c) => (row[left + c] = v ?? null));
      this.rows[top + r + 1] = row;
      this.original[top + r + 1] = row.slice();
    });
  }
  get(row: number, col: number): CellValue {
    return this.rows[row]?.[col] ?? null;
  }
  set(row: number, col: number, v: CellValue): void {
    (this.rows[row] ??= [])[col] = v;
  }
  /** The last row holding anything. */
  lastRow(): number {
    for (let r = this.rows.length - 1; r > 0; r--) if ((this.rows[r] ?? []).some((v) => !isEmptyCell(v))) return r;
    return 0;
  }
  raw(): RawSheet {
    const values: CellValue[][] = [];
    for (let r = 1; r < this.rows.length; r++) {
      const row = this.rows[r] ?? [];
      values.push(Array.from({ length: row.length }, (_, i) => row[i] ?? null));
    }
    return { name: this.name, values };
  }
  edit(headerRow: number): SheetEdit | null {
    const cells: CellEdit[] = [];
    const rows = Math.max(this.rows.length, this.original.length);
    for (let r = 1; r < rows; r++) {
      const now = this.rows[r] ?? [];
      const was = this.original[r] ?? [];
      for (let c = 0; c < Math.max(now.length, was.length); c++) {
        const a = now[c] ?? null;
        const b = was[c] ?? null;
        if (sameCell(a, b)) continue;
        cells.push({
          row: r,
          col: c,
          ...cellEdit(a),
          fresh: isEmptyCell(b),
          ...(r === headerRow ? { header: true } : {}),
        });
      }
    }
    if (cells.length === 0) return null;
    const last = this.original.length - 1;
    return { sheet: this.name, create: this.created, cells, styleRow: last > headerRow ? last : null };
  }
}

function sameCell(a: CellValue, b: CellValue): boolean {
  if (isEmptyCell(a) && isEmptyCell(b)) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/** A cell value as an edit writes it: dates as serials flagged as dates, yes/no as the contract writes them. */
function cellEdit(v: CellValue): Pick<CellEdit, "value" | "date" | "text"> {
  if (v === null || (typeof v === "string" && v === "")) return { value: null };
  if (v instanceof Date) {
    const d = fromJsDate(v);
    return d ? { value: toExcelSerial(d), date: true } : { value: null };
  }
  if (typeof v === "boolean") return { value: v ? "Có" : "Không" };
  return typeof v === "string" && /^[=+\-@]/.test(v) ? { value: v, text: true } : { value: v };
}

/** What a cell means for comparing a returned row with the one already merged. */
function meaning(spec: ColumnSpec | null, v: CellValue): string {
  if (isEmptyCell(v)) return "";
  if (spec?.type === "date") {
    const d = readDate(v);
    if (d.ok && d.value) return `d:${formatDate(d.value)}`;
  }
  if (spec?.type === "bool") {
    const b = readBool(v);
    if (b.ok) return b.value ? "b:1" : "";
  }
  if (v instanceof Date) {
    const d = fromJsDate(v);
    return d ? `d:${formatDate(d)}` : "";
  }
  return typeof v === "number" ? `n:${v}` : `s:${String(v).trim()}`;
}

/** A contract sheet of the master, where the merge writes: header row, column of each key, extras. */
class Target {
  readonly columns = new Map<string, number>();
  readonly extras = new Map<string, number>();
  next: number;
  constructor(
    readonly spec: SheetSpec,
    readonly grid: Grid,
    readonly headerRow: number,
    layout: { columns: Record<string, { index: number }>; extras: { index: number; header: string }[] } | null,
    created: readonly ColumnSpec[],
  ) {
    if (layout) {
      for (const [k, c] of Object.entries(layout.columns)) this.columns.set(k, c.index);
      for (const e of layout.extras) this.extras.set(looseKey(e.header), e.index);
    } else {
      created.forEach((c, i) => {
        this.columns.set(c.key, i);
        grid.set(headerRow, i, c.header);
      });
    }
    this.next = Math.max(-1, ...this.columns.values(), ...this.extras.values()) + 1;
  }
  /** The column of a contract key, added after the last header when the master lacks it. */
  column(key: string): number {
    let at = this.columns.get(key);
    if (at === undefined) {
      at = this.next++;
      this.columns.set(key, at);
      this.grid.set(this.headerRow, at, this.spec.columns.find((c) => c.key === key)?.header ?? key);
    }
    return at;
  }
  extra(header: string): number {
    const k = looseKey(header);
    let at = this.extras.get(k);
    if (at === undefined) {
      at = this.next++;
      this.extras.set(k, at);
      this.grid.set(this.headerRow, at, header);
    }
    return at;
  }
}

// ── Reading one returned file ────────────────────────────────────────────────────────────────────

/** One returned row: its values by contract key and by extra header, where it was. */
interface InRow {
  row: number;
  values: Map<string, CellValue>;
  extras: Map<string, { header: string; value: CellValue }>;
}

interface ReadFile {
  template: TemplateIdentity | null;
  sheet: string | null;
  rows: InRow[];
  /** Where the file's Mã đơn vị column is, for pointing at a row of another unit. */
  unitColumn: { index: number; header: string } | null;
  targets: { sheet: string; rows: InRow[] } | null;
  findings: Finding[];
  reason: Reason | null;
}

/** Columns a file's nominations must have: the contract's required ones (STT may be left out of a unit's own sheet). */
const needed = (template: boolean) =>
  NOMINATIONS_SHEET.columns.filter((c) => c.required && (template || c.key !== "seq"));

interface Table {
  rows: InRow[];
  headerRow: number;
  missing: ColumnSpec[];
  /** Contract key → the header as written and its 0-based column. */
  columns: Record<string, { index: number; header: string }>;
}

function tableRows(spec: SheetSpec, raw: RawSheet): Table {
  const parsed = parseTable(spec, raw);
  const { layout } = parsed;
  if (layout.headerRow === 0)
    return { rows: [], headerRow: 0, missing: spec.columns.filter((c) => c.required), columns: {} };
  const top = raw.rowOffset ?? 0;
  const left = raw.colOffset ?? 0;
  const rows: InRow[] = [];
  for (let r = layout.headerRow - top; r < raw.values.length; r++) {
    const cells = raw.values[r] ?? [];
    const values = new Map<string, CellValue>();
    for (const [key, c] of Object.entries(layout.columns)) values.set(key, cells[c.index - left] ?? null);
    const extras = new Map<string, { header: string; value: CellValue }>();
    for (const e of layout.extras)
      extras.set(looseKey(e.header), { header: e.header, value: cells[e.index - left] ?? null });
    rows.push({ row: r + top + 1, values, extras });
  }
  const missing = spec.columns.filter((c) => c.required && !layout.columns[c.key]);
  return { rows, headerRow: layout.headerRow, missing, columns: layout.columns };
}

/** A row counts when it holds something besides its number and the unit (which a unit may pre-fill). */
const meaningful = (r: InRow) =>
  [...r.values].some(([k, v]) => k !== "seq" && k !== "unit" && k !== "source" && !isEmptyCell(v)) ||
  [...r.extras.values()].some((e) => !isEmptyCell(e.value));

function missingFindings(sheet: string, headerRow: number, missing: readonly ColumnSpec[]): Finding[] {
  return missing.map((c) =>
    finding("MISSING_COLUMN", "error", placeAt(sheet, headerRow || null, { header: c.header }), {
      params: { header: c.header, aliases: c.aliases.length ? c.aliases.join(", ") : "—" },
    }),
  );
}

function readReturned(file: string, sheets: readonly RawSheet[], year: number, book: string): ReadFile {
  const out: ReadFile = {
    template: null,
    sheet: null,
    rows: [],
    unitColumn: null,
    targets: null,
    findings: [],
    reason: null,
  };
  const planRaw = findSheet(PLAN_SHEET, sheets);
  const identity = planRaw ? readIdentity(parsePlan(PLAN_SHEET, planRaw).plan) : null;
  out.template = identity;
  if (identity && identity.year !== year) {
    out.reason = { key: "import.reason.otherYear", params: { year: identity.year, expected: year } };
    return out;
  }
  if (identity && identity.book && identity.book !== book) {
    out.findings.push(
      finding("TEMPLATE_OTHER_BOOK", "warning", placeAt(planRaw?.name ?? PLAN_SHEET.name, null, null), {
        params: { file, book: identity.book, expected: book },
      }),
    );
  }

  // The nominations: the sheet by its name, else (a unit's own file) the first sheet whose headers fit.
  const spec = identity ? TEMPLATE_NOMINATIONS : NOMINATIONS_SHEET;
  const named = findSheet(NOMINATIONS_SHEET, sheets);
  const raw =
    named ?? (identity ? null : (sheets.find((s) => detectHeaderRow(NOMINATIONS_SHEET, s.values) >= 0) ?? null));
  const targetsRaw = identity ? findSheet(TARGETS_SHEET, sheets) : null;
  if (raw) {
    const table = tableRows(spec, raw);
    const missing = needed(identity !== null).filter((c) => table.missing.includes(c));
    if (missing.length) {
      out.findings.push(...missingFindings(raw.name, table.headerRow, missing));
      out.reason = {
        key: "import.reason.missingColumns",
        params: { sheet: raw.name, headers: missing.map((c) => c.header).join(", ") },
      };
      return out;
    }
    out.sheet = raw.name;
    out.rows = table.rows.filter(meaningful);
    out.unitColumn = table.columns.unit ?? null;
  }
  if (targetsRaw) {
    const table = tableRows(TARGETS_SHEET, targetsRaw);
    if (table.headerRow > 0) out.targets = { sheet: targetsRaw.name, rows: table.rows };
  }
  if (!raw && !out.targets) {
    const headers = needed(identity !== null)
      .map((c) => c.header)
      .join(", ");
    out.findings.push(...missingFindings(sheets[0]?.name ?? NOMINATIONS_SHEET.name, 0, needed(identity !== null)));
    out.reason = { key: "import.reason.noSheet", params: { headers } };
    return out;
  }
  if (!identity) {
    out.findings.push(finding("NOT_TEMPLATE", "warning", placeAt(out.sheet ?? "", null, null), { params: { file } }));
  }
  return out;
}

// ── The merge ────────────────────────────────────────────────────────────────────────────────────

/** Merges `returned` into the master's cells, in the order given (a later copy of a template replaces an earlier). */
export function collect(master: readonly RawSheet[], returned: readonly Returned[], today: DateOnly): Collected {
  const parsed = parseBook(master);
  const year = templateYear(parsed.book, today);
  const book = bookId(parsed.book);

  const sheetTarget = (spec: SheetSpec, created: readonly ColumnSpec[]) => {
    const layout = parsed.layouts[spec.key] ?? null;
    const raw = layout ? (master.find((s) => s.name === layout.name) ?? null) : null;
    const usable = layout && layout.headerRow > 0 ? layout : null;
    const grid = new Grid(usable ? usable.name : spec.name, usable ? raw : null, !layout);
    // A sheet by that name whose header cannot be found is left alone: a new sheet would clash with it.
    if (layout && !usable) return null;
    return new Target(spec, grid, usable ? usable.headerRow : 1, usable, created);
  };
  let nominations: Target | null | undefined;
  let targets: Target | null | undefined;
  const nominationsSheet = () =>
    nominations === undefined
      ? (nominations = sheetTarget(NOMINATIONS_SHEET, [
          ...TEMPLATE_NOMINATIONS.columns,
          ...NOMINATIONS_SHEET.columns.filter((c) => c.key === "source"),
        ]))
      : nominations;
  const targetsSheet = () =>
    targets === undefined ? (targets = sheetTarget(TARGETS_SHEET, TARGETS_SHEET.columns)) : targets;

  /** Merged row → its origin, per merged sheet; replaced when a later file takes the row. */
  const origins = new Map<string, Map<number, { index: number; origin: Origin }>>();
  const setOrigin = (sheet: string, row: number, index: number, origin: Origin | null) => {
    let m = origins.get(sheet);
    if (!m) origins.set(sheet, (m = new Map()));
    if (origin) m.set(row, { index, origin });
    else m.delete(row);
  };

  /** Merged nomination rows by batch (sourceBatch), and the targets' rows by unit: indexes built once. */
  let batches: Map<string, number[]> | null = null;
  let unitRows: Map<string, number[]> | null = null;

  const outcomes: FileOutcome[] = [];
  let added = 0;
  returned.forEach((ret, index) => {
    const outcome: FileOutcome = {
      file: ret.file,
      status: "rejected",
      added: 0,
      replaced: 0,
      registered: 0,
      template: null,
      reason: null,
      findings: [],
      origins: [],
    };
    outcomes.push(outcome);
    if ("unusable" in ret) {
      outcome.reason = ret.unusable;
      return;
    }
    const read = readReturned(ret.file, ret.sheets, year, book);
    outcome.template = read.template;
    outcome.findings.push(...read.findings);
    if (read.reason) {
      outcome.reason = read.reason;
      return;
    }

    // Rows of another unit are not merged; an empty unit cell is the template's unit.
    const rows: InRow[] = [];
    for (const r of read.rows) {
      const unit = r.values.get("unit");
      if (read.template && isEmptyCell(unit ?? null)) r.values.set("unit", read.template.unit);
      else if (read.template && codeKey(String(unit)) !== codeKey(read.template.unit)) {
        const col = read.unitColumn ?? {
          header: NOMINATIONS_SHEET.columns.find((c) => c.key === "unit")?.header ?? "",
        };
        outcome.findings.push(
          finding("UNIT_MISMATCH", "error", placeAt(read.sheet ?? "", r.row, col), {
            unit: String(unit),
            params: { file: ret.file, value: String(unit), expected: read.template.unit },
          }),
        );
        continue;
      }
      rows.push(r);
    }

    let changed = false;
    const batch = batchOf(ret.file, read.template);
    // A file without nominations leaves them alone; an emptied copy of a template clears its earlier rows.
    const target = read.sheet !== null && (rows.length > 0 || parsed.layouts.nominations) ? nominationsSheet() : null;
    if (rows.length && !target) {
      outcome.status = "rejected";
      outcome.reason = { key: "import.reason.masterSheet", params: { sheet: NOMINATIONS_SHEET.name } };
      return;
    }
    if (target) {
      const grid = target.grid;
      const sourceCol = target.column("source");
      if (!batches) {
        // Each merged row's batch, read once from Nguồn; kept up to date as files are merged.
        batches = new Map();
        for (let r = target.headerRow + 1, last = grid.lastRow(); r <= last; r++) {
          const s = grid.get(r, sourceCol);
          const b = typeof s === "string" ? sourceBatch(s) : null;
          if (b) batches.set(b, [...(batches.get(b) ?? []), r]);
        }
      }
      const earlier = batches.get(batch) ?? [];
      const specOf = (key: string) => NOMINATIONS_SHEET.columns.find((c) => c.key === key) ?? null;
      const signature = (values: [ColumnSpec | null, CellValue][]) =>
        values.map(([c, v]) => meaning(c, v)).join("\u0001");
      const keys = [...new Set(rows.flatMap((r) => [...r.values.keys()]))].filter((k) => k !== "source");
      const extraKeys = [...new Set(rows.flatMap((r) => [...r.extras.keys()]))];
      const incoming = rows.map((r) =>
        signature([
          ...keys.map((k) => [specOf(k), r.values.get(k) ?? null] as [ColumnSpec | null, CellValue]),
          ...extraKeys.map((k) => [null, r.extras.get(k)?.value ?? null] as [ColumnSpec | null, CellValue]),
        ]),
      );
      const existing = earlier.map((row) =>
        signature([
          ...keys.map(
            (k) =>
              [specOf(k), target.columns.has(k) ? grid.get(row, target.columns.get(k) as number) : null] as [
                ColumnSpec | null,
                CellValue,
              ],
          ),
          ...extraKeys.map(
            (k) =>
              [null, target.extras.has(k) ? grid.get(row, target.extras.get(k) as number) : null] as [
                ColumnSpec | null,
                CellValue,
              ],
          ),
        ]),
      );
      const same = incoming.length === existing.length && incoming.every((s, i) => s === existing[i]);
      if (!same) {
        changed = true;
        // Rows of the earlier copy first (in place), then below the last row; the earlier copy's rest is cleared.
        const width = Math.max(0, ...earlier.map((r) => (grid.rows[r] ?? []).length));
        let next = grid.lastRow() + 1;
        const places = rows.map((_, i) => (i < earlier.length ? earlier[i] : next++));
        for (const r of earlier.slice(rows.length)) {
          for (let c = 0; c < width; c++) grid.set(r, c, null);
          setOrigin(grid.name, r, index, null);
        }
        for (const r of earlier.slice(0, rows.length)) for (let c = 0; c < width; c++) grid.set(r, c, null);
        rows.forEach((r, i) => {
          const at = places[i];
          for (const [k, v] of r.values) if (k !== "source" && !isEmptyCell(v)) grid.set(at, target.column(k), v);
          for (const e of r.extras.values()) if (!isEmptyCell(e.value)) grid.set(at, target.extra(e.header), e.value);
          grid.set(at, sourceCol, sourceText(ret.file, r.row, read.template));
          setOrigin(grid.name, at, index, { file: ret.file, sheet: read.sheet ?? "", row: r.row });
        });
        batches.set(batch, places);
        outcome.replaced = earlier.length;
        outcome.added = rows.length;
      }
    }

    // Registrations: Đăng ký (and its date) into the master's row of the same unit and target.
    if (read.template && read.targets) {
      const registered = read.targets.rows.filter((r) => !isEmptyCell(r.values.get("registered") ?? null));
      const t = registered.length ? targetsSheet() : null;
      if (t) {
        const grid = t.grid;
        const unitCol = t.columns.get("unit") ?? -1;
        if (!unitRows) {
          unitRows = new Map();
          for (let row = t.headerRow + 1, last = grid.lastRow(); row <= last; row++) {
            const unit = grid.get(row, unitCol);
            if (!isEmptyCell(unit))
              unitRows.set(codeKey(String(unit)), [...(unitRows.get(codeKey(String(unit))) ?? []), row]);
          }
        }
        const own = unitRows.get(codeKey(read.template.unit)) ?? [];
        const find = (r: InRow) => {
          const code = r.values.get("code");
          const name = r.values.get("name");
          for (const row of own) {
            const c = t.columns.has("code") ? grid.get(row, t.columns.get("code") as number) : null;
            if (!isEmptyCell(code ?? null) && !isEmptyCell(c)) {
              if (codeKey(String(c)) === codeKey(String(code))) return row;
              continue;
            }
            const n = grid.get(row, t.columns.get("name") ?? -1);
            if (!isEmptyCell(n) && !isEmptyCell(name ?? null) && looseKey(String(n)) === looseKey(String(name)))
              return row;
          }
          return null;
        };
        for (const r of registered) {
          let row = find(r);
          const fields = row === null ? [...r.values.keys()] : ["registered", "registeredOn"];
          const spec = (k: string) => TARGETS_SHEET.columns.find((c) => c.key === k) ?? null;
          const differs = fields.some(
            (k) =>
              !isEmptyCell(r.values.get(k) ?? null) &&
              meaning(spec(k), r.values.get(k) ?? null) !==
                meaning(spec(k), row === null || !t.columns.has(k) ? null : grid.get(row, t.columns.get(k) as number)),
          );
          if (!differs) continue;
          changed = true;
          if (row === null) {
            row = grid.lastRow() + 1;
            r.values.set("unit", (read.template as TemplateIdentity).unit);
            own.push(row);
            unitRows.set(codeKey(read.template.unit), own);
          }
          for (const k of fields) {
            const v = r.values.get(k) ?? null;
            if (!isEmptyCell(v) && k !== "source") grid.set(row, t.column(k), v);
          }
          grid.set(row, t.column("source"), sourceText(ret.file, r.row, read.template));
          setOrigin(grid.name, row, index, { file: ret.file, sheet: read.targets.sheet, row: r.row });
          outcome.registered++;
        }
        outcome.added += outcome.registered;
      }
    }
    outcome.status = changed ? "imported" : "unchanged";
    added += outcome.added;
  });

  // The merged book, checked as any book; each finding on a merged row goes to the file that brought it.
  const grids = [nominations, targets].filter((g): g is Target => !!g && g.grid.edit(g.headerRow) !== null);
  const sheets = master.map((s) => grids.find((g) => g.grid.name === s.name && !g.grid.created)?.grid.raw() ?? s);
  for (const g of grids) if (g.grid.created) sheets.push(g.grid.raw());
  const edits = grids.map((g) => g.grid.edit(g.headerRow) as SheetEdit);
  const check = checkWorkbook(sheets, today);
  for (const o of outcomes) o.origins = o.findings.map(() => null);
  for (const f of check.findings) {
    const hit = f.sheet !== null && f.row !== null ? origins.get(f.sheet)?.get(f.row) : undefined;
    if (!hit) continue;
    outcomes[hit.index].findings.push(f);
    outcomes[hit.index].origins.push(hit.origin);
  }
  return { sheets, edits, files: outcomes, added };
}

/** "B12": the cell of a 0-based column on a 1-based row, for reports. */
export const cellName = (row: number, col: number) => `${columnLetter(col)}${row}`;
