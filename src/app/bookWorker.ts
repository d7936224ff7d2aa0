/**
 * The page's Web Worker: reads and writes the clerk's file off the main thread, so the page stays
 * responsive (and shows its progress) while a big book is read; and checks the book as it was read
 * while the page draws it (openingCheck.ts), for the pane's first check.
 */
import { loadLanguage, type Lang } from "../i18n";
import type { BookChanges } from "./bookChanges";
import type { CheckResult } from "../taskpane/state";
import { BookSession, OpenError, type OpenedBook, type Stage } from "./bookSession";
import { checkOpened } from "./openingCheck";
import { warmUp } from "./warmUp";

export type WorkerRequest =
  | { id: number; type: "open"; file: Blob; name: string; lang: Lang }
  | { id: number; type: "sample"; sample: string; lang: Lang }
  | { id: number; type: "save"; changes: BookChanges }
  | { id: number; type: "canSave" }
  | { id: number; type: "check" };

export type WorkerReply =
  | { id: number; type: "progress"; stage: Stage; done: number; total: number }
  | { id: number; type: "opened"; book: OpenedBook }
  | { id: number; type: "saved"; bytes: Uint8Array }
  | { id: number; type: "saveable"; problem: string | null }
  /** The check of the book last opened (null when it failed: the pane then checks on the page); `ms` it took here. */
  | { id: number; type: "checked"; result: CheckResult | null; ms: number }
  | { id: number; type: "failed"; message: string; plain: boolean };

const session = new BookSession();
// While the clerk chooses a file: Vietnamese (every language's fallback) is fetched, and the worker
// warms up on a made-up book (warmUp.ts), so the clerk's book is not the first it reads and checks.
// The first request stops the warm-up after the step under way, and waits for that step only.
let requested = false;
const warming = loadLanguage("vi")
  .catch(() => undefined)
  .then(() => warmUp(() => requested));
/** The check of the book last opened, started as soon as the book is handed over. */
let checking: Promise<{ result: CheckResult | null; ms: number }> = Promise.resolve({ result: null, ms: 0 });
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(reply: WorkerReply, transfer?: Transferable[]): void;
};

scope.onmessage = (e) => {
  const req = e.data;
  requested = true;
  const progress = (stage: Stage, done: number, total: number) =>
    scope.postMessage({ id: req.id, type: "progress", stage, done, total });
  const work = async (): Promise<void> => {
    await warming;
    // The build keeps the tables of words in chunks of their own: the worker's sentences (a file
    // refused, a warning) need them loaded here too, not only on the page.
    if (req.type === "open" || req.type === "sample") await loadLanguage(req.lang).catch(() => loadLanguage(req.lang));
    if (req.type === "save") {
      const bytes = await session.write(req.changes);
      scope.postMessage({ id: req.id, type: "saved", bytes }, [bytes.buffer as ArrayBuffer]);
      return;
    }
    if (req.type === "check") {
      scope.postMessage({ id: req.id, type: "checked", ...(await checking) });
      return;
    }
    if (req.type === "canSave") {
      // Loading exceljs and reading the file with it waits for the check, which the clerk waits for.
      await checking;
      scope.postMessage({ id: req.id, type: "saveable", problem: await session.canSave() });
      return;
    }
    const book =
      req.type === "open"
        ? await session.open(req.file, req.name, req.lang, progress)
        : await session.openSample(req.sample, req.lang, progress);
    // Handed over once (structured clone), then checked here while the page draws it: the values are
    // kept only until the check is made.
    scope.postMessage({ id: req.id, type: "opened", book: { ...book, sentAt: Date.now() } });
    const started = Date.now();
    checking = checkOpened(book.sheets).then(
      (result) => ({ result, ms: Date.now() - started }),
      (err: unknown) => {
        console.error("tdkt: the check on opening failed in the worker", err);
        return { result: null, ms: Date.now() - started };
      },
    );
  };
  work().catch((err: unknown) =>
    scope.postMessage({
      id: req.id,
      type: "failed",
      message: err instanceof Error ? err.message : String(err),
      plain: err instanceof OpenError,
    }),
  );
};
