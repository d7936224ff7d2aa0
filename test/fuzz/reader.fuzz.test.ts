/**
 * Mutated real books through the whole `tdkt check` path: whatever the bytes, no exception escapes,
 * a refusal is exit 2 with exactly one plain line, and memory stays bounded (a batch runs in a worker
 * with a small heap: a mutation that made the reader allocate without bound would kill it).
 */
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { Worker } from "worker_threads";
import { bookParts } from "../../src/files/xlsxWriter";
import { zipBytes, type ZipInput } from "../../src/bench/zipWriter";
import { main, type Io } from "../../src/cli/main";
import { transpiledSrc } from "../support/transpiled";

const SHEETS = {
  "Kế hoạch": [
    ["Mục", "Giá trị"],
    ["Năm", 2024],
    ["Cấp", "Huyện"],
  ],
  "Đơn vị": [
    ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
    ["X-TAVAN", "UBND xã Tả Van", "Xã, phường"],
    ["P-SAPA", "UBND phường Sa Pa", "Xã, phường"],
  ],
  "Đề nghị khen thưởng": [
    ["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức", "Ngày đề nghị"],
    [1, "Cá nhân", "Giàng Thị Sùng", "X-TAVAN", "Lao động tiên tiến", new Date(Date.UTC(2024, 10, 20))],
    [2, "Cá nhân", "Lý Thị Hoà".normalize("NFD"), "P-SAPA", "Chiến sĩ thi đua cơ sở", "31/02/2024"],
  ],
};
const PARTS = bookParts(SHEETS);
const BOOK = zipBytes(PARTS);

/** Byte-level damage: flips, cuts, insertions, a copied run (as a bad download or a bad disk does). */
const byteMutation = fc.oneof(
  fc
    .array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 })
    .map((flips) => (b: Uint8Array) => {
      const c = b.slice();
      for (const [at, x] of flips) c[at % c.length] ^= x;
      return c;
    }),
  fc.nat().map((n) => (b: Uint8Array) => b.slice(0, n % b.length)),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([at, ins]) => (b: Uint8Array) => {
    const i = at % b.length;
    return new Uint8Array([...b.subarray(0, i), ...ins, ...b.subarray(i)]);
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 200 })).map(([from, to, n]) => (b: Uint8Array) => {
    const c = b.slice();
    c.copyWithin(to % c.length, from % c.length, (from % c.length) + n);
    return c;
  }),
);

/** Damage inside the XML, zipped again with good checksums, so the XML readers meet it. */
const xmlMutation = fc
  .tuple(
    fc.constantFrom(...PARTS.map((p) => p.name)),
    fc.nat(),
    fc.constantFrom(
      "<",
      ">",
      '"',
      "</c>",
      "<row>",
      '<row r="1048576">',
      '<c r="XFD9">',
      '<c r="ZZZZ1" t="s"><v>99999</v></c>',
      "<v>1e400</v>",
      "&#0;",
      "&bogus;",
      "<![CDATA[",
      "<!--",
      "<!DOCTYPE x [<!ENTITY a 'aaaa'>]>",
      "\u0000",
      "\uFFFF",
      "",
    ),
    fc.nat({ max: 40 }),
  )
  .map(([name, at, insert, cut]) => (): Uint8Array => {
    const parts: ZipInput[] = PARTS.map((p) => {
      if (p.name !== name) return p;
      const text = String(p.data);
      const i = at % (text.length + 1);
      return { ...p, data: text.slice(0, i) + insert + text.slice(i + cut) };
    });
    return zipBytes(parts);
  });

const mutated = fc.oneof(
  byteMutation.map((m) => () => m(BOOK)),
  xmlMutation,
);

const dir = mkdtempSync(path.join(tmpdir(), "tdkt-fuzz-"));

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (s) => stdout.push(s),
    err: (s) => stderr.push(s),
    today: () => ({ year: 2024, month: 12, day: 10 }),
    env: {},
  };
}

describe("a mutated book through tdkt check", () => {
  it("never throws; a refusal is exit 2 and exactly one plain line", async () => {
    let i = 0;
    await fc.assert(
      fc.asyncProperty(mutated, async (make) => {
        const file = path.join(dir, `so-${i++}.xlsx`);
        writeFileSync(file, make());
        const io = capture();
        const code = await main(["check", file, "--json"], io);
        expect([0, 1, 2]).toContain(code);
        if (code === 2) {
          expect(io.stderr).toHaveLength(1);
          expect(io.stderr[0]).toMatch(/^tdkt: \S/);
          expect(io.stderr[0]).not.toMatch(/\n|\sat \S+:\d+|\{|\bundefined\b/);
          expect(io.stdout).toEqual([]);
        } else {
          expect(Object.keys(JSON.parse(io.stdout.join(""))).slice(0, 3)).toEqual(["file", "findings", "counts"]);
          expect(io.stderr.every((l) => l.startsWith("tdkt: cảnh báo: "))).toBe(true);
        }
      }),
      { numRuns: 250, seed: 20240915 },
    );
  }, 120_000);

  it("200 mutated books read and checked inside a 64 MB heap", async () => {
    const src = transpiledSrc();
    try {
      const cases = fc.sample(mutated, { numRuns: 200, seed: 91 }).map((make) => make());
      const code = `
        const { workerData, parentPort } = require("worker_threads");
        const { readXlsxSource } = require(${JSON.stringify(path.join(src, "files", "readBook.js"))});
        const { bytesSource } = require(${JSON.stringify(path.join(src, "files", "source.js"))});
        const { inflateFflate } = require(${JSON.stringify(path.join(src, "files", "inflateFflate.js"))});
        const { UnusableFileError } = require(${JSON.stringify(path.join(src, "files", "unusable.js"))});
        const { checkWorkbook } = require(${JSON.stringify(path.join(src, "sheets", "checkWorkbook.js"))});
        (async () => {
          const tally = { read: 0, refused: 0 };
          for (const bytes of workerData.cases) {
            try {
              const { sheets } = await readXlsxSource(bytesSource(bytes), { file: "so.xlsx", inflate: inflateFflate });
              checkWorkbook(sheets, { year: 2024, month: 12, day: 10 });
              tally.read++;
            } catch (e) {
              if (!(e instanceof UnusableFileError)) throw e;
              tally.refused++;
            }
          }
          parentPort.postMessage(tally);
        })();`;
      const tally = await new Promise<{ read: number; refused: number }>((resolve, reject) => {
        const w = new Worker(code, {
          eval: true,
          workerData: { cases },
          resourceLimits: { maxOldGenerationSizeMb: 64 },
        });
        w.on("message", resolve);
        w.on("error", reject);
      });
      expect(tally.read + tally.refused).toBe(200);
      expect(tally.read).toBeGreaterThan(0);
      expect(tally.refused).toBeGreaterThan(0);
    } finally {
      rmSync(path.dirname(src), { recursive: true, force: true });
    }
  }, 120_000);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));
