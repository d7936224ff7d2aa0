/**
 * What the page asks of the worker that holds the clerk's file. The app takes a `BookReader`, so
 * tests hand it one that runs in the same thread.
 */
import type { Lang } from "../i18n";
import type { BookChanges } from "./bookChanges";
import { OpenError, type OpenedBook, type Stage } from "./opened";
import type { WorkerReply, WorkerRequest } from "./bookWorker";
import type { CheckResult } from "../taskpane/state";

export type OnProgress = (stage: Stage, done: number, total: number) => void;

export interface BookReader {
  open(file: Blob, name: string, lang: Lang, onProgress: OnProgress): Promise<OpenedBook>;
  openSample(sample: string, lang: Lang, onProgress: OnProgress): Promise<OpenedBook>;
  save(changes: BookChanges): Promise<Uint8Array>;
  /** null when the open book can be saved; else why not (exceljs cannot read it). */
  canSave(): Promise<string | null>;
  /**
   * The check of the book last opened, made by the reader as it read it (openingCheck.ts), for the
   * pane's first check; null when it has none. Absent: the pane checks the book on the page.
   */
  openingCheck?(): Promise<CheckResult | null>;
}

/** The file read and written in this thread (tests; a browser without workers): exceljs loads when first needed. */
export function sameThreadReader(): BookReader {
  const session = import(/* webpackChunkName: "book-session" */ "./bookSession").then((m) => new m.BookSession());
  // Without a worker nothing is gained by checking apart: the pane checks the book itself.
  return {
    open: async (file, name, lang, onProgress) => (await session).open(file, name, lang, onProgress),
    openSample: async (sample, lang, onProgress) => (await session).openSample(sample, lang, onProgress),
    save: async (changes) => (await session).write(changes),
    canSave: async () => (await session).canSave(),
  };
}

/** What the worker's check on opening took, when it gave one: for the browser test (and a curious clerk's console). */
export type OnChecked = (timing: { ms: number; sentAt: number; receivedAt: number }) => void;

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

/** The file read and written by a worker (`new Worker(...)` is made by the caller, where webpack sees it). */
export function workerReader(worker: Worker, onChecked?: OnChecked): BookReader {
  let next = 1;
  const waiting = new Map<number, { resolve(r: WorkerReply): void; onProgress?: OnProgress }>();
  worker.onmessage = (e: MessageEvent<WorkerReply>) => {
    const reply = e.data;
    const w = waiting.get(reply.id);
    if (!w) return;
    if (reply.type === "progress") w.onProgress?.(reply.stage, reply.done, reply.total);
    else {
      waiting.delete(reply.id);
      w.resolve(reply);
    }
  };
  const ask = (request: Request, onProgress?: OnProgress): Promise<WorkerReply> =>
    new Promise((resolve) => {
      const id = next++;
      waiting.set(id, { resolve, onProgress });
      worker.postMessage({ ...request, id });
    });
  const fail = (r: WorkerReply): never => {
    if (r.type === "failed" && r.plain) throw new OpenError(r.message);
    throw new Error(r.type === "failed" ? r.message : `unexpected reply ${r.type}`);
  };
  return {
    async open(file, name, lang, onProgress) {
      const r = await ask({ type: "open", file, name, lang }, onProgress);
      return r.type === "opened" ? r.book : fail(r);
    },
    async openSample(sample, lang, onProgress) {
      const r = await ask({ type: "sample", sample, lang }, onProgress);
      return r.type === "opened" ? r.book : fail(r);
    },
    async save(changes) {
      const r = await ask({ type: "save", changes });
      return r.type === "saved" ? r.bytes : fail(r);
    },
    async canSave() {
      const r = await ask({ type: "canSave" });
      return r.type === "saveable" ? r.problem : fail(r);
    },
    async openingCheck() {
      const asked = Date.now();
      const r = await ask({ type: "check" });
      if (r.type !== "checked") return fail(r);
      if (r.result) onChecked?.({ ms: r.ms, sentAt: asked, receivedAt: Date.now() });
      return r.result;
    },
  };
}
