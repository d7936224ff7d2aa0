/**
 * The client side of the in-memory host: proxy objects with Office.js's request semantics.
 * Calls queue operations; `context.sync()` runs them in order against the book; loaded properties
 * become readable only after that sync, and reading one that was not loaded throws PropertyNotLoaded,
 * as Office does — so an adapter that forgets a `load` fails its tests.
 * Only the part of the Excel API the adapter uses is here.
 */
import { readReference, sheetPrefix, writeReference } from "./a1";
import {
  MemoryError,
  toCell,
  type Box,
  type Cell,
  type EventKind,
  type Handler,
  type MemBook,
  type MemSheet,
} from "./book";
import type { Faults } from "./faults";

export interface HostOptions {
  /** Bytes of values one sync may return before Excel on the web refuses the response (5 MB). */
  responseBytes: number;
  /** Bytes of values, formats and texts one sync may send before Excel on the web refuses the request (5 MB). */
  requestBytes: number;
  /** A tighter limit in cells, for tests that want one. */
  cellsPerSync?: number;
  /**
   * The clerk's Excel (faults.ts): cell editing, protection, the ExcelApi version (notes are 1.18),
   * the request limit, errors to raise.
   */
  faults: Faults;
}

type Op = () => void;
type LoadSpec = string | string[] | { select?: string };

function notLoaded(prop: string): MemoryError {
  return new MemoryError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** "values, rowIndex" / ["values"] / {select} / "items/name" → property names. */
function propNames(spec: LoadSpec | undefined): string[] {
  const text =
    spec === undefined
      ? ""
      : typeof spec === "string"
        ? spec
        : Array.isArray(spec)
          ? spec.join(",")
          : (spec.select ?? "");
  const names = text
    .split(",")
    .map((s) => s.trim().replace(/^items\//, ""))
    .filter(Boolean);
  // Office loads every scalar property on a bare load(); the adapter always names what it reads.
  if (names.length === 0) throw new MemoryError("InvalidArgument", "memory host: name the properties to load");
  return names;
}

/** What the values would weigh in the response's JSON: UTF-8 text, quotes and separators. */
function payloadBytes(values: Cell[][]): number {
  let bytes = 2;
  for (const row of values) {
    bytes += 3;
    for (const v of row) {
      if (typeof v !== "string") bytes += String(v).length + 1;
      else {
        bytes += 3;
        for (let i = 0; i < v.length; i++) {
          const code = v.charCodeAt(i);
          bytes += code < 0x80 ? (code === 0x22 || code === 0x5c || code < 0x20 ? 2 : 1) : code < 0x800 ? 2 : 3;
        }
      }
    }
  }
  return bytes;
}

function invalidObjectPath(): MemoryError {
  return new MemoryError(
    "InvalidObjectPath",
    `The object path isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
  );
}

function hex(color: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) throw new MemoryError("InvalidArgument", `memory host: colour "${color}" is not #RRGGBB`);
  return `#${m[1].toUpperCase()}`;
}

function cellsOf(box: Box, each: (row: number, col: number) => void): void {
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) each(r, c);
}

export class MemContext {
  private queue: Op[] = [];
  private readCells = 0;
  private readBytes = 0;
  /** What the queued request carries: one per operation, plus the cells of values written. */
  private sent = 0;
  /** Set when the run that made this context has finished: its objects can no longer be used. */
  private finished = false;
  private events: { kind: EventKind; sheet: MemSheet; box?: Box }[] = [];
  readonly workbook: MemWorkbook;
  readonly application: MemApplication;
  readonly runtime: MemRuntime;

  constructor(
    readonly book: MemBook,
    readonly options: HostOptions,
  ) {
    this.workbook = new MemWorkbook(this);
    this.application = new MemApplication(this);
    this.runtime = new MemRuntime(this);
  }

  enqueue(op: Op): void {
    if (this.finished) throw invalidObjectPath();
    this.queue.push(op);
    this.sent++;
  }

  /** What the queued request's values, formats and texts weigh as JSON. */
  private sentBytes = 0;

  /** A write of `cells` values makes the request larger (`data`: what they weigh as JSON). */
  countSent(cells: number, data?: unknown[][]): void {
    this.sent += cells;
    // Weighed only against a limit (a host without one, the web page's, skips the walk over every cell).
    if (data && Number.isFinite(this.options.requestBytes)) this.sentBytes += payloadBytes(data as Cell[][]);
  }

  get faults(): Faults {
    return this.options.faults;
  }

  /** The run is over (Excel.run returned); a later run on the same context (Excel.run(context, …)) reopens it. */
  finish(): void {
    this.queue = [];
    this.finished = true;
  }

  reopen(): void {
    this.finished = false;
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  /** An operation changed the book; events are raised only while they are enabled, as in Excel. */
  raise(kind: EventKind, sheet: MemSheet, box?: Box): void {
    if (this.book.enableEvents) this.events.push({ kind, sheet, box });
  }

  countRead(values: Cell[][]): void {
    const cells = values.length * (values[0]?.length ?? 0);
    this.readCells += cells;
    if (Number.isFinite(this.options.responseBytes)) this.readBytes += payloadBytes(values);
    this.book.cellsRead += cells;
  }

  async sync(): Promise<void> {
    if (this.finished) throw invalidObjectPath();
    const ops = this.queue;
    const sent = this.sent;
    const sentBytes = this.sentBytes;
    this.queue = [];
    this.sentBytes = 0;
    this.readCells = 0;
    this.readBytes = 0;
    this.sent = 0;
    this.book.syncs++;
    await Promise.resolve();
    try {
      // Refused before anything runs: cell edit mode, an injected error, a request too large.
      this.faults.beforeSync();
      this.faults.request(sent);
      if (sentBytes > this.options.requestBytes)
        throw new MemoryError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
      // Like Excel, a failing operation stops the batch; the ones before it stay applied.
      for (const op of ops) op();
      if (
        this.readBytes > this.options.responseBytes ||
        (this.options.cellsPerSync !== undefined && this.readCells > this.options.cellsPerSync)
      ) {
        throw new MemoryError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
      }
    } finally {
      const events = this.events;
      this.events = [];
      const seen = new Set<string>();
      for (const e of events) {
        const key = `${e.kind}${e.sheet.id}${e.box ? writeReference(e.box) : ""}`;
        if (seen.has(key)) continue;
        seen.add(key);
        this.book.fire(e.kind, e.sheet.id, e.box ? { address: writeReference(e.box), changeType: "RangeEdited" } : {});
      }
      if (ops.length) this.book.notify();
    }
  }
}

abstract class MemObject {
  protected readonly loaded = new Map<string, unknown>();
  protected nullState: boolean | undefined;
  protected abstract readonly props: readonly string[];

  constructor(readonly context: MemContext) {}

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  protected prop<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  /** Reads a property from the book; runs during sync. */
  protected abstract read(name: string): unknown;

  load(spec?: LoadSpec): this {
    const names = propNames(spec);
    for (const n of names) {
      if (!this.props.includes(n))
        throw new MemoryError("InvalidArgument", `memory host: '${n}' cannot be loaded on ${this.constructor.name}`);
    }
    this.context.enqueue(() => {
      if (this.nullState) return;
      for (const n of names) this.loaded.set(n, this.read(n));
    });
    return this;
  }

  /** Queues a property write; the proxy shows the new value at once, as Office's proxies do. */
  protected write(name: string, value: unknown, apply: Op): void {
    this.loaded.set(name, value);
    this.context.enqueue(apply);
  }
}

class MemApplication {
  constructor(private readonly context: MemContext) {}
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue(() => this.context.faults.requires(9, "suspendScreenUpdatingUntilNextSync"));
  }
}

class MemRuntime extends MemObject {
  protected readonly props = ["enableEvents"];
  protected read(): unknown {
    this.context.faults.requires(8, "runtime.enableEvents");
    return this.context.book.enableEvents;
  }
  get enableEvents(): boolean {
    return this.prop("enableEvents");
  }
  set enableEvents(on: boolean) {
    this.write("enableEvents", on, () => {
      this.context.faults.requires(8, "runtime.enableEvents");
      this.context.book.enableEvents = on;
    });
  }
}

class MemWorkbook {
  readonly worksheets: MemWorksheets;
  readonly tables: MemWorkbookTables;
  constructor(private readonly context: MemContext) {
    this.worksheets = new MemWorksheets(context);
    this.tables = new MemWorkbookTables(context);
  }
  /** The clerk's selection; A1 of the active sheet when nothing was selected yet, as in a new book. */
  getSelectedRange(): MemRange {
    const book = this.context.book;
    return new MemRange(this.context, () => {
      if (book.selection) return { ...book.selection };
      if (!book.active) throw new MemoryError("ItemNotFound", "The workbook has no sheet.");
      return { sheet: book.active, box: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
}

class MemEvents {
  constructor(
    private readonly context: MemContext,
    private readonly kind: EventKind,
  ) {}
  add(handler: Handler): { context: MemContext; remove(): void } {
    const { context, kind } = this;
    context.enqueue(() => {
      // WorksheetCollection.onChanged is ExcelApi 1.9; onAdded and onDeleted 1.7.
      context.faults.requires(kind === "changed" ? 9 : 7, `worksheets.on${kind}`);
      context.book.handlers[kind].add(handler);
    });
    return {
      context,
      remove: () => context.enqueue(() => context.book.handlers[kind].delete(handler)),
    };
  }
}

class MemWorksheets extends MemObject {
  protected readonly props = ["name", "visibility", "id"];
  private list: MemWorksheet[] | undefined;
  readonly onChanged = new MemEvents(this.context, "changed");
  readonly onAdded = new MemEvents(this.context, "added");
  readonly onDeleted = new MemEvents(this.context, "deleted");

  get items(): MemWorksheet[] {
    if (!this.list) throw notLoaded("items");
    return this.list;
  }
  protected read(): unknown {
    return undefined;
  }
  override load(spec?: LoadSpec): this {
    const names = propNames(spec);
    this.context.enqueue(() => {
      this.list = this.context.book.sheets.map((s) => MemWorksheet.loaded(this.context, s, names));
    });
    return this;
  }
  getItem(name: string): MemWorksheet {
    return new MemWorksheet(this.context, () => this.context.book.find(name) ?? null, false, name);
  }
  getActiveWorksheet(): MemWorksheet {
    return new MemWorksheet(this.context, () => this.context.book.active, false, "(active)");
  }
  getItemOrNullObject(name: string): MemWorksheet {
    return new MemWorksheet(
      this.context,
      () => {
        this.context.faults.requires(4, "getItemOrNullObject");
        return this.context.book.find(name) ?? null;
      },
      true,
      name,
    );
  }
  add(name: string): MemWorksheet {
    return new MemWorksheet(
      this.context,
      () => {
        this.context.faults.structure();
        const sheet = this.context.book.add(name);
        this.context.raise("added", sheet);
        return sheet;
      },
      false,
      name,
    );
  }
}

class MemWorksheet extends MemObject {
  protected readonly props = ["name", "visibility", "id"];
  private target: MemSheet | undefined;

  constructor(context: MemContext, locate: (() => MemSheet | null) | null, orNull: boolean, label: string) {
    super(context);
    if (!locate) return;
    context.enqueue(() => {
      const sheet = locate();
      this.nullState = sheet === null;
      if (sheet) this.target = sheet;
      else if (!orNull)
        throw new MemoryError("ItemNotFound", `The requested resource doesn't exist. (worksheet "${label}")`);
    });
  }

  static loaded(context: MemContext, sheet: MemSheet, names: string[]): MemWorksheet {
    const w = new MemWorksheet(context, null, false, sheet.name);
    w.target = sheet;
    w.nullState = false;
    for (const n of names) w.loaded.set(n, w.read(n));
    return w;
  }

  /** The sheet, during sync. A null object has none: using one is an error here, to catch adapters that try. */
  sheet(): MemSheet {
    if (!this.target)
      throw new MemoryError("InvalidOperation", "memory host: the worksheet is a null object or not yet resolved");
    return this.target;
  }

  protected read(name: string): unknown {
    const s = this.sheet();
    return name === "name" ? s.name : name === "id" ? s.id : s.visibility;
  }
  get name(): string {
    return this.prop("name");
  }
  get id(): string {
    return this.prop("id");
  }
  get visibility(): string {
    return this.prop("visibility");
  }
  set visibility(v: string) {
    this.write("visibility", v, () => {
      this.context.faults.requires(2, "worksheet.visibility (set)");
      this.context.faults.structure();
      this.sheet().visibility = v as MemSheet["visibility"];
    });
  }
  delete(): void {
    this.context.enqueue(() => {
      const sheet = this.sheet();
      this.context.faults.structure();
      // As Excel: "set its visibility to hidden or visible before deleting it".
      if (sheet.visibility === "VeryHidden")
        throw new MemoryError("InvalidOperation", "A very hidden worksheet cannot be deleted.");
      this.context.book.remove(sheet);
      this.context.raise("deleted", sheet);
    });
  }
  activate(): void {
    this.context.enqueue(() => {
      const sheet = this.sheet();
      if (sheet.visibility !== "Visible")
        throw new MemoryError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.context.book.active = sheet;
    });
  }
  getRange(address: string): MemRange {
    return new MemRange(this.context, () => {
      const ref = readReference(address);
      const sheet = this.sheet();
      if (!ref || (ref.sheet !== null && ref.sheet.toLocaleLowerCase() !== sheet.name.toLocaleLowerCase())) {
        throw new MemoryError("InvalidArgument", `memory host: "${address}" is not an address on this sheet`);
      }
      return { sheet, box: ref.box };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): MemRange {
    return new MemRange(
      this.context,
      () => {
        this.context.faults.requires(4, "getUsedRangeOrNullObject");
        const sheet = this.sheet();
        const box = sheet.usedBox(valuesOnly);
        return box ? { sheet, box } : null;
      },
      true,
    );
  }
  private notesProxy: MemNotes | undefined;
  private tablesProxy: MemTables | undefined;
  get notes(): MemNotes {
    return (this.notesProxy ??= new MemNotes(this.context, this));
  }
  get tables(): MemTables {
    return (this.tablesProxy ??= new MemTables(this.context, this));
  }
  get freezePanes(): { freezeRows(count: number): void } {
    return {
      freezeRows: (count: number) =>
        this.context.enqueue(() => {
          this.context.faults.requires(7, "freezePanes");
          this.context.faults.write(this.sheet());
          this.sheet().frozenRows = count;
        }),
    };
  }
}

interface Place {
  sheet: MemSheet;
  box: Box;
}

class MemRange extends MemObject {
  protected readonly props = [
    "values",
    "numberFormat",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "address",
  ];
  private place: Place | undefined;

  constructor(context: MemContext, locate: () => Place | null, orNull = false) {
    super(context);
    context.enqueue(() => {
      const place = locate();
      this.nullState = place === null;
      if (place) this.place = place;
      else if (!orNull) throw new MemoryError("ItemNotFound", "The requested resource doesn't exist.");
    });
  }

  where(): Place {
    if (!this.place)
      throw new MemoryError("InvalidOperation", "memory host: the range is a null object or not yet resolved");
    return this.place;
  }

  protected read(name: string): unknown {
    const { sheet, box } = this.where();
    const rows = box.bottom - box.top + 1;
    const cols = box.right - box.left + 1;
    switch (name) {
      case "values": {
        const values = sheet.read(box);
        this.context.countRead(values);
        return values;
      }
      case "numberFormat":
        return Array.from({ length: rows }, (_, r) =>
          Array.from({ length: cols }, (_, c) => sheet.numberFormat(box.top + r, box.left + c)),
        );
      case "rowIndex":
        return box.top;
      case "columnIndex":
        return box.left;
      case "rowCount":
        return rows;
      case "columnCount":
        return cols;
      default:
        return `${sheetPrefix(sheet.name)}!${writeReference(box)}`;
    }
  }

  get values(): Cell[][] {
    return this.prop("values");
  }
  set values(values: Cell[][]) {
    this.context.countSent(
      values.reduce((n, row) => n + row.length, 0),
      values,
    );
    this.write("values", values, () => {
      const { sheet, box } = this.fit(values);
      this.context.faults.write(sheet);
      // null leaves a cell as it is; "" empties it.
      values.forEach((row, i) => row.forEach((v, j) => v !== null && sheet.set(box.top + i, box.left + j, toCell(v))));
      this.context.raise("changed", sheet, box);
    });
  }
  /** Only links inside the book (documentReference), the part the adapter uses; its text is the cell's value. */
  set hyperlink(link: Excel.RangeHyperlink | null) {
    this.write("hyperlink", link, () => {
      const { sheet, box } = this.where();
      for (let r = box.top; r <= box.bottom; r++)
        for (let c = box.left; c <= box.right; c++) {
          sheet.setLink(r, c, link?.documentReference ?? null);
          if (link?.textToDisplay !== undefined) sheet.set(r, c, link.textToDisplay);
        }
    });
  }
  get numberFormat(): string[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(formats: string[][]) {
    this.context.countSent(
      formats.reduce((n, row) => n + row.length, 0),
      formats,
    );
    this.write("numberFormat", formats, () => {
      const { sheet, box } = this.fit(formats);
      this.context.faults.write(sheet);
      formats.forEach((row, i) => row.forEach((f, j) => sheet.setNumberFormat(box.top + i, box.left + j, f)));
    });
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get address(): string {
    return this.prop("address");
  }
  // Navigation properties return the same proxy each time, as Office.js caches them.
  private formatProxy: MemRangeFormat | undefined;
  private validationProxy: MemDataValidation | undefined;
  get format(): MemRangeFormat {
    return (this.formatProxy ??= new MemRangeFormat(this.context, this));
  }
  get dataValidation(): MemDataValidation {
    // Office.js has the proxy in every version; an Excel before 1.8 refuses it at sync.
    return (this.validationProxy ??= new MemDataValidation(this.context, this));
  }

  /** A 2-D input must match the range, as Excel requires. */
  private fit(grid: unknown[][]): Place {
    const place = this.where();
    const { box } = place;
    if (grid.length !== box.bottom - box.top + 1 || grid.some((r) => r.length !== box.right - box.left + 1)) {
      throw new MemoryError(
        "InvalidArgument",
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
    }
    return place;
  }

  select(): void {
    this.context.enqueue(() => {
      const { sheet, box } = this.where();
      this.context.book.active = sheet;
      this.context.book.selection = { sheet, box };
    });
  }

  clear(applyTo: "All" | "Formats" | "Contents" | "Hyperlinks" = "All"): void {
    this.context.enqueue(() => {
      const { sheet, box } = this.where();
      this.context.faults.write(sheet);
      // Hyperlinks (ExcelApi 1.7): the links go, values and formats stay; All takes them too.
      if (applyTo === "Hyperlinks" || applyTo === "All") {
        this.context.faults.requires(7, 'clear("Hyperlinks")');
        for (const k of [...sheet.links.keys()]) {
          const [r, c] = k.split(",").map(Number);
          if (r >= box.top && r <= box.bottom && c >= box.left && c <= box.right) sheet.links.delete(k);
        }
        if (applyTo === "Hyperlinks") return;
      }
      if (applyTo !== "Formats") {
        sheet.clearValues(box);
        this.context.raise("changed", sheet, box);
      }
      if (applyTo !== "Contents") sheet.clearFormats(box);
    });
  }
}

/** Excel's default column width: 8.43 characters of Calibri 11, 64 pixels, 48 points. */
const DEFAULT_COLUMN_WIDTH = 48;

class MemRangeFormat extends MemObject {
  protected readonly props = ["columnWidth"];
  constructor(
    context: MemContext,
    private readonly range: MemRange,
  ) {
    super(context);
  }
  /** The columns' width in points, or null when they differ (as Office reports mixed ranges). */
  protected read(): unknown {
    const { sheet, box } = this.range.where();
    const widths = new Set<number>();
    for (let c = box.left; c <= box.right; c++) widths.add(sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
    return widths.size === 1 ? [...widths][0] : null;
  }
  get columnWidth(): number {
    return this.prop("columnWidth");
  }
  private fillProxy: MemRangeFill | undefined;
  get fill(): MemRangeFill {
    return (this.fillProxy ??= new MemRangeFill(this.context, this.range));
  }
  get protection(): { locked: boolean } {
    const { context, range } = this;
    return {
      get locked(): boolean {
        throw notLoaded("locked");
      },
      set locked(locked: boolean) {
        context.enqueue(() => {
          const { sheet, box } = range.where();
          sheet.locks.push({ box, locked });
        });
      },
    };
  }
  set columnWidth(points: number) {
    this.write("columnWidth", points, () => {
      const { sheet, box } = this.range.where();
      this.context.faults.requires(2, "format.columnWidth");
      this.context.faults.write(sheet);
      for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, points);
    });
  }
}

const NO_FILL = { color: "#FFFFFF", pattern: "None", patternColor: "#000000" };

class MemRangeFill extends MemObject {
  protected readonly props = ["color", "pattern", "patternColor"];
  constructor(
    context: MemContext,
    private readonly range: MemRange,
  ) {
    super(context);
  }
  /** The value every cell shares, or null when they differ (as Office reports mixed ranges). */
  protected read(name: string): unknown {
    if (name !== "color") this.context.faults.requires(9, `fill.${name}`);
    const { sheet, box } = this.range.where();
    const seen = new Set<string>();
    cellsOf(box, (r, c) => seen.add((sheet.fill(r, c) ?? NO_FILL)[name as keyof typeof NO_FILL]));
    return seen.size === 1 ? [...seen][0] : null;
  }
  private update(
    change: (fill: { color: string; pattern: string; patternColor: string } | undefined) => typeof NO_FILL | null,
  ): void {
    const { sheet, box } = this.range.where();
    this.context.faults.write(sheet);
    cellsOf(box, (r, c) => sheet.setFill(r, c, change(sheet.fill(r, c))));
  }
  get color(): string {
    return this.prop("color");
  }
  set color(color: string) {
    this.write("color", color, () => {
      const value = hex(color);
      this.update((f) => ({
        ...(f ?? NO_FILL),
        pattern: !f || f.pattern === "None" ? "Solid" : f.pattern,
        color: value,
      }));
    });
  }
  get pattern(): string {
    return this.prop("pattern");
  }
  set pattern(pattern: string) {
    this.write("pattern", pattern, () => {
      this.context.faults.requires(9, "fill.pattern");
      this.update((f) => (pattern === "None" ? null : { ...(f ?? NO_FILL), pattern }));
    });
  }
  get patternColor(): string {
    return this.prop("patternColor");
  }
  set patternColor(color: string) {
    this.write("patternColor", color, () => {
      this.context.faults.requires(9, "fill.patternColor");
      const value = hex(color);
      this.update((f) => (f ? { ...f, patternColor: value } : null));
    });
  }
  clear(): void {
    this.context.enqueue(() => this.update(() => null));
  }
}

class MemDataValidation {
  constructor(
    private readonly context: MemContext,
    private readonly range: MemRange,
  ) {}
  private entry(): MemSheet["validations"][number] {
    const { sheet, box } = this.range.where();
    this.context.faults.requires(8, "dataValidation");
    this.context.faults.write(sheet);
    const same = sheet.validations.find((v) => writeReference(v.box) === writeReference(box));
    if (same) return same;
    const created = { box, rule: {}, errorAlert: null, prompt: null };
    sheet.validations.push(created);
    return created;
  }
  set rule(rule: Excel.DataValidationRule) {
    this.context.enqueue(() => {
      const source = rule.list?.source;
      if (typeof source === "string") {
        if (source.startsWith("=")) {
          const ref = readReference(source.slice(1));
          if (!ref || (ref.sheet !== null && !this.context.book.find(ref.sheet))) {
            throw new MemoryError("InvalidArgument", `memory host: list source "${source}" refers to nothing`);
          }
        } else if (source.length > 255)
          throw new MemoryError("InvalidArgument", "A list source is limited to 255 characters.");
      }
      this.entry().rule = rule;
    });
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.context.enqueue(() => {
      // Excel's limits on a validation's texts.
      limit("The error alert's title", alert.title, 32);
      limit("The error alert's message", alert.message, 225);
      this.entry().errorAlert = alert;
    });
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.context.enqueue(() => {
      limit("The input message's title", prompt.title, 32);
      limit("The input message", prompt.message, 255);
      this.entry().prompt = {
        showPrompt: prompt.showPrompt ?? false,
        title: prompt.title ?? "",
        message: prompt.message ?? "",
      };
    });
  }
}

function limit(what: string, text: string | undefined, max: number): void {
  if ((text ?? "").length > max) throw new MemoryError("InvalidArgument", `${what} is limited to ${max} characters.`);
}

class MemNote extends MemObject {
  protected readonly props = ["content"];
  private at: { sheet: MemSheet; row: number; col: number } | undefined;

  constructor(
    context: MemContext,
    locate: () => { sheet: MemSheet; row: number; col: number } | null,
    orNull: boolean,
  ) {
    super(context);
    context.enqueue(() => {
      const at = locate();
      this.nullState = at === null;
      if (at) this.at = at;
      else if (!orNull) throw new MemoryError("ItemNotFound", "The requested resource doesn't exist.");
    });
  }
  private where() {
    if (!this.at) throw new MemoryError("InvalidOperation", "memory host: the note is a null object");
    return this.at;
  }
  protected read(): unknown {
    const { sheet, row, col } = this.where();
    return sheet.note(row, col) ?? "";
  }
  get content(): string {
    return this.prop("content");
  }
  set content(text: string) {
    this.write("content", text, () => {
      const { sheet, row, col } = this.where();
      this.context.faults.write(sheet);
      sheet.setNote(row, col, text);
    });
  }
  delete(): void {
    this.context.enqueue(() => {
      const { sheet, row, col } = this.where();
      this.context.faults.write(sheet);
      sheet.setNote(row, col, null);
    });
  }
}

class MemNotes {
  constructor(
    private readonly context: MemContext,
    private readonly worksheet: MemWorksheet,
  ) {}
  /** Resolves a single cell of this sheet; fails like Excel without ExcelApi 1.18. */
  private cell(address: string | MemRange): { sheet: MemSheet; row: number; col: number } {
    this.context.faults.requires(18, "notes");
    const sheet = this.worksheet.sheet();
    const box = typeof address === "string" ? (readReference(address)?.box ?? null) : address.where().box;
    if (!box || box.top !== box.bottom || box.left !== box.right)
      throw new MemoryError("InvalidCellAddress", `"${String(address)}" is not one cell`);
    return { sheet, row: box.top, col: box.left };
  }
  add(address: string | MemRange, content: string): MemNote {
    return new MemNote(
      this.context,
      () => {
        const at = this.cell(address);
        this.context.faults.write(at.sheet);
        if (at.sheet.note(at.row, at.col) !== undefined)
          throw new MemoryError("InvalidArgument", "The cell already has a note.");
        at.sheet.setNote(at.row, at.col, content);
        return at;
      },
      false,
    );
  }
  getItem(address: string): MemNote {
    return this.find(address, false);
  }
  getItemOrNullObject(address: string): MemNote {
    return this.find(address, true);
  }
  private find(address: string, orNull: boolean): MemNote {
    return new MemNote(
      this.context,
      () => {
        const at = this.cell(address);
        return at.sheet.note(at.row, at.col) === undefined ? null : at;
      },
      orNull,
    );
  }
}

class MemTable extends MemObject {
  protected readonly props = ["name"];
  entry: MemSheet["tables"][number] | undefined;
  protected read(): unknown {
    return this.entry?.name;
  }
  get name(): string {
    return this.prop("name");
  }
  set name(name: string) {
    this.write("name", name, () => {
      const taken = this.context.book.sheets.some((s) =>
        s.tables.some((t) => t !== this.entry && t.name.toLocaleLowerCase() === name.toLocaleLowerCase()),
      );
      if (taken || !/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name))
        throw new MemoryError("InvalidArgument", `The table name "${name}" is not valid or is taken.`);
      if (this.entry) this.entry.name = name;
    });
  }
  static of(context: MemContext, entry: MemSheet["tables"][number], names: string[]): MemTable {
    const t = new MemTable(context);
    t.entry = entry;
    for (const n of names) t.loaded.set(n, entry.name);
    return t;
  }
}

class MemTables {
  constructor(
    private readonly context: MemContext,
    private readonly worksheet: MemWorksheet,
  ) {}
  add(address: string, hasHeaders: boolean): MemTable {
    const table = new MemTable(this.context);
    this.context.enqueue(() => {
      const sheet = this.worksheet.sheet();
      this.context.faults.write(sheet);
      const parsed = readReference(address);
      if (!parsed) throw new MemoryError("InvalidArgument", `memory host: "${address}" is not an address`);
      const box = { ...parsed.box };
      // A table of headers only gets one empty data row, as in Excel.
      if (hasHeaders && box.bottom === box.top) box.bottom++;
      const book = this.context.book;
      let name = "";
      do name = `Table${++book.tableCount}`;
      while (book.sheets.some((s) => s.tables.some((t) => t.name === name)));
      table.entry = { name, box };
      sheet.tables.push(table.entry);
    });
    return table;
  }
}

class MemWorkbookTables {
  private list: MemTable[] | undefined;
  constructor(private readonly context: MemContext) {}
  get items(): MemTable[] {
    if (!this.list) throw notLoaded("items");
    return this.list;
  }
  load(spec?: LoadSpec): this {
    const names = propNames(spec);
    this.context.enqueue(() => {
      this.list = this.context.book.sheets.flatMap((s) => s.tables.map((t) => MemTable.of(this.context, t, names)));
    });
    return this;
  }
}
