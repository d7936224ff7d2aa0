import {
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  Text,
  tokens,
  Tooltip,
} from "@fluentui/react-components";
import { incompleteLine, readLine } from "../../i18n/readSummary";
import { isBusy } from "../state";
import { usePane } from "../usePane";
import { rulesetLines } from "../../i18n";
import { FindingsList } from "./FindingsList";
import { SeverityFilter } from "./SeverityFilter";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  status: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    minHeight: "20px",
  },
  summary: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  stale: { opacity: 0.45 },
});

/** "10:42:05": the clock time of a check, so a second check in the same minute still shows it ran. */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/** Kiểm tra: check the book, see the findings by sheet, go to a cell, mark and unmark the errors. */
export function CheckTab() {
  const styles = useStyles();
  const pane = usePane();
  const { state, t } = pane;
  const { result } = state;
  const busyOp = state.busy[state.busy.length - 1];
  const shownCount = result ? result.findings.filter((f) => state.shown[f.severity]).length : 0;
  // Never "no errors" for a book not read in full: say what was left unread.
  const incomplete = result?.reading && result.counts.error === 0 ? incompleteLine(result.reading, state.lang) : null;

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={() => void pane.runCheck()}
          disabled={isBusy(state, "check")}
          data-testid="run-check"
        >
          {t("check.run")}
        </Button>
        <Switch
          checked={state.live}
          onChange={(_, data) => pane.setLive(data.checked)}
          label={t("check.live")}
          aria-describedby="live-hint"
        />
        <span id="live-hint" hidden>
          {t("check.live.hint")}
        </span>
      </div>
      <div className={styles.row}>
        <Tooltip content={t("check.mark.hint")} relationship="description">
          <Button
            size="small"
            onClick={() => void pane.markErrors()}
            disabled={isBusy(state, "mark")}
            data-testid="mark"
          >
            {t("check.mark")}
          </Button>
        </Tooltip>
        <Tooltip content={t("check.clear.hint")} relationship="description">
          <Button
            size="small"
            onClick={() => void pane.clearMarks()}
            disabled={isBusy(state, "clear")}
            data-testid="clear"
          >
            {t("check.clear")}
          </Button>
        </Tooltip>
        <Tooltip content={t("trust.export.hint")} relationship="description">
          <Button
            size="small"
            onClick={() => void pane.exportFindings()}
            disabled={!result || isBusy(state, "export")}
            data-testid="export"
          >
            {t("trust.export.run")}
          </Button>
        </Tooltip>
        <Tooltip content={t("trust.units.hint")} relationship="description">
          <Button
            size="small"
            onClick={() => void pane.sendToUnits()}
            disabled={!result || isBusy(state, "units")}
            data-testid="send-units"
          >
            {t("trust.units.run")}
          </Button>
        </Tooltip>
        {state.undoable && (
          <Button
            size="small"
            appearance="subtle"
            onClick={() => void pane.undoLast()}
            disabled={isBusy(state, "undo")}
            data-testid="undo"
          >
            {t("trust.undo")}
          </Button>
        )}
        <Tooltip content={t("check.setup.hint")} relationship="description">
          <Button
            size="small"
            appearance="subtle"
            onClick={() => void pane.setupBook()}
            disabled={isBusy(state, "setup")}
            data-testid="setup"
          >
            {t("check.setup")}
          </Button>
        </Tooltip>
      </div>
      <div className={styles.status}>
        {result ? (
          <>
            <Text className={styles.summary} data-testid="summary">
              {t("check.summary", result.counts)}
            </Text>
            {result.checkedAt !== undefined && (
              <Text size={200} className={styles.muted} data-testid="checked-at">
                {t("trust.checkedAt", { time: clockTime(result.checkedAt) })}
              </Text>
            )}
            {result.ruleset && (
              <Text size={200} className={styles.muted} data-testid="ruleset">
                {rulesetLines(result.ruleset, state.lang).join(" ")}
              </Text>
            )}
          </>
        ) : (
          <Text className={styles.muted}>{t("check.intro")}</Text>
        )}
        {busyOp && <Spinner size="extra-tiny" labelPosition="after" label={t(`busy.${busyOp}`)} data-testid="busy" />}
      </div>
      {result && state.stale && (
        <MessageBar intent="warning" layout="multiline" data-testid="stale">
          <MessageBarBody>{t("trust.stale")}</MessageBarBody>
        </MessageBar>
      )}
      {result?.reading && (
        <Text className={styles.muted} size={200} data-testid="read">
          {readLine(result.reading, state.lang)}
        </Text>
      )}
      {result && (
        <div
          className={mergeClasses(styles.results, state.stale && styles.stale)}
          data-stale={state.stale ? "true" : undefined}
        >
          <SeverityFilter counts={result.counts} shown={state.shown} lang={state.lang} onToggle={pane.toggleSeverity} />
          {incomplete ? (
            <Text weight="semibold" data-testid="incomplete">
              {incomplete}
            </Text>
          ) : (
            result.findings.length === 0 && <Text>{t("check.clean")}</Text>
          )}
          {result.findings.length > 0 && shownCount === 0 && (
            <Text className={styles.muted}>{t("check.filteredOut")}</Text>
          )}
          <FindingsList
            findings={result.findings}
            shown={state.shown}
            bookSheets={result.sheets}
            selected={state.selected}
            lang={state.lang}
            onSelect={(i) => void pane.goTo(i)}
          />
        </div>
      )}
    </div>
  );
}
