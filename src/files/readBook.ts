/**
 * Reading an .xlsx book for the check, the bounded way, in Node and in the browser alike:
 * look at the zip's central directory before inflating anything (limits in zipLimits.ts), read only
 * the package's map (relationships, workbook), the styles and shared strings, and the book's sheets,
 * streamed row by row: those whose names name a contract sheet (or nearly) and the reading choices
 * (`_tdkt_map`) whole; of every other sheet only its first rows, where a header would be, and the
 * whole sheet only when that header (or the clerk's choice) makes it one of the book's, as the parser
 * will (src/sheets/recognise.ts). Media, drawings and pivot caches are never inflated.
 * Returns the same RawSheet[] the parser takes, with the warnings of what Excel would repair.
 */
import type { RawSheet } from "../sheets/parse";
import { choicesOf, MAP_SHEET } from "../sheets/readingMap";
import { CORNER_ROWS, cornersToRead, namedLikeBook } from "../sheets/recognise";
import { isOle, isZip, oleKind, sniffHead, zipKind, type FileKind } from "./fileKind";
import { DEFAULT_LIMITS, MB, checkEntries, type ReadLimits } from "./zipLimits";
import { readCentralDirectory, readEntry, streamEntry, type Inflate, type ZipEntry } from "./zip";
import type { ByteSource } from "./source";
import { PackageProblem, UnusableFileError, type ReadWarning } from "./unusable";
import {
  parseDateStyles,
  parseRels,
  parseWorkbook,
  relsPartOf,
  SharedStringsReader,
  type SheetState,
} from "./xlsxParts";
import { SheetReader } from "./sheetReader";

export interface ReadOptions {
  /** The file's name as the clerk gave it: named in every message, its extension checked. */
  file: string;
  inflate: Inflate;
  limits?: Partial<ReadLimits>;
  /** When no sheet has a contract name, read every worksheet (a unit's own file: issue 15's import). */
  anySheet?: boolean;
  /**
   * Read every worksheet whole, whatever its name, in the workbook's order, with whether its tab is
   * hidden (the web page shows and keeps the clerk's whole book). The row limit counts them all.
   */
  everySheet?: boolean;
  /** With `everySheet`: called before each sheet is read and once at the end (the web page's progress bar). */
  onSheet?: (done: number, total: number) => void;
}

export interface BookRead {
  sheets: RawSheet[];
  warnings: ReadWarning[];
  /** The book's other sheets, not read: nothing in their first rows is like a contract sheet (or they cannot be read). */
  others?: string[];
  /** With `everySheet`: each sheet's visibility (Excel's `state`), by name. */
  states?: Record<string, SheetState>;
}

const XLSX_EXTENSIONS = [".xlsx", ".xlsm", ".xltx", ".xltm"];

function extensionOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

const notXlsx = (kind: FileKind) => new PackageProblem("notXlsx", "file.notXlsxKind", { kind });

/** The .xlsx in `src`, or an UnusableFileError naming `opts.file` and what is wrong with it. */
export async function readXlsxSource(src: ByteSource, opts: ReadOptions): Promise<BookRead> {
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  try {
    return await readPackage(src, opts, limits);
  } catch (e) {
    if (e instanceof PackageProblem) throw new UnusableFileError(opts.file, e.reason, e.key, e.params);
    throw e;
  }
}

async function readPackage(src: ByteSource, opts: ReadOptions, limits: ReadLimits): Promise<BookRead> {
  if (src.size > limits.maxFileBytes) {
    throw new PackageProblem("tooLarge", "file.tooLarge", {
      size: Math.ceil(src.size / MB),
      limit: Math.round(limits.maxFileBytes / MB),
    });
  }
  const head = await src.read(0, Math.min(src.size, 4096));
  if (isOle(head)) {
    const kind = await oleKind(src);
    if (kind === "encrypted") throw new PackageProblem("encrypted", "file.passwordProtected");
    if (kind === "ole") throw new PackageProblem("encrypted", "file.encrypted");
    throw notXlsx(kind);
  }
  if (!isZip(head)) {
    const kind = sniffHead(head, src.size);
    throw kind === "unknown" ? new PackageProblem("notXlsx", "file.notXlsx") : notXlsx(kind);
  }

  const entries = await readCentralDirectory(src, limits.maxEntries);
  const byName = new Map<string, ZipEntry>();
  for (const e of entries) byName.set(e.name.toLowerCase(), e);
  const entry = (part: string) => byName.get(part.toLowerCase());

  // Is it a workbook at all? Other zip packages are named by what they are.
  const mimetypeEntry = entry("mimetype");
  const mimetype =
    mimetypeEntry && mimetypeEntry.size <= 200
      ? new TextDecoder().decode(await readEntry(src, mimetypeEntry, opts.inflate))
      : null;
  const other = zipKind(new Set(byName.keys()), mimetype);
  if (other) throw notXlsx(other);

  // Look before inflating: every entry's declared size, the sum, the ratio.
  checkEntries(entries, limits);

  const warnings: ReadWarning[] = [];
  const need = (part: string, missingKey = "file.damaged.missingPart", params: Record<string, string> = {}) => {
    const e = entry(part);
    if (!e) throw new PackageProblem("corrupt", missingKey, { part, ...params });
    return e;
  };
  const small = async (part: string) => readEntry(src, need(part), opts.inflate);

  // The package's map: _rels/.rels → the workbook → its relationships → the sheets.
  if (!entry("_rels/.rels")) {
    if (entry("xl/workbook.xml") === undefined) throw notXlsx("zip");
    throw new PackageProblem("corrupt", "file.damaged.missingPart", { part: "_rels/.rels" });
  }
  const rootRels = parseRels(await small("_rels/.rels"), "_rels/.rels", "");
  const office = [...rootRels.values()].find((r) => r.type === "officeDocument" && r.target);
  if (!office?.target) {
    if (entry("xl/workbook.xml") === undefined) throw notXlsx("zip");
    throw new PackageProblem("corrupt", "file.damaged.brokenRel", { part: "_rels/.rels", rel: "officeDocument" });
  }
  const workbookPart = office.target;
  if (!entry(workbookPart)) throw notXlsx("zip");
  const ext = extensionOf(opts.file);
  if (!XLSX_EXTENSIONS.includes(ext)) warnings.push({ key: "warn.wrongExtension", params: { ext: ext || "—" } });

  const workbook = parseWorkbook(await small(workbookPart), workbookPart);
  const wbRelsPart = relsPartOf(workbookPart);
  const wbRels = parseRels(await small(wbRelsPart), wbRelsPart, workbookPart);
  if (workbook.sheets.length === 0)
    throw new PackageProblem("corrupt", "file.damaged.noSheets", { part: workbookPart });

  // Every sheet the workbook lists must lead to a part that exists (Excel calls the book damaged).
  const listed: { name: string; part: string | null }[] = [];
  for (const s of workbook.sheets) {
    const rel = s.relId ? wbRels.get(s.relId) : undefined;
    if (!rel) {
      throw new PackageProblem("corrupt", "file.damaged.brokenRel", {
        part: wbRelsPart,
        rel: s.relId ?? "—",
        sheet: s.name,
      });
    }
    if (!rel.target || !entry(rel.target)) {
      throw new PackageProblem("corrupt", "file.damaged.missingSheetPart", {
        sheet: s.name,
        part: rel.target ?? rel.rawTarget,
      });
    }
    // Chart sheets and dialog sheets hold no cells.
    listed.push({ name: s.name, part: rel.type === "worksheet" ? rel.target : null });
  }

  // The sheets named for the book (and the reading choices) whole; of the others, first their corners.
  const worksheets = listed.filter((s): s is { name: string; part: string } => s.part !== null);
  const isMap = (name: string) => name.toLocaleLowerCase() === MAP_SHEET;
  const wanted = worksheets.filter((w) => namedLikeBook(w.name) || isMap(w.name));
  const others = worksheets.filter((w) => !wanted.includes(w) && !w.name.toLocaleLowerCase().startsWith("_tdkt_"));
  if (wanted.length === 0 && others.length === 0 && !opts.everySheet)
    return { sheets: worksheets.map((s) => ({ name: s.name, values: [] })), warnings };

  const partOf = (type: string) => [...wbRels.values()].find((r) => r.type === type && r.target)?.target ?? null;
  const stylesPart = partOf("styles");
  const dateStyles = stylesPart && entry(stylesPart) ? parseDateStyles(await small(stylesPart), stylesPart) : [];
  const stringsPart = partOf("sharedStrings");
  let sharedStrings: string[] = [];
  if (stringsPart) {
    const strings = new SharedStringsReader(stringsPart);
    await streamEntry(src, need(stringsPart), opts.inflate, (b) => strings.scanner.write(b));
    strings.scanner.end();
    sharedStrings = strings.strings;
  }

  const rowBudget = { remaining: limits.maxRows, limit: limits.maxRows };
  const read = async (w: { name: string; part: string }, budget = rowBudget): Promise<RawSheet> => {
    const reader = new SheetReader({
      part: w.part,
      sheet: w.name,
      sharedStrings,
      dateStyles,
      date1904: workbook.date1904,
      rowBudget: budget,
      warnings,
    });
    await streamEntry(src, need(w.part), opts.inflate, (b) => reader.scanner.write(b));
    return { name: w.name, values: reader.finish() };
  };
  /**
   * The first rows of a sheet (its own small budget: stops reading when spent); null when the sheet
   * cannot be read: a sheet whose name says nothing does not make the book unusable.
   */
  const corner = async (w: { name: string; part: string }): Promise<RawSheet | null> => {
    const budget = { remaining: CORNER_ROWS, limit: CORNER_ROWS };
    const reader = new SheetReader({
      part: w.part,
      sheet: w.name,
      sharedStrings,
      dateStyles,
      date1904: workbook.date1904,
      rowBudget: budget,
      warnings: [],
    });
    try {
      await streamEntry(src, need(w.part), opts.inflate, (b) => reader.scanner.write(b));
    } catch (e) {
      if (!(e instanceof PackageProblem)) throw e;
      if (!(e.reason === "tooManyRows" && budget.remaining < 0)) return null;
    }
    return { name: w.name, values: reader.finish() };
  };

  if (opts.everySheet) {
    const sheets: RawSheet[] = [];
    for (const w of worksheets) {
      opts.onSheet?.(sheets.length, worksheets.length);
      sheets.push(await read(w));
    }
    opts.onSheet?.(sheets.length, worksheets.length);
    const states = Object.fromEntries(workbook.sheets.map((s) => [s.name, s.state]));
    return { sheets, warnings, states };
  }

  const whole: RawSheet[] = [];
  for (const w of wanted) whole.push(await read(w));
  const corners: RawSheet[] = [];
  for (const w of others) {
    const c = await corner(w);
    if (c) corners.push(c);
  }
  const { read: toRead, unread } = cornersToRead(
    whole.filter((s) => !isMap(s.name)),
    corners,
    choicesOf(whole.filter((s) => isMap(s.name))),
  );
  const gotten = new Map(whole.map((s) => [s.name, s]));
  const rest: string[] = [];
  for (const w of others) {
    const c = corners.find((x) => x.name === w.name);
    if (c && (toRead.includes(w.name) || opts.anySheet)) gotten.set(w.name, await read(w));
    // Like a book sheet but not taken: passed on as seen (its first rows), for the check to say so.
    else if (c && unread.includes(w.name)) gotten.set(w.name, { ...c, partial: true });
    else rest.push(w.name);
  }
  const sheets = worksheets.filter((w) => gotten.has(w.name)).map((w) => gotten.get(w.name) as RawSheet);
  return { sheets, warnings, ...(rest.length ? { others: rest } : {}) };
}
