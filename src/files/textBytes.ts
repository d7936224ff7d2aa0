/** Text bytes gathered across chunks for one element (a cell's value, a string's run), with a cap. */
import { decodeUtf8 } from "./xml";
import { PackageProblem } from "./unusable";

/** Excel holds at most 32,767 characters in a cell: 4 bytes each, and room for entities, is plenty. */
export const MAX_TEXT_BYTES = 32_767 * 6;

export class TextBytes {
  buf = new Uint8Array(256);
  length = 0;

  constructor(private readonly part: string) {}

  add(b: Uint8Array, start: number, end: number): void {
    const need = this.length + end - start;
    if (need > this.buf.length) {
      if (need > MAX_TEXT_BYTES) {
        throw new PackageProblem("corrupt", "file.damaged.xml", { part: this.part, detail: "text > 32767" });
      }
      const grown = new Uint8Array(Math.min(MAX_TEXT_BYTES, Math.max(need, this.buf.length * 2)));
      grown.set(this.buf.subarray(0, this.length));
      this.buf = grown;
    }
    this.buf.set(b.subarray(start, end), this.length);
    this.length = need;
  }

  /** The text so far as a string (UTF-8), and start again. */
  take(): string {
    const n = this.length;
    this.length = 0;
    const b = this.buf;
    // Numbers and indices are short ASCII: skip the decoder.
    if (n <= 24) {
      let s = "";
      for (let i = 0; i < n; i++) {
        const c = b[i];
        if (c >= 0x80) return decodeUtf8(b.subarray(0, n), this.part);
        s += String.fromCharCode(c);
      }
      return s;
    }
    return decodeUtf8(b.subarray(0, n), this.part);
  }

  /** The text as a non-negative integer, or -1 when it is not one (no string made). */
  takeIndex(): number {
    const n = this.length;
    this.length = 0;
    let v = 0;
    let i = 0;
    while (i < n && (this.buf[i] === 32 || this.buf[i] === 10 || this.buf[i] === 13 || this.buf[i] === 9)) i++;
    if (i === n) return -1;
    for (; i < n; i++) {
      const c = this.buf[i] - 48;
      if (c < 0 || c > 9) return -1;
      v = v * 10 + c;
      if (v > 2 ** 31) return -1;
    }
    return v;
  }
}
