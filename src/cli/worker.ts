/** The worker side of bounded.ts: runs `main` and sends its output, the file it reads and its exit code. */
import { parentPort, workerData } from "worker_threads";
import { t } from "../i18n";
import type { WorkerMessage } from "./bounded";
import { guessLang, main, systemIo } from "./main";

const post = (m: WorkerMessage) => parentPort?.postMessage(m);
const argv: string[] = (workerData as { argv: string[] }).argv;
let reading = "—";

main(argv, {
  ...systemIo,
  out: (text) => post({ type: "out", text }),
  err: (text) => post({ type: "err", text }),
  reading: (file) => {
    reading = file;
    post({ type: "reading", file });
  },
}).then(
  (code) => post({ type: "exit", code }),
  (e: unknown) => {
    // A fault of ours, not of the file: still one line, never a stack trace.
    const detail = e instanceof Error ? e.message : String(e);
    post({ type: "err", text: t(guessLang(argv), "cli.unexpected", { file: reading, detail }) });
    post({ type: "exit", code: 2 });
  },
);
