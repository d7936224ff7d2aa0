/**
 * Reading a zip package the careful way: the central directory first (nothing inflated), then only
 * the parts asked for, streamed in pieces, stopped at their declared size whatever the stream holds,
 * and checked against their CRC. Browser-safe: the inflater is handed in (Node's zlib on the command
 * line, fflate in the browser).
 */
import { crc32 } from "./crc32";
import type { ByteSource } from "./source";
import { PackageProblem } from "./unusable";

export interface ZipEntry {
  /** The part name, with forward slashes ("xl/worksheets/sheet1.xml"). */
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  /** Declared inflated size. */
  size: number;
  localOffset: number;
}

/** Raw DEFLATE: compressed pieces in, inflated pieces out. Stopping the loop must stop the work. */
export type Inflate = (input: AsyncIterable<Uint8Array>) => AsyncIterable<Uint8Array>;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const READ_CHUNK = 256 * 1024;

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 0x1_0000_0000;

const damaged = (key: string, params: Record<string, string | number> = {}) =>
  new PackageProblem("corrupt", key, params);

async function readExactly(src: ByteSource, offset: number, length: number): Promise<Uint8Array> {
  if (offset < 0 || length < 0 || offset + length > src.size) throw damaged("file.damaged.zip");
  const b = await src.read(offset, length);
  if (b.length !== length) throw damaged("file.damaged.zip");
  return b;
}

const utf8 = new TextDecoder("utf-8");

/** The entries of the central directory; throws a PackageProblem when there is none to read. */
export async function readCentralDirectory(src: ByteSource, maxEntries: number): Promise<ZipEntry[]> {
  const tailLength = Math.min(src.size, 22 + 0xffff);
  if (tailLength < 22) throw damaged("file.damaged.zip");
  const tailStart = src.size - tailLength;
  const tail = await readExactly(src, tailStart, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === EOCD && i + 22 + u16(tail, i + 20) <= tail.length) {
      at = i;
      break;
    }
  }
  if (at < 0) throw damaged("file.damaged.zip");
  let count = u16(tail, at + 10);
  let cdSize = u32(tail, at + 12);
  let cdOffset = u32(tail, at + 16);
  if (u16(tail, at + 4) !== 0 && u16(tail, at + 4) !== 0xffff) throw damaged("file.damaged.zip");
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locAt = tailStart + at - 20;
    const loc = await readExactly(src, locAt, 20);
    if (u32(loc, 0) !== ZIP64_LOCATOR) throw damaged("file.damaged.zip");
    const z = await readExactly(src, u64(loc, 8), 56);
    if (u32(z, 0) !== ZIP64_EOCD) throw damaged("file.damaged.zip");
    count = u64(z, 32);
    cdSize = u64(z, 40);
    cdOffset = u64(z, 48);
  }
  if (count > maxEntries) {
    throw new PackageProblem("limit", "file.limit.entries", { count, limit: maxEntries });
  }
  const cd = await readExactly(src, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > cd.length || u32(cd, p) !== CENTRAL) throw damaged("file.damaged.zip");
    const nameLength = u16(cd, p + 28);
    const extraLength = u16(cd, p + 30);
    const commentLength = u16(cd, p + 32);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > cd.length) throw damaged("file.damaged.zip");
    const e: ZipEntry = {
      name: utf8.decode(cd.subarray(p + 46, p + 46 + nameLength)).replace(/\\/g, "/"),
      flags: u16(cd, p + 8),
      method: u16(cd, p + 10),
      crc: u32(cd, p + 16),
      compressedSize: u32(cd, p + 20),
      size: u32(cd, p + 24),
      localOffset: u32(cd, p + 42),
    };
    // ZIP64: the real sizes and offset are in an extra field, in this order, for those that overflowed.
    for (let x = p + 46 + nameLength; x + 4 <= p + 46 + nameLength + extraLength;) {
      const id = u16(cd, x);
      const len = u16(cd, x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        const take = () => {
          if (q + 8 > x + 4 + len) throw damaged("file.damaged.zip");
          const v = u64(cd, q);
          q += 8;
          return v;
        };
        if (e.size === 0xffffffff) e.size = take();
        if (e.compressedSize === 0xffffffff) e.compressedSize = take();
        if (e.localOffset === 0xffffffff) e.localOffset = take();
      }
      x += 4 + len;
    }
    entries.push(e);
    p = end;
  }
  return entries;
}

/** Where an entry's compressed bytes start (after its local header). */
async function dataStart(src: ByteSource, e: ZipEntry): Promise<number> {
  const h = await readExactly(src, e.localOffset, 30).catch(() => {
    throw damaged("file.damaged.part", { part: e.name });
  });
  if (u32(h, 0) !== LOCAL) throw damaged("file.damaged.part", { part: e.name });
  const start = e.localOffset + 30 + u16(h, 26) + u16(h, 28);
  if (start + e.compressedSize > src.size) throw damaged("file.damaged.part", { part: e.name });
  return start;
}

async function* compressed(src: ByteSource, start: number, length: number): AsyncIterable<Uint8Array> {
  for (let off = 0; off < length; off += READ_CHUNK) {
    yield await readExactly(src, start + off, Math.min(READ_CHUNK, length - off));
  }
}

/**
 * Streams one entry's inflated bytes to `onChunk`, never more than its declared size: a part that
 * would inflate past it is refused as a bomb at that point. Wrong sizes or CRCs are damage.
 */
export async function streamEntry(
  src: ByteSource,
  e: ZipEntry,
  inflate: Inflate,
  onChunk: (bytes: Uint8Array) => void,
): Promise<void> {
  if (e.flags & 1) throw damaged("file.damaged.method", { part: e.name, method: "encrypted" });
  if (e.method !== 0 && e.method !== 8) throw damaged("file.damaged.method", { part: e.name, method: e.method });
  if (e.method === 0 && e.compressedSize !== e.size) throw damaged("file.damaged.size", { part: e.name });
  const start = await dataStart(src, e);
  const input = compressed(src, start, e.compressedSize);
  let out = 0;
  let crc = 0;
  const take = (bytes: Uint8Array) => {
    out += bytes.length;
    if (out > e.size) {
      throw new PackageProblem("limit", "file.limit.overflow", { part: e.name, size: e.size });
    }
    crc = crc32(bytes, crc);
    onChunk(bytes);
  };
  if (e.method === 0) {
    for await (const piece of input) take(piece);
  } else {
    let consumerFailed = false;
    try {
      for await (const piece of inflate(input)) {
        try {
          take(piece);
        } catch (err) {
          consumerFailed = true;
          throw err;
        }
      }
    } catch (err) {
      if (consumerFailed || err instanceof PackageProblem) throw err;
      throw damaged("file.damaged.inflate", { part: e.name });
    }
  }
  if (out !== e.size) throw damaged("file.damaged.size", { part: e.name });
  if (crc !== e.crc) throw damaged("file.damaged.crc", { part: e.name });
}

/** A whole small entry (rels, workbook, styles) as bytes; its size was checked against the limits. */
export async function readEntry(src: ByteSource, e: ZipEntry, inflate: Inflate): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  await streamEntry(src, e, inflate, (b) => parts.push(b.slice()));
  const all = new Uint8Array(parts.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of parts) {
    all.set(b, at);
    at += b.length;
  }
  return all;
}
