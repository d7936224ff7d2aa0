import { makeStyles, mergeClasses, Switch, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { STATUSES, type StatusMatrix as Matrix } from "../../domain/deadlines";
import type { Lang } from "../../i18n";
import { dt, periodText, STATUS_ICON, statusWord, whoName } from "../../i18n/deadlinesView";
import { useStatusStyles } from "./statusStyles";

const CELL = "26px";

const useStyles = makeStyles({
  heading: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  hint: { margin: `${tokens.spacingVerticalXS} 0`, fontSize: tokens.fontSizeBase200 },
  legend: { display: "flex", flexWrap: "wrap", gap: "4px", listStyleType: "none", margin: 0, padding: 0 },
  legendItem: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
  },
  // Both ways: sideways for the milestones, down for the units; header row and unit column stay put.
  scroller: {
    overflow: "auto",
    maxHeight: "420px",
    maxWidth: "100%",
    marginTop: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: "separate", borderSpacing: 0, fontSize: tokens.fontSizeBase200 },
  corner: {
    position: "sticky",
    top: 0,
    left: 0,
    zIndex: 3,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: "left",
    verticalAlign: "bottom",
    padding: "2px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  column: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
    verticalAlign: "bottom",
    padding: "2px 0",
    width: CELL,
    minWidth: CELL,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  // Milestone codes read bottom to top, so 30 of them fit a narrow pane's scroll.
  vertical: {
    writingMode: "vertical-rl",
    transform: "rotate(180deg)",
    whiteSpace: "nowrap",
    display: "inline-block",
    lineHeight: CELL,
  },
  unit: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: "left",
    whiteSpace: "nowrap",
    padding: "0 6px 0 4px",
    fontWeight: tokens.fontWeightRegular,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  cell: {
    width: CELL,
    minWidth: CELL,
    height: "22px",
    textAlign: "center",
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralBackground1}`,
    borderRight: `1px solid ${tokens.colorNeutralBackground1}`,
  },
  empty: { backgroundColor: tokens.colorNeutralBackground2 },
});

export interface StatusMatrixProps {
  matrix: Matrix;
  lang: Lang;
}

/** Units down, milestones across, each cell its status as symbol and colour (the worst of its periods). */
export function StatusMatrix({ matrix, lang }: StatusMatrixProps) {
  const styles = useStyles();
  const status = useStatusStyles();
  const headingId = useId();
  const [onlyOwing, setOnlyOwing] = useState(false);
  const rows = matrix.rows
    .map((unit, r) => ({ unit, cells: matrix.cells[r] }))
    .filter((row) => !onlyOwing || row.cells.some((c) => c?.status === "overdue" || c?.status === "due_soon"));

  return (
    <section aria-labelledby={headingId} data-testid="status-matrix">
      <h2 className={styles.heading} id={headingId}>
        {dt(lang, "pane.matrix")}
      </h2>
      <p className={styles.hint}>{dt(lang, "pane.matrix.hint")}</p>
      <ul className={styles.legend}>
        {STATUSES.map((s) => (
          <li key={s} className={mergeClasses(styles.legendItem, status[s])}>
            {STATUS_ICON[s]} {statusWord(s, lang)}
          </li>
        ))}
      </ul>
      <Switch
        checked={onlyOwing}
        onChange={(_, data) => setOnlyOwing(data.checked)}
        label={dt(lang, "pane.matrix.filter")}
        data-testid="matrix-filter"
      />
      <div className={styles.scroller} tabIndex={0} role="region" aria-labelledby={headingId}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.corner} scope="col">
                {dt(lang, "pane.matrix.unit")}
              </th>
              {matrix.columns.map((m) => (
                <th key={m.row} className={styles.column} scope="col" title={m.content}>
                  <span className={styles.vertical}>{m.code}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ unit, cells }) => (
              <tr key={unit?.code ?? ""} data-testid="matrix-row" data-unit={unit?.code ?? ""}>
                <th className={styles.unit} scope="row" title={whoName(unit, lang)}>
                  {unit?.code ?? whoName(null, lang)}
                </th>
                {cells.map((cell, c) => {
                  const milestone = matrix.columns[c];
                  if (!cell) return <td key={milestone.row} className={mergeClasses(styles.cell, styles.empty)} />;
                  const periods = cell.obligations
                    .filter((o) => o.period && o.status !== "done" && o.status !== "open")
                    .map((o) => `${o.period ? periodText(o.period, lang) : ""}: ${statusWord(o.status, lang)}`);
                  const label =
                    dt(lang, "pane.matrix.cell", {
                      unit: unit?.code ?? whoName(null, lang),
                      milestone: milestone.code,
                      status: statusWord(cell.status, lang),
                    }) + (periods.length ? ` (${periods.join("; ")})` : "");
                  return (
                    <td
                      key={milestone.row}
                      className={mergeClasses(styles.cell, status[cell.status])}
                      title={label}
                      aria-label={label}
                      data-status={cell.status}
                    >
                      {STATUS_ICON[cell.status]}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
