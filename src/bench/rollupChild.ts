/**
 * The roll-up measured on its own process (`node dist-cli/bench/rollupChild.js DIR OUT`), so its
 * peak memory is its own: prints one JSON line with the time, the books per second and the peak RSS.
 */
import { performance } from "perf_hooks";
import { main } from "../cli/main";

async function run(): Promise<void> {
  const [dir, out] = process.argv.slice(2);
  let json = "";
  const t0 = performance.now();
  const code = await main(["rollup", dir, "--out", out, "--json"], {
    out: (s) => (json += s),
    err: (s) => process.stderr.write(`${s}\n`),
    today: () => ({ year: 2025, month: 12, day: 5 }),
  });
  const ms = performance.now() - t0;
  const report = JSON.parse(json) as { books: unknown[]; findings: { code: string }[] };
  const books = report.books.length;
  console.log(
    JSON.stringify({
      exit: code,
      books,
      ms,
      booksPerSecond: books / (ms / 1000),
      duplicates: report.findings.filter((f) => f.code === "DUPLICATE_ACROSS_BOOKS").length,
      // resourceUsage().maxRSS is in kilobytes.
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

run().catch((e) => {
  console.error(e);
  process.exit(1);
});
