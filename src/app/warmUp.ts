/**
 * The page's worker warms up while the clerk chooses a file: it reads and checks a made-up ward's
 * book of a few thousand nominations, as it will read and check the clerk's (the same reader, the
 * same in-memory book, the same checker). A fresh worker runs all that code for the first time
 * otherwise, and the first run of JavaScript is several times slower than the next: measured in the
 * browser test, a 20,000-nomination book read and checked cold took about twice as long as warm.
 * Nothing of it is kept or shown; a request that arrives meanwhile waits at most for the step under way.
 */
import { strToU8, zipSync } from "fflate";
import { readXlsxBlob } from "../files/readBlob";
import { bookParts } from "../files/xlsxWriter";
import { checkOpened } from "./openingCheck";

/** Nominations in the made-up book: enough for the browser to compile the loops the reading and the check run. */
const WARM_UP_NOMINATIONS = 3_000;

/** A made-up ward's book (.xlsx with shared strings, as Excel writes one): units, and nominations with a few mistakes. */
export function warmUpBook(nominations = WARM_UP_NOMINATIONS): Uint8Array<ArrayBuffer> {
  const names = ["Giàng Thị Mỷ", "Lý Láo Lở", "Hoàng Văn Tiến", "Nguyễn Thị Hoà", "Vàng A Dình", "Lù Thị Sính"];
  const units = [
    ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
    ["P-SAPA", "UBND phường Sa Pa", "Xã, phường"],
    ["X-TAVAN", "UBND xã Tả Van", "Xã, phường"],
    ["TRUONG-MN", "Trường Mầm non Hoàng Liên", "Đơn vị sự nghiệp"],
  ];
  const rows: (string | number)[][] = [["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức", "Năm"]];
  for (let i = 0; i < nominations; i++) {
    // Every 50th from a unit the book does not have, and every 100th the row before again: findings to make.
    const unit = i % 50 === 1 ? "X-LAOCHAI" : ["P-SAPA", "X-TAVAN", "TRUONG-MN"][i % 3];
    const row = [i + 1, "Cá nhân", `${names[i % names.length]} ${i + 1}`, unit, "Lao động tiên tiến", 2025];
    rows.push(i % 100 === 99 ? [i + 1, ...rows[rows.length - 1].slice(1)] : row);
  }
  const parts = bookParts({ "Đơn vị": units, "Đề nghị khen thưởng": rows });
  // fflate makes a plain ArrayBuffer (never a shared one).
  return zipSync(
    Object.fromEntries(parts.map((p) => [p.name, typeof p.data === "string" ? strToU8(p.data) : p.data])),
  ) as Uint8Array<ArrayBuffer>;
}

/**
 * Reads and checks the made-up book, step by step; `stop()` true (a request came) ends it after the
 * step under way. Resolves to the check's error count (0 when stopped or failed: it only warms up).
 */
export async function warmUp(stop: () => boolean = () => false): Promise<number> {
  try {
    const bytes = warmUpBook();
    if (stop()) return 0;
    const read = await readXlsxBlob(new Blob([bytes]), "warm-up.xlsx", {}, { everySheet: true });
    if (stop()) return 0;
    const checked = await checkOpened(
      read.sheets.map((s) => ({ name: s.name, visibility: "Visible", values: s.values })),
    );
    return checked.counts.error;
  } catch {
    return 0;
  }
}
