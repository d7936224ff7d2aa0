/**
 * The result of a check: the severity chips (sticky), search and the unit filter, and the findings by
 * sheet. Loaded with the checker (chunk "results"), which the pane starts fetching as it opens, while
 * the book is being read — so the combobox and the search box do not weigh on the pane's first script.
 */
import { Button, Combobox, makeStyles, Option, SearchBox, Text, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { countBySeverity, type Finding } from "../../domain/finding";
import { codeKey } from "../../domain/text";
import { incompleteLine, readLine } from "../../i18n/readSummary";
import { usePane } from "../usePane";
import { newFindings, matchesSearch, unitsOf, type UnitOption } from "./findingView";
import { FindingsList } from "./FindingsList";
import { SeverityFilter } from "./SeverityFilter";

const NO_FINDINGS: readonly Finding[] = [];

/** How long "Mới" stays on the findings a live check has just found. */
export const FRESH_MS = 6000;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // Each on a line of its own at 320 px (the unit box's clear button and chevron were cut off beside the search).
  filter: { flex: "1 1 100%", minWidth: 0, maxWidth: "100%" },
  filterInput: { minWidth: 0, width: "100%" },
  noMatch: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

function unitLabel(u: UnitOption): string {
  return u.name ? `${u.code} · ${u.name} (${u.count})` : `${u.code} (${u.count})`;
}

/** The findings a live check has just found, for a few seconds (none after a check the clerk asked for). */
function useFresh(findings: readonly Finding[], checks: number, announcements: number): ReadonlySet<number> {
  const before = useRef<{ checks: number; announcements: number; findings: readonly Finding[] } | null>(null);
  const [fresh, setFresh] = useState<ReadonlySet<number>>(() => new Set());
  useEffect(() => {
    const prev = before.current;
    before.current = { checks, announcements, findings };
    if (!prev || prev.checks === checks) return;
    // The clerk pressed Kiểm tra sổ: she reads the whole list anyway.
    const live = prev.announcements === announcements;
    const found = live ? newFindings(prev.findings, findings) : new Set<number>();
    setFresh(found);
    if (found.size === 0) return;
    const timer = setTimeout(() => setFresh(new Set()), FRESH_MS);
    return () => clearTimeout(timer);
    // Each completed check, once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [checks]);
  return fresh;
}

export default function CheckResults() {
  const styles = useStyles();
  const pane = usePane();
  const { state, t } = pane;
  const { result } = state;
  const [query, setQuery] = useState("");
  const [unit, setUnit] = useState<string | null>(null);
  const [unitText, setUnitText] = useState("");
  const findings = result?.findings ?? NO_FINDINGS;
  const unitNames = result?.unitNames;
  const names = unitNames ?? {};
  const units = useMemo(() => unitsOf(findings, unitNames), [findings, unitNames]);
  const fresh = useFresh(findings, state.checks, state.announcements);
  if (!result) return null;

  const chosen = units.find((u) => u.key === unit) ?? null;
  const typed = unitText.trim().toLocaleLowerCase("vi");
  // Typing in the unit box narrows its list; the text of the chosen unit shows all of them again.
  const options =
    typed === "" || (chosen && unitText === unitLabel(chosen))
      ? units
      : units.filter((u) => unitLabel(u).toLocaleLowerCase("vi").includes(typed));
  const filtering = query.trim() !== "" || chosen !== null;
  const keep = filtering
    ? (f: Finding) =>
        (!chosen || (f.unit !== null && codeKey(f.unit) === chosen.key)) && matchesSearch(f, query, state.lang, names)
    : undefined;
  // While filtering, the chips count what matches the filter, out of the whole book's.
  const matching = keep ? countBySeverity(result.findings.filter(keep)) : undefined;
  const shownCount = result.findings.filter((f) => state.shown[f.severity] && (!keep || keep(f))).length;
  // Never "no errors" for a book not read in full: say what was left unread.
  const incomplete = result.reading && result.counts.error === 0 ? incompleteLine(result.reading, state.lang) : null;
  const clearFilters = () => {
    setQuery("");
    setUnit(null);
    setUnitText("");
  };
  return (
    <div className={styles.root}>
      <SeverityFilter
        counts={result.counts}
        matching={matching}
        shown={state.shown}
        lang={state.lang}
        onToggle={pane.toggleSeverity}
        empty={incomplete ? null : t("check.clean")}
      />
      {incomplete && (
        <Text weight="semibold" data-testid="incomplete">
          {incomplete}
        </Text>
      )}
      {result.reading && (
        <Text className={styles.muted} size={200} data-testid="read">
          {readLine(result.reading, state.lang)}
        </Text>
      )}
      {result.findings.length > 0 && (
        <div className={styles.filters} role="search" aria-label={t("view.search")}>
          <SearchBox
            className={styles.filter}
            size="small"
            value={query}
            placeholder={t("view.search.placeholder")}
            aria-label={t("view.search")}
            onChange={(_, data) => setQuery(data.value)}
            data-testid="search"
          />
          {units.length > 0 && (
            <Combobox
              className={styles.filter}
              input={{ className: styles.filterInput }}
              size="small"
              clearable
              aria-label={t("view.unit")}
              placeholder={t("view.unit.placeholder")}
              value={unitText}
              selectedOptions={chosen ? [chosen.key] : []}
              onChange={(e) => setUnitText(e.target.value)}
              onOptionSelect={(_, data) => {
                const picked = units.find((u) => u.key === data.optionValue) ?? null;
                setUnit(picked?.key ?? null);
                setUnitText(picked ? unitLabel(picked) : "");
              }}
              data-testid="unit-filter"
            >
              {options.map((u) => (
                <Option key={u.key} value={u.key} text={unitLabel(u)}>
                  {unitLabel(u)}
                </Option>
              ))}
            </Combobox>
          )}
        </div>
      )}
      {result.findings.length > 0 && shownCount === 0 && (
        <div className={styles.noMatch}>
          <Text className={styles.muted}>{t(filtering ? "view.noMatch" : "check.filteredOut")}</Text>
          {filtering && (
            <Button size="small" appearance="secondary" onClick={clearFilters}>
              {t("view.clearFilters")}
            </Button>
          )}
        </div>
      )}
      <FindingsList
        findings={result.findings}
        shown={state.shown}
        bookSheets={result.sheets}
        selected={state.selected}
        lang={state.lang}
        onSelect={(i) => void pane.goTo(i)}
        onGoToCell={(sheet, cell) => void pane.goToCell(sheet, cell)}
        keep={keep}
        fresh={fresh}
        foldNotes={!filtering}
      />
    </div>
  );
}
