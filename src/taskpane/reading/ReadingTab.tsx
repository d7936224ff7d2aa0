/**
 * Cách đọc sổ: how the last check read the book — which sheet as which contract sheet, which column
 * as which field, which rows were skipped as parts of the form — and where the reading is wrong or
 * unsure, the clerk chooses the sheet or the column; the choice is kept in the workbook
 * (PaneServices.saveReadingChoices) and the book is checked again.
 */
import { Button, Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { Fragment, useEffect, useState } from "react";
import type { SheetKey } from "../../domain/model";
import { rowRuns } from "../../i18n/reading.vi";
import { SHEETS, sheetSpec } from "../../sheets/contract";
import type { SheetReading } from "../../sheets/reading";
import { hasChoices, isSystemSheet, noChoices, type ReadingChoices } from "../../sheets/readingMap";
import { isBusy } from "../state";
import { usePane } from "../usePane";
import { chooseColumn, chooseSheet, ignoreSheet, releaseSheet, sameChoices } from "./choices";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  fields: {
    display: "grid",
    gridTemplateColumns: "minmax(90px, 40%) 1fr",
    gap: tokens.spacingVerticalXS,
    alignItems: "center",
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const AUTO = "";
const NOT_BOOK = "\u0000not-book";

interface Props {
  draft: ReadingChoices;
  setDraft: (c: ReadingChoices) => void;
  sheets: string[];
}

function SheetCard({ s, draft, setDraft, sheets }: Props & { s: SheetReading }) {
  const styles = useStyles();
  const { t } = usePane();
  const name = sheetSpec(s.key).name;
  const chosenColumns = draft.columns[s.key] ?? {};
  const shown = s.columns.filter((c) => c.header !== null || c.required || chosenColumns[c.field]);
  return (
    <section className={styles.card} data-testid="reading-sheet" aria-label={name}>
      <h2 className={styles.title}>{name}</h2>
      <Field label={t("reading.chooseSheet", { name })} size="small">
        <Select
          size="small"
          value={draft.sheets[s.key] ?? AUTO}
          onChange={(_, d) => setDraft(chooseSheet(draft, s.key, d.value === AUTO ? null : d.value))}
        >
          <option value={AUTO}>{`${t("reading.auto")} (${s.sheet})`}</option>
          {sheets.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
      </Field>
      <Text size={200} className={styles.muted}>
        {t("reading.sheetOf", { sheet: s.sheet, how: t(`how.sheet.${s.how}`) })}
        {" · "}
        {s.headerRows.length
          ? t("reading.headerRows", { rows: rowRuns(s.headerRows), count: s.dataRows })
          : t("reading.noHeader")}
      </Text>
      {s.headers.length > 0 && (
        <div className={styles.fields}>
          {shown.map((c) => {
            const chosen = chosenColumns[c.field];
            const auto =
              c.cell && c.header !== null && c.how !== "chosen" ? `${c.cell.replace(/\d+$/, "")} · ${c.header}` : null;
            const id = `reading-${s.key}-${c.field}`;
            return (
              <Fragment key={c.field}>
                <Text as="span" size={200}>
                  <label htmlFor={id}>{c.name}</label>
                </Text>
                <Select
                  id={id}
                  size="small"
                  aria-label={t("reading.chooseColumn", { field: c.name })}
                  value={chosen ? chosen.column : AUTO}
                  onChange={(_, d) => {
                    const h = s.headers.find((x) => x.column === d.value);
                    setDraft(chooseColumn(draft, s.key, c.field, h ? { header: h.header, column: h.column } : null));
                  }}
                >
                  <option value={AUTO}>{auto ? `${t("reading.auto")} (${auto})` : t("reading.columnNone")}</option>
                  {s.headers.map((h) => (
                    <option key={h.cell} value={h.column}>{`${h.column} · ${h.header}`}</option>
                  ))}
                </Select>
              </Fragment>
            );
          })}
        </div>
      )}
      {s.unused.length > 0 && (
        <Text size={200}>
          {t("reading.unused", { columns: s.unused.map((u) => `${u.header} (${u.cell})`).join(", ") })}
        </Text>
      )}
      {s.skipped.length > 0 && (
        <Text size={200}>
          {t("reading.skipped", {
            rows: s.skipped.map(({ part, rows }) => `${rowRuns(rows)} (${t(`part.${part}`)})`).join("; "),
          })}
        </Text>
      )}
    </section>
  );
}

export default function ReadingTab() {
  const styles = useStyles();
  const pane = usePane();
  const { state, t } = pane;
  const reading = state.result?.reading;
  const [draft, setDraft] = useState<ReadingChoices>(reading?.choices ?? noChoices());
  useEffect(() => setDraft(reading?.choices ?? noChoices()), [reading]);
  if (!state.result || !reading) return <Text>{t("reading.first")}</Text>;

  const sheets = state.result.sheets.filter((n) => !isSystemSheet(n));
  const busy = isBusy(state, "reading") || isBusy(state, "check");
  const absent = SHEETS.filter((s) => reading.absent.includes(s.key));
  const unread = [...new Set([...reading.notRead.map((n) => n.sheet), ...reading.others, ...reading.choices.ignored])];
  const keyOf = (sheet: string) => (Object.keys(draft.sheets) as SheetKey[]).find((k) => draft.sheets[k] === sheet);

  return (
    <div className={styles.root}>
      <Text>{t("reading.intro")}</Text>
      {reading.sheets.map((s) => (
        <SheetCard key={s.key} s={s} draft={draft} setDraft={setDraft} sheets={sheets} />
      ))}
      {unread.length > 0 && (
        <section className={styles.card} aria-label={t("reading.otherSheets")}>
          <h2 className={styles.title}>{t("reading.otherSheets")}</h2>
          {unread.map((sheet) => (
            <Field key={sheet} label={t("reading.useAs", { sheet })} size="small">
              <Select
                size="small"
                value={draft.ignored.includes(sheet) ? NOT_BOOK : (keyOf(sheet) ?? AUTO)}
                onChange={(_, d) =>
                  setDraft(
                    d.value === NOT_BOOK
                      ? ignoreSheet(draft, sheet, true)
                      : d.value === AUTO
                        ? releaseSheet(draft, sheet)
                        : chooseSheet(draft, d.value as SheetKey, sheet),
                  )
                }
              >
                <option value={AUTO}>{t("reading.auto")}</option>
                {SHEETS.map((spec) => (
                  <option key={spec.key} value={spec.key}>
                    {spec.name}
                  </option>
                ))}
                <option value={NOT_BOOK}>{t("reading.notBook")}</option>
              </Select>
            </Field>
          ))}
        </section>
      )}
      {absent.length > 0 && (
        <Text size={200} className={styles.muted}>
          {t("reading.absent", { sheets: absent.map((s) => s.name).join(", ") })}
        </Text>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy || sameChoices(draft, reading.choices)}
          onClick={() => void pane.saveReading(draft)}
          data-testid="reading-save"
        >
          {t("reading.save")}
        </Button>
        <Button
          disabled={busy || !hasChoices(reading.choices)}
          onClick={() => void pane.saveReading(noChoices())}
          data-testid="reading-reset"
        >
          {t("reading.reset")}
        </Button>
      </div>
    </div>
  );
}
