/** The books a command names: files as given, folders as the .xlsx/.xlsm books inside them (recursively). */
import { promises as fs } from "fs";
import path from "path";
import { UsageError } from "./args";

const BOOK = /\.(xlsx|xlsm)$/i;

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, "vi"));
  for (const e of entries) {
    // Hidden files, Excel's lock files (~$book.xlsx) and our own temporary files are not books.
    if (e.name.startsWith(".") || e.name.startsWith("~$")) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) await walk(full, out);
    else if (e.isFile() && BOOK.test(e.name)) out.push(full);
  }
}

/**
 * Files in the order given, each folder's books sorted by name; a file named twice is read once.
 * A path that does not exist is kept: reading it says so in the command's own words.
 */
export async function expandBooks(paths: readonly string[], exclude: string | null = null): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => null);
    if (stat?.isDirectory()) {
      const found: string[] = [];
      await walk(p, found);
      const books = exclude ? found.filter((f) => path.resolve(f) !== path.resolve(exclude)) : found;
      if (books.length === 0) throw new UsageError("stats.emptyDir", { dir: p });
      out.push(...books);
    } else out.push(p);
  }
  const seen = new Set<string>();
  return out.filter((f) => {
    const key = path.resolve(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
