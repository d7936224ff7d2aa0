/**
 * The small parts of an .xlsx the checker needs besides its sheets: relationships, the workbook's
 * sheet list, the styles (only to know which cells are dates) and the shared strings. Browser-safe.
 */
import { attributes, decodeEntities, decodeOoxmlEscapes, decodeUtf8, localIs, nameEnd, XmlScanner } from "./xml";
import type { XmlHandler } from "./xml";
import { TextBytes } from "./textBytes";

/** Calls `onStart` with the local name and attributes of every start tag of a small part. */
export function eachStartTag(
  bytes: Uint8Array,
  part: string,
  onStart: (name: string, attrs: Map<string, string>, b: Uint8Array, s: number, e: number) => void,
  onEnd: (name: string) => void = () => undefined,
): void {
  const handler: XmlHandler = {
    capturing: false,
    open(b, s, e) {
      const ne = nameEnd(b, s, e);
      const full = decodeUtf8(b.subarray(s, ne), part);
      onStart(full.slice(full.indexOf(":") + 1), attributes(b, s, e, part), b, s, e);
    },
    close(b, s, e) {
      const full = decodeUtf8(b.subarray(s, e), part);
      onEnd(full.slice(full.indexOf(":") + 1));
    },
    text() {},
  };
  const scanner = new XmlScanner(handler, part);
  scanner.write(bytes);
  scanner.end();
}

export interface Relationship {
  id: string;
  /** The last segment of the type URI ("worksheet", "officeDocument"), transitional or strict alike. */
  type: string;
  /** The part it points at, resolved to a zip entry name; null for external targets. */
  target: string | null;
  rawTarget: string;
}

/** "xl/_rels/workbook.xml.rels" for "xl/workbook.xml". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target, relative to the folder of the part that holds it, as a zip entry name. */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // A target that is not valid percent-encoding is used as written.
  }
  const base = t.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

export function parseRels(bytes: Uint8Array, relsPart: string, sourcePart: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  eachStartTag(bytes, relsPart, (name, a) => {
    if (name !== "Relationship") return;
    const id = a.get("Id");
    const rawTarget = a.get("Target");
    if (!id || rawTarget === undefined) return;
    const type = (a.get("Type") ?? "").split("/").pop() ?? "";
    const external = a.get("TargetMode") === "External";
    out.set(id, { id, type, rawTarget, target: external ? null : resolveTarget(sourcePart, rawTarget) });
  });
  return out;
}

export interface WorkbookSheet {
  name: string;
  relId: string | null;
  /** Whether Excel shows the sheet's tab (`<sheet state="hidden">`). */
  state: SheetState;
}

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface WorkbookInfo {
  sheets: WorkbookSheet[];
  date1904: boolean;
}

export function parseWorkbook(bytes: Uint8Array, part: string): WorkbookInfo {
  const info: WorkbookInfo = { sheets: [], date1904: false };
  eachStartTag(bytes, part, (name, a) => {
    if (name === "workbookPr") {
      const v = a.get("date1904");
      info.date1904 = v === "1" || v === "true";
    } else if (name === "sheet") {
      const state = a.get("state");
      info.sheets.push({
        name: a.get("name") ?? "",
        relId: a.get("id") ?? null,
        state: state === "hidden" || state === "veryHidden" ? state : "visible",
      });
    }
  });
  return info;
}

/** Excel's built-in number formats that show dates or times. */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** A format code shows a date or time when, outside quotes and [brackets], it has y, m, d, h, s or b. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

/** For each cell style index (the `s` of a cell), whether its number format is a date. */
export function parseDateStyles(bytes: Uint8Array, part: string): boolean[] {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  eachStartTag(
    bytes,
    part,
    (name, a) => {
      if (name === "numFmt") custom.set(Number(a.get("numFmtId")), a.get("formatCode") ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) xfFormats.push(Number(a.get("numFmtId") ?? 0));
    },
    (name) => {
      if (name === "cellXfs") inCellXfs = false;
    },
  );
  return xfFormats.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id);
  });
}

/** Streams sharedStrings.xml into the table of strings: each <si>'s text runs, without phonetic runs. */
export class SharedStringsReader implements XmlHandler {
  readonly strings: string[] = [];
  capturing = false;
  private readonly buffer: TextBytes;
  private runs: string[] = [];
  private phonetic = 0;
  readonly scanner: XmlScanner;

  constructor(part: string) {
    this.buffer = new TextBytes(part);
    this.scanner = new XmlScanner(this, part);
  }

  open(b: Uint8Array, s: number, e: number, selfClosing: boolean): void {
    const ne = nameEnd(b, s, e);
    if (localIs(b, s, ne, "t")) {
      if (this.phonetic === 0 && !selfClosing) this.capturing = true;
    } else if (localIs(b, s, ne, "si")) this.runs = [];
    else if (localIs(b, s, ne, "rPh")) this.phonetic++;
  }

  close(b: Uint8Array, s: number, e: number): void {
    if (localIs(b, s, e, "t")) {
      if (this.capturing) this.runs.push(decodeEntities(this.buffer.take()));
      this.capturing = false;
    } else if (localIs(b, s, e, "si")) {
      this.strings.push(decodeOoxmlEscapes(this.runs.join("")));
      this.runs = [];
    } else if (localIs(b, s, e, "rPh")) this.phonetic = Math.max(0, this.phonetic - 1);
  }

  text(b: Uint8Array, s: number, e: number): void {
    this.buffer.add(b, s, e);
  }
}
