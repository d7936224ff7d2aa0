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
} from "@fluentui/react-components";
import { lazy, Suspense, useEffect } from "react";
import { Hint } from "../Hint";
import { isBusy } from "../state";
import { usePane } from "../usePane";
import { rulesetLines } from "../../i18n";

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
  muted: { color: tokens.colorNeutralForeground3 },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  stale: { opacity: 0.45 },
});

// The list of findings comes with the checker, in a chunk the pane starts loading as it opens.
export const loadResults = () => import(/* webpackChunkName: "results" */ "./CheckResults");
const CheckResults = lazy(loadResults);

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
  useEffect(() => {
    void loadResults().catch(() => undefined);
  }, []);
  // What this Excel cannot do is off, and the capabilities bar above says why.
  const lacks = (feature: string) => state.missing.some((m) => m.feature === feature);

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
          disabled={lacks("live")}
          onChange={(_, data) => pane.setLive(data.checked)}
          label={t("check.live")}
          aria-describedby="live-hint"
        />
        <span id="live-hint" hidden>
          {t("check.live.hint")}
        </span>
      </div>
      <div className={styles.row}>
        <Hint content={t("check.mark.hint")}>
          <Button
            size="small"
            onClick={() => void pane.markErrors()}
            disabled={isBusy(state, "mark") || lacks("marks")}
            data-testid="mark"
          >
            {t("check.mark")}
          </Button>
        </Hint>
        <Hint content={t("check.clear.hint")}>
          <Button
            size="small"
            onClick={() => void pane.clearMarks()}
            disabled={isBusy(state, "clear") || lacks("marks")}
            data-testid="clear"
          >
            {t("check.clear")}
          </Button>
        </Hint>
        <Hint content={t("trust.export.hint")}>
          <Button
            size="small"
            onClick={() => void pane.exportFindings()}
            disabled={!result || isBusy(state, "export")}
            data-testid="export"
          >
            {t("trust.export.run")}
          </Button>
        </Hint>
        <Hint content={t("trust.units.hint")}>
          <Button
            size="small"
            onClick={() => void pane.sendToUnits()}
            disabled={!result || isBusy(state, "units")}
            data-testid="send-units"
          >
            {t("trust.units.run")}
          </Button>
        </Hint>
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
        <Hint content={t("check.setup.hint")}>
          <Button
            size="small"
            appearance="subtle"
            onClick={() => void pane.setupBook()}
            disabled={isBusy(state, "setup") || lacks("setup")}
            data-testid="setup"
          >
            {t("check.setup")}
          </Button>
        </Hint>
      </div>
      <div className={styles.status}>
        {result ? (
          <>
            {result.checkedAt !== undefined && (
              <Text size={200} className={styles.muted} data-testid="checked-at" data-checks={state.checks}>
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
      {result && (
        <div
          className={mergeClasses(styles.results, state.stale && styles.stale)}
          data-stale={state.stale ? "true" : undefined}
        >
          <Suspense fallback={null}>
            <CheckResults />
          </Suspense>
        </div>
      )}
    </div>
  );
}
