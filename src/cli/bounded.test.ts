import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { bookParts } from "../files/xlsxWriter";
import { zipBytes } from "../bench/zipWriter";
import { transpiledSrc } from "../../test/support/transpiled";
import { runBounded } from "./bounded";

const dir = mkdtempSync(path.join(tmpdir(), "tdkt-bounded-"));
let src = "";
beforeAll(() => {
  src = transpiledSrc();
});
afterAll(() => rmSync(path.dirname(src), { recursive: true, force: true }));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, opts: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) } };
}

const UNITS = [
  ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
  ["X-TAVAN", "UBND xã Tả Van", "Xã, phường"],
];

describe("the command runs with a bounded heap: running out of memory is one line and exit 2", () => {
  it("the real worker checks a book and passes on its report and exit code", async () => {
    const file = path.join(dir, "don-vi.xlsx");
    writeFileSync(file, zipBytes(bookParts({ "Đơn vị": UNITS })));
    const c = capture();
    const code = await runBounded(["check", file, "--json"], { ...c.opts, entry: path.join(src, "cli", "worker.js") });
    expect(c.err).toEqual([]);
    expect(code).toBe(0);
    expect(JSON.parse(c.out.join("")).counts.error).toBe(0);
  }, 60_000);

  it("a book too big for a small heap: one line naming the file and the limit, exit 2", async () => {
    // 60,000 nominations with different names: far more than 40 MB of heap once parsed and checked.
    const rows: (string | number)[][] = [["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức"]];
    for (let i = 1; i <= 60_000; i++) rows.push([i, "Cá nhân", `Giàng Thị Mỷ ${i}`, "X-TAVAN", "Lao động tiên tiến"]);
    const file = path.join(dir, "de-nghi-lon.xlsx");
    writeFileSync(file, zipBytes(bookParts({ "Đơn vị": UNITS, "Đề nghị khen thưởng": rows })));
    const c = capture();
    const code = await runBounded(["check", file], {
      ...c.opts,
      entry: path.join(src, "cli", "worker.js"),
      heapMb: 40,
    });
    expect(code).toBe(2);
    expect(c.err).toEqual([
      `tdkt: không đủ bộ nhớ để kiểm tra “${file}” (giới hạn 40 MB); hãy tách sổ thành nhiều tệp nhỏ hơn.`,
    ]);
    expect(c.out).toEqual([]);
  }, 60_000);

  it("whatever exhausts the heap, the clerk sees one line in English too", async () => {
    const c = capture();
    const hog = "const a = []; for (;;) a.push({ n: a.length, s: 'Hoàng Văn Páo ' + a.length });";
    const code = await runBounded(["check", "x.xlsx", "--lang", "en"], {
      ...c.opts,
      entry: hog,
      eval: true,
      heapMb: 16,
    });
    expect(code).toBe(2);
    expect(c.err).toEqual(["tdkt: not enough memory to check “—” (limit 16 MB); split the book into smaller files."]);
  }, 60_000);
});
