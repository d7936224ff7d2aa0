import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Severity } from "../../domain/model";
import { t, type Lang } from "../../i18n";
import type { Counts } from "../state";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  // One row that stays at the top of the pane while the list scrolls under it.
  row: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  chip: {
    display: "inline-flex",
    alignItems: "center",
    gap: "4px",
    minHeight: "28px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    ...shorthands.border("1px", "solid", tokens.colorNeutralStroke1),
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground3,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  // Off: outlined, grey and struck through, so "hidden" cannot be mistaken for "shown".
  off: { ...shorthands.borderStyle("dashed"), textDecorationLine: "line-through" },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorPaletteRedForeground2,
    ...shorthands.borderColor(tokens.colorPaletteRedBorder2),
    fontWeight: tokens.fontWeightSemibold,
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    ...shorthands.borderColor(tokens.colorPaletteYellowBorder2),
    fontWeight: tokens.fontWeightSemibold,
  },
  info: {
    backgroundColor: tokens.colorPaletteBlueBackground2,
    color: tokens.colorPaletteBlueForeground2,
    ...shorthands.borderColor(tokens.colorPaletteBlueBorderActive),
    fontWeight: tokens.fontWeightSemibold,
  },
  tick: { width: "1em", textAlign: "center" },
  empty: { color: tokens.colorNeutralForeground1 },
});

export interface SeverityFilterProps {
  counts: Counts;
  /** While a search or unit filter is on: how many of each severity match it ("3/104 lỗi"). */
  matching?: Counts;
  shown: Record<Severity, boolean>;
  lang: Lang;
  onToggle: (severity: Severity) => void;
  /** Said instead of chips when there is nothing to count (the book is clean, or not read in full). */
  empty?: ReactNode;
}

/**
 * "3 lỗi", "1 cảnh báo", "2 lưu ý": the counts are the filter. Each chip shows or hides its findings;
 * a severity with nothing to show has no chip.
 */
export function SeverityFilter({ counts, matching, shown, lang, onToggle, empty }: SeverityFilterProps) {
  const styles = useStyles();
  const present = SEVERITIES.filter((s) => counts[s] > 0);
  return (
    <div role="group" aria-label={t(lang, "view.chips")} className={styles.row} data-testid="summary">
      {present.length === 0 && <span className={styles.empty}>{empty}</span>}
      {present.map((s) => (
        <button
          key={s}
          type="button"
          aria-pressed={shown[s]}
          className={mergeClasses(styles.chip, shown[s] ? styles[s] : styles.off)}
          onClick={() => onToggle(s)}
          data-testid={`filter-${s}`}
        >
          <span className={styles.tick} aria-hidden="true">
            {shown[s] ? "✓" : ""}
          </span>
          {matching
            ? t(lang, `view.chip.${s}.of`, { count: matching[s], total: counts[s] })
            : t(lang, `view.chip.${s}`, { count: counts[s] })}
        </button>
      ))}
    </div>
  );
}
