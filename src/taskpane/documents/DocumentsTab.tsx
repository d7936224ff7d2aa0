import {
  Button,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { today as localToday } from "../today";
import { usePane } from "../usePane";
import { makeCertificates, makeDocuments, planRecord, type MadeFile } from "./build";
import { fetchFonts } from "./fonts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: "2px" },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  start: { width: "96px" },
});

type Job = "documents" | "record" | "undo" | "certificates" | "calibrate";
type Note = { intent: "success" | "info" | "warning" | "error"; key: string; params?: Record<string, string | number> };

interface Download {
  file: MadeFile;
  url: string;
}

/** Links the clerk clicks to save each file; the browser (or Excel's web view) downloads it. */
function useDownloads(): [Download[], (files: MadeFile[]) => void] {
  const [downloads, setDownloads] = useState<Download[]>([]);
  const set = useCallback((files: MadeFile[]) => {
    setDownloads((old) => {
      for (const d of old) URL.revokeObjectURL(d.url);
      return files.map((file) => ({ file, url: URL.createObjectURL(file.blob) }));
    });
  }, []);
  useEffect(() => () => setDownloads((old) => (old.forEach((d) => URL.revokeObjectURL(d.url)), [])), []);
  return [downloads, set];
}

/**
 * Văn bản: the council's Word documents (Tờ trình, Quyết định, Tờ trình lên cấp trên), in the
 * built-in layout or the office's own template; Ghi vào lịch sử with Hoàn tác; certificates on the
 * office's pre-printed blanks, with a calibration page.
 */
export default function DocumentsTab() {
  const styles = useStyles();
  const pane = usePane();
  const { t, services, enqueue } = pane;
  const [job, setJob] = useState<Job | null>(null);
  const [note, setNote] = useState<Note | null>(null);
  const [docs, setDocs] = useDownloads();
  const [pdfs, setPdfs] = useDownloads();
  const [draft, setDraft] = useState(false);
  const [template, setTemplate] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [start, setStart] = useState("1");
  const [undoable, setUndoable] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const refreshUndo = useCallback(async () => {
    try {
      const last = await enqueue(() => services.lastEdit());
      setUndoable(last ? last.label : null);
    } catch {
      setUndoable(null);
    }
  }, [enqueue, services]);
  useEffect(() => void refreshUndo(), [refreshUndo]);

  const run = useCallback(async (which: Job, work: () => Promise<Note | null>) => {
    setJob(which);
    setNote(null);
    try {
      setNote(await work());
    } catch (err) {
      console.error(`tdkt: ${which} failed`, err);
      const changed = (err as { name?: string }).name === "BookChangedError" || /no longer empty/.test(String(err));
      setNote({ intent: "error", key: changed ? "documents.error.changed" : `documents.error.${which}` });
    } finally {
      setJob(null);
    }
  }, []);

  const makeDocs = () =>
    run("documents", async () => {
      const sheets = await enqueue(() => services.readBook());
      const made = await makeDocuments(sheets, localToday(), template?.bytes ?? null);
      setDocs(made.files);
      setDraft(made.draft);
      if (!made.files.length) return { intent: "info", key: "documents.none" };
      return made.skipped.length
        ? { intent: "warning", key: "documents.pane.skipped", params: { rows: made.skipped.join(", ") } }
        : null;
    });

  const record = () =>
    run("record", async () => {
      const result = await enqueue(async () => {
        const { plan, edit } = planRecord(await services.readBook(), localToday());
        if (plan.append.length + plan.update.length > 0) await services.writeEdit(edit, "record");
        return plan;
      });
      await refreshUndo();
      if (pane.state.checks > 0) void pane.runCheck();
      const params = {
        appended: result.append.length,
        updated: result.update.length,
        unchanged: result.unchanged,
        kept: result.kept.length,
      };
      if (params.appended + params.updated === 0) return { intent: "info", key: "documents.record.nothing", params };
      return { intent: params.kept ? "warning" : "success", key: "documents.record.done", params };
    });

  const undo = () =>
    run("undo", async () => {
      const r = await enqueue(() => services.undoEdit());
      await refreshUndo();
      if (pane.state.checks > 0) void pane.runCheck();
      return { intent: "success", key: r.kept ? "documents.undo.kept" : "documents.undo.done", params: r as never };
    });

  const certificates = (calibrate: boolean) =>
    run(calibrate ? "calibrate" : "certificates", async () => {
      const first = Number(start);
      if (!Number.isInteger(first) || first < 1) return { intent: "error", key: "documents.badStart" };
      const sheets = await enqueue(() => services.readBook());
      const made = await makeCertificates(sheets, localToday(), { calibrate, start: first, fonts: fetchFonts });
      setPdfs(made ? [made] : []);
      return made ? null : { intent: "info", key: "certificates.none" };
    });

  const chooseTemplate = async (file: File | undefined) => {
    if (!file) return;
    setTemplate({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  };

  const busy = job !== null;
  // An Excel older than the writes need (capabilities.ts): off, and the capabilities bar says why.
  const cannotWrite = pane.state.missing.some((m) => m.feature === "edits");
  const label = (d: Download) =>
    d.file.kind === "pdf"
      ? t("documents.pane.pdf", { file: d.file.name, count: d.file.count })
      : t(`documents.pane.${d.file.kind}`, { award: d.file.award ?? "", count: d.file.count });

  return (
    <div className={styles.root} data-testid="documents-tab">
      {note && (
        <MessageBar intent={note.intent} layout="multiline" data-testid="documents-note">
          <MessageBarBody>{t(note.key, note.params)}</MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-labelledby="docs-heading">
        <h2 id="docs-heading" className={styles.heading}>
          {t("documents.pane.docs")}
        </h2>
        <Text className={styles.muted}>{t("documents.pane.docsHint")}</Text>
        <div className={styles.row}>
          <Button appearance="primary" onClick={() => void makeDocs()} disabled={busy} data-testid="make-documents">
            {t("documents.pane.make")}
          </Button>
          <Button size="small" onClick={() => fileInput.current?.click()} disabled={busy}>
            {template ? t("documents.pane.templateChosen", { file: template.name }) : t("documents.pane.template")}
          </Button>
          {template && (
            <Button size="small" appearance="subtle" onClick={() => setTemplate(null)}>
              {t("documents.pane.templateClear")}
            </Button>
          )}
          <input
            ref={fileInput}
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            hidden
            onChange={(e) => void chooseTemplate(e.target.files?.[0])}
          />
          {job === "documents" && <Spinner size="tiny" label={t("documents.pane.working")} />}
        </div>
        {docs.length > 0 && (
          <>
            {draft && <Text className={styles.muted}>{t("documents.draft")}</Text>}
            <ul className={styles.list} data-testid="document-links">
              {docs.map((d) => (
                <li key={d.file.name}>
                  <Link href={d.url} download={d.file.name}>
                    {label(d)}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className={styles.section} aria-labelledby="record-heading">
        <h2 id="record-heading" className={styles.heading}>
          {t("documents.pane.record")}
        </h2>
        <Text className={styles.muted}>{t("documents.pane.recordHint")}</Text>
        <div className={styles.row}>
          <Button onClick={() => void record()} disabled={busy || cannotWrite} data-testid="record-history">
            {t("documents.pane.recordRun")}
          </Button>
          <Button onClick={() => void undo()} disabled={busy || !undoable || cannotWrite} data-testid="undo-record">
            {t("documents.pane.undo")}
          </Button>
          {(job === "record" || job === "undo") && <Spinner size="tiny" label={t("documents.pane.working")} />}
        </div>
      </section>

      <section className={styles.section} aria-labelledby="print-heading">
        <h2 id="print-heading" className={styles.heading}>
          {t("documents.pane.print")}
        </h2>
        <Text className={styles.muted}>{t("documents.pane.printHint")}</Text>
        <div className={styles.row}>
          <Field label={t("documents.pane.start")} orientation="horizontal">
            <Input className={styles.start} value={start} onChange={(_, d) => setStart(d.value)} inputMode="numeric" />
          </Field>
        </div>
        <div className={styles.row}>
          <Button onClick={() => void certificates(false)} disabled={busy} data-testid="make-certificates">
            {t("documents.pane.certificates")}
          </Button>
          <Button size="small" onClick={() => void certificates(true)} disabled={busy} data-testid="make-calibration">
            {t("documents.pane.calibrate")}
          </Button>
          {(job === "certificates" || job === "calibrate") && (
            <Spinner size="tiny" label={t("documents.pane.working")} />
          )}
        </div>
        {pdfs.length > 0 && (
          <ul className={styles.list} data-testid="pdf-links">
            {pdfs.map((d) => (
              <li key={d.file.name}>
                <Link href={d.url} download={d.file.name}>
                  {label(d)}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
