/**
 * The project's TypeScript transpiled to plain CommonJS under .tmp/ (inside the repository, so
 * node_modules resolves): a worker thread cannot load .ts, and the bounded runner's tests must run
 * the real worker, not a stand-in. Transpiled once per test file; types are not checked here.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import path from "path";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "..", "..");

export function transpiledSrc(): string {
  const out = path.join(ROOT, ".tmp", `transpiled-${process.pid}`);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".ts") && !name.endsWith(".test.ts")) {
        const js = ts.transpileModule(readFileSync(full, "utf8"), {
          compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
        }).outputText;
        const dest = path.join(out, path.relative(ROOT, full)).replace(/\.ts$/, ".js");
        mkdirSync(path.dirname(dest), { recursive: true });
        writeFileSync(dest, js);
      }
    }
  };
  for (const d of ["domain", "sheets", "files", "cli", "i18n", "sample", "bench"]) walk(path.join(ROOT, "src", d));
  return path.join(out, "src");
}
