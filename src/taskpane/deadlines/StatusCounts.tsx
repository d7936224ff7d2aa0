import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { STATUSES, type StatusCounts as Counts } from "../../domain/deadlines";
import type { Lang } from "../../i18n";
import { dt, STATUS_ICON, statusWord } from "../../i18n/deadlinesView";
import { useStatusStyles } from "./statusStyles";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  chip: {
    display: "inline-flex",
    alignItems: "baseline",
    gap: "4px",
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  number: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
});

/** How many obligations are in each status: symbol, number and word (never colour alone). */
export function StatusCounts({ counts, lang }: { counts: Counts; lang: Lang }) {
  const styles = useStyles();
  const status = useStatusStyles();
  return (
    <ul className={styles.list} aria-label={dt(lang, "pane.counts")} data-testid="status-counts">
      {STATUSES.map((s) => (
        <li key={s} className={mergeClasses(styles.chip, status[s])} data-status={s} data-count={counts[s]}>
          <span aria-hidden="true">{STATUS_ICON[s]}</span>
          <span className={styles.number}>{counts[s]}</span>
          <span>{statusWord(s, lang)}</span>
        </li>
      ))}
    </ul>
  );
}
