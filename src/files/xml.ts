/**
 * A small streaming XML scanner over bytes, for the parts of an .xlsx: it finds tags and hands text
 * to the handler only while the handler asks for it, so a sheet of a million styled empty rows is
 * never decoded into strings. Not a general XML parser: no DTDs (refused, so no entity expansion),
 * no namespaces beyond dropping a prefix. Browser-safe.
 */
import { PackageProblem } from "./unusable";

export interface XmlHandler {
  /** A start tag: `b[start, end)` is the text after "<" up to "/>" or ">". */
  open(b: Uint8Array, start: number, end: number, selfClosing: boolean): void;
  /** An end tag "</name>" (also sent after a self-closing tag): `b[start, end)` is the name. */
  close(b: Uint8Array, start: number, end: number): void;
  /** Text and CDATA, only while `capturing` is true. */
  text(b: Uint8Array, start: number, end: number): void;
  capturing: boolean;
}

/** A tag or comment longer than this is damage, not a book (and would make the carry-over grow). */
const MAX_TAG_BYTES = 1024 * 1024;

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;

function indexOfSeq(b: Uint8Array, seq: readonly number[], from: number): number {
  for (let i = b.indexOf(seq[0], from); i >= 0 && i + seq.length <= b.length; i = b.indexOf(seq[0], i + 1)) {
    let k = 1;
    while (k < seq.length && b[i + k] === seq[k]) k++;
    if (k === seq.length) return i;
  }
  return -1;
}

const COMMENT_END = [45, 45, 62]; // -->
const CDATA_END = [93, 93, 62]; // ]]>
const PI_END = [63, 62]; // ?>
const CDATA_START = [60, 33, 91, 67, 68, 65, 84, 65, 91]; // <![CDATA[

export class XmlScanner {
  private carry: Uint8Array | null = null;

  constructor(
    private readonly handler: XmlHandler,
    private readonly part: string,
  ) {}

  private damaged(detail: string): PackageProblem {
    return new PackageProblem("corrupt", "file.damaged.xml", { part: this.part, detail });
  }

  write(chunk: Uint8Array): void {
    if (this.carry) {
      // Finish the tag cut at the end of the last chunk with the head of this one, not the whole chunk.
      const carry = this.carry;
      this.carry = null;
      const gt = chunk.indexOf(GT);
      if (gt >= 0 && gt < 4096) {
        const joined = new Uint8Array(carry.length + gt + 1);
        joined.set(carry);
        joined.set(chunk.subarray(0, gt + 1), carry.length);
        this.scan(joined);
        if (this.carry === null) {
          this.scan(chunk.subarray(gt + 1));
          return;
        }
        // Still open (a ">" inside a quoted value or a comment): join everything.
        const rest = this.carry as Uint8Array;
        this.carry = null;
        const all = new Uint8Array(rest.length + chunk.length - gt - 1);
        all.set(rest);
        all.set(chunk.subarray(gt + 1), rest.length);
        this.scan(all);
        return;
      }
      const all = new Uint8Array(carry.length + chunk.length);
      all.set(carry);
      all.set(chunk, carry.length);
      this.scan(all);
      return;
    }
    this.scan(chunk);
  }

  private scan(b: Uint8Array): void {
    const h = this.handler;
    const n = b.length;
    let i = 0;
    while (i < n) {
      const lt = b.indexOf(LT, i);
      if (lt < 0) {
        if (h.capturing) h.text(b, i, n);
        return;
      }
      if (lt > i && h.capturing) h.text(b, i, lt);
      i = lt;
      if (lt + 1 >= n) break;
      const c1 = b[lt + 1];
      if (c1 === BANG) {
        if (lt + 3 < n && b[lt + 2] === 45 && b[lt + 3] === 45) {
          const end = indexOfSeq(b, COMMENT_END, lt + 4);
          if (end < 0) break;
          i = end + 3;
          continue;
        }
        if (lt + CDATA_START.length > n) break;
        if (CDATA_START.every((c, k) => b[lt + k] === c)) {
          const end = indexOfSeq(b, CDATA_END, lt + 9);
          if (end < 0) break;
          if (h.capturing) h.text(b, lt + 9, end);
          i = end + 3;
          continue;
        }
        throw this.damaged("DOCTYPE");
      }
      if (c1 === QUESTION) {
        const end = indexOfSeq(b, PI_END, lt + 2);
        if (end < 0) break;
        i = end + 2;
        continue;
      }
      // The end of the tag: the first ">" outside a quoted attribute value.
      let j = lt + 1;
      let quote = 0;
      for (; j < n; j++) {
        const c = b[j];
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === GT) break;
        else if (c === 34 || c === 39) quote = c;
      }
      if (j >= n) break;
      if (c1 === SLASH) {
        h.close(b, lt + 2, trimEnd(b, lt + 2, j));
      } else {
        const selfClosing = b[j - 1] === SLASH;
        const end = selfClosing ? j - 1 : j;
        h.open(b, lt + 1, end, selfClosing);
        if (selfClosing) h.close(b, lt + 1, nameEnd(b, lt + 1, end));
      }
      i = j + 1;
    }
    if (i < n) {
      if (n - i > MAX_TAG_BYTES) throw this.damaged("tag");
      this.carry = b.slice(i);
    }
  }

  /** The part ended: a tag left open is damage. */
  end(): void {
    if (this.carry && this.carry.some((c) => c !== 32 && c !== 10 && c !== 13 && c !== 9)) {
      throw this.damaged("end");
    }
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function trimEnd(b: Uint8Array, start: number, end: number): number {
  while (end > start && isSpace(b[end - 1])) end--;
  return end;
}

/** Index just past the tag name starting at `start`. */
export function nameEnd(b: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end && !isSpace(b[i])) i++;
  return i;
}

/** Start of the local name (after a "prefix:"). */
export function localStart(b: Uint8Array, start: number, end: number): number {
  for (let i = start; i < end; i++) if (b[i] === 58) return i + 1;
  return start;
}

/** Does the local name in `b[start, end)` equal the ASCII `name`? */
export function localIs(b: Uint8Array, start: number, end: number, name: string): boolean {
  const s = localStart(b, start, end);
  if (end - s !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (b[s + k] !== name.charCodeAt(k)) return false;
  return true;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** UTF-8 bytes → string; invalid UTF-8 is damage of the part. */
export function decodeUtf8(b: Uint8Array, part: string): string {
  try {
    return utf8.decode(b);
  } catch {
    throw new PackageProblem("corrupt", "file.damaged.xml", { part, detail: "UTF-8" });
  }
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** The five predefined entities and character references; anything else is left as written. */
export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (m, e: string) => {
    if (e[0] !== "#") return NAMED[e];
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** OOXML's escapes of characters XML cannot hold ("_x000D_"), in cell text as Excel shows it. */
export function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The attributes of a start tag as local name → decoded value (for the small parts). */
export function attributes(b: Uint8Array, start: number, end: number, part: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = nameEnd(b, start, end);
  while (i < end) {
    while (i < end && isSpace(b[i])) i++;
    if (i >= end) break;
    const ns = i;
    while (i < end && b[i] !== 61 && !isSpace(b[i])) i++;
    const ne = i;
    while (i < end && isSpace(b[i])) i++;
    if (b[i] !== 61) throw new PackageProblem("corrupt", "file.damaged.xml", { part, detail: "attribute" });
    i++;
    while (i < end && isSpace(b[i])) i++;
    const q = b[i];
    if (q !== 34 && q !== 39) throw new PackageProblem("corrupt", "file.damaged.xml", { part, detail: "attribute" });
    const vs = ++i;
    while (i < end && b[i] !== q) i++;
    if (i >= end) throw new PackageProblem("corrupt", "file.damaged.xml", { part, detail: "attribute" });
    const name = decodeUtf8(b.subarray(ns, ne), part);
    const colon = name.indexOf(":");
    const key = colon >= 0 ? `${name.slice(0, colon) === "xmlns" ? "xmlns:" : ""}${name.slice(colon + 1)}` : name;
    // Prefixed attributes are kept under their local name too (r:id → id), unless a plain one exists.
    if (colon >= 0 && out.has(key)) out.set(`${name}`, decodeEntities(decodeUtf8(b.subarray(vs, i), part)));
    else out.set(key, decodeEntities(decodeUtf8(b.subarray(vs, i), part)));
    i++;
  }
  return out;
}
