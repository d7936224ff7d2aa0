/**
 * The web page for clerks without the add-in: the start screen until a book is open, then the book
 * with the pane. The file is read and written by a `BookReader` (the page's worker).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import type { MemoryHost } from "../excel/memory";
import type { Lang } from "../i18n";
import type { PaneServices } from "../taskpane/services";
import { loadLanguage, t as translate } from "../i18n";
import { LANG_KEY, storedLang } from "../taskpane/usePane";
import { snapshot, type Snapshot } from "./bookChanges";
import type { BookReader, OnProgress } from "./bookReader";
import { OpenError, type OpenedBook } from "./opened";
import { BookView } from "./BookView";
import { memoryBook } from "./memoryBook";
import { appServices } from "./appServices";
import type { RecentFile, RecentFiles } from "./recentFiles";
import { StartScreen, type Loading } from "./StartScreen";

/** Where the time of opening a book went, in milliseconds. */
export interface OpenTimings {
  /** Reading the file in the worker (the bounded reader, every sheet). */
  read: number;
  /** The worker handing the values over (structured clone). */
  transfer: number;
  /** The in-memory book and its copy as opened (for the save's changes). */
  build: number;
  /** React drawing the grid and the pane, to the next frame. */
  draw: number;
  /** From the clerk's choice to the book on screen. */
  total: number;
}

interface Open {
  book: OpenedBook;
  host: MemoryHost;
  services: PaneServices;
  opened: Snapshot;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface AppShellProps {
  reader: BookReader;
  /** Called with each book opened, once it is drawn (the browser test prints where the time went). */
  onOpened?: (book: OpenedBook, timings: OpenTimings) => void;
  /** Recent files, kept only when the clerk asks (IndexedDB in the page). */
  recent?: RecentFiles;
}

export function AppShell({ reader, onOpened, recent }: AppShellProps) {
  const [lang, setLang] = useState<Lang>(() => storedLang() ?? "vi");
  const [loading, setLoading] = useState<Loading | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Open | null>(null);
  const [keep, setKeep] = useState(() => recent?.kept() ?? false);
  const [recentFiles, setRecentFiles] = useState<RecentFile[]>([]);

  const listRecent = useCallback(() => {
    if (!recent) return;
    recent.list().then(setRecentFiles, () => setRecentFiles([]));
  }, [recent]);
  useEffect(listRecent, [listRecent, open]);

  /** The file as the clerk has it now, kept when they asked (a failure to keep never stops the work). */
  const remember = (name: string, file: Blob) => {
    if (recent?.kept()) void recent.remember(name, file).then(listRecent, () => undefined);
  };

  const chooseLang = (next: Lang) => {
    try {
      globalThis.localStorage?.setItem(LANG_KEY, next);
    } catch {
      // private mode: the choice lasts for this visit only
    }
    // The page's build fetches English in a chunk of its own: switch once it is there.
    void loadLanguage(next).then(
      () => setLang(next),
      () => setLang(next),
    );
  };

  const load = async (
    file: string,
    read: (onProgress: OnProgress) => Promise<OpenedBook>,
    kept?: Blob,
  ): Promise<void> => {
    setError(null);
    setLoading({ file, stage: "check", done: 0, total: 1 });
    const started = Date.now();
    try {
      const book = await read((stage, done, total) => setLoading({ file, stage, done, total }));
      const received = Date.now();
      // Taking the book over, building the in-memory book, copying it as opened and drawing it are
      // each a task of their own, so the page answers the clerk in between (a big book's pauses).
      await nextTask();
      const host = await memoryBook(book.sheets);
      await nextTask();
      const opened = snapshot(host);
      const built = Date.now();
      // The reader checks the book as it read it (in its worker, while the page draws it): the pane
      // shows that check first instead of reading and checking the whole book on the page's thread.
      const first = reader.openingCheck;
      // Drawn as a transition (the progress bar stays until the book is there): React yields to the
      // page while it renders the grid and the pane.
      drawing.current = { book, host, started, received, built };
      startTransition(() => {
        setOpen({ book, host, services: appServices(host, first && (() => first.call(reader))), opened });
        setLoading(null);
      });
      if (kept) remember(book.name, kept);
      // Said at once when the page could check this file but not write it back.
      reader.canSave().then(
        (problem) => {
          if (problem)
            setOpen((o) =>
              o && o.host === host
                ? {
                    ...o,
                    book: {
                      ...o.book,
                      warnings: [...o.book.warnings, translate(lang, "app.cannotSave", { reason: problem })],
                    },
                  }
                : o,
            );
        },
        () => undefined,
      );
    } catch (e) {
      setError(e instanceof OpenError ? e.message : e instanceof Error ? e.message : String(e));
      setLoading(null);
    }
  };

  // Where the time went, on the next frame after React has drawn the book.
  const drawing = useRef<{
    book: OpenedBook;
    host: MemoryHost;
    started: number;
    received: number;
    built: number;
  } | null>(null);
  useEffect(() => {
    const timing = drawing.current;
    if (!open || !timing || timing.host !== open.host) return;
    drawing.current = null;
    const { book, started, received, built } = timing;
    requestAnimationFrame(() =>
      setTimeout(() => {
        const drawn = Date.now();
        const transfer = book.sentAt ? Math.max(0, received - book.sentAt) : 0;
        onOpened?.(book, {
          read: book.ms,
          transfer,
          build: built - received,
          draw: drawn - built,
          total: drawn - started,
        });
      }),
    );
  }, [open, onOpened]);

  const forget = async () => {
    setKeep(false);
    setRecentFiles([]);
    await recent?.forget().catch(() => undefined);
  };

  if (open) {
    return (
      <BookView
        {...open}
        save={async (changes) => {
          const bytes = await reader.save(changes);
          remember(open.book.name, new Blob([bytes as Uint8Array<ArrayBuffer>]));
          return bytes;
        }}
        onClose={() => {
          setLang(storedLang() ?? lang);
          setOpen(null);
        }}
      />
    );
  }
  return (
    <FluentProvider theme={webLightTheme} lang={lang === "vi" ? "vi-VN" : "en-US"}>
      <StartScreen
        lang={lang}
        onLang={chooseLang}
        loading={loading}
        error={error}
        onFile={(file) => void load(file.name, (p) => reader.open(file, file.name, lang, p), file)}
        onSample={(id) => void load(id, (p) => reader.openSample(id, lang, p))}
        recent={
          recent && {
            kept: keep,
            files: recentFiles,
            onKeep: (on) => {
              if (on) {
                recent.keep();
                setKeep(true);
              } else void forget();
            },
            onOpen: (name) =>
              void recent.open(name).then(
                (file) =>
                  file
                    ? load(name, (p) => reader.open(file, name, lang, p), file)
                    : setError(translate(lang, "app.recent.failed", { file: name })),
                () => setError(translate(lang, "app.recent.failed", { file: name })),
              ),
            onForget: () => void forget(),
          }
        }
      />
    </FluentProvider>
  );
}
