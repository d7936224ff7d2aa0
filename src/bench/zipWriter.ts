/**
 * Writing zip packages for the bench and the tests (Node): small ones in memory, with sizes that may
 * lie on purpose (a bomb declares sizes it does not have), and huge ones streamed to a file.
 */
import { createWriteStream, type WriteStream } from "fs";
import { createDeflateRaw, deflateRawSync } from "zlib";
import { crc32 } from "../files/crc32";
import type { ZipInput } from "../files/xlsxWriter";

export type { ZipInput };

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

interface Written {
  name: Buffer;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
  flags: number;
}

function localHeader(w: Omit<Written, "offset">): Buffer {
  return Buffer.concat([
    u32(0x04034b50),
    u16(20),
    u16(w.flags),
    u16(w.method),
    u16(0),
    u16(0x21),
    u32(w.crc),
    u32(w.compressed),
    u32(w.size),
    u16(w.name.length),
    u16(0),
    w.name,
  ]);
}

function centralDirectory(entries: readonly Written[], at: number): Buffer {
  const parts = entries.map((w) =>
    Buffer.concat([
      u32(0x02014b50),
      u16(20),
      u16(20),
      u16(w.flags),
      u16(w.method),
      u16(0),
      u16(0x21),
      u32(w.crc),
      u32(w.compressed),
      u32(w.size),
      u16(w.name.length),
      u16(0),
      u16(0),
      u16(0),
      u16(0),
      u32(0),
      u32(w.offset),
      w.name,
    ]),
  );
  const cd = Buffer.concat(parts);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(entries.length),
    u16(entries.length),
    u32(cd.length),
    u32(at),
    u16(0),
  ]);
  return Buffer.concat([cd, end]);
}

/** A whole zip in memory. */
export function zipBytes(inputs: readonly ZipInput[]): Buffer {
  const chunks: Buffer[] = [];
  const written: Written[] = [];
  let offset = 0;
  for (const e of inputs) {
    const raw = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : Buffer.from(e.data);
    const body = e.store ? raw : deflateRawSync(raw);
    const w: Written = {
      name: Buffer.from(e.name, "utf8"),
      method: e.store ? 0 : 8,
      crc: e.declaredCrc ?? crc32(raw),
      compressed: e.declaredCompressedSize ?? body.length,
      size: e.declaredSize ?? raw.length,
      offset,
      flags: 0x800,
    };
    const head = localHeader(w);
    chunks.push(head, body);
    written.push(w);
    offset += head.length + body.length;
  }
  chunks.push(centralDirectory(written, offset));
  return Buffer.concat(chunks);
}

/** A zip streamed to a file, entry by entry, each entry's text written piece by piece. */
export class ZipFileWriter {
  private readonly out: WriteStream;
  private readonly written: Written[] = [];
  private offset = 0;

  constructor(file: string) {
    this.out = createWriteStream(file);
  }

  private async put(b: Buffer): Promise<void> {
    this.offset += b.length;
    if (!this.out.write(b)) await new Promise<void>((r) => this.out.once("drain", () => r()));
  }

  /** Sizes and CRC follow the data (flag bit 3); the central directory has them. */
  async add(name: string, pieces: Iterable<string>, level = 6): Promise<void> {
    const nameBytes = Buffer.from(name, "utf8");
    const offset = this.offset;
    const w = { name: nameBytes, method: 8, crc: 0, compressed: 0, size: 0, flags: 0x808 };
    await this.put(localHeader(w));
    const deflate = createDeflateRaw({ level });
    const done = (async () => {
      for await (const chunk of deflate) {
        w.compressed += (chunk as Buffer).length;
        await this.put(chunk as Buffer);
      }
    })();
    let batch: string[] = [];
    let batchLength = 0;
    const flush = async () => {
      const b = Buffer.from(batch.join(""), "utf8");
      batch = [];
      batchLength = 0;
      w.size += b.length;
      w.crc = crc32(b, w.crc);
      if (!deflate.write(b)) await new Promise<void>((r) => deflate.once("drain", () => r()));
    };
    for (const piece of pieces) {
      batch.push(piece);
      batchLength += piece.length;
      if (batchLength > 1 << 20) await flush();
    }
    await flush();
    deflate.end();
    await done;
    await this.put(Buffer.concat([u32(0x08074b50), u32(w.crc), u32(w.compressed), u32(w.size)]));
    this.written.push({ ...w, offset });
  }

  async close(): Promise<void> {
    await this.put(centralDirectory(this.written, this.offset));
    await new Promise<void>((resolve, reject) => this.out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  }
}
