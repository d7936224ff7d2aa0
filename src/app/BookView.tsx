/**
 * An open book on the web page: a bar with the file's name and "Lưu về máy", the preview's grid over
 * the in-memory book, and the real pane beside it (every tab the add-in has) through the same
 * `PaneServices` seam.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, tokens, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import type { MemoryHost } from "../excel/memory";
import { Pane, PaneRoot } from "../taskpane/Pane";
import { download } from "../taskpane/download";
import { Grid } from "../taskpane/preview/Grid";
import type { PaneServices } from "../taskpane/services";
import { usePane } from "../taskpane/usePane";
import { diff, isEmpty, snapshot, type BookChanges, type Snapshot } from "./bookChanges";
import type { OpenedBook } from "./opened";

export const PANE_WIDTH = 360;

const useStyles = makeStyles({
  layout: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    width: "100vw",
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  bar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  file: {
    fontWeight: tokens.fontWeightSemibold,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    minWidth: 0,
    flexShrink: 1,
  },
  dirty: { color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200 },
  spacer: { flexGrow: 1 },
  messages: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  body: {
    display: "flex",
    flexGrow: 1,
    minHeight: 0,
    // A narrow window: the pane goes below the grid instead of squeezing it.
    "@media (max-width: 760px)": { flexDirection: "column" },
  },
  grid: { flexGrow: 1, minWidth: 0, minHeight: "240px" },
  pane: {
    width: `${PANE_WIDTH}px`,
    flexShrink: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    overflow: "auto",
    "@media (max-width: 760px)": { width: "auto", height: "50%" },
  },
});

export interface BookViewProps {
  book: OpenedBook;
  host: MemoryHost;
  services: PaneServices;
  /** The book as opened: every save writes the changes since then into the file as read. */
  opened: Snapshot;
  save: (changes: BookChanges) => Promise<Uint8Array>;
  onClose: () => void;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function Bar({ book, host, opened, save, onClose }: Omit<BookViewProps, "services">) {
  const styles = useStyles();
  const { t } = usePane();
  const [saved, setSaved] = useState<Snapshot>(opened);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ intent: "success" | "error"; text: string } | null>(null);
  const [dirty, setDirty] = useState(false);
  const savedRef = useRef(saved);
  savedRef.current = saved;

  // Whether the book differs from the last save: worked out a moment after changes settle, since
  // copying a 20,000-row book on every keystroke would slow the grid.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const check = () => {
      timer = null;
      setDirty(!isEmpty(diff(savedRef.current, snapshot(host))));
    };
    const stop = host.subscribe(() => {
      timer ??= setTimeout(check, 500);
    });
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (!isEmpty(diff(savedRef.current, snapshot(host)))) e.preventDefault();
    };
    window.addEventListener("beforeunload", beforeUnload);
    return () => {
      stop();
      if (timer) clearTimeout(timer);
      window.removeEventListener("beforeunload", beforeUnload);
    };
  }, [host]);

  const onSave = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const now = snapshot(host);
      download(book.name, await save(diff(opened, now)), XLSX_TYPE);
      setSaved(now);
      setDirty(false);
      setNotice({ intent: "success", text: t("app.saved", { file: book.name }) });
    } catch (e) {
      setNotice({ intent: "error", text: t("app.saveFailed", { reason: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className={styles.bar} data-testid="app-bar">
        <img src="assets/icon-16.png" alt="" width={16} height={16} />
        <span className={styles.file} data-testid="file-name" title={book.name}>
          {book.name}
        </span>
        {dirty && (
          <span className={styles.dirty} data-testid="unsaved">
            ● {t("app.unsaved")}
          </span>
        )}
        <span className={styles.spacer} />
        <Button appearance="primary" onClick={() => void onSave()} disabled={busy} data-testid="save">
          {busy ? t("app.saving") : t("app.save")}
        </Button>
        <Button
          onClick={() => {
            // Another book replaces this one: never without asking, when it has changes not saved.
            if (isEmpty(diff(savedRef.current, snapshot(host))) || window.confirm(t("app.discard"))) onClose();
          }}
          data-testid="close-book"
        >
          {t("app.other")}
        </Button>
      </div>
      <div className={styles.messages}>
        {book.warnings.map((w) => (
          <MessageBar key={w} intent="warning" layout="multiline">
            <MessageBarBody>{t("app.warning", { text: w })}</MessageBarBody>
          </MessageBar>
        ))}
        {notice && (
          <MessageBar intent={notice.intent} layout="multiline" data-testid="save-notice">
            <MessageBarBody>
              {notice.text} {notice.intent === "success" && t("app.keeps")}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </>
  );
}

export function BookView(props: BookViewProps) {
  const styles = useStyles();
  const [version, bump] = useReducer((n: number) => n + 1, 0);
  const onWorkbookCall = useCallback(() => bump(), []);
  return (
    <PaneRoot services={props.services} theme={webLightTheme} onWorkbookCall={onWorkbookCall}>
      <div className={styles.layout} data-testid="book">
        <Bar {...props} />
        <div className={styles.body}>
          <div className={styles.grid}>
            <Grid host={props.host} version={version} label={props.book.name} />
          </div>
          <aside className={styles.pane}>
            <Pane />
          </aside>
        </div>
      </div>
    </PaneRoot>
  );
}
