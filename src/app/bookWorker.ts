/**
 * The page's Web Worker: reads and writes the clerk's file off the main thread, so the page stays
 * responsive (and shows its progress) while exceljs parses a big book.
 */
import { loadLanguage, type Lang } from "../i18n";
import type { BookChanges } from "./bookChanges";
import { BookSession, OpenError, type OpenedBook, type Stage } from "./bookSession";

export type WorkerRequest =
  | { id: number; type: "open"; file: Blob; name: string; lang: Lang }
  | { id: number; type: "sample"; sample: string; lang: Lang }
  | { id: number; type: "save"; changes: BookChanges }
  | { id: number; type: "canSave" };

export type WorkerReply =
  | { id: number; type: "progress"; stage: Stage; done: number; total: number }
  | { id: number; type: "opened"; book: OpenedBook }
  | { id: number; type: "saved"; bytes: Uint8Array }
  | { id: number; type: "saveable"; problem: string | null }
  | { id: number; type: "failed"; message: string; plain: boolean };

const session = new BookSession();
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(reply: WorkerReply, transfer?: Transferable[]): void;
};

scope.onmessage = (e) => {
  const req = e.data;
  const progress = (stage: Stage, done: number, total: number) =>
    scope.postMessage({ id: req.id, type: "progress", stage, done, total });
  const work = async (): Promise<void> => {
    // The build keeps the tables of words in chunks of their own: the worker's sentences (a file
    // refused, a warning) need them loaded here too, not only on the page.
    if (req.type === "open" || req.type === "sample") await loadLanguage(req.lang).catch(() => loadLanguage(req.lang));
    if (req.type === "save") {
      const bytes = await session.write(req.changes);
      scope.postMessage({ id: req.id, type: "saved", bytes }, [bytes.buffer as ArrayBuffer]);
      return;
    }
    if (req.type === "canSave") {
      scope.postMessage({ id: req.id, type: "saveable", problem: await session.canSave() });
      return;
    }
    const book =
      req.type === "open"
        ? await session.open(req.file, req.name, req.lang, progress)
        : await session.openSample(req.sample, req.lang, progress);
    // Handed over once (structured clone; the values are not kept in the worker).
    scope.postMessage({ id: req.id, type: "opened", book: { ...book, sentAt: Date.now() } });
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
