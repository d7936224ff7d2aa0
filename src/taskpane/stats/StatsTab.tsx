import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { st } from "../../i18n/stats";
import { today } from "../today";
import { usePane } from "../usePane";
import { statsView, type Bar, type StatsView } from "./statsView";
import { YearChart } from "./YearChart";

/** People listed in the pane; the statistics workbook (tdkt stats) lists them all. */
const MAX_CHAINS = 8;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  year: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  yearHead: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  legend: { display: "flex", gap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase200 },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginRight: "4px", verticalAlign: "middle" },
  awarded: { backgroundColor: tokens.colorBrandBackground },
  proposed: { backgroundColor: tokens.colorBrandBackground2Hover, outline: `0.5px solid ${tokens.colorBrandStroke1}` },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: "2px" },
});

/**
 * Thống kê: the book's awards year by year, a small chart for each year, and who has the
 * consecutive titles for the next award. Loaded lazily: none of this is in the pane's first script.
 */
export default function StatsTab() {
  const styles = useStyles();
  const pane = usePane();
  // The tab's words come with its lazy chunk, not in the pane's shared tables.
  const lang = pane.state.lang;
  const t = (key: string, params?: Record<string, string | number>) => st(lang, key, params);
  const [view, setView] = useState<StatsView | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const load = useCallback(async () => {
    setBusy(true);
    setFailed(false);
    try {
      const sheets = await pane.services.readBook();
      const next = statsView(sheets, today());
      if (mounted.current) setView(next);
    } catch (err) {
      console.error("tdkt: statistics failed", err);
      if (mounted.current) setFailed(true);
    } finally {
      if (mounted.current) setBusy(false);
    }
  }, [pane.services]);

  useEffect(() => {
    void load();
  }, [load]);

  const max = view ? Math.max(1, ...view.years.flatMap((y) => y.bars.map((b) => b.awarded + b.proposed))) : 1;
  const describe = (bar: Bar) =>
    t("statsTab.bar", { label: bar.label ?? t("statsTab.others"), awarded: bar.awarded, proposed: bar.proposed });

  return (
    <div className={styles.root} data-testid="stats-tab">
      <Text className={styles.muted}>{t("statsTab.intro")}</Text>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void load()} disabled={busy} data-testid="stats-run">
          {t("statsTab.run")}
        </Button>
        {busy && <Spinner size="tiny" />}
      </div>
      {failed && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t("statsTab.failed")}</MessageBarBody>
        </MessageBar>
      )}
      {view && view.years.length === 0 && <Text data-testid="stats-empty">{t("statsTab.empty")}</Text>}
      {view && view.years.length > 0 && (
        <>
          <div className={styles.legend} aria-hidden="true">
            <span>
              <span className={`${styles.swatch} ${styles.awarded}`} />
              {t("statsTab.legend.awarded")}
            </span>
            <span>
              <span className={`${styles.swatch} ${styles.proposed}`} />
              {t("statsTab.legend.proposed")}
            </span>
          </div>
          {view.years.map((y) => (
            <section
              key={y.year}
              className={styles.year}
              data-testid="stats-year"
              aria-label={t("statsTab.year", { year: y.year })}
            >
              <div className={styles.yearHead}>
                <h2 className={styles.heading}>{t("statsTab.year", { year: y.year })}</h2>
                <Text size={200} className={styles.muted}>
                  {t(y.proposed ? "statsTab.yearTotalProposed" : "statsTab.yearTotal", {
                    awarded: y.awarded,
                    proposed: y.proposed,
                  })}
                </Text>
              </div>
              <YearChart
                bars={y.bars}
                max={max}
                label={t("statsTab.chartLabel", { year: y.year })}
                describe={describe}
                others={t("statsTab.others")}
              />
            </section>
          ))}
          <section aria-label={t("statsTab.chains")}>
            <h2 className={styles.heading}>{t("statsTab.chains")}</h2>
            {view.ready.length === 0 ? (
              <Text className={styles.muted}>{t("statsTab.chainsNone")}</Text>
            ) : (
              <ul className={styles.list} data-testid="stats-chains">
                {view.ready.slice(0, MAX_CHAINS).map((c) => {
                  // The furthest award the chain already reaches (CSTĐ cấp tỉnh before Bằng khen).
                  const step = c.next.filter((s) => s.ready).sort((a, b) => b.needs - a.needs)[0];
                  return (
                    <li key={`${c.name}\u0000${c.unit}\u0000${c.title.code}`}>
                      {t("statsTab.chain", {
                        name: c.name,
                        unit: c.unitName,
                        title: c.title.name,
                        years: `${c.years[0]}–${c.years[c.years.length - 1]}`,
                        award: step.award.name,
                        year: Math.max(step.eligibleYear, view.year),
                      })}
                    </li>
                  );
                })}
              </ul>
            )}
            {view.ready.length > MAX_CHAINS && (
              <Text size={200} className={styles.muted}>
                {t("statsTab.moreChains", { count: view.ready.length - MAX_CHAINS })}
              </Text>
            )}
          </section>
          <Text size={200} className={styles.muted}>
            {t("statsTab.cli")}
          </Text>
        </>
      )}
    </div>
  );
}
