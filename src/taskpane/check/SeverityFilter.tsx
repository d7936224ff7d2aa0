import { makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import type { Severity } from "../../domain/model";
import { t, type Lang } from "../../i18n";
import type { Counts } from "../state";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  group: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface SeverityFilterProps {
  counts: Counts;
  shown: Record<Severity, boolean>;
  lang: Lang;
  onToggle: (severity: Severity) => void;
}

/** Lỗi / Cảnh báo / Lưu ý with their counts; each one shows or hides its findings. */
export function SeverityFilter({ counts, shown, lang, onToggle }: SeverityFilterProps) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={t(lang, "check.filter")} className={styles.group}>
      {SEVERITIES.map((s) => (
        <ToggleButton key={s} size="small" checked={shown[s]} onClick={() => onToggle(s)} data-testid={`filter-${s}`}>
          {t(lang, `severity.${s}`)} ({counts[s]})
        </ToggleButton>
      ))}
    </div>
  );
}
