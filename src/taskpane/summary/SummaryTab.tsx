import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { SHARE_KEYS, type Summary } from "../../domain/summary/summary";
import { YearChart } from "../stats/YearChart";
import type { Bar } from "../stats/statsView";
import { today } from "../today";
import { usePane } from "../usePane";
import {
  PANE_MAX_NOMINATIONS,
  PANE_SHEETS,
  paneSheetEdits,
  prepare,
  summaryBlob,
  summaryFileName,
  type Extent,
} from "./build";
import type { PreparedSummary } from "../../files/summaryBook";
import { groupDigits } from "../../i18n/numbers";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(120px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  figure: {
    display: "flex",
    flexDirection: "column",
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  number: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  shares: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: "2px" },
});

type Note = { intent: "success" | "info" | "warning" | "error"; key: string; params?: Record<string, string | number> };

/** 0.254 → "25,4%" (en: "25.4%"). */
function percent(v: number, lang: string): string {
  const text = (Math.round(v * 1000) / 10).toFixed(1);
  return `${lang === "vi" ? text.replace(".", ",") : text}%`;
}

function number(n: number, lang: string): string {
  return groupDigits(n, lang === "en" ? "en" : "vi");
}

/**
 * Tổng hợp: the figures the council asks for (the same as `tdkt summary`), two small charts, the
 * summary workbook to download, and its sheets written into the book as "TH Tổng hợp", "TH Danh
 * sách"… in one batch (Hoàn tác takes them all back). Loaded lazily: none of this is in the pane's first script.
 */
export default function SummaryTab() {
  const styles = useStyles();
  const pane = usePane();
  const { t, services, enqueue } = pane;
  const lang = pane.state.lang;
  const [prepared, setPrepared] = useState<PreparedSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [note, setNote] = useState<Note | null>(null);
  const [download, setDownload] = useState<{ url: string; name: string } | null>(null);
  const [undoable, setUndoable] = useState(false);
  // An Excel older than the writes need (capabilities.ts): off, and the capabilities bar says why.
  const cannotWrite = pane.state.missing.some((m) => m.feature === "edits");
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  useEffect(() => () => void (download && URL.revokeObjectURL(download.url)), [download]);

  const refreshUndo = useCallback(async () => {
    try {
      const last = await enqueue(() => services.lastEdit());
      if (mounted.current) setUndoable(last?.label === "summary");
    } catch {
      if (mounted.current) setUndoable(false);
    }
  }, [enqueue, services]);

  const load = useCallback(async () => {
    setBusy(true);
    setFailed(false);
    setNote(null);
    try {
      const sheets = await enqueue(() => services.readBook());
      const next = prepare(sheets, today());
      if (mounted.current) {
        setPrepared(next);
        setDownload(null);
      }
    } catch (err) {
      console.error("tdkt: summary failed", err);
      if (mounted.current) setFailed(true);
    } finally {
      if (mounted.current) setBusy(false);
    }
    await refreshUndo();
  }, [enqueue, services, refreshUndo]);

  useEffect(() => {
    void load();
  }, [load]);

  const summary: Summary | null = prepared?.input.summary ?? null;
  const nominations = prepared?.check.parsed.book.nominations?.length ?? 0;
  const tooLarge = nominations > PANE_MAX_NOMINATIONS;

  const makeFile = async () => {
    if (!prepared || !summary) return;
    setBusy(true);
    try {
      const blob = await summaryBlob(prepared);
      if (mounted.current) setDownload({ url: URL.createObjectURL(blob), name: summaryFileName(summary.year) });
    } catch (err) {
      console.error("tdkt: summary workbook failed", err);
      if (mounted.current) setFailed(true);
    } finally {
      if (mounted.current) setBusy(false);
    }
  };

  const write = async () => {
    if (!prepared) return;
    setBusy(true);
    setNote(null);
    try {
      const edits = await enqueue(async () => {
        // Replaced on the next run: the previous TH sheets, if they are the last thing written, go
        // first; any still in the book (another batch came since, or the clerk typed in one) are
        // replaced in place.
        const last = await services.lastEdit();
        if (last?.label === "summary") await services.undoEdit();
        const existing = new Map<string, Extent>();
        for (const name of PANE_SHEETS) {
          const extent = await services.sheetExtent(name);
          if (extent) existing.set(name, extent);
        }
        const edits = await paneSheetEdits(prepared, existing);
        await services.writeEdits(edits, "summary");
        return edits;
      });
      setNote({ intent: "success", key: "summaryTab.written", params: { sheets: edits.length } });
    } catch (err) {
      console.error("tdkt: writing the summary sheet failed", err);
      setNote({ intent: "error", key: "summaryTab.writeFailed" });
    } finally {
      if (mounted.current) setBusy(false);
    }
    await refreshUndo();
  };

  const undo = async () => {
    setBusy(true);
    try {
      await enqueue(() => services.undoEdit());
      setNote({ intent: "success", key: "summaryTab.undone" });
    } catch (err) {
      console.error("tdkt: undo failed", err);
      setNote({ intent: "error", key: "summaryTab.writeFailed" });
    } finally {
      if (mounted.current) setBusy(false);
    }
    await refreshUndo();
  };

  const awardBars: Bar[] = (summary?.byAward ?? []).map((a) => ({ label: a.name, awarded: a.total, proposed: 0 }));
  const blockBars: Bar[] = (summary?.byBlock ?? []).map((b) => ({
    label: b.key === null ? t("summaryTab.noBlock") : (b.name ?? b.key),
    awarded: b.total,
    proposed: 0,
  }));
  const describe = (bar: Bar) => t("summaryTab.bar", { label: bar.label ?? "", count: bar.awarded });
  const forwarded = (summary?.byAward ?? []).filter((a) => a.decidedBy === "above").reduce((n, a) => n + a.total, 0);

  return (
    <div className={styles.root} data-testid="summary-tab">
      <Text className={styles.muted}>{t("summaryTab.intro")}</Text>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void load()} disabled={busy} data-testid="summary-run">
          {t("summaryTab.run")}
        </Button>
        {busy && <Spinner size="tiny" />}
      </div>
      {failed && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t("summaryTab.failed")}</MessageBarBody>
        </MessageBar>
      )}
      {note && (
        <MessageBar intent={note.intent} layout="multiline" data-testid="summary-note">
          <MessageBarBody>{t(note.key, note.params)}</MessageBarBody>
        </MessageBar>
      )}
      {tooLarge && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("summaryTab.tooLarge", { count: nominations })}</MessageBarBody>
        </MessageBar>
      )}
      {summary && summary.total === 0 && <Text data-testid="summary-empty">{t("summaryTab.empty")}</Text>}
      {summary && summary.total > 0 && (
        <>
          <div className={styles.figures} data-testid="summary-figures">
            {(
              [
                ["summaryTab.total", number(summary.total, lang), "summary-total"],
                ["summaryTab.forwarded", number(forwarded, lang), "summary-forwarded"],
                ["summaryTab.rejected", number(summary.rejected, lang), "summary-rejected"],
                ["summaryTab.money", number(summary.money.total.here.amount, lang), "summary-money"],
                ["summaryTab.errors", number(prepared?.check.counts.error ?? 0, lang), "summary-errors"],
              ] as const
            ).map(([key, value, id]) => (
              <div key={key} className={styles.figure}>
                <span className={styles.number} data-testid={id}>
                  {value}
                </span>
                <Text size={200} className={styles.muted}>
                  {t(key)}
                </Text>
              </div>
            ))}
          </div>
          <section aria-label={t("summaryTab.shares")}>
            <h2 className={styles.heading}>{t("summaryTab.shares")}</h2>
            <ul className={styles.shares} data-testid="summary-shares">
              {SHARE_KEYS.map((k) => {
                const s = summary.shares[k];
                return (
                  <li key={k}>
                    {t(`summaryTab.share.${k}`)}:{" "}
                    {s.value === null ? t("summaryTab.noBase") : `${percent(s.value, lang)} (${s.count}/${s.base})`}
                  </li>
                );
              })}
            </ul>
          </section>
          <section aria-label={t("summaryTab.byAward")}>
            <h2 className={styles.heading}>{t("summaryTab.byAward")}</h2>
            <YearChart
              bars={awardBars}
              max={Math.max(1, ...awardBars.map((b) => b.awarded))}
              label={t("summaryTab.chart", { what: t("summaryTab.byAward").toLocaleLowerCase() })}
              describe={describe}
              others=""
            />
          </section>
          {blockBars.length > 0 && (
            <section aria-label={t("summaryTab.byBlock")}>
              <h2 className={styles.heading}>{t("summaryTab.byBlock")}</h2>
              <YearChart
                bars={blockBars}
                max={Math.max(1, ...blockBars.map((b) => b.awarded))}
                label={t("summaryTab.chart", { what: t("summaryTab.byBlock").toLocaleLowerCase() })}
                describe={describe}
                others=""
              />
            </section>
          )}
        </>
      )}
      {summary && (
        <div className={styles.row}>
          <Button onClick={() => void makeFile()} disabled={busy || tooLarge} data-testid="summary-download">
            {t("summaryTab.download")}
          </Button>
          {download && (
            <Link href={download.url} download={download.name} data-testid="summary-file">
              {t("summaryTab.save", { file: download.name })}
            </Link>
          )}
        </div>
      )}
      {summary && (
        <div className={styles.row}>
          <Button onClick={() => void write()} disabled={busy || tooLarge || cannotWrite} data-testid="summary-write">
            {t("summaryTab.write")}
          </Button>
          {undoable && (
            <Button onClick={() => void undo()} disabled={busy || cannotWrite} data-testid="summary-undo">
              {t("summaryTab.undo")}
            </Button>
          )}
        </div>
      )}
      <Text size={200} className={styles.muted}>
        {t("summaryTab.cli")}
      </Text>
    </div>
  );
}
