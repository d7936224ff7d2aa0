import { Badge, Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, useState, type KeyboardEvent } from "react";
import type { Severity } from "../../domain/model";
import { t, type Lang } from "../../i18n";
import type { Finding } from "../../domain/finding";
import { groupBySheet, targetCell } from "./findingTargets";
import { errorsFirst, findingLines } from "./findingView";

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
    // A fixed badge column: the sentences start at the same place whatever the severity.
    gridTemplateColumns: "3.75rem minmax(0, 1fr) 1rem",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":hover .finding-text": { textDecorationLine: "underline" },
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  fresh: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  badges: {
    gridColumn: "1",
    gridRow: "1 / span 2",
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: "2px",
    paddingTop: "1px",
  },
  text: { gridColumn: "2", overflowWrap: "anywhere" },
  first: {
    display: "block",
    marginLeft: "3.75rem",
    padding: `${tokens.spacingVerticalXXS} 0`,
    border: "none",
    background: "none",
    cursor: "pointer",
    color: tokens.colorBrandForegroundLink,
    fontSize: tokens.fontSizeBase200,
    textDecoration: "underline",
    textAlign: "start",
  },
  place: {
    gridColumn: "2",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
  },
  chevron: {
    gridColumn: "3",
    gridRow: "1 / span 2",
    alignSelf: "center",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase500,
    lineHeight: 1,
  },
  fold: { alignSelf: "flex-start" },
});

export interface FindingsListProps {
  findings: readonly Finding[];
  shown: Record<Severity, boolean>;
  /** Sheets the book has: findings about other sheets cannot be gone to. */
  bookSheets: readonly string[];
  selected: number | null;
  lang: Lang;
  onSelect: (index: number) => void;
  /** Keeps only what the unit and search filters let through (all when absent). */
  keep?: (f: Finding) => boolean;
  /** Indexes of the findings a live check has just found: marked "Mới" for a moment. */
  fresh?: ReadonlySet<number>;
  /** Notes (Lưu ý) of a group with errors or warnings are folded until asked for (false: all shown). */
  foldNotes?: boolean;
  /** Goes to another cell a finding names: the first row of a duplicate (`params.firstCell`). */
  onGoToCell?: (sheet: string, cell: string) => void;
}

/** The first row of a duplicate, as a place to go to: its cell in the same sheet, when the book has the sheet. */
function firstCellOf(f: Finding, bookSheets: readonly string[]): { sheet: string; cell: string } | null {
  const firstCell = (f.params as { firstCell?: unknown }).firstCell;
  return typeof firstCell === "string" && firstCell ? targetCell({ ...f, cell: firstCell }, bookSheets) : null;
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

const NAV_KEYS = new Set(["ArrowDown", "ArrowUp", "Home", "End"]);

/**
 * The findings of a check, grouped by sheet, errors first and notes folded; each finding with a cell
 * takes the clerk there. The list is one Tab stop: the arrow keys (and Home, End) move inside it
 * (a roving tabindex), so a hundred findings are not a hundred Tab presses on the way past.
 */
export function FindingsList({
  findings,
  shown,
  bookSheets,
  selected,
  lang,
  onSelect,
  keep,
  fresh,
  foldNotes = true,
  onGoToCell,
}: FindingsListProps) {
  const styles = useStyles();
  const [limits, setLimits] = useState<Record<string, number>>({});
  const [unfolded, setUnfolded] = useState<Record<string, boolean>>({});
  const [active, setActive] = useState<number | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const groups = groupBySheet(findings, shown, keep);
  if (groups.length === 0) return null;

  const drawn = groups.map((group) => {
    const groupKey = group.fixFirst ? "\u0000first" : (group.sheet ?? "\u0000book");
    const items = errorsFirst(group.items);
    const notes = items.filter((x) => x.finding.severity === "info");
    // Notes fold only under errors or warnings: a group of notes alone (or notes asked for) shows them.
    const folds = foldNotes && notes.length > 0 && notes.length < items.length && !unfolded[groupKey];
    const limit = Math.max(limits[groupKey] ?? PAGE_SIZE, PAGE_SIZE);
    const candidates = folds ? items.filter((x) => x.finding.severity !== "info") : items;
    const first = new Set(candidates.slice(0, limit).map((x) => x.index));
    // The selected finding is always drawn, wherever it is in the list.
    const visible = items.filter((x) => first.has(x.index) || x.index === selected);
    const rest = candidates.length - first.size;
    return { group, groupKey, items, notes, folds, limit, visible, rest };
  });
  const drawnIndexes = drawn.flatMap((d) => d.visible.map((x) => x.index));
  // The one finding the Tab key lands on: the last one the clerk was on, else the selected, else the first.
  const tabStop =
    active !== null && drawnIndexes.includes(active)
      ? active
      : selected !== null && drawnIndexes.includes(selected)
        ? selected
        : drawnIndexes[0];

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!NAV_KEYS.has(e.key) || !root.current) return;
    const items = [...root.current.querySelectorAll<HTMLElement>("[data-roving]")];
    const at = items.indexOf(e.target as HTMLElement);
    if (at === -1) return;
    e.preventDefault();
    const next =
      e.key === "Home"
        ? 0
        : e.key === "End"
          ? items.length - 1
          : Math.min(items.length - 1, Math.max(0, at + (e.key === "ArrowDown" ? 1 : -1)));
    items[next].focus();
  };

  return (
    <div ref={root} onKeyDown={onKeyDown} data-testid="findings">
      {drawn.map(({ group, groupKey, items, notes, folds, limit, visible, rest }, g) => {
        const headingId = `findings-group-${g}`;
        const title = group.fixFirst ? t(lang, "trust.fixFirst") : (group.sheet ?? t(lang, "check.book"));
        return (
          <section
            key={groupKey}
            className={mergeClasses(styles.group, group.fixFirst && styles.fixFirst)}
            data-fix-first={group.fixFirst ? "true" : undefined}
            aria-labelledby={headingId}
            data-testid="finding-group"
          >
            <h2 id={headingId} className={styles.heading}>
              <span>{title}</span>
              <span className={styles.count}>{t(lang, "check.findingCount", { count: items.length })}</span>
            </h2>
            <ul className={styles.list} aria-labelledby={headingId}>
              {visible.map(({ finding, index }) => {
                const { text, place } = findingLines(finding, lang);
                const target = targetCell(finding, bookSheets);
                const first = firstCellOf(finding, bookSheets);
                const isFresh = fresh?.has(index) ?? false;
                const body = (
                  <>
                    <span className={styles.badges}>
                      <Badge appearance="tint" color={BADGE_COLOR[finding.severity]} size="small">
                        {t(lang, `severity.${finding.severity}`)}
                      </Badge>
                      {isFresh && (
                        <Badge appearance="filled" color="brand" size="small" data-testid="fresh">
                          {t(lang, "view.new")}
                        </Badge>
                      )}
                    </span>
                    <span className={mergeClasses(styles.text, "finding-text")}>{text}</span>
                    {place && <span className={styles.place}>{place}</span>}
                    {target && (
                      <span className={styles.chevron} aria-hidden="true">
                        ›
                      </span>
                    )}
                  </>
                );
                const common = {
                  "data-testid": "finding",
                  "data-severity": finding.severity,
                  "data-sheet": finding.sheet ?? "",
                  "data-cell": target?.cell ?? "",
                  "data-fresh": isFresh ? "true" : undefined,
                  "data-roving": "",
                  tabIndex: index === tabStop ? 0 : -1,
                  onFocus: () => setActive(index),
                };
                return (
                  <li key={index}>
                    {target ? (
                      <button
                        type="button"
                        {...common}
                        className={mergeClasses(
                          styles.item,
                          styles.clickable,
                          isFresh && styles.fresh,
                          selected === index && styles.selected,
                        )}
                        aria-current={selected === index ? "true" : undefined}
                        title={t(lang, "check.goTo", { place: `${target.sheet}!${target.cell}` })}
                        onClick={() => onSelect(index)}
                      >
                        {body}
                      </button>
                    ) : (
                      <div
                        {...common}
                        className={mergeClasses(styles.item, isFresh && styles.fresh)}
                        title={finding.sheet ? t(lang, "check.notInBook") : undefined}
                      >
                        {body}
                      </div>
                    )}
                    {onGoToCell && first && (
                      <button
                        type="button"
                        className={styles.first}
                        data-testid="first-cell"
                        data-roving=""
                        tabIndex={-1}
                        onClick={() => onGoToCell(first.sheet, first.cell)}
                      >
                        {t(lang, "view.firstCell", { cell: first.cell })}
                      </button>
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
            {foldNotes && notes.length > 0 && notes.length < items.length && (
              <Button
                className={styles.fold}
                appearance="transparent"
                size="small"
                aria-expanded={!folds}
                onClick={() => setUnfolded({ ...unfolded, [groupKey]: folds })}
                data-testid="fold-notes"
              >
                {folds ? "▸ " : "▾ "}
                {t(lang, folds ? "view.notes.show" : "view.notes.hide", { count: notes.length })}
              </Button>
            )}
          </section>
        );
      })}
    </div>
  );
}
