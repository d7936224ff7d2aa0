/**
 * The web page for clerks without the add-in: the start screen until a book is open, then the book
 * with the pane. The file is read and written by a `BookReader` (the page's worker).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { checkCapabilities } from "../excel/capabilities";
import type { MemoryHost } from "../excel/memory";
import type { Lang } from "../i18n";
import { servicesFor } from "../taskpane/host";
import type { PaneServices } from "../taskpane/services";
import { LANG_KEY, storedLang } from "../taskpane/usePane";
import { snapshot, type Snapshot } from "./bookChanges";
import type { BookReader, OnProgress } from "./bookReader";
import { OpenError, type OpenedBook } from "./opened";
import { BookView } from "./BookView";
import { memoryBook } from "./memoryBook";
import { StartScreen, type Loading } from "./StartScreen";

interface Open {
  book: OpenedBook;
  host: MemoryHost;
  services: PaneServices;
  opened: Snapshot;
}

/** The pane's services over the open book: the preview's, on the clerk's file. */
export function appServices(host: MemoryHost): PaneServices {
  const services = servicesFor(
    host.run,
    "preview",
    () => checkCapabilities((set, version) => host.isSetSupported(set, version)).missing,
  );
  return { ...services, mode: "app" };
}

export interface AppShellProps {
  reader: BookReader;
  /** Called with each book opened (the browser test reads the time it took). */
  onOpened?: (book: OpenedBook) => void;
}

export function AppShell({ reader, onOpened }: AppShellProps) {
  const [lang, setLang] = useState<Lang>(() => storedLang() ?? "vi");
  const [loading, setLoading] = useState<Loading | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Open | null>(null);

  const chooseLang = (next: Lang) => {
    try {
      globalThis.localStorage?.setItem(LANG_KEY, next);
    } catch {
      // private mode: the choice lasts for this visit only
    }
    setLang(next);
  };

  const load = async (file: string, read: (onProgress: OnProgress) => Promise<OpenedBook>) => {
    setError(null);
    setLoading({ file, stage: "check", done: 0, total: 1 });
    try {
      const book = await read((stage, done, total) => setLoading({ file, stage, done, total }));
      const host = await memoryBook(book.sheets);
      setOpen({ book, host, services: appServices(host), opened: snapshot(host) });
      onOpened?.(book);
    } catch (e) {
      setError(e instanceof OpenError ? e.message : e instanceof Error ? e.message : String(e));
    } finally {
      setLoading(null);
    }
  };

  if (open) {
    return (
      <BookView
        {...open}
        save={(changes) => reader.save(changes)}
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
        onFile={(file) => void load(file.name, (p) => reader.open(file, file.name, lang, p))}
        onSample={(id) => void load(id, (p) => reader.openSample(id, lang, p))}
      />
    </FluentProvider>
  );
}
