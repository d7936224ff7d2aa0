/** What the worker hands the page about an open book (kept apart from exceljs, which stays in the worker). */
import type { OpenedSheet } from "./workbookValues";

/** Where reading is: the file's package checked (limits, shared strings), then sheet by sheet. */
export type Stage = "check" | "sheets";
export type Progress = (stage: Stage, done: number, total: number) => void;

export interface OpenedBook {
  name: string;
  sheets: OpenedSheet[];
  /** Sentences for what the reader went on past (a wrong extension, overlapping merges). */
  warnings: string[];
  /** Milliseconds the reading took in the worker (the browser test prints it). */
  ms: number;
  /** When the worker handed the book over (Date.now()), to time the hand-over. */
  sentAt?: number;
}

/** A file the page cannot open: the one sentence for the clerk. */
export class OpenError extends Error {}
