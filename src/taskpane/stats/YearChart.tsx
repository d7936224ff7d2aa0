import { makeStyles, tokens } from "@fluentui/react-components";
import type { Bar } from "./statsView";

const useStyles = makeStyles({
  svg: { display: "block", width: "100%", height: "auto", overflow: "visible" },
  label: { fontSize: "11px", fill: tokens.colorNeutralForeground2 },
  count: { fontSize: "11px", fill: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  awarded: { fill: tokens.colorBrandBackground },
  proposed: { fill: tokens.colorBrandBackground2Hover, stroke: tokens.colorBrandStroke1, strokeWidth: "0.5" },
});

const WIDTH = 280;
const ROW = 30;
const BAR = 9;
const COUNT_ROOM = 44;
const MAX_LABEL = 44;

export interface YearChartProps {
  bars: readonly Bar[];
  /** The largest bar of all the years, so every year's chart has the same scale. */
  max: number;
  /** Accessible name of the whole chart. */
  label: string;
  /** Accessible text of one bar. */
  describe: (bar: Bar) => string;
  /** Name of the bar that gathers the other awards. */
  others: string;
}

/** One year's awards by title or form: a bar each, awarded solid, proposed light. Plain SVG. */
export function YearChart({ bars, max, label, describe, others }: YearChartProps) {
  const styles = useStyles();
  const scale = (WIDTH - COUNT_ROOM) / Math.max(1, max);
  const height = bars.length * ROW;
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={label}
      data-testid="year-chart"
      preserveAspectRatio="xMinYMin meet"
    >
      {bars.map((bar, i) => {
        const name = bar.label ?? others;
        const shown = name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name;
        const y = i * ROW;
        const a = bar.awarded * scale;
        const p = bar.proposed * scale;
        const text = bar.proposed ? `${bar.awarded} + ${bar.proposed}` : String(bar.awarded);
        return (
          <g key={name} data-testid="year-bar" aria-label={describe(bar)} role="img">
            <title>{describe(bar)}</title>
            <text className={styles.label} x={0} y={y + 11}>
              {shown}
            </text>
            {a > 0 && <rect className={styles.awarded} x={0} y={y + 15} width={a} height={BAR} rx={1.5} />}
            {p > 0 && <rect className={styles.proposed} x={a} y={y + 15} width={p} height={BAR} rx={1.5} />}
            <text className={styles.count} x={a + p + 4} y={y + 15 + BAR - 1}>
              {text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
