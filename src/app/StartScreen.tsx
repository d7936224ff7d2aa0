/**
 * The page's first screen: open the clerk's .xlsx (picker or drop) or a built-in sample, and what
 * the page does with the file (nothing leaves the computer).
 */
import {
  Button,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import { t as translate, type Lang } from "../i18n";
import { groupDigits } from "../i18n/numbers";
import type { BuiltInSample } from "../sample";
import type { Stage } from "./opened";
import type { RecentFile } from "./recentFiles";

const useStyles = makeStyles({
  page: {
    minHeight: "100vh",
    boxSizing: "border-box",
    display: "flex",
    justifyContent: "center",
    alignItems: "flex-start",
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  card: {
    width: "100%",
    maxWidth: "720px",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXXL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow8,
    boxSizing: "border-box",
  },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  logo: { width: "40px", height: "40px" },
  title: { margin: 0, flexGrow: 1, fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700 },
  tagline: { margin: 0, fontSize: tokens.fontSizeBase400, color: tokens.colorNeutralForeground2 },
  drop: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalXXL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    textAlign: "center",
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  samples: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  sectionTitle: { margin: 0, width: "100%", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hidden: { display: "none" },
  recent: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  recentList: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  recentFile: { justifyContent: "flex-start", width: "100%", textAlign: "left" },
  recentMeta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, whiteSpace: "pre" },
});

export interface Loading {
  file: string;
  stage: Stage;
  done: number;
  total: number;
}

export interface StartScreenProps {
  lang: Lang;
  onLang: (lang: Lang) => void;
  onFile: (file: File) => void;
  onSample: (id: string) => void;
  loading: Loading | null;
  error: string | null;
  /** Recent files, when the clerk asked to keep them (undefined: the page offers no such thing). */
  recent?: RecentChoice;
}

export interface RecentChoice {
  kept: boolean;
  files: RecentFile[];
  onKeep: (keep: boolean) => void;
  onOpen: (name: string) => void;
  onForget: () => void;
}

/** "25/11/2026 14:05" (the clerk's local time). */
export function openedAt(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** 1,234,567 bytes → "1.206 KB" (vi) / "1,206 KB" (en). */
function sizeInKb(bytes: number, lang: Lang): string {
  return `${groupDigits(Math.max(1, Math.round(bytes / 1024)), lang)} KB`;
}

const STAGES: Stage[] = ["check", "sheets"];

/** The built-in samples (src/sample), by id only: the books themselves are built in the worker. */
export const SAMPLE_IDS: readonly BuiltInSample["id"][] = ["sa-pa-2024", "phuong-2026"];

/** 0…1 over the stages of reading. */
export function progressValue(l: Loading): number {
  const i = STAGES.indexOf(l.stage);
  return (i + (l.total ? l.done / l.total : 0)) / STAGES.length;
}

export function StartScreen({ lang, onLang, onFile, onSample, loading, error, recent }: StartScreenProps) {
  const styles = useStyles();
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const other: Lang = lang === "vi" ? "en" : "vi";

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !loading) onFile(file);
  };

  return (
    <div className={styles.page}>
      <main className={styles.card} data-testid="start" aria-label={t("app.title")}>
        <header className={styles.header}>
          <img className={styles.logo} src="assets/icon-64.png" alt="" />
          <h1 className={styles.title}>{t("app.title")}</h1>
          <Button
            appearance="subtle"
            size="small"
            lang={other === "vi" ? "vi-VN" : "en-US"}
            aria-label={t("app.languageLabel")}
            onClick={() => onLang(other)}
            data-testid="app-language"
          >
            {t("app.language")}
          </Button>
        </header>
        <p className={styles.tagline}>{t("app.tagline")}</p>

        <div
          className={over ? `${styles.drop} ${styles.dropActive}` : styles.drop}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
          data-testid="drop-zone"
        >
          <Button appearance="primary" size="large" disabled={!!loading} onClick={() => input.current?.click()}>
            {t("app.open")}
          </Button>
          <input
            ref={input}
            className={styles.hidden}
            type="file"
            accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="open-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = "";
              if (file) onFile(file);
            }}
          />
          <p className={styles.hint}>{t("app.drop")}</p>
          <p className={styles.hint}>{t("app.limits")}</p>
        </div>

        {loading && (
          <div data-testid="loading" role="status" aria-live="polite">
            <p className={styles.hint}>
              {t("app.reading", { file: loading.file })} ·{" "}
              {t(`app.stage.${loading.stage}`, { done: loading.done, total: loading.total })}
            </p>
            <ProgressBar value={progressValue(loading)} thickness="large" />
          </div>
        )}

        {error && (
          <MessageBar intent="error" layout="multiline" data-testid="open-error">
            <MessageBarBody>{t("app.openFailed", { reason: error })}</MessageBarBody>
          </MessageBar>
        )}

        {recent && (
          <section className={styles.recent} data-testid="recent" aria-label={t("app.recent.title")}>
            <Checkbox
              checked={recent.kept}
              onChange={(_, data) => recent.onKeep(data.checked === true)}
              label={t("app.recent.keep")}
              data-testid="keep-recent"
            />
            {recent.kept && recent.files.length > 0 && (
              <>
                <h2 className={styles.sectionTitle}>{t("app.recent.title")}</h2>
                <ul className={styles.recentList}>
                  {recent.files.map((f) => (
                    <li key={f.name}>
                      <Button
                        appearance="subtle"
                        className={styles.recentFile}
                        disabled={!!loading}
                        onClick={() => recent.onOpen(f.name)}
                        data-recent={f.name}
                      >
                        <span>{f.name}</span>
                        <span className={styles.recentMeta}>
                          {" "}
                          · {openedAt(f.at)} · {sizeInKb(f.size, lang)}
                        </span>
                      </Button>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {recent.kept && (
              <div>
                <Button size="small" onClick={recent.onForget} data-testid="forget-recent">
                  {t("app.recent.forget")}
                </Button>
              </div>
            )}
          </section>
        )}

        <section className={styles.samples}>
          <h2 className={styles.sectionTitle}>{t("app.samples")}</h2>
          {SAMPLE_IDS.map((id) => (
            <Button key={id} disabled={!!loading} onClick={() => onSample(id)} data-sample={id}>
              {t(`app.sample.${id}`)}
            </Button>
          ))}
        </section>

        <MessageBar intent="success" layout="multiline" data-testid="privacy">
          <MessageBarBody>
            <MessageBarTitle>{t("app.privacy.title")}</MessageBarTitle>
            {t("app.privacy")}
          </MessageBarBody>
        </MessageBar>
      </main>
    </div>
  );
}
