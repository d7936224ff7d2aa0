import { Badge, Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Severity } from "../../domain/model";
import { message, t, type Lang } from "../../i18n";
import type { Finding } from "../../domain/finding";
import { groupBySheet, targetCell } from "./findingTargets";

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  group: { marginBottom: tokens.spacingVerticalM },
  fixFirst: {
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  heading: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  count: {
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "nowrap",
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  badge: { alignSelf: "start", marginTop: "1px" },
  text: { overflowWrap: "anywhere" },
  place: { gridColumn: "2", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface FindingsListProps {
  findings: readonly Finding[];
  shown: Record<Severity, boolean>;
  /** Sheets the book has: findings about other sheets cannot be gone to. */
  bookSheets: readonly string[];
  selected: number | null;
  lang: Lang;
  onSelect: (index: number) => void;
}

/** Where a finding is, in the clerk's words: "Ô D7", "Dòng 7", or nothing for a whole sheet. */
export function placeOf(f: Finding, lang: Lang): string | null {
  if (f.cell) return t(lang, "check.cell", { cell: f.cell });
  if (f.row !== null) return t(lang, "check.row", { row: f.row });
  return null;
}

/**
 * How many findings of a sheet are drawn at first: a 10,000-row book with thousands of findings must
 * stay as quick to show and to re-check live as a small one. "Xem thêm" draws the next ones.
 */
export const PAGE_SIZE = 100;

/** The findings of a check, grouped by sheet; each finding with a cell takes the clerk there. */
export function FindingsList({ findings, shown, bookSheets, selected, lang, onSelect }: FindingsListProps) {
  const styles = useStyles();
  const [limits, setLimits] = useState<Record<string, number>>({});
  const groups = groupBySheet(findings, shown);
  if (groups.length === 0) return null;
  return (
    <div>
      {groups.map((group, g) => {
        const headingId = `findings-group-${g}`;
        const title = group.fixFirst ? t(lang, "trust.fixFirst") : (group.sheet ?? t(lang, "check.book"));
        const groupKey = group.fixFirst ? "\u0000first" : (group.sheet ?? "\u0000book");
        const limit = Math.max(limits[groupKey] ?? PAGE_SIZE, PAGE_SIZE);
        // The selected finding is always drawn, wherever it is in the list.
        const visible = group.items.filter((item, i) => i < limit || item.index === selected);
        const rest = group.items.length - visible.length;
        return (
          <section
            key={groupKey}
            className={mergeClasses(styles.group, group.fixFirst && styles.fixFirst)}
            data-fix-first={group.fixFirst ? "true" : undefined}
            aria-labelledby={headingId}
            data-testid="finding-group"
          >
            <h3 id={headingId} className={styles.heading}>
              <span>{title}</span>
              <span className={styles.count}>{t(lang, "check.findingCount", { count: group.items.length })}</span>
            </h3>
            <ul className={styles.list}>
              {visible.map(({ finding, index }) => {
                const text = message(finding, lang);
                const place = placeOf(finding, lang);
                const target = targetCell(finding, bookSheets);
                const body = (
                  <>
                    <Badge
                      className={styles.badge}
                      appearance="tint"
                      color={BADGE_COLOR[finding.severity]}
                      size="small"
                    >
                      {t(lang, `severity.${finding.severity}`)}
                    </Badge>
                    <span className={styles.text}>{text}</span>
                    {place && <span className={styles.place}>{place}</span>}
                  </>
                );
                const common = {
                  "data-testid": "finding",
                  "data-severity": finding.severity,
                  "data-sheet": finding.sheet ?? "",
                  "data-cell": target?.cell ?? "",
                };
                return (
                  <li key={index}>
                    {target ? (
                      <button
                        type="button"
                        {...common}
                        className={mergeClasses(styles.item, styles.clickable, selected === index && styles.selected)}
                        aria-current={selected === index ? "true" : undefined}
                        title={t(lang, "check.goTo", { place: `${target.sheet}!${target.cell}` })}
                        onClick={() => onSelect(index)}
                      >
                        {body}
                      </button>
                    ) : (
                      <div
                        {...common}
                        className={styles.item}
                        title={finding.sheet ? t(lang, "check.notInBook") : undefined}
                      >
                        {body}
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
            {rest > 0 && (
              <Button
                appearance="subtle"
                size="small"
                onClick={() => setLimits({ ...limits, [groupKey]: limit + PAGE_SIZE })}
              >
                {t(lang, "check.showMore", { count: Math.min(PAGE_SIZE, rest), rest })}
              </Button>
            )}
          </section>
        );
      })}
    </div>
  );
}
