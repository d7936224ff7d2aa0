import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  Textarea,
  tokens,
  Tooltip,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { dayNumber, formatDate, makeDate } from "../../domain/dates";
import { countByStatus, owedBy, reminderGroups, statusMatrix } from "../../domain/deadlines";
import type { DateOnly, Unit } from "../../domain/model";
import { dt } from "../../i18n/deadlinesView";
import { usePane } from "../usePane";
import { OwedList } from "./OwedList";
import { StatusCounts } from "./StatusCounts";
import { StatusMatrix } from "./StatusMatrix";
import { useDeadlines } from "./useDeadlines";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  date: { width: "150px" },
  // Beside the date box, not level with the day's name written under it.
  beside: { alignSelf: "center" },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const iso = (d: DateOnly) =>
  `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

function fromIso(value: string): DateOnly | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? makeDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** 0 = Sunday, as Date.getUTCDay counts (1970-01-01 was a Thursday). */
const weekday = (d: DateOnly) => (((dayNumber(d) + 4) % 7) + 7) % 7;

/** Tiến độ: who owes what on a reference day, what is overdue or due this week; colour the sheet; remind. */
export default function DeadlinesTab() {
  const styles = useStyles();
  const pane = usePane();
  const lang = pane.state.lang;
  const d = useDeadlines();
  // Colouring is marking (ExcelApi 1.9): off in an older Excel, and the capabilities bar says why.
  const cannotColour = pane.state.missing.some((m) => m.feature === "marks");
  const w = (key: string, params?: Record<string, string | number>) => dt(lang, key, params);
  const { tracker } = d;

  const view = useMemo(() => {
    if (!tracker) return null;
    return {
      counts: countByStatus(tracker.obligations),
      overdue: owedBy(tracker, ["overdue"]),
      dueSoon: owedBy(tracker, ["due_soon"]),
      reminders: new Map(reminderGroups(tracker).map((g) => [g.unit, g])),
      matrix: statusMatrix(tracker),
    };
  }, [tracker]);

  const copy = (unit: Unit) => {
    const group = view?.reminders.get(unit);
    if (group) void d.copyReminder(group);
  };
  const busy = d.busy[d.busy.length - 1];
  const count = (groups: { items: unknown[] }[]) => groups.reduce((n, g) => n + g.items.length, 0);

  return (
    <div className={styles.root} data-testid="deadlines-tab">
      <p className={styles.intro}>{w("pane.intro")}</p>
      <div className={styles.row}>
        <Field
          label={w("pane.refDay")}
          size="small"
          // The date box shows the browser's own format (07/10/2024 in an English Windows): say it plainly.
          hint={w("pane.refDay.hint", { weekday: w(`weekday.${weekday(d.refDay)}`), date: formatDate(d.refDay) })}
        >
          <Input
            className={styles.date}
            type="date"
            size="small"
            value={iso(d.refDay)}
            onChange={(_, data) => {
              const day = fromIso(data.value);
              if (day) d.setRefDay(day);
            }}
            data-testid="ref-day"
          />
        </Field>
        <Button
          className={styles.beside}
          size="small"
          appearance="subtle"
          onClick={() => void d.refresh()}
          disabled={d.busy.includes("read")}
        >
          {w("pane.refresh")}
        </Button>
      </div>
      <div className={styles.row}>
        <Tooltip content={w("pane.colour.hint")} relationship="description">
          <Button
            size="small"
            onClick={() => void d.colour()}
            disabled={!tracker || d.busy.includes("colour") || cannotColour}
            data-testid="colour"
          >
            {w("pane.colour")}
          </Button>
        </Tooltip>
        <Tooltip content={w("pane.uncolour.hint")} relationship="description">
          <Button
            size="small"
            onClick={() => void d.uncolour()}
            disabled={d.busy.includes("uncolour") || cannotColour}
            data-testid="uncolour"
          >
            {w("pane.uncolour")}
          </Button>
        </Tooltip>
        {busy && <Spinner size="extra-tiny" labelPosition="after" label={w(`pane.busy.${busy}`)} />}
      </div>

      {d.notice && (
        <MessageBar intent={d.notice.intent} layout="multiline" data-testid="deadlines-notice">
          <MessageBarBody>{w(d.notice.key, d.notice.params)}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label={pane.t("pane.dismiss")} onClick={d.dismiss}>
                ×
              </Button>
            }
          />
        </MessageBar>
      )}
      {d.manualCopy && (
        <Field label={d.manualCopy.unit}>
          <Textarea readOnly value={d.manualCopy.text} rows={8} resize="vertical" data-testid="manual-copy" />
        </Field>
      )}

      {tracker && view && tracker.obligations.length === 0 && <Text>{w("pane.empty")}</Text>}
      {tracker && view && tracker.obligations.length > 0 && (
        <>
          <StatusCounts counts={view.counts} lang={lang} />
          {tracker.laterSubmissions.length > 0 && (
            <Text className={styles.muted}>{w("pane.later", { count: tracker.laterSubmissions.length })}</Text>
          )}
          <OwedList
            title={w("pane.overdue", { count: count(view.overdue) })}
            testId="overdue-list"
            groups={view.overdue}
            lang={lang}
            onGoTo={(o) => void d.goTo(o)}
            onCopy={copy}
          />
          <OwedList
            title={w("pane.dueSoon", { count: count(view.dueSoon) })}
            testId="due-soon-list"
            groups={view.dueSoon}
            lang={lang}
            onGoTo={(o) => void d.goTo(o)}
            onCopy={copy}
          />
          <StatusMatrix matrix={view.matrix} lang={lang} />
        </>
      )}
    </div>
  );
}
