/**
 * The limits a book must pass before anything in it is inflated, and the check of a zip's central
 * directory against them. Browser-safe: the command line and the web page apply the same limits
 * with the same messages (README, "Limits").
 *
 * The numbers: a TĐKT book is a few MB; the largest legal book tried (a year's table pre-formatted
 * down to row 1,048,575, 22 columns of bordered empty cells) is 59 MB zipped and 567 MB of sheet XML,
 * compressed 9–13 times. A zip bomb compresses up to 1,032 times.
 */
import type { ZipEntry } from "./zip";
import { PackageProblem } from "./unusable";

export interface ReadLimits {
  /** The file itself, compressed. */
  maxFileBytes: number;
  /** Entries in the zip's central directory. */
  maxEntries: number;
  /** The declared inflated size of any one part (entry). */
  maxPartBytes: number;
  /** The declared inflated sizes of all parts together. */
  maxTotalBytes: number;
  /** Inflated size ÷ compressed size of a part larger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  /**
   * Rows holding values, read from the contract's sheets together. A year's book holds thousands; the
   * check of half a million rows needs about 1 GB, what the bounded worker has (src/cli/bounded.ts).
   */
  maxRows: number;
}

export const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 100 * MB,
  maxEntries: 10_000,
  maxPartBytes: 1024 * MB,
  maxTotalBytes: 2048 * MB,
  maxRatio: 100,
  ratioFloorBytes: 1 * MB,
  maxRows: 500_000,
});

const mb = (bytes: number) => Math.ceil(bytes / MB);

/** Throws a PackageProblem naming the first entry (or the sum) that passes a limit. */
export function checkEntries(entries: readonly ZipEntry[], limits: ReadLimits = DEFAULT_LIMITS): void {
  if (entries.length > limits.maxEntries) {
    throw new PackageProblem("limit", "file.limit.entries", { count: entries.length, limit: limits.maxEntries });
  }
  let total = 0;
  let largest: ZipEntry | null = null;
  for (const e of entries) {
    if (e.size > limits.maxPartBytes) {
      throw new PackageProblem("limit", "file.limit.part", {
        part: e.name,
        size: mb(e.size),
        limit: mb(limits.maxPartBytes),
      });
    }
    if (e.size > limits.ratioFloorBytes && e.size > limits.maxRatio * Math.max(1, e.compressedSize)) {
      throw new PackageProblem("limit", "file.limit.ratio", {
        part: e.name,
        ratio: Math.round(e.size / Math.max(1, e.compressedSize)),
        limit: limits.maxRatio,
      });
    }
    total += e.size;
    if (!largest || e.size > largest.size) largest = e;
  }
  if (total > limits.maxTotalBytes && largest) {
    throw new PackageProblem("limit", "file.limit.total", {
      size: mb(total),
      limit: mb(limits.maxTotalBytes),
      part: largest.name,
    });
  }
}
