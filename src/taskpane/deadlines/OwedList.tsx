import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Obligation, Owed } from "../../domain/deadlines";
import type { Unit } from "../../domain/model";
import type { Lang } from "../../i18n";
import { dt, itemState, periodText, STATUS_ICON, whoName } from "../../i18n/deadlinesView";
import { useStatusStyles } from "./statusStyles";

const useStyles = makeStyles({
  heading: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  none: { margin: `${tokens.spacingVerticalXS} 0`, color: tokens.colorNeutralForeground3 },
  groups: { listStyleType: "none", margin: 0, padding: 0 },
  group: { marginTop: tokens.spacingVerticalS },
  unit: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  unitName: { overflowWrap: "anywhere", minWidth: 0 },
  copy: { flexShrink: 0, minWidth: "auto" },
  items: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "grid",
    gridTemplateColumns: "20px 1fr",
    columnGap: tokens.spacingHorizontalXS,
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  icon: {
    alignSelf: "start",
    textAlign: "center",
    borderRadius: tokens.borderRadiusSmall,
    fontWeight: tokens.fontWeightSemibold,
  },
  what: { fontWeight: tokens.fontWeightSemibold },
  content: { gridColumn: "2", color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

export interface OwedListProps {
  title: string;
  testId: string;
  groups: Owed[];
  lang: Lang;
  onGoTo: (o: Obligation) => void;
  /** Copies the reminder for a unit (everything it owes that is overdue or due soon). */
  onCopy: (unit: Unit) => void;
}

/** What each unit owes, by unit; a click on an item goes to its row in the Tiến độ sheet. */
export function OwedList({ title, testId, groups, lang, onGoTo, onCopy }: OwedListProps) {
  const styles = useStyles();
  const status = useStatusStyles();
  return (
    <section data-testid={testId}>
      <h2 className={styles.heading}>{title}</h2>
      {groups.length === 0 ? (
        <p className={styles.none}>{dt(lang, "pane.none")}</p>
      ) : (
        <ul className={styles.groups}>
          {groups.map((g) => (
            <li
              key={g.unit?.code ?? ""}
              className={styles.group}
              data-testid="owed-unit"
              data-unit={g.unit?.code ?? ""}
            >
              <div className={styles.unit}>
                <span className={styles.unitName}>
                  {g.unit ? `${g.unit.code} · ${whoName(g.unit, lang)}` : whoName(null, lang)}
                </span>
                {g.unit && (
                  <Button
                    className={styles.copy}
                    size="small"
                    appearance="subtle"
                    aria-label={dt(lang, "pane.copy.label", { unit: whoName(g.unit, lang) })}
                    onClick={() => g.unit && onCopy(g.unit)}
                    data-testid="copy-reminder"
                  >
                    {dt(lang, "pane.copy")}
                  </Button>
                )}
              </div>
              <ul className={styles.items}>
                {g.items.map((o) => (
                  <li key={`${o.milestone.row}-${o.due.year}-${o.due.month}-${o.due.day}`}>
                    <button
                      type="button"
                      className={styles.item}
                      onClick={() => onGoTo(o)}
                      title={dt(lang, "pane.goTo", { row: o.milestone.row })}
                      data-testid="owed-item"
                      data-row={o.milestone.row}
                    >
                      <span className={mergeClasses(styles.icon, status[o.status])} aria-hidden="true">
                        {STATUS_ICON[o.status]}
                      </span>
                      <span>
                        <span className={styles.what}>
                          {o.milestone.code}
                          {o.period ? ` ${periodText(o.period, lang)}` : ""}
                        </span>
                        {` · ${itemState(o, lang)}`}
                      </span>
                      <span className={styles.content}>{o.milestone.content}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
