/** Raw DEFLATE with fflate: pure JavaScript, the same in the browser and in Node (tests). */
import { Inflate as FflateInflate } from "fflate";
import type { Inflate } from "./zip";

/** Small pushes keep what one push can inflate (at most ~1,032× its size) small. */
const PUSH = 16 * 1024;

export const inflateFflate: Inflate = async function* (input) {
  let out: Uint8Array[] = [];
  const inflater = new FflateInflate((chunk) => out.push(chunk));
  for await (const piece of input) {
    for (let i = 0; i < piece.length; i += PUSH) {
      inflater.push(piece.subarray(i, i + PUSH), false);
      if (out.length) {
        const ready = out;
        out = [];
        yield* ready;
      }
    }
  }
  inflater.push(new Uint8Array(0), true);
  yield* out;
};
