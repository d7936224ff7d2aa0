/**
 * Runs the command in a worker thread with a bounded heap, so that whatever a file does to memory
 * the clerk sees one plain line and exit 2, never a V8 trace. The worker tells which file it is
 * reading; if the heap runs out, that file is named. Node only.
 */
import path from "path";
import { Worker } from "worker_threads";
import { t } from "../i18n";
import { guessLang } from "./main";

/** The worker's old-generation heap: with the rest of the process, peak memory stays under 1.5 GB. */
export const DEFAULT_HEAP_MB = 1024;

export interface BoundedOptions {
  heapMb?: number;
  /** The worker's script: the compiled worker.js beside this file, or code with `eval` (tests). */
  entry?: string;
  eval?: boolean;
  out?: (text: string) => void;
  err?: (text: string) => void;
}

/** Messages from the worker (worker.ts). */
export type WorkerMessage =
  { type: "out" | "err"; text: string } | { type: "reading"; file: string } | { type: "exit"; code: number };

const write = (stream: NodeJS.WriteStream) => (s: string) => stream.write(s.endsWith("\n") ? s : `${s}\n`);

export function runBounded(argv: readonly string[], opts: BoundedOptions = {}): Promise<number> {
  const heapMb = opts.heapMb ?? DEFAULT_HEAP_MB;
  const out = opts.out ?? write(process.stdout);
  const err = opts.err ?? write(process.stderr);
  const lang = guessLang(argv);
  return new Promise((resolve) => {
    let reading: string | null = null;
    let exitCode: number | null = null;
    let failure: (Error & { code?: string }) | null = null;
    const worker = new Worker(opts.entry ?? path.join(__dirname, "worker.js"), {
      eval: opts.eval ?? false,
      workerData: { argv: [...argv] },
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
      // Anything a library prints on its own is not the clerk's business.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    worker.on("message", (m: WorkerMessage) => {
      if (m.type === "out") out(m.text);
      else if (m.type === "err") err(m.text);
      else if (m.type === "reading") reading = m.file;
      else if (m.type === "exit") exitCode = m.code;
    });
    worker.on("error", (e) => {
      failure = e;
    });
    worker.on("exit", () => {
      if (exitCode !== null && failure === null) return resolve(exitCode);
      const file = reading ?? "—";
      const f = failure as (Error & { code?: string }) | null;
      if (f?.code === "ERR_WORKER_OUT_OF_MEMORY") {
        err(`tdkt: ${t(lang, "file.outOfMemory", { file, limit: heapMb })}`);
      } else {
        err(t(lang, "cli.unexpected", { file, detail: f?.message ?? "exit" }));
      }
      resolve(2);
    });
  });
}
