/**
 * The page's first screen: open the clerk's .xlsx (picker or drop) or a built-in sample, and what
 * the page does with the file (nothing leaves the computer).
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import { t as translate, type Lang } from "../i18n";
import type { BuiltInSample } from "../sample";
import type { Stage } from "./opened";

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
}

const STAGES: Stage[] = ["check", "parse", "sheets"];

/** The built-in samples (src/sample), by id only: the books themselves are built in the worker. */
export const SAMPLE_IDS: readonly BuiltInSample["id"][] = ["sa-pa-2024", "phuong-2026"];

/** 0…1 over the three stages of reading. */
export function progressValue(l: Loading): number {
  const i = STAGES.indexOf(l.stage);
  return (i + (l.total ? l.done / l.total : 0)) / STAGES.length;
}

export function StartScreen({ lang, onLang, onFile, onSample, loading, error }: StartScreenProps) {
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
