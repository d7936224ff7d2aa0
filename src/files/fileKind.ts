/**
 * What a file is, when it is not an .xlsx workbook: told from its first bytes (and, for zip and OLE
 * containers, from the names inside), so the clerk hears "this is a CSV file" rather than "damaged".
 * Browser-safe.
 */
import type { ByteSource } from "./source";

export type FileKind =
  | "empty"
  | "csv"
  | "text"
  | "html"
  | "xml2003"
  | "pdf"
  | "rtf"
  | "image"
  | "ods"
  | "odt"
  | "docx"
  | "pptx"
  | "xlsb"
  | "zip"
  | "doc"
  | "xls"
  | "ppt"
  | "encrypted"
  | "ole"
  | "unknown";

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((c, i) => b[at + i] === c);

export const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
export const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isZip(head: Uint8Array): boolean {
  return startsWith(head, ZIP_SIGNATURE) || startsWith(head, EMPTY_ZIP);
}

export function isOle(head: Uint8Array): boolean {
  return startsWith(head, OLE_SIGNATURE);
}

/** A file that is neither zip nor OLE, from its first few KB. */
export function sniffHead(head: Uint8Array, size: number): FileKind {
  if (size === 0) return "empty";
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return "pdf"; // %PDF
  if (startsWith(head, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return "rtf"; // {\rtf
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47]) || startsWith(head, [0xff, 0xd8, 0xff])) return "image";
  if (startsWith(head, [0x47, 0x49, 0x46, 0x38])) return "image"; // GIF8
  const text = asText(head);
  if (text === null) return "unknown";
  const start = text.trimStart().slice(0, 400).toLowerCase();
  if (start.startsWith("<?xml") && /urn:schemas-microsoft-com:office:spreadsheet|<workbook/.test(text.toLowerCase())) {
    return "xml2003";
  }
  if (/^(<!doctype html|<html|<table|<meta|<head|<body)/.test(start)) return "html";
  return looksLikeCsv(text) ? "csv" : "text";
}

/** The head as text when it reads as text (UTF-8, or UTF-16 with a BOM), else null. */
function asText(head: Uint8Array): string | null {
  let text: string;
  if (startsWith(head, [0xff, 0xfe])) text = new TextDecoder("utf-16le").decode(head.subarray(2));
  else if (startsWith(head, [0xfe, 0xff])) text = new TextDecoder("utf-16be").decode(head.subarray(2));
  else {
    // The head may stop inside a character: only the last 3 bytes may be cut.
    text = new TextDecoder("utf-8").decode(head);
    const bad = (text.slice(0, -3).match(/\uFFFD/g) ?? []).length;
    if (bad > 0) return null;
  }
  let control = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c === 0) return null;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control * 50 > text.length ? null : text;
}

/** Two or more lines of which most hold the same separator (comma, semicolon or tab) about as often. */
function looksLikeCsv(text: string): boolean {
  const lines = text
    .split(/\r?\n/)
    .slice(0, 20)
    .filter((l) => l.trim() !== "");
  if (lines.length === 0) return false;
  for (const sep of [",", ";", "\t"]) {
    const counts = lines.map((l) => l.split(sep).length - 1);
    if (counts[0] > 0 && counts.filter((c) => c > 0).length >= Math.ceil(lines.length * 0.8)) return true;
  }
  return false;
}

/** A zip package that is not an .xlsx, from its part names (lower-cased). */
export function zipKind(names: ReadonlySet<string>, mimetype: string | null): FileKind | null {
  if (mimetype?.includes("opendocument.spreadsheet")) return "ods";
  if (mimetype?.includes("opendocument.text")) return "odt";
  if (names.has("xl/workbook.bin")) return "xlsb";
  if (names.has("word/document.xml")) return "docx";
  if (names.has("ppt/presentation.xml")) return "pptx";
  if (names.has("content.xml") && names.has("meta-inf/manifest.xml")) return "ods";
  return null;
}

function utf16(name: string): number[] {
  return [...name].flatMap((ch) => [ch.charCodeAt(0), 0]);
}

const OLE_STREAMS: [FileKind, number[]][] = [
  ["encrypted", utf16("EncryptedPackage")],
  ["doc", utf16("WordDocument")],
  ["ppt", utf16("PowerPoint Document")],
  ["xls", utf16("Workbook")],
  ["xls", utf16("Book")],
];

/**
 * An OLE compound file (encrypted .xlsx, .xls, .doc) by the names of its streams, searched in its
 * directory entries as UTF-16 (each name is followed by its length field, 64 bytes from the entry's start).
 */
export async function oleKind(src: ByteSource): Promise<FileKind> {
  const CHUNK = 1024 * 1024;
  const found = new Set<FileKind>();
  for (let off = 0; off < src.size; off += CHUNK) {
    const b = await src.read(off, CHUNK);
    for (let i = 0; i + 66 <= b.length; i += 128) {
      // Directory entries are 128-byte aligned; their name length (bytes, with the NUL) is at +64.
      const nameBytes = b[i + 64] | (b[i + 65] << 8);
      if (nameBytes < 4 || nameBytes > 64 || b[i + nameBytes - 1] !== 0 || b[i + nameBytes - 2] !== 0) continue;
      for (const [kind, sig] of OLE_STREAMS) {
        if (sig.length === nameBytes - 2 && startsWith(b, sig, i)) found.add(kind);
      }
    }
    if (b.length < CHUNK) break;
  }
  for (const kind of ["encrypted", "doc", "ppt", "xls"] as const) if (found.has(kind)) return kind;
  return "ole";
}
