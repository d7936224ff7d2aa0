import {
  Badge,
  Button,
  Dropdown,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { message } from "../../i18n";
import { outcomeMessage } from "../../files/returned";
import type { FileOutcome } from "../../sheets/collect";
import { today as localToday } from "../today";
import { usePane } from "../usePane";
import { makeTemplates, planMerge, readReturned, unitChoices, type PaneMerge, type UnitChoice } from "./build";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  drop: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalM,
    textAlign: "center",
    color: tokens.colorNeutralForeground3,
  },
  dropActive: { backgroundColor: tokens.colorBrandBackground2 },
  list: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: "6px" },
  item: { display: "flex", flexDirection: "column", gap: "2px" },
  findings: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

type Job = "make" | "read" | "merge" | "undo";
type Note = { intent: "success" | "info" | "warning" | "error"; key: string; params?: Record<string, string | number> };
const ALL = "*";
const UNDO_LABEL = "collect";

const STATUS_COLOUR = { imported: "success", unchanged: "informative", rejected: "danger" } as const;

/**
 * Mẫu biểu: the units' templates as downloads (one unit's .xlsx, or a .zip of all), and the returned
 * files collected back: a report per file, "Gộp vào sổ" in one undoable batch, "Hoàn tác".
 */
export default function TemplatesTab() {
  const styles = useStyles();
  const pane = usePane();
  const { t, services, enqueue } = pane;
  const lang = pane.state.lang;
  const [job, setJob] = useState<Job | null>(null);
  const [note, setNote] = useState<Note | null>(null);
  const [units, setUnits] = useState<UnitChoice[]>([]);
  const [unit, setUnit] = useState<string>(ALL);
  const [download, setDownload] = useState<{ name: string; count: number; url: string } | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [merge, setMerge] = useState<PaneMerge | null>(null);
  const [merged, setMerged] = useState(false);
  const [undoable, setUndoable] = useState(false);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async () => {
    try {
      const [sheets, last] = await enqueue(async () => [await services.readBook(), await services.lastEdit()] as const);
      setUnits(unitChoices(sheets));
      setUndoable(last?.label === UNDO_LABEL);
    } catch {
      setUndoable(false);
    }
  }, [enqueue, services]);
  useEffect(() => void refresh(), [refresh]);
  useEffect(() => () => void (download && URL.revokeObjectURL(download.url)), [download]);

  const run = useCallback(async (which: Job, work: () => Promise<Note | null>) => {
    setJob(which);
    setNote(null);
    try {
      setNote(await work());
    } catch (err) {
      console.error(`tdkt: ${which} failed`, err);
      const changed = (err as { name?: string }).name === "BookChangedError" || /no longer empty/.test(String(err));
      setNote({ intent: "error", key: changed ? "templates.pane.changed" : `templates.pane.error.${which}` });
    } finally {
      setJob(null);
    }
  }, []);

  const make = () =>
    run("make", async () => {
      const sheets = await enqueue(() => services.readBook());
      const made = await makeTemplates(sheets, localToday(), unit === ALL ? null : unit);
      if (!made) return { intent: "info", key: "templates.pane.noUnits" };
      setDownload({ name: made.name, count: made.count, url: URL.createObjectURL(made.blob) });
      return null;
    });

  const check = (picked: File[]) =>
    run("read", async () => {
      setFiles(picked);
      setMerged(false);
      const returned = await readReturned(picked, lang);
      const sheets = await enqueue(() => services.readBook());
      const planned = planMerge(sheets, returned, localToday());
      setMerge(planned);
      return planned.registrations > 0 && planned.edits.length > 0
        ? {
            intent: "info",
            key: "templates.pane.registrations",
            params: { count: planned.registrations, sheet: planned.targetsSheet },
          }
        : null;
    });

  const mergeNow = () =>
    run("merge", async () => {
      const planned = await enqueue(async () => {
        // Planned again on the book as it is now: the clerk may have typed since the files were read.
        const planned = planMerge(await services.readBook(), await readReturned(files, lang), localToday());
        // Nominations and registrations in one batch: one Hoàn tác takes both back.
        if (planned.edits.length > 0) await services.writeEdits(planned.edits, UNDO_LABEL);
        return planned;
      });
      // The report stays, as merged: Gộp vào sổ again would find nothing new.
      setMerge({ ...planned, edits: [] });
      setMerged(planned.edits.length > 0);
      await refresh();
      if (pane.state.checks > 0) void pane.runCheck();
      if (planned.edits.length === 0) return { intent: "info", key: "templates.pane.nothing" };
      return {
        intent: "success",
        key: planned.registrations > 0 ? "templates.pane.mergedBoth" : "templates.pane.merged",
        params: {
          rows: planned.rows,
          sheet: planned.nominationsSheet,
          registered: planned.registrations,
          targets: planned.targetsSheet,
        },
      };
    });

  const undo = () =>
    run("undo", async () => {
      const r = await enqueue(() => services.undoEdit());
      await refresh();
      if (pane.state.checks > 0) void pane.runCheck();
      return {
        intent: "success",
        key: r.kept ? "templates.pane.undoKept" : "templates.pane.undone",
        params: { restored: r.restored, kept: r.kept },
      };
    });

  const busy = job !== null;
  const pending = merge?.edits.length ? merge.collected.files.filter((f) => f.status === "imported").length : 0;
  const outcomeLine = (f: FileOutcome) => outcomeMessage(f, lang);

  return (
    <div className={styles.root} data-testid="templates-tab">
      {note && (
        <MessageBar intent={note.intent} layout="multiline" data-testid="templates-note">
          <MessageBarBody>{t(note.key, note.params)}</MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-labelledby="make-heading">
        <h2 id="make-heading" className={styles.heading}>
          {t("templates.pane.make.heading")}
        </h2>
        <Text className={styles.muted}>{t("templates.pane.make.hint")}</Text>
        <div className={styles.row}>
          <Dropdown
            aria-label={t("templates.pane.unit")}
            value={
              unit === ALL
                ? t("templates.pane.unit.all", { count: units.length })
                : (units.find((u) => u.code === unit)?.name ?? unit)
            }
            selectedOptions={[unit]}
            onOptionSelect={(_, d) => setUnit(d.optionValue ?? ALL)}
            data-testid="template-unit"
          >
            <Option value={ALL}>{t("templates.pane.unit.all", { count: units.length })}</Option>
            {units.map((u) => (
              <Option key={u.code} value={u.code} text={u.name}>
                {`${u.name} (${u.code})`}
              </Option>
            ))}
          </Dropdown>
          <Button appearance="primary" onClick={() => void make()} disabled={busy} data-testid="make-templates">
            {t("templates.pane.make")}
          </Button>
          {job === "make" && <Spinner size="tiny" label={t("templates.pane.working")} />}
        </div>
        {download && (
          <Link href={download.url} download={download.name} data-testid="template-download">
            {t(download.count > 1 ? "templates.pane.zip" : "templates.pane.one", {
              file: download.name,
              count: download.count,
            })}
          </Link>
        )}
      </section>

      <section className={styles.section} aria-labelledby="collect-heading">
        <h2 id="collect-heading" className={styles.heading}>
          {t("templates.pane.collect.heading")}
        </h2>
        <Text className={styles.muted}>{t("templates.pane.collect.hint")}</Text>
        <div
          className={`${styles.drop} ${dragging ? styles.dropActive : ""}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            const dropped = Array.from(e.dataTransfer.files);
            if (dropped.length) void check(dropped);
          }}
          data-testid="returned-drop"
        >
          <Button size="small" onClick={() => input.current?.click()} disabled={busy}>
            {t("templates.pane.pick")}
          </Button>{" "}
          {t("templates.pane.drop")}
          <input
            ref={input}
            type="file"
            multiple
            hidden
            data-testid="returned-files"
            onChange={(e) => {
              const picked = Array.from(e.target.files ?? []);
              e.target.value = "";
              if (picked.length) void check(picked);
            }}
          />
        </div>
        {job === "read" && <Spinner size="tiny" label={t("templates.pane.working")} />}
        {merge && (
          <ul className={styles.list} data-testid="returned-report">
            {merge.collected.files.map((f, i) => (
              <li key={`${f.file}-${i}`} className={styles.item}>
                <div className={styles.row}>
                  <Badge appearance="tint" color={STATUS_COLOUR[f.status]}>
                    {t(`templates.pane.status.${merged && f.status === "imported" ? "merged" : f.status}`)}
                  </Badge>
                  <Text size={200}>{outcomeLine(f)}</Text>
                </div>
                {f.findings.length > 0 && (
                  <ul className={styles.findings}>
                    {f.findings.map((x, j) => (
                      <li key={j}>{message(x, lang)}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
        <div className={styles.row}>
          <Button
            appearance="primary"
            onClick={() => void mergeNow()}
            disabled={busy || pending === 0}
            data-testid="merge-returned"
          >
            {t("templates.pane.merge")}
          </Button>
          <Button onClick={() => void undo()} disabled={busy || !undoable} data-testid="undo-merge">
            {t("templates.pane.undo")}
          </Button>
          {(job === "merge" || job === "undo") && <Spinner size="tiny" label={t("templates.pane.working")} />}
        </div>
      </section>
    </div>
  );
}
