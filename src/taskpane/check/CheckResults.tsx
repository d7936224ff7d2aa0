/**
 * The result of a check: the severity filter and the findings by sheet. Loaded with the checker
 * (chunk "results"), which the pane starts fetching as it opens, while the book is being read.
 */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { incompleteLine, readLine } from "../../i18n/readSummary";
import { usePane } from "../usePane";
import { FindingsList } from "./FindingsList";
import { SeverityFilter } from "./SeverityFilter";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground3 },
});

export default function CheckResults() {
  const styles = useStyles();
  const pane = usePane();
  const { state, t } = pane;
  const { result } = state;
  if (!result) return null;
  const shownCount = result.findings.filter((f) => state.shown[f.severity]).length;
  // Never "no errors" for a book not read in full: say what was left unread.
  const incomplete = result.reading && result.counts.error === 0 ? incompleteLine(result.reading, state.lang) : null;
  return (
    <div className={styles.root}>
      {result.reading && (
        <Text className={styles.muted} size={200} data-testid="read">
          {readLine(result.reading, state.lang)}
        </Text>
      )}
      <SeverityFilter counts={result.counts} shown={state.shown} lang={state.lang} onToggle={pane.toggleSeverity} />
      {incomplete ? (
        <Text weight="semibold" data-testid="incomplete">
          {incomplete}
        </Text>
      ) : (
        result.findings.length === 0 && <Text>{t("check.clean")}</Text>
      )}
      {result.findings.length > 0 && shownCount === 0 && <Text className={styles.muted}>{t("check.filteredOut")}</Text>}
      <FindingsList
        findings={result.findings}
        shown={state.shown}
        bookSheets={result.sheets}
        selected={state.selected}
        lang={state.lang}
        onSelect={(i) => void pane.goTo(i)}
      />
    </div>
  );
}
